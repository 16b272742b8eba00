"""A court's decision and the date of death it fixes: the date named by "датою смерті",
"днем смерті" is the death's, a date before those words is not (it is the decision's, "У
рішенні від 2 вересня датою смерті визначено …"); the day the court declared someone dead is
its decision, an event of its own beside the death date it fixed."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, death, decision", [
    ("Суд визнав померлим Івана Рябова. У рішенні від 2 вересня датою смерті визначено "
     "12 березня 2023 року.", "uk", "Рябов", "2023-03-12", "2024-09-02"),
    ("Суд 3 июля признал умершим рядового Павла Сёмина; датой смерти признано 14 января "
     "2024 года.", "ru", "Сёмин", "2024-01-14", "2024-07-03"),
    ("Суд визнав загиблим Андрія Кузьменка: у рішенні, ухваленому 4 червня, днем смерті "
     "названо 17 січня 2024 року.", "uk", "Кузьменко", "2024-01-17", "2024-06-04"),
    ("Районный суд 12 августа признал погибшим мобилизованного Сергея Уварова. Датой его "
     "смерти суд определил 30 мая 2023 года.", "ru", "Уваров", "2023-05-30", "2024-08-12"),
    ("Суд у Курську 20 червня визнав померлим солдата Петра Гончаренка, датою його смерті "
     "встановлено 3 листопада 2023 року.", "uk", "Гончаренко", "2023-11-03", "2024-06-20"),
])
def test_the_decision_and_the_death(text: str, lang: str, surname: str, death: str,
                                    decision: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert decision in (p["other_dates"] or {}).values()


@pytest.mark.parametrize("text, lang, surname, death, others", [
    # as before: a decision dated apart, the death told by its own verb, a court that
    # fixes no other date
    ("Решением суда от 10 сентября датой гибели Артёма Лосева признано 2 марта 2024 года.",
     "ru", "Лосев", "2024-03-02", ["2024-09-10"]),
    ("Рядового Егора Власова суд признал погибшим. В решении от 1 августа днём его смерти "
     "назван 9 мая 2023 года.", "ru", "Власов", "2023-05-09", ["2024-08-01"]),
    ("Рядовой Олег Тимохин погиб 9 мая 2024 года. Дата смерти подтверждена военкоматом.",
     "ru", "Тимохин", "2024-05-09", []),
    ("The court on June 10 declared Private Denis Kolesov dead and set Feb. 17, 2024 as the "
     "date of his death.", "en", "Kolesov", "2024-02-17", ["2024-06-10"]),
    ("Солдат Ігор Дячук загинув 4 квітня. Дата смерті — 4 квітня 2024 року.", "uk",
     "Дячук", "2024-04-04", []),
])
def test_other_deaths_stay(text: str, lang: str, surname: str, death: str,
                           others: list[str]) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert sorted((p["other_dates"] or {}).values()) == others
