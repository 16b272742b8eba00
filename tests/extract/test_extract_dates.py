"""Dates of a life and dates of other events: ranges, precision, funerals, future events."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from headcount.extract import extract_text

PEOPLE = ["Петров Иван Иванович", "Рядовой Олег Кузнецов", "Сержант Баир Цыбиков",
          "Андрей Зайцев"]


def one(text: str, **kw: Any) -> dict[str, Any]:
    ms = extract_text(text, **kw)
    assert len(ms) == 1, [m["name"] for m in ms]
    return ms[0]


RANGES = [
    ("(04.11.1976 – 12.08.2023)", ("1976-11-04", "day"), ("2023-08-12", "day")),
    ("(4.11.1976-12.8.2023)", ("1976-11-04", "day"), ("2023-08-12", "day")),
    ("(1976–2023)", ("1976", "year"), ("2023", "year")),
    ("(1976 — 2023)", ("1976", "year"), ("2023", "year")),
    ("(12 мая 1990 — 5 июня 2023)", ("1990-05-12", "day"), ("2023-06-05", "day")),
    (", 1985-2022,", ("1985", "year"), ("2022", "year")),
]
TAILS = [" погиб в зоне СВО.", " похоронен на родине.", ". Вечная память."]


@pytest.mark.parametrize(
    ("person", "rng", "tail"), list(itertools.product(PEOPLE, RANGES, TAILS))[::3]
)
def test_a_life_range_after_a_name_gives_birth_and_death(
    person: str, rng: tuple[str, tuple[str, str], tuple[str, str]], tail: str
) -> None:
    written, birth, death = rng
    m = one(f"{person} {written}{tail}".replace(" ,", ","))
    assert (m["birth_date"], m["birth_date_precision"]) == birth
    assert (m["death_date"], m["death_date_precision"]) == death


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Иван Петров, член Совета Федерации (2003—2011), погиб в зоне СВО.",
        "Рядовой Иван Петров погиб. В 2014–2019 годах он служил в полиции.",
        "Рядовой Иван Петров погиб. Он был депутатом (2011-2016).",
        "Рядовой Иван Петров (2015—2019 годы службы в армии) погиб.",
        "Рядовой Иван Петров, глава поселения в 2008–2012 гг., погиб.",
    ],
)
def test_other_ranges_are_not_a_life(text: str) -> None:
    m = one(text)
    assert (m["birth_date"], m["death_date"], m["status"]) == (None, None, "killed")


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [
        ("12.04.1990 г.р.", "1990-04-12", "day"),
        ("12.04.1990 г. р.", "1990-04-12", "day"),
        ("12 апреля 1990 года рождения", "1990-04-12", "day"),
        ("1990 г.р.", "1990", "year"),
        ("1990 года рождения", "1990", "year"),
        ("родившийся 3 марта 1988 года", "1988-03-03", "day"),
    ],
)
def test_birth_dates_keep_their_precision(written: str, value: str, precision: str) -> None:
    m = one(f"Рядовой Олег Кузнецов, {written}, погиб 5 мая 2023 года.")
    assert (m["birth_date"], m["birth_date_precision"]) == (value, precision)
    assert m["death_date"] == "2023-05-05"


EVENTS = [
    ("Прощание состоится {d}.", "farewell"),
    ("Прощание с ним пройдёт {d} в Доме культуры.", "farewell"),
    ("Похороны состоятся {d}.", "funeral"),
    ("Его похоронят {d} на городском кладбище.", "funeral"),
]


@pytest.mark.parametrize(("sentence", "event"), EVENTS)
def test_a_future_event_is_not_the_death_and_keeps_this_year(sentence: str, event: str) -> None:
    text = "Рядовой Олег Кузнецов погиб в зоне СВО. " + sentence.format(d="16 марта")
    m = one(text, published="2024-03-14")
    assert m["death_date"] is None
    assert m["other_dates"] == {event: "2024-03-16"}


@pytest.mark.parametrize(
    ("sentence", "event", "value"),
    [
        ("Он получил гражданство в 2023 году.", "citizenship", "2023"),
        ("Российское гражданство ему дали 5 мая 2023 года.", "citizenship", "2023-05-05"),
        ("В августе 2023 года он подписал контракт.", "contract", "2023-08"),
        ("Был мобилизован в октябре 2022 года.", "mobilised", "2022-10"),
        ("Призван 25 сентября 2022 года.", "mobilised", "2022-09-25"),
        ("Посмертно награждён орденом Мужества 1 марта 2024 года.", "award", "2024-03-01"),
        ("Прощание прошло 3 апреля 2023 года.", "farewell", "2023-04-03"),
    ],
)
def test_other_events_are_facts_of_their_own(sentence: str, event: str, value: str) -> None:
    m = one(f"Рядовой Олег Кузнецов погиб. {sentence}", published="2024-03-14")
    assert m["death_date"] is None
    assert m["other_dates"][event] == value


def test_a_death_is_not_after_the_funeral() -> None:
    # published 2 April: "30 марта" read as this year would follow a funeral on 1 January
    text = ("Рядовой Олег Кузнецов погиб 30 марта. Его похоронили 10 января 2024 года.")
    m = one(text, published="2024-04-02")
    assert m["death_date"] == "2023-03-30"


def test_a_death_date_and_a_funeral_date_in_one_text() -> None:
    text = ("Рядовой Олег Кузнецов погиб 2 марта 2024 года под Авдеевкой. "
            "Прощание состоится 16 марта в 11:00.")
    m = one(text, published="2024-03-14")
    assert (m["death_date"], m["other_dates"]) == ("2024-03-02", {"farewell": "2024-03-16"})


def test_a_past_event_after_the_publication_day_is_last_year() -> None:
    m = one("Рядовой Олег Кузнецов погиб 20 марта.", published="2024-03-14")
    assert m["death_date"] == "2023-03-20"
