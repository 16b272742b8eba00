"""A place after a participle of living in the death's clause is a home, not where he died:
"Погиб рядовой Иван Петров, проживавший в Подольске". A place told with the death itself
stays the place of death."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict:
    (m,) = extract_text(text, "ru", "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Погиб рядовой Иван Петров, проживавший в Подольске.", "Подольск"),
        ("Погиб рядовой Иван Петров, живший в Туле.", "Тула"),
        ("Скончался рядовой Олег Смирнов, последние годы проживавший в Курске.", "Курск"),
        ("Погиб рядовой Иван Петров, проживавший с семьёй в Подольске.", "Подольск"),
        ("Погиб ефрейтор Антон Зуев, постоянно проживающий в Орле.", "Орёл"),
        ("Умер от ран сержант Ринат Гилязов, живущий в Казани.", "Казань"),
    ],
)
def test_a_home_after_a_participle_of_living(text: str, home: str) -> None:
    m = _one(text)
    assert m["place_of_death"] is None
    assert m["settlement"] == home


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Погиб под Бахмутом рядовой Иван Петров, проживавший в Подольске.", "Бахмут"),
        ("Рядовой Иван Петров, проживавший в Подольске, погиб под Клещеевкой.", "Клещеевка"),
        ("Погиб в Донецке рядовой Иван Петров, живший в Туле.", "Донецк"),
    ],
)
def test_the_place_of_the_death_stays(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place
