"""A people of a country is no town's people: "украинцы" names Ukraine's soldiers, not
Украинск, so a captive shown on a video "which the Ukrainians posted" gets no home there; a
town's demonym still gives the town."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Егор Бочкарёв попал в плен: видео с ним выложили украинцы.",
        "Сержанта Илью Сайфутдинова взяли в плен украинцы 6 августа.",
        "Украинцы опубликовали список пленных, среди них рядовой Никита Гусев.",
        "Рядовой Антон Лыков погиб в бою, его позиции атаковали украинцы.",
    ],
)
def test_ukrainians_are_no_home(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] != "Украинск"
    assert m["region"] != "UA-14"


def test_a_towns_demonym_still_gives_the_town() -> None:
    (m,) = extract_text("Погиб иркутянин рядовой Антон Лыков.", "ru", "2024-09-01")
    assert m["settlement"] == "Иркутск"
