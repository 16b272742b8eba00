"""Wounds told by the man's own participle in the nominative ("Раненый под Херсоном сержант
…", "тяжелораненый рядовой", "контуженный под Бахмутом", "контужений") or by a concussion got
("получил контузию", "дістав контузію"); not the wounded another man carried."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def status_of(text: str, lang: str) -> object:
    people = extract_text(text, lang, "2024-06-01")
    assert len(people) == 1
    return people[0]["status"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Раненый под Херсоном младший сержант Иван Щербаков проходит лечение в госпитале "
         "Ростова.", "ru"),
        ("Младший сержант Иван Щербаков, раненый под Херсоном, проходит лечение в госпитале.",
         "ru"),
        ("Тяжелораненый рядовой Олег Пахомов доставлен в госпиталь Луганска.", "ru"),
        ("Контуженный под Бахмутом Олег Пахомов вернулся в часть.", "ru"),
        ("Олег Пахомов получил контузию под Бахмутом в марте.", "ru"),
        ("Олег Пахомов дістав контузію під Бахмутом.", "uk"),
        ("Контужений під Бахмутом рядовий Олег Пахомов знову на позиціях.", "uk"),
        ("Легкораненая санинструктор Анна Рябова осталась в строю.", "ru"),
        ("Наш земляк Сергей Белов, раненный осколком мины, уже идёт на поправку.", "ru"),
        ("Ефрейтор Тимур Нуриев получил тяжёлую контузию и находится в госпитале.", "ru"),
    ],
)
def test_his_wound_is_wounded(text: str, lang: str) -> None:
    assert status_of(text, lang) == "wounded"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Олег Пахомов вынес с поля боя раненого товарища и погиб.", "ru"),
        ("Олег Пахомов, спасая раненых, погиб под Бахмутом.", "ru"),
    ],
)
def test_anothers_wound_is_not_his(text: str, lang: str) -> None:
    assert status_of(text, lang) == "killed"
