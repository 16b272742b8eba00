"""Russian events: death phrasings and other statuses, ages told without "лет" or with the
verb left out, dates with Roman months, days of mourning, dates of a death being reported."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.ages import find_ages
from headcount.extract.dates import find_dates
from headcount.extract.status import find_status


def by_name(text: str, published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, "ru", published=published)}


def one(text: str, published: str = "2024-06-01") -> dict[str, Any]:
    ms = extract_text(text, "ru", published=published)
    assert len(ms) == 1, [m["name"] for m in ms]
    return ms[0]


# ---------------------------------------------------------------- status phrasings


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("У рядового Олега Фомина сердце перестало биться 3 мая 2024 года.", "killed"),
        ("3 мая 2024 года перестало биться сердце сержанта Ильи Карпова.", "killed"),
        ("Лётчик майор Артём Гусев не вернулся с боевого задания 3 мая 2024 года.", "killed"),
        ("Штурмовик Руслан Бадмаев не вернулся с задания под Кременной.", "killed"),
        ("Ефрейтора Семёна Ли уже нет с нами.", "killed"),
        ("Сегодня сорок дней как нет нашего Миши, Михаила Петровича Уварова.", "killed"),
        ("Старший сержант Тимур Галиев пал героем под Авдеевкой.", "killed"),
        ("Тело рядового Дениса Носкова опознали по ДНК в марте.", "killed"),
        ("Тело сержанта Глеба Кузина передали родным в Улан-Удэ.", "killed"),
        ("Рядовой Антон Шилов был признан погибшим решением суда.", "declared_dead"),
        ("Мобилизованный Игорь Сазонов признан судом погибшим.", "declared_dead"),
        ("Водитель Сергей Кравченко с осколочными ранениями доставлен в больницу.", "wounded"),
        ("Ефрейтор Никита Осипов получил тяжёлые огнестрельные ранения.", "wounded"),
        ("Муж, рядовой Павел Егоров, не выходит на связь с 3 мая.", "missing"),
        ("Помогите найти брата! Рядовой Эдуард Хасанов, 1991 г.р., в/ч 12345.", "missing"),
        ("Судьба рядового Виталия Орлова до сих пор неизвестна.", "missing"),
        ("Гурприт Сингх из Пенджаба сейчас находится на позициях.", "serving"),
    ],
)
def test_status_phrasings(text: str, status: str) -> None:
    assert one(text)["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Тело не нашли, поиски продолжаются.",  # no body found: no death
        "Тело опознать не удалось.",
        "Он сдал экзамен и вернулся с задания живым.",
        "Их нет дома.",
    ],
)
def test_status_guards(text: str) -> None:
    assert [f.value.value for f in find_status(text)] == []


def test_the_day_a_body_was_identified_is_no_death_date() -> None:
    m = one("Тело рядового Руслана Гиниятуллина опознали по ДНК 12 марта 2024 года.")
    assert (m["status"], m["death_date"]) == ("killed", None)


def test_a_death_from_wounds_is_no_wound() -> None:
    found = find_status("Сержант Пётр Ким скончался от полученных тяжёлых ранений.")
    assert [f.value.value for f in found] == ["killed"]


# ---------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Ему было 46, остались жена и две дочки.", 46),
        ("Плотникову было всего двадцать три.", 23),
        ("Ей было 29.", 29),
        ("Погибшему было сорок один, он служил водителем.", 41),
    ],
)
def test_an_age_without_its_years_word(sentence: str, age: int) -> None:
    assert [f.value for f in find_ages(sentence)] == [age]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ему было бы 35 лет.",  # an age not reached
        "В этом году ему исполнилось бы 40.",
        "Их было 20, все погибли.",  # a count
        "Нас было 30.",
        "Москва, Ростов — 12.",  # no age stated before: no gap to fill
    ],
)
def test_no_age(sentence: str) -> None:
    assert find_ages(sentence) == []


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Братья Игорь и Вячеслав Мальцевы из Ишима погибли под Новомихайловкой в январе 2024 "
         "года. Игорю было 34 года, Вячеславу — 31.", {"Игорь": 34, "Вячеслав": 31}),
        ("Вчера в Ржеве простились с капитаном Лебедевым Андреем Николаевичем, рядовым "
         "Козловым Ильёй Сергеевичем и ефрейтором Смирновой Татьяной Олеговной, погибшими в "
         "зоне СВО. Андрею Николаевичу было 36 лет, Илье — 24 года, Татьяне — 29.",
         {"Андрей": 36, "Илья": 24, "Татьяна": 29}),
        ("Ордена получили родные рядового Дениса Калугина из Льгова и сержанта Ю. Н. Мальцева "
         "из Курчатова, погибших в зоне СВО. Мальцеву было 46 лет, он ушёл добровольцем.",
         {"Денис": None, "Ю.": 46}),
    ],
)
def test_an_age_goes_to_the_one_named_in_the_dative(text: str, ages: dict[str, int | None]
                                                    ) -> None:
    got = {m["given_name"]: m["age"] for m in extract_text(text, "ru", published="2024-02-01")}
    assert got == ages


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Вячеслав погиб 30.X.2024 под Торецком", "2024-10-30"),
        ("родился 5.IV.1987 в Омске", "1987-04-05"),
        ("умер 12 XI 2023 года", "2023-11-12"),
        ("погиб 1.VIII.2022", "2022-08-01"),
    ],
)
def test_roman_months(text: str, iso: str) -> None:
    assert [d.value for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["глава IV. 2023", "в XX веке", "том II 1999 года"])
def test_roman_numerals_that_are_no_months(text: str) -> None:
    assert all(d.precision.value != "day" for d in find_dates(text))


@pytest.mark.parametrize(
    "text",
    ["Сегодня 40 дней как нет нашего Саши", "Сегодня ровно год со дня гибели сына",
     "Сегодня полгода, как погиб брат", "Сьогодні 9 днів, як загинув Іван"],
)
def test_a_day_of_mourning_is_no_date(text: str) -> None:
    assert find_dates(text, date(2024, 3, 1)) == []


def test_today_is_still_a_date() -> None:
    assert [d.value for d in find_dates("Сегодня погиб Иван", date(2024, 3, 1))] == [
        "2024-03-01"]


def test_a_death_on_the_day_of_mourning_is_not_today() -> None:
    m = one("Сегодня 40 дней как нет нашего Саши, Александра Быкова. 8 февраля под Кременной "
            "он попал под обстрел и погиб.", published="2023-03-20")
    assert (m["status"], m["death_date"]) == ("killed", "2023-02-08")


@pytest.mark.parametrize(
    ("text", "published", "death", "reported"),
    [
        ("Гражданин Непала Бикрам Гурунг погиб в Запорожской области. О гибели Гурунга семье "
         "19 февраля сообщил сослуживец.", "2024-02-27", None, "2024-02-19"),
        ("Гражданин Ганы Кваме Асанте погиб в декабре 2023 года под Авдеевкой, сообщило 12 "
         "января посольство.", "2024-01-15", "2023-12", "2024-01-12"),
        ("О смерти сына Виктора Лаптева мать 5 марта узнала от командира.", "2024-04-01",
         None, "2024-03-05"),
        ("Рядовой Олег Сомов погиб в мае, объявили 3 июня в администрации.", "2024-06-10",
         "2024-05", "2024-06-03"),
    ],
)
def test_the_day_a_death_was_told(text: str, published: str, death: str | None,
                                  reported: str) -> None:
    m = one(text, published=published)
    assert m["death_date"] == death
    assert (m["other_dates"] or {}).get("reported") == reported


def test_a_date_told_by_a_relative_is_still_the_death() -> None:
    m = one("Рядовой Олег Сомов погиб 3 мая, рассказала его сестра.")
    assert (m["death_date"], m["other_dates"]) == ("2024-05-03", None)


# ---------------------------------------------------------------- places of death


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("30 сентября 2024 года под Селидово рядовой Михаил Гордеев погиб.", "Селидово"),
        ("Утром 8 февраля под Кременной погиб рядовой Олег Саввин.", "Кременная"),
        ("12 мая в Донецке скончался от ран сержант Антон Лаптев.", "Донецк"),
        ("В ночь на 5 мая у Клещеевки погиб ефрейтор Баир Цыренов.", "Клещеевка"),
    ],
)
def test_a_place_after_a_date_before_the_death(text: str, place: str) -> None:
    assert one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    ["5 марта 2023 года в Белгороде рядовой Пётр Носов получил награду, а погиб он позже.",
     "В 2022 году в Курске рядовой Пётр Носов работал водителем, погиб он в мае."],
)
def test_a_place_of_another_verb_is_no_place_of_death(text: str) -> None:
    assert one(text)["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("30 августа в Гатчинской центральной районной больнице умер рядовой Михаил Светин.",
         "Гатчинская центральная районная больница"),
        ("Сержант Олег Ким скончался от ран в военном госпитале имени Бурденко.",
         "военный госпиталь имени Бурденко"),
        ("Рядовой Павел Лунин скончался в больнице № 2 через неделю.", "больница № 2"),
        ("Ефрейтор Шимон Перес умер в больнице «Тель ха-Шомер».", "больница «Тель ха-Шомер»"),
    ],
)
def test_a_named_hospital_is_the_place_of_death(text: str, place: str) -> None:
    assert one(text)["place_of_death"] == place


def test_a_hospital_one_worked_in_is_no_place_of_death() -> None:
    m = one("Медсестра Анна Котова работала в Областной клинической больнице, погибла под "
            "Донецком.")
    assert m["place_of_death"] == "Донецк"


# ---------------------------------------------------------------- other events


@pytest.mark.parametrize(
    ("text", "published", "event", "iso"),
    [
        ("Уроженец Липецка Денис Гаврюшин воевал добровольцем в спецназе «Ахмат» с 2023 года. "
         "2 июня он скончался от ран.", "2024-06-10", "contract", "2023"),
        ("Ольга Кравец из Енакиево в 2022 году ушла в добровольческое формирование. Погибла 22 "
         "сентября под Кременной.", "2023-09-27", "contract", "2022"),
        ("Осуждённый Сергей Ерохин пришёл из ИК-5 в октябре 2022 года, погиб 11 апреля 2023 "
         "года.", "2023-07-11", "contract", "2022-10"),
        ("Назаров Шухрат Рахимович, 1989 г.р., уроженец Таджикистана, гражданин РФ с 2019 года, "
         "мобилизован в 2022 году, погиб в декабре 2024 г.", "2025-03-01", "citizenship", "2019"),
        ("Азамат Сыдыков, гражданка России с марта 2023 года Айгуль Сыдыкова, погиб в мае.",
         "2024-06-01", "contract", None),
    ],
)
def test_the_date_of_another_event(text: str, published: str, event: str,
                                   iso: str | None) -> None:
    ms = extract_text(text, "ru", published=published)
    assert (ms[0]["other_dates"] or {}).get(event) == iso


def test_a_list_entry_ending_with_its_death_keeps_it_beside_a_joining_date() -> None:
    text = ("Памяти бойцов штурмового отряда, погибших при взятии Артёмовска. Список:\n\n"
            "• Д. Ю. Колесов, «Кедр», Бийск, с отрядом с июля 2022 — 18.02.2023\n"
            "• С. П. Ерохин, «Дед», Новоалтайск, пришёл из ИК-5 в октябре 2022 — 11.04.2023\n")
    got = {m["surname"]: (m["death_date"], m["other_dates"])
           for m in extract_text(text, "ru", published="2023-07-11")}
    assert got == {"Колесов": ("2023-02-18", {"contract": "2022-07"}),
                   "Ерохин": ("2023-04-11", {"contract": "2022-10"})}


# ---------------------------------------------------------------- clauses with the verb left out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Награды получили родные сержанта Дениса Калугина из Железногорска и рядового Артёма "
         "Полякова из Льгова. Денис погиб в октябре под Сватово, Артём — 2 ноября в Херсонской "
         "области.", {"Калугин": ("2022-10", "Сватово"),
                      "Поляков": ("2022-11-02", "Херсонская область")}),
        ("Сержант Евгений Котов и рядовой Виктор Ляхов служили в одной роте. Евгений погиб 23 "
         "ноября под Бахмутом, а Виктор — 7 декабря.",
         {"Котов": ("2022-11-23", "Бахмут"), "Ляхов": ("2022-12-07", None)}),
        ("Сержант Евгений Котов и рядовой Виктор Ляхов служили в одной роте. Евгений погиб 23 "
         "ноября под Бахмутом, а Виктор — 7 декабря у Клещеевки.",
         {"Котов": ("2022-11-23", "Бахмут"), "Ляхов": ("2022-12-07", "Клещеевка")}),
        ("Ефрейторы Антон Рябов и Глеб Нестеров служили вместе. Антон скончался от ран 5 мая в "
         "госпитале, Глеб — 9 мая в Донецке.",
         {"Рябов": ("2022-05-05", None), "Нестеров": ("2022-05-09", "Донецк")}),
        ("Рядовой Иван Сомов и ефрейтор Пётр Лаптев погибли под Авдеевкой 3 марта.",
         {"Сомов": ("2022-03-03", "Авдеевка"), "Лаптев": ("2022-03-03", "Авдеевка")}),
    ],
)
def test_each_clause_is_its_names(text: str, want: dict[str, tuple[str, str | None]]) -> None:
    got = {m["surname"]: (m["death_date"], m["place_of_death"])
           for m in extract_text(text, "ru", published="2023-03-02")}
    assert got == want
