"""Whose death a sentence tells and where: a date goes with the cue it dates, a count of the
dead is nobody named, a place hangs on the death verb, an age agrees with its person."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", published)}


@pytest.mark.parametrize(
    ("text", "dead", "other", "day"),
    [
        ("6 марта 2016 года умер дирижёр Николас Арнонкур, один из величайших дирижёров в "
         "истории, подтверждает Филипп Арнонкур, его сын.", "Арнонкур Николас",
         "Арнонкур Филипп", "2016-03-06"),
        ("12 мая 2023 года погиб рядовой Иван Петров, сообщил журналистам его командир "
         "Олег Сидоров.", "Петров Иван", "Сидоров Олег", "2023-05-12"),
        ("Как рассказал Сергей Дондоков, 3 апреля 2024 года скончался от ран ефрейтор "
         "Андрей Белов.", "Белов Андрей", "Дондоков Сергей", "2024-04-03"),
        ("По словам Марии Котовой, её сосед Павел Рыбин умер 20 февраля 2024 года в "
         "госпитале.", "Рыбин Павел", "Котова Мария", "2024-02-20"),
    ],
)
def test_death_date_goes_with_its_cue(text: str, dead: str, other: str, day: str) -> None:
    found = by_name(text)
    assert found[dead]["death_date"] == day
    assert other not in found or found[other]["death_date"] is None


@pytest.mark.parametrize(
    "text",
    ["55-летний премьер Иван Петров сдал тест на коронавирус. К 26 марта в стране "
     "зафиксировано 11658 случаев, 578 умерли.",
     "Министр Олег Смирнов, 61 год, посетил больницу. За сутки здесь погибли 16 человек.",
     "Губернатор Андрей Волков, 48 лет, открыл мост. На прошлой неделе погибли двое рабочих."],
)
def test_a_count_of_the_dead_is_not_the_person_named_before(text: str) -> None:
    assert all(m["status"] != "killed" for m in extract_text(text, "ru", "2024-06-01"))


@pytest.mark.parametrize(
    ("text", "place"),
    [("5 июня 2016 года в Москве на 69-м году жизни скончался актёр Алексей Жарков.",
      "Москва"),
     ("11 сентября 2016 года на 75 году жизни в Казани скончался художник Эдуард Назаров.",
      "Казань"),
     ("Вчера утром в Новосибирске после долгой болезни умер ветеран Пётр Иванов.",
      "Новосибирск")],
)
def test_place_before_the_death_verb_with_words_between(text: str, place: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["place_of_death"] == place


def test_place_told_with_the_death_date_wins() -> None:
    [m] = extract_text("В Бергамо умер бывший боксёр Анджело Роттоли. Роттоли умер 28 марта "
                       "2020 года в поликлинике Понте-Сан-Пьетро.", "ru")
    assert (m["death_date"], m["place_of_death"]) == ("2020-03-28", "Понте-Сан-Пьетро")


@pytest.mark.parametrize(
    "text",
    ["Умер актёр Иван Петров. Среди погибших в тот день есть 23-летняя сотрудница полиции.",
     "Скончался режиссёр Олег Смирнов. В аварии также погибла 30-летняя пассажирка.",
     "Умерла певица Анна Белова. Её 40-летний водитель не пострадал."],
)
def test_an_age_of_the_other_sex_is_someone_else(text: str) -> None:
    [m] = extract_text(text, "ru")
    assert m["age"] is None


def test_an_age_of_the_same_sex_still_attaches() -> None:
    [m] = extract_text("Умерла певица Анна Белова. 40-летняя артистка болела давно.", "ru")
    assert m["age"] == 40


@pytest.mark.parametrize(
    "text",
    ["Рядовые Иван Орлов и Пётр Носов служили вместе. Иван Орлов погиб 5 мая 2023 года, "
     "Пётр Носов — 9 мая 2023 года.",
     "Сержант Олег Зуев и ефрейтор Артём Попов погибли весной. Олег Зуев погиб "
     "5 мая 2023 года, а Артём Попов — 9 мая 2023 года."],
)
def test_an_elliptical_clause_dates_its_own_person(text: str) -> None:
    dates = sorted(m["death_date"] for m in extract_text(text, "ru"))
    assert dates == ["2023-05-05", "2023-05-09"]


@pytest.mark.parametrize(
    ("text", "place"),
    [("Константин Лаптев погиб 19 марта 2023 года у Новомихайловки, вытаскивая раненого.",
      "Новомихайловка"),
     ("Рядовой Дмитрий Лялин погиб 20 мая 2023 года при взятии Артёмовска.", "Артёмовск"),
     ("Кирилл Евсеев попал в плен 6 августа 2023 года у села Гончаровка.", "Гончаровка"),
     ("Срочник Тимур Хайруллин получил ранение 1 июня 2023 года при обстреле пограничного "
      "села Козинка.", "Козинка")],
)
def test_places_of_a_death_or_wound_in_more_words(text: str, place: str) -> None:
    [m] = extract_text(text, "ru", "2024-03-01")
    assert m["place_of_death"] == place


def test_at_a_persons_side_is_no_place() -> None:
    [m] = extract_text("Рядовой Дмитрий Лялин погиб 20 мая 2023 года у Петрова на руках.",
                       "ru", "2024-03-01")
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("words", "month"),
    [("в конце января", "2024-01"), ("в начале декабря", "2023-12"),
     ("в середине мая 2022 года", "2022-05"), ("в конце октября 2023 года", "2023-10")],
)
def test_part_of_a_month_is_the_month(words: str, month: str) -> None:
    [m] = extract_text(f"Рядовой Шерзод Каримов погиб {words} под Авдеевкой.", "ru",
                       "2024-03-01")
    assert (m["death_date"], m["death_date_precision"]) == (month, "month")


@pytest.mark.parametrize(
    ("text", "place"),
    [("Журналист Андреа Рокелли погиб 24 мая 2014 года в результате миномётного обстрела "
      "вблизи Славянска на востоке Украины.", "Славянск"),
     ("Рядовой Иван Сорокин скончался 3 мая 2023 года в Германии в больнице Кёльна.",
      "больница Кёльна"),
     ("Рядовой Иван Сорокин погиб 3 мая 2023 года, выполняя задачу в районе Клещеевки.",
      "Клещеевка")],
)
def test_a_town_is_a_more_precise_place_of_death_than_a_country(text: str, place: str) -> None:
    [m] = extract_text(text, "ru", "2024-03-01")
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    ["Рядовой Иван Сорокин погиб 3 мая 2023 года, когда возвращался домой в Курск.",
     "Рядовой Иван Сорокин погиб 3 мая 2023 года. Его родители приехали на похороны из Омска."],
)
def test_a_place_another_verb_governs_is_not_the_deaths(text: str) -> None:
    [m] = extract_text(text, "ru", "2024-03-01")
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "victim"),
    [("29-летний Брендт Кристенсен похитил и убил 26-летнюю Чжан Инъин в июне 2017 года.",
      "Инъин Чжан"),
     ("Олега Панина 5 мая 2023 года застрелил сослуживец Сергей Ковалёв.", "Панин Олег"),
     ("Рядового Олега Панина 5 мая 2023 года застрелил снайпер.", "Панин Олег")],
)
def test_a_killing_is_its_objects_death(text: str, victim: str) -> None:
    killed = [m["name"] for m in extract_text(text, "ru", "2024-03-01")
              if m["status"] == "killed"]
    assert killed == [victim]


def test_the_killer_named_alone_is_not_killed() -> None:
    found = extract_text("Сергей Ковалёв застрелил 5 мая 2023 года своего сослуживца Олега "
                         "Панина.", "ru", "2024-03-01")
    assert all(m["name"] != "Ковалёв Сергей" or m["status"] is None for m in found)


@pytest.mark.parametrize(
    "terms",
    ["(1985—1990 и 2006—2011 годы)", "(1998–2003, 2008–2012 годы)", "(1994 - 1999 годы)"],
)
def test_terms_of_office_are_no_life(terms: str) -> None:
    [m] = extract_text(f"Сержант Алан Гарсия {terms} служил по контракту, погиб 3 мая 2023 "
                       "года.", "ru", "2024-03-01")
    assert (m["birth_date"], m["death_date"]) == (None, "2023-05-03")


@pytest.mark.parametrize(
    ("text", "age"),
    [("Итальянский боксёр умер в возрасте 60 лет, сообщают СМИ. Анджело Роттоли, который "
      "боролся с болезнью, умер 28 марта 2020 года в возрасте 61 года.", 61),
     ("Бывший боксёр Анджело Роттоли, 45 лет тренировавший детей, скончался 28 марта 2020 "
      "года. Ему был 61 год.", 61)],
)
def test_the_age_told_with_the_death_wins(text: str, age: int) -> None:
    [m] = extract_text(text, "ru")
    assert m["age"] == age


def test_an_age_beside_the_name_is_kept() -> None:
    text = ("Погиб Иван Белоусов, 19 лет, из Новозыбкова. В том же бою 3 ноября 2023 года "
            "погиб его 23-летний товарищ.")
    found = {m["name"]: m for m in extract_text(text, "ru", "2023-12-01")}
    assert found["Белоусов Иван"]["age"] == 19
