"""A life's range whose birth year keeps its marker before the dash ("(1979 г.р. – 2023)",
"(1990 р.н. — 2024)") is a life: the birth year and the year of death, as in "(1979–2023)"."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, birth, death", [
    ("— Лаптев Игорь Владимирович (1979 г.р. – 2023), с. Урусово, рядовой, погиб.", "ru",
     "Лаптев", "1979", "2023"),
    ("Сообщаем о гибели земляка: Сомов Павел Ильич (1985 г. р.—2024), стрелок, мобилизован.",
     "ru", "Сомов", "1985", "2024"),
    ("Список погибших:\n1. Гусев А. П. (2001 г.р. - 2023), рядовой.\n2. Лапин О. И. (1990 "
     "г.р. - 2024), сержант.", "ru", "Лапин", "1990", "2024"),
    ("Загинув окупант Мельников Сергій Іванович (1990 р.н. — 2024) з Курська.", "uk",
     "Мельников", "1990", "2024"),
    ("Про загибель повідомили рідні: Котов Андрій (1996 р. н. – 2023), рядовий.", "uk",
     "Котов", "1996", "2023"),
])
def test_a_marked_birth_year_opens_a_life(text: str, lang: str, surname: str, birth: str,
                                          death: str) -> None:
    p = _person(text, lang, surname)
    assert (p["birth_date"], p["death_date"]) == (birth, death)


@pytest.mark.parametrize("text, lang, surname, birth, death", [
    # the plain range and a marked year standing alone stay as they were
    ("Ефремов Даниил Андреевич (2002–2023), мл. сержант, погиб под Марьинкой.", "ru",
     "Ефремов", "2002", "2023"),
    ("Рядовой Олег Сычёв, 1988 г.р., погиб 3 мая.", "ru", "Сычёв", "1988", "2024-05-03"),
    # a term of service after a birth year is no life
    ("Рядовой Антон Жилин, 1979 г.р., в 2014–2016 годах служил по контракту, погиб 2 марта.",
     "ru", "Жилин", "1979", "2024-03-02"),
    ("Солдат Ілля Рогов, 1992 р.н., у 2015–2017 роках служив у ВДВ, загинув 4 квітня.", "uk",
     "Рогов", "1992", "2024-04-04"),
    # a birth year with a dash to a day, not a year
    ("Рядовой Кирилл Жданов (1999 г.р.) — погиб 12 июня 2024 года.", "ru", "Жданов", "1999",
     "2024-06-12"),
])
def test_other_years_stay(text: str, lang: str, surname: str, birth: str,
                          death: str) -> None:
    p = _person(text, lang, surname)
    assert (p["birth_date"], p["death_date"]) == (birth, death)
