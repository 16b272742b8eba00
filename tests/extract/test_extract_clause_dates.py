"""A date belongs to its own clause, in every language: a cue after the date and a comma is
another clause's, and loses to any cue of the date's clause however near it stands."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

from headcount.extract.clauses import later_clause

PUB = date(2024, 9, 5)


_person = partial(person_named, published=PUB)


def test_later_clause() -> None:
    text = "подписал контракт 10 июня 2024 года, а 28 августа погиб"
    end = text.index("года") + len("года")
    assert later_clause(text, end, text.index("погиб"))
    assert not later_clause(text, end, text.index("контракт"))  # before the date
    assert not later_clause("born 1,5 km away", 4, 10)  # no comma in a number


@pytest.mark.parametrize("text, lang, surname, contract, death", [
    ("Алексей Гришин, подписавший контракт 5 мая 2023 года, погиб 9 января 2024 года.",
     "ru", "Гришин", "2023-05-05", "2024-01-09"),
    ("Заключивший контракт в марте 2024 года, Тимур Бекетов погиб 2 августа.",
     "ru", "Бекетов", "2024-03", "2024-08-02"),
    ("Олексій Гришин, який підписав контракт 5 травня 2023 року, загинув 9 січня 2024 року.",
     "uk", "Гришин", "2023-05-05", "2024-01-09"),
    ("Громадянин Непалу Біш Бахадур Гурунг підписав контракт у січні 2024 року, а 30 квітня "
     "загинув.", "uk", "Гурунг", "2024-01", "2024-04-30"),
    ("Ivan Sokolov, who signed a contract on May 5, 2023, was killed on January 9, 2024.",
     "en", "Sokolov", "2023-05-05", "2024-01-09"),
    ("Rajesh Kumar signed a contract in March 2024, and was killed in June.",
     "en", "Kumar", "2024-03", "2024-06"),
])
def test_a_date_keeps_its_clause(text: str, lang: str, surname: str, contract: str,
                                 death: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert (p["other_dates"] or {}).get("contract") == contract


@pytest.mark.parametrize("text, lang, surname, death", [
    # guard: with no cue in its own clause, the date takes the one past the comma
    ("В ночь на 12 мая 2024 года, выполняя боевую задачу, погиб рядовой Олег Сафронов.",
     "ru", "Сафронов", "2024-05-12"),
    ("12 травня 2024 року, виконуючи завдання, загинув окупант Олег Сафронов.",
     "uk", "Сафронов", "2024-05-12"),
    ("On May 12, 2024, Private Oleg Safronov was killed near Robotyne.",
     "en", "Safronov", "2024-05-12"),
])
def test_a_lone_cue_past_the_comma_still_dates(text: str, lang: str, surname: str,
                                              death: str) -> None:
    assert _person(text, lang, surname)["death_date"] == death
