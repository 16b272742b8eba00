"""Surnames that are also a person noun's plural ("Бойцов", "Мальцев", "Героев") or an
adjective's case form ("Бойцовым", "Стрелковой"): next to a given name they are the
surname, in every case and either order; alone, and not named in full, they stay words."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

NOUN_SURNAMES = ["Бойцов", "Воинов", "Стрелков", "Мальцев", "Матросов", "Сержантов",
                 "Капитанов", "Полковников", "Мужиков", "Героев", "Добровольцев", "Пилотов",
                 "Снайперов", "Разведчиков", "Солдатов", "Офицеров", "Танкистов", "Казаков",
                 "Охотников", "Рыбаков"]


def _people(text: str, lang: str = "ru") -> list[dict]:
    return extract_text(text, lang, "2024-06-01")


def _one(text: str, surname: str, lang: str = "ru") -> dict:
    found = [m for m in _people(text, lang) if m["surname"] == surname]
    assert len(found) == 1, _people(text, lang)
    return found[0]


@pytest.mark.parametrize("surname", NOUN_SURNAMES)
def test_surname_first_with_a_patronymic(surname: str) -> None:
    m = _one(f"Погиб {surname} Игорь Андреевич, 1988 г.р.", surname)
    assert (m["given_name"], m["patronymic"], m["birth_date"]) == ("Игорь", "Андреевич",
                                                                  "1988")


@pytest.mark.parametrize("surname", ["Мальцев", "Героев", "Бойцов", "Матросов", "Пилотов",
                                     "Добровольцев"])
def test_a_list_entry_keeps_its_own_facts(surname: str) -> None:
    text = (f"Список погибших:\n1. {surname} Игорь Андреевич, 1988 г.р., Пермь, рядовой.\n"
            "2. Ерофеев Олег Петрович, 1990 г.р., Кунгур")
    assert _one(text, surname)["birth_date"] == "1988"
    assert _one(text, "Ерофеев")["birth_date"] == "1990"


@pytest.mark.parametrize("surname", ["Бойцов", "Стрелков", "Героев", "Снайперов", "Мужиков"])
def test_given_name_first(surname: str) -> None:
    assert _one(f"Олег {surname} погиб 3 мая под Бахмутом.", surname)["given_name"] == "Олег"
    assert _one(f"В зоне СВО погиб Игорь {surname}.", surname)["given_name"] == "Игорь"


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [("Вчера в Перми простились с Бойцовым Игорем Андреевичем.", "Бойцов", "Игорь"),
     ("Похоронили Стрелкова Олега Петровича, уроженца Перми.", "Стрелков", "Олег"),
     ("Орден Мужества передали матери погибшего Героева Алексея Ивановича.", "Героев",
      "Алексей"),
     ("Земляки проводили в последний путь Мальцева Сергея Викторовича.", "Мальцев",
      "Сергей"),
     ("Погибла санинструктор Бойцова Анна Сергеевна, 1995 г.р.", "Бойцова", "Анна"),
     ("Погиб Воинов И. А., 1988 г.р.", "Воинов", "И")],
)
def test_oblique_cases_and_women(text: str, surname: str, given: str) -> None:
    assert _one(text, surname)["given_name"].rstrip(".") == given


def test_a_relatives_post() -> None:
    text = ("Наш сын Разведчиков Денис Олегович погиб 12 марта 2024 года. Денису было 27 лет. "
            "Разведчиков служил в 90-й танковой дивизии.")
    m = _one(text, "Разведчиков")
    assert (m["given_name"], m["age"], m["status"]) == ("Денис", 27, "killed")


def test_a_lone_surname_after_the_full_name() -> None:
    text = ("Бойцов Игорь Андреевич погиб в зоне СВО. Кроме того, ранен Петров Олег. "
            "Бойцову было 35 лет.")
    assert _one(text, "Бойцов")["age"] == 35


@pytest.mark.parametrize(
    ("text", "surname"),
    [("Загинув Стрєлков Ігор Андрійович, 1988 р.н.", "Стрєлков"),
     ("Загинув Бойцов Олег Петрович, 1990 р.н., з Полтави.", "Бойцов"),
     ("Загинув Героєв Ігор Андрійович.", "Героєв"),
     ("Загинув Мальцев Ігор Андрійович, 1988 р.н.", "Мальцев")],
)
def test_ukrainian(text: str, surname: str) -> None:
    assert _one(text, surname, "uk")["status"] == "killed"


@pytest.mark.parametrize(
    "text",
    ["Героев России наградили в Кремле. Погибших бойцов помянули.",
     "Добровольцев из Бурятии провожали на вокзале.",
     "Разведчиков наградили орденами Мужества.",
     "Среди погибших бойцов — рядовые. Капитанов и полковников наградили.",
     "Рядовой погиб 3 мая.",
     "Мальцев не было на площади, пришли только взрослые.",
     "Гражданина Таджикистана задержали."],
)
def test_descriptors_are_no_people(text: str) -> None:
    assert _people(text) == []


def test_a_descriptor_before_a_name_is_still_trimmed() -> None:
    text = "Погибших бойцов Игоря Петрова и Олега Сидорова похоронили. Героев России помнят."
    assert sorted(m["surname"] for m in _people(text)) == ["Петров", "Сидоров"]


def test_a_citizen_noun_before_a_name_is_still_trimmed() -> None:
    m = _one("Гражданин Таджикистана Фаррух Назаров погиб под Бахмутом.", "Назаров")
    assert m["citizenship"] == "TJ"


def test_mali_is_not_read_in_maltsev() -> None:
    assert _one("Погиб Мальцев Игорь Андреевич, 1988 г.р.", "Мальцев")["citizenship"] != "ML"
