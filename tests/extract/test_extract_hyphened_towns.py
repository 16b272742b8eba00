"""Towns of two hyphened words told in an oblique case ("из Каменска-Уральского", "в
Усолье-Сибирском"): every part is lemmatised, not the last alone, so the table's town and
its region are found."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "town", "region"),
    [
        ("ru", "Уроженец Каменска-Уральского рядовой Илья Сомов погиб под Бахмутом.",
         "Каменск-Уральский", "RU-SVE"),
        ("ru", "Илья Сомов жил в Каменске-Уральском, погиб 3 мая под Бахмутом.",
         "Каменск-Уральский", "RU-SVE"),
        ("ru", "Житель Усолья-Сибирского Андрей Лунев погиб в зоне СВО.",
         "Усолье-Сибирское", "RU-IRK"),
        ("ru", "Андрей Лунев родом из Усолья-Сибирского, он погиб под Купянском.",
         "Усолье-Сибирское", "RU-IRK"),
        ("ru", "Погиб уроженец Каменска-Шахтинского сержант Павел Орлов.",
         "Каменск-Шахтинский", "RU-ROS"),
        ("ru", "Сержант Павел Орлов, житель Каменска-Шахтинского, погиб на Авдеевском "
               "направлении.", "Каменск-Шахтинский", "RU-ROS"),
        ("ru", "Рядовой Олег Пахомов, проживавший в Каменске-Уральском, погиб 12 мая.",
         "Каменск-Уральский", "RU-SVE"),
        ("ru", "Погибший под Авдеевкой Олег Пахомов был жителем Усолья-Сибирского.",
         "Усолье-Сибирское", "RU-IRK"),
    ],
)
def test_hyphened_town_in_an_oblique_case(lang: str, text: str, town: str | None,
                                          region: str) -> None:
    (p,) = extract_text(text, lang=lang)
    if town is not None:
        assert p["settlement"] == town
    assert p["region"] == region


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # towns the table spells alike keep working
        ("Илья Сомов из Ростова-на-Дону погиб под Бахмутом.", "Ростов-на-Дону"),
        ("Илья Сомов родом из Переславля-Залесского погиб под Бахмутом.",
         "Переславль-Залесский"),
        ("Житель Гусь-Хрустального Илья Сомов погиб под Бахмутом.", "Гусь-Хрустальный"),
        ("В Усолье-Сибирском простились с Андреем Луневым, который жил в Усолье-Сибирском "
         "и погиб под Купянском.", "Усолье-Сибирское"),
    ],
)
def test_hyphened_towns_already_read(text: str, town: str) -> None:
    (p,) = extract_text(text, lang="ru")
    assert p["settlement"] == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Окупант Ілля Сомов з Каменська-Уральського загинув під Бахмутом.",
         "Каменськ-Уральський"),
        ("Мешканець Каменська-Шахтинського Андрій Лунєв загинув під Кремінною.", None),
    ],
)
def test_ukrainian_hyphened_towns(text: str, town: str | None) -> None:
    (p,) = extract_text(text, lang="uk")
    assert p["region"] in ("RU-SVE", "RU-ROS")
    if town is not None:
        assert p["settlement"] == town
