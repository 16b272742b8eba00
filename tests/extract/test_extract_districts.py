"""A district named after its town gives the town's region: "жителей Ядринского
муниципального округа", "Глава Буйнакского района: …"."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.districts import find_districts, town_of_district


def by_name(text: str) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", "2024-06-01")}


@pytest.mark.parametrize(
    ("adjective", "town"),
    [("Ядринского", "Ядрин"), ("Буйнакский", "Буйнакск"), ("Шарыповском", "Шарыпово"),
     ("Кяхтинского", "Кяхта"), ("Сысертского", "Сысерть"), ("Кологривскому", "Кологрив")],
)
def test_a_district_adjective_names_its_town(adjective: str, town: str) -> None:
    found = town_of_district(adjective)
    assert found is not None and found.name == town


@pytest.mark.parametrize("phrase", ["Ленинского района", "Кировский район", "Октябрьском районе",
                                    "Центрального округа", "Ядринский техникум"])
def test_a_district_of_every_region_or_no_district_names_none(phrase: str) -> None:
    assert find_districts(phrase) == []


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Погиб житель Ядринского муниципального округа рядовой Олег Никитин.",
         "Никитин Олег", "RU-CU"),
        ("Глава Буйнакского района сообщил: 8 марта погиб контрактник Ислам Алиев.",
         "Алиев Ислам", "RU-DA"),
        ("В Кяхтинском районе простились с сержантом Баиром Намсараевым, погибшим под "
         "Авдеевкой.", "Намсараев Баир", "RU-BU"),
        ("Рядовой Пётр Лунёв, уроженец Сысертского городского округа, погиб 3 мая.",
         "Лунёв Пётр", "RU-SVE"),
        ("Администрация Кологривского района с прискорбием сообщает о гибели мобилизованного "
         "Андрея Сушкова.", "Сушков Андрей", "RU-KOS"),
    ],
)
def test_a_district_gives_its_region(text: str, name: str, region: str) -> None:
    assert by_name(text)[name]["region"] == region


def test_a_district_names_the_region_of_a_village_not_in_the_table() -> None:
    text = ("Список погибших жителей Ядринского муниципального округа:\n"
            "1. Фёдоров Иван Петрович, 1980 г.р., д. Малые Ямаши, рядовой — погиб 2 мая.\n"
            "2. Орлов Пётр Ильич, 1985 г.р., с. Верхние Ачаки, ефрейтор — умер от ран 9 мая в "
            "госпитале г. Ростова-на-Дону.\n")
    found = by_name(text)
    assert found["Фёдоров Иван Петрович"]["region"] == "RU-CU"
    assert found["Орлов Пётр Ильич"]["region"] == "RU-CU"


def test_a_workplace_district_is_no_home() -> None:
    m = by_name("Рядовой Олег Никитин из Читы работал в Ядринском районе водителем, погиб "
                "3 мая.")["Никитин Олег"]
    assert m["region"] == "RU-ZAB"
