"""Homes in Ukraine: the towns and oblasts of Ukraine (``reference.ukraine``) are read as
homes like Russia's — the occupied ones ("житель Макеевки") in their occupied region with no
Russian citizenship implied, the others ("харьковчанин", "з Вінниці", "житель Бердичева
Житомирской области") in their oblast — and never as a weak region of the text's."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.homes import home_regions, home_settlements


def person(text: str, surname: str, lang: str | None = None) -> dict[str, Any]:
    found = {m["surname"]: m for m in extract_text(text, lang, "2024-05-01")}
    return found[surname]


def test_the_tables_hold_ukraine() -> None:
    towns = {s.name: s.region_code for s in home_settlements()}
    assert towns["Харьков"] == "UA-63" and towns["Макеевка"] == "UA-14"
    assert towns["Донецк"] == "UA-14"  # not the small town of Rostov oblast
    assert "UA-18" in {r.code for r in home_regions()}


@pytest.mark.parametrize(
    ("text", "surname", "settlement", "region"),
    [
        ("Житель Макеевки рядовой Сергей Бондарь погиб 30 августа.", "Бондарь", "Макеевка",
         "UA-14"),
        ("Мобилизованный житель Луганска Андрей Петренко погиб под Кременной.", "Петренко",
         "Луганск", "UA-09"),
        ("Ефрейтор Павел Сидоренко из Горловки погиб 3 марта.", "Сидоренко", "Горловка",
         "UA-14"),
        ("Погиб уроженец Енакиево Ольга Кравец, санинструктор добровольческого отряда.",
         "Кравец", "Енакиево", "UA-14"),
        ("Житель Донецка рядовой Игорь Лесной погиб под Марьинкой.", "Лесной", "Донецк",
         "UA-14"),
    ],
)
def test_a_home_in_the_occupied_territories(text: str, surname: str, settlement: str,
                                            region: str) -> None:
    m = person(text, surname, "ru")
    assert (m["settlement"], m["region"], m["region_occupied"]) == (settlement, region, True)
    assert m["citizenship"] is None


@pytest.mark.parametrize(
    ("text", "lang", "surname", "settlement", "region"),
    [
        ("Харьковчанин Александр Бондаренко погиб 19 июня, защищая Украину.", "ru",
         "Бондаренко", "Харьков", "UA-63"),
        ("Военнослужащий ВСУ Тарас Мельничук, житель Бердичева Житомирской области, сдался в "
         "плен.", "ru", "Мельничук", "Бердичев", "UA-18"),
        ("Шукаю сина! Ковальчук Максим, 110-та окрема механізована бригада, зник безвісти. Ми "
         "всі з Вінниці.", "uk", "Ковальчук", "Вінниця", "UA-05"),
        ("Солдат Іван Савчук, мешканець Коломиї, повернувся з полону.", "uk", "Савчук",
         "Коломия", "UA-26"),
        ("Житель Запорожья Дмитрий Павленко, мобилизованный в ВСУ, погиб под Роботиным.", "ru",
         "Павленко", "Запорожье", "UA-23"),
    ],
)
def test_a_home_in_ukraine(text: str, lang: str, surname: str, settlement: str,
                           region: str) -> None:
    m = person(text, surname, lang)
    assert (m["settlement"], m["region"]) == (settlement, region)
    assert m["citizenship"] in (None, "UA")


def test_a_ukrainian_oblast_without_a_cue_is_no_ones_home() -> None:
    m = person("В Харьковской области погиб мобилизованный Иван Сомов.", "Сомов", "ru")
    assert m["region"] is None
