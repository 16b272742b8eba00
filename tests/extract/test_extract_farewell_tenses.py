"""A farewell is with the dead, told in any tense and number and by a town or a community as
the subject: "Громада Калуша прощається з …", "Луцьк попрощається з …", "Тернопільщина
провела в останню дорогу …", "Город прощается с …", "проводят в последний путь". A farewell
with a season or a thing gives no one."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

FAREWELLS = [
    ("Громада Калуша прощається з молодшим лейтенантом Тарасом Бойком, командиром взводу "
     "10-ї гірсько-штурмової бригади.", "uk", "Бойко"),
    ("Сьогодні Луцьк прощається з воїном Андрієм Ковалем.", "uk", "Коваль"),
    ("Завтра громада проводить в останню путь захисника Василя Петренка.", "uk", "Петренко"),
    ("Тернопільщина провела в останню дорогу солдата Івана Гуменюка.", "uk", "Гуменюк"),
    ("У неділю Житомир попрощається з сержантом Олегом Рудим.", "uk", "Рудий"),
    ("Мешканці села прощаються з морським піхотинцем Денисом Яковенком.", "uk", "Яковенко"),
    ("Город прощается с мобилизованным Иваном Зуевым.", "ru", "Зуев"),
    ("В субботу Улан-Удэ простится с контрактником Баиром Дашиевым.", "ru", "Дашиев"),
    ("Завтра земляки проведут в последний путь рядового Сергея Лапина.", "ru", "Лапин"),
    ("Село попрощается с ефрейтором Никитой Ерёминым в пятницу.", "ru", "Ерёмин"),
]


@pytest.mark.parametrize(("text", "lang", "surname"), FAREWELLS)
def test_a_farewell_is_with_the_dead(text: str, lang: str, surname: str) -> None:
    people = extract_text(text, lang=lang, published="2024-08-01")
    assert [(p["surname"], p["status"]) for p in people] == [(surname, "killed")]


NO_ONE = [
    ("Місто прощається з зимою: у неділю відбудеться свято Масляної.", "uk"),
    ("Город прощается с летом фестивалем уличной еды.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NO_ONE)
def test_a_farewell_to_a_season_names_no_one(text: str, lang: str) -> None:
    assert extract_text(text, lang=lang, published="2024-08-01") == []
