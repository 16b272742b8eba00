"""A district named after a stanitsa ("Каневской район" after Каневская, Kuban) is that
village's region, not a foreign town's of a like stem (Канев, Ukraine); a Russian town of the
stem still wins ("Ядринский район" → Ядрин)."""

from __future__ import annotations

import pytest

from headcount.extract.districts import town_of_district


@pytest.mark.parametrize(
    ("adjective", "region"),
    [
        ("Каневского", "RU-KDA"),
        ("Каневской", "RU-KDA"),
        ("Каневском", "RU-KDA"),
        ("Брюховецкого", "RU-KDA"),
        ("Тбилисского", "RU-KDA"),
        ("Каневського", "RU-KDA"),
    ],
)
def test_district_of_a_stanitsa(adjective: str, region: str) -> None:
    town = town_of_district(adjective)
    assert town is not None and town.region_code == region


@pytest.mark.parametrize(
    ("adjective", "region"),
    [
        # a Russian town of the stem keeps its district
        ("Ядринского", "RU-CU"),
        ("Буйнакского", "RU-DA"),
        ("Шарыповского", "RU-KYA"),
    ],
)
def test_district_of_a_russian_town(adjective: str, region: str) -> None:
    town = town_of_district(adjective)
    assert town is not None and town.region_code == region


@pytest.mark.parametrize(
    "text",
    [
        "Из Каневского района Кубани на СВО ушёл Артём Белов. Он погиб 2 февраля под "
        "Марьинкой.",
        "Житель Брюховецкого района Иван Петров погиб под Бахмутом.",
        "Уроженец Каневского района Олег Сахно погиб в зоне СВО.",
    ],
)
def test_stanitsa_district_home(text: str) -> None:
    from headcount.extract import extract_text

    (p,) = extract_text(text, lang="ru")
    assert p["region"] == "RU-KDA"
