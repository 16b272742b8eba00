"""A Russian town in the Ukrainian locative whose last consonant alternates ("жив в Оренбурзі",
"мешкав у Калузі", "у Находці"): г, к, х before the nominative's end become з, ц, с, and the
town is still its home (and its region the table's)."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2024-06-01"


@pytest.mark.parametrize("text, surname, town, region", [
    ("Рінат Ахметов останні двадцять років жив в Оренбурзі, загинув у Курській області.",
     "Ахметов", "Оренбург", "RU-ORE"),
    ("Контрактник Ігор Зуєв мешкав у Калузі з дружиною, загинув під Кремінною.", "Зуєв",
     "Калуга", "RU-KLU"),
    ("Уродженець Брянська Дмитро Гуров останні роки жив у Калузі. Загинув під Бахмутом.",
     "Гуров", "Калуга", "RU-KLU"),
    ("Мобілізований Олег Панов проживав у Находці, загинув 3 березня під Вугледаром.", "Панов",
     "Находка", "RU-PRI"),
    ("Загинув Артем Сизих, який жив у Виборзі до мобілізації.", "Сизих", "Виборг", "RU-LEN"),
    ("В Оренбурзі, де він жив із батьками, поховали Віктора Смирнова, який загинув під "
     "Авдіївкою.", "Смирнов", "Оренбург", "RU-ORE"),
])
def test_an_alternated_locative_is_the_home_town(text: str, surname: str, town: str,
                                                 region: str) -> None:
    person = person_named(text, "uk", surname, PUB)
    assert (person["settlement"], person["region"]) == (town, region)


@pytest.mark.parametrize("text, surname", [
    # a town of Europe in the locative is no Russian town of like consonants
    ("Олег Панов, який раніше працював у Празі, загинув під Бахмутом.", "Панов"),
    # a place of death in the locative is no home
    ("Мобілізований Олег Панов помер у госпіталі в Таганрозі.", "Панов"),
])
def test_no_home_from_other_locatives(text: str, surname: str) -> None:
    assert person_named(text, "uk", surname, PUB)["settlement"] is None
