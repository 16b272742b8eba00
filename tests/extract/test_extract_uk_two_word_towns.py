"""A Russian town of two words written in Ukrainian, in any case ("з Нижнього Тагіла",
"м. Нижній Тагіл" in a list entry, "мешканець Старого Оскола"): the person's home town in the
Ukrainian nominative, and its region from the table."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2024-06-01"


@pytest.mark.parametrize("text, surname, town, region", [
    ("Кузьмін Олексій Петрович, 1987 р.н., м. Нижній Тагіл, загинув 2 квітня під Бахмутом.",
     "Кузьмін", "Нижній Тагіл", "RU-SVE"),
    ("Втрати окупантів:\n1. Гуров Сергій Павлович, 1979 р.н., м. Старий Оскол — загинув "
     "під Авдіївкою.\n2. Сизих Артем, 2004 р.н., м. Курган — загинув під Кремінною.",
     "Гуров", "Старий Оскол", "RU-BEL"),
    ("Ліквідовано окупанта з Набережних Челнів Рената Гаріфулліна, йому був 31 рік.",
     "Гаріфуллін", "Набережні Челни", "RU-TA"),
    ("Мешканець Великих Лук Андрій Соколов загинув на Запорізькому напрямку.", "Соколов",
     "Великі Луки", "RU-PSK"),
    ("Андрій Соколов, мешканець Великих Лук, загинув на Запорізькому напрямку.", "Соколов",
     "Великі Луки", "RU-PSK"),
    ("Уродженець Нижнього Тагіла, мобілізований Ігор Зуєв загинув під Кремінною.", "Зуєв",
     "Нижній Тагіл", "RU-SVE"),
    ("Ігор Зуєв, уродженець Старого Оскола, загинув під Кремінною в березні.", "Зуєв",
     "Старий Оскол", "RU-BEL"),
    ("Контрактник Павло Рябов жив у Набережних Челнах, загинув під Бахмутом.", "Рябов",
     "Набережні Челни", "RU-TA"),
    ("Список загиблих: Рябов Павло, 1990 р.н., м. Великі Луки; Зуєв Ігор, 1985 р.н., "
     "м. Курган.", "Рябов", "Великі Луки", "RU-PSK"),
])
def test_a_two_word_russian_town_is_read_whole(text: str, surname: str, town: str,
                                               region: str) -> None:
    person = person_named(text, "uk", surname, PUB)
    assert (person["settlement"], person["region"]) == (town, region)


@pytest.mark.parametrize("text, surname", [
    # one word of a town's list entry is no two-word town
    ("Список загиблих: Рябов Павло, 1990 р.н., м. Курган; Зуєв Ігор, 1985 р.н., м. Ірбіт.",
     "Рябов"),
    # a Ukrainian town's own spelling stays its table's, no Russian one of like consonants
    ("Загинув захисник Олег Бондар із Кривого Рогу.", "Бондар"),
    # a place of death is no home
    ("Окупант Ігор Зуєв загинув під Старим Осколом у березні.", "Зуєв"),
])
def test_no_russian_two_word_home(text: str, surname: str) -> None:
    assert person_named(text, "uk", surname, PUB)["region"] not in ("RU-BEL", "RU-SVE", "RU-PSK")
