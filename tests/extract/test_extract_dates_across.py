"""Dates and death cues told across sentences or in speech: two-digit years ("осенью
22-го"), life dates in quotes or after a dash, death nouns as cues for the place ("Смерть
наступила в больнице …"), a place of death after "от ран", and a death "in the same battle"
as the event told before it."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.dates import find_dates


def _all(text: str, lang: str = "ru") -> list[dict[str, Any]]:
    return extract_text(text, lang, "2024-09-01")


def _one(text: str, lang: str = "ru") -> dict[str, Any]:
    (m,) = _all(text, lang)
    return m


def _by_name(people: list[dict[str, Any]], surname: str) -> dict[str, Any]:
    return next(m for m in people if str(m["name"]).startswith(surname))


# 1. two-digit years in speech


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("осенью 22-го", "2022"),
        ("летом 23-го года", "2023"),
        ("весной 24-го", "2024"),
        ("восени 22-го", "2022"),
        ("навесні 23-го року", "2023"),
        ("в конце 22-го", "2022"),
        ("в феврале 22-го", "2022-02"),
        ("у лютому 23-го", "2023-02"),
    ],
)
def test_a_two_digit_year_in_speech(written: str, value: str) -> None:
    (d,) = find_dates(f"Это было {written}, все помнят.", None)
    assert d.value == value


@pytest.mark.parametrize("written", [
    "летом 95-го", "осенью 87-го года", "в мае 99-го", "зимой 12-го", "осенью 22-х",
])
def test_a_two_digit_year_outside_the_war_is_no_year(written: str) -> None:
    assert find_dates(f"Это было {written}, все помнят.", None) == []


def test_a_spoken_year_dates_an_event_and_the_death() -> None:
    m = _one("Рядовой Иван Петров ушёл на фронт осенью 22-го и погиб летом 23-го года под "
             "Бахмутом.")
    assert m["death_date"] == "2023"
    assert m["other_dates"] == {"departure": "2022"}


def test_a_spoken_year_in_ukrainian() -> None:
    m = _one("Солдат Іван Петренко потрапив у полон восени 22-го і загинув у лютому 23-го.",
             "uk")
    assert m["death_date"] == "2023-02"
    assert m["other_dates"] == {"captured": "2022"}


def test_a_spoken_year_is_never_a_birth_year() -> None:
    m = _one("Сергей Кузнецов родился летом 95-го в Омске, погиб 4 мая 2024 года.")
    assert m["birth_date"] is None
    assert m["death_date"] == "2024-05-04"


# 2. life dates in quotes or after a dash


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Погиб Иван Сидоров («1987–2023»), его похоронили в Курске.", "ru"),
        ("Памяти Андрея Козлова — 1987–2023. Погиб под Бахмутом.", "ru"),
        ("Погиб Виктор Грачёв. На надгробии указаны даты «1987–2023» и позывной.", "ru"),
        ("Загинув Віталій Грошенко. На фото надгробка вказано дати «1987–2023».", "uk"),
        ("Загинув Іван Петренко («1987—2023»), мобілізований з Курська.", "uk"),
    ],
)
def test_life_dates_in_quotes_or_after_a_dash(text: str, lang: str) -> None:
    m = _one(text, lang)
    assert (m["birth_date"], m["death_date"]) == ("1987", "2023")


@pytest.mark.parametrize("text", [
    "Погиб рядовой Олег Носов. Служил в армии «2008–2012», потом работал водителем.",
    "Погиб Павел Орлов. Он учился в школе — 2003–2014 годы — в Миассе.",
    "Погиб Пётр Белов. На доске даты «1941–1945 годы» войны.",
])
def test_other_ranges_in_quotes_or_after_a_dash_are_no_life(text: str) -> None:
    m = _one(text)
    assert m["birth_date"] is None
    assert m["death_date"] is None


# 3. a place after a wound phrase


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Олег Носов скончался от ранений в городе Сирт.", "Сирт"),
        ("Сержант Иван Бобров умер от ран в городе Луганске.", "Луганск"),
        ("Сержант Иван Бобров 12 марта скончался от ран в госпитале Донецка.",
         "госпиталь Донецка"),
    ],
)
def test_died_of_wounds_in_a_place(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Сержант Иван Бобров получил ранение под Авдеевкой. 12 марта он скончался от ранений "
         "в госпитале Луганска.", "ru", "госпиталь Луганска"),
        ("Сержант Иван Бобров был ранен под Авдеевкой и 12 марта умер от полученных ранений в "
         "Ростове.", "ru", "Ростов"),
        ("Солдат Олег Носенко був поранений під Бахмутом. 5 травня він помер від поранень під "
         "Авдіївкою.", "uk", "Авдіївка"),
    ],
)
def test_died_of_wounds_in_a_place_after_the_wound_place(text: str, lang: str,
                                                         place: str) -> None:
    assert _one(text, lang)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сержант Иван Бобров 10 марта получил ранение в Горловке.", "Горловка"),
        ("Ефрейтор Антон Лыков был тяжело ранен под Кременной 4 апреля.", "Кременная"),
    ],
)
def test_a_wound_place_stays_the_wound_place(text: str, place: str) -> None:
    m = _one(text)
    assert m["status"] == "wounded"
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Солдат Олег Носенко був поранений під Бахмутом і помер 5 травня під Авдіївкою.",
         "uk", "Авдіївка"),
        ("Солдат Олег Носенко був поранений 3 травня під Бахмутом. Загибель сталася під "
         "Авдіївкою.", "uk", "Авдіївка"),
        ("Рядовой Олег Носов был ранен под Бахмутом. Гибель произошла под Авдеевкой.", "ru",
         "Авдеевка"),
    ],
)
def test_the_wound_place_yields_to_the_death_place(text: str, lang: str, place: str) -> None:
    assert _one(text, lang)["place_of_death"] == place


# 4. death nouns as cues for the place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Рядовой Олег Носов был ранен 3 мая. Смерть наступила в больнице Ростова.", "ru",
         "больница Ростова"),
        ("Ефрейтор Пётр Смирнов ушёл в атаку 3 мая. Гибель произошла под Авдеевкой.", "ru",
         "Авдеевка"),
        ("Младший сержант Денис Ковалёв долго лечился. Смерть настала в госпитале Курска.",
         "ru", "госпиталь Курска"),
        ("Солдат Олег Носенко був поранений 3 травня. Смерть настала у шпиталі Дніпра.", "uk",
         "Дніпро"),
    ],
)
def test_a_death_noun_cues_the_place(text: str, lang: str, place: str) -> None:
    assert _one(text, lang)["place_of_death"] == place


@pytest.mark.parametrize("text", [
    "Рядовой Олег Носов родился в Ростове. Смерть отца он пережил тяжело.",
    "Рядовой Олег Носов служил в Ростове, о смерти сына в Курске узнали родители.",
])
def test_a_death_noun_without_its_verb_cues_nothing_here(text: str) -> None:
    assert _one(text)["place_of_death"] is None


# 5. the same battle


def test_the_same_battle_gives_its_date_and_place() -> None:
    people = _all("5 мая под Бахмутом погиб рядовой Олег Носов. В том же бою погиб сержант "
                  "Иван Бобров.")
    m = _by_name(people, "Бобров")
    assert (m["death_date"], m["place_of_death"]) == ("2024-05-05", "Бахмут")


def test_the_same_battle_after_a_capture_in_ukrainian() -> None:
    people = _all("28 жовтня під Бахмутом наші бійці взяли в полон Олега Носова. У тому ж бою "
                  "загинув інший росіянин — Іван Бобров.", "uk")
    m = _by_name(people, "Бобров")
    assert (m["death_date"], m["place_of_death"]) == ("2023-10-28", "Бахмут")


def test_the_same_attack_dates_a_death_by_the_day_told_before() -> None:
    people = _all("14 марта у Клещеевки был ранен ефрейтор Пётр Сомов. В том же штурме погиб "
                  "рядовой Антон Лыков.")
    assert _by_name(people, "Лыков")["death_date"] == "2024-03-14"


def test_a_date_of_its_own_wins_over_the_battle_told_before() -> None:
    people = _all("5 мая под Бахмутом погиб рядовой Олег Носов. В том же бою 7 мая погиб "
                  "сержант Иван Бобров.")
    assert _by_name(people, "Бобров")["death_date"] == "2024-05-07"


def test_the_same_battle_gives_no_death_to_the_wounded() -> None:
    people = _all("5 мая под Бахмутом попал в плен рядовой Олег Носов. В том же бою был ранен "
                  "сержант Иван Бобров.")
    m = _by_name(people, "Бобров")
    assert m["death_date"] is None
    assert m["other_dates"] == {"wounded": "2024-05-05"}


def test_a_capture_in_the_same_battle_in_ukrainian() -> None:
    people = _all("7 грудня під Покровськом загинув найманець Жан Мбенга. У тому ж бою в полон "
                  "потрапив громадянин Єгипту Карім Салем.", "uk")
    m = _by_name(people, "Салем")
    assert m["death_date"] is None
    assert m["other_dates"] == {"captured": "2023-12-07"}


@pytest.mark.parametrize(
    ("text", "surname", "value"),
    [
        ("Private Oleg Nosov was captured near Bakhmut on May 5. Sergeant Ivan Bobrov was "
         "killed in the same battle.", "Bobrov", "2024-05-05"),
        ("Kofi Asante was taken prisoner near Sudzha in August, his mother said. His friend "
         "Yao Mensah was killed near Sudzha in the same assault.", "Mensah", "2024-08"),
    ],
)
def test_the_same_battle_in_english(text: str, surname: str, value: str) -> None:
    assert _by_name(_all(text, "en"), surname)["death_date"] == value


def test_the_wounded_in_the_same_attack_in_english_keep_the_day_but_no_place() -> None:
    people = _all("Ivan Bobrov was killed near Robotyne on March 27. His brother Zorigto Bobrov "
                  "was wounded in the same attack and is in hospital.", "en")
    m = _by_name(people, "Bobrov Z")
    assert m["death_date"] is None
    assert m["other_dates"] == {"wounded": "2024-03-27"}
    assert m["place_of_death"] is None


def test_in_the_same_unit_is_no_battle() -> None:
    people = _all("Ivan Bobrov was killed near Robotyne on March 27. His brother Zorigto Bobrov, "
                  "who served in the same brigade, was wounded in January.", "en")
    m = _by_name(people, "Bobrov Z")
    assert m["death_date"] is None
    assert m["other_dates"] == {"wounded": "2024-01"}


def test_a_contract_told_before_is_no_battle() -> None:
    people = _all("В мае 2023 года рядовой Олег Носов подписал контракт. В том же бою погиб "
                  "сержант Иван Бобров.")
    assert _by_name(people, "Бобров")["death_date"] is None
