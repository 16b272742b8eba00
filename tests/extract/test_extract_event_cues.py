"""Other events' dates: joining a unit is the contract's ("вступил в отряд «Боотур»", "В «Вагнер»
пришёл в ноябре 2022 года", "пішов у „Вагнер“ ще у 2021-му"); a conviction dates the court
("осуждённый в 2019 году"); a month in the genitive with its year ("с декабря 2023 г.") and a
day in words ("второго ноября") are dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.dates import find_dates


def one(text: str, lang: str = "ru", published: str = "2024-06-10") -> dict[str, Any]:
    people = extract_text(text, lang, published)
    assert len(people) == 1
    return people[0]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Сержант Айаал Егоров погиб 22 февраля. В июле прошлого года он добровольно вступил в "
         "отряд «Боотур».", "ru", "2023-07"),
        ("Рядовой Ильдар Хайруллин погиб под Бахмутом. В ряды добровольческого батальона имени "
         "Шаймуратова вступил в январе 2023 года.", "ru", "2023-01"),
        ("Артур Лисицын скончался от ран 19 мая. В «Вагнер» пришёл в ноябре 2022 года.", "ru",
         "2022-11"),
        ("Боец Виктор Кобзев погиб 28 ноября. В мае Виктор ушёл добровольцем в отряд «Терек».",
         "ru", "2024-05"),
        ("Володимир Тюленєв загинув у травні під Бахмутом. Він пішов у „Вагнер“ ще у 2021-му.",
         "uk", "2021"),
        ("Кирило Вавілов загинув під Роботиним. До «Редуту» він приєднався у 2023 році.", "uk",
         "2023"),
        ("Виталий Рожков погиб под Часовым Яром. В 2023-м из колонии ушёл в «Шторм Z».", "ru",
         "2023"),
    ],
)
def test_joining_a_unit_dates_the_contract(text: str, lang: str, day: str) -> None:
    assert (one(text, lang)["other_dates"] or {}).get("contract") == day


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Иван Петров погиб 2 июня. В мае он ушёл в отпуск.",
        "Рядовой Иван Петров погиб 2 июня. В мае 2023 года он пришёл в себя после ранения.",
        "Рядовой Иван Петров погиб 2 июня. В «Вагнере» он служил, а домой пришёл в мае 2023 года.",
    ],
)
def test_other_goings_date_no_contract(text: str) -> None:
    assert "contract" not in (one(text)["other_dates"] or {})


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Бывший заключённый Вадим Трошин, осуждённый в 2019 году за убийство, в начале 2023 "
         "года подписал контракт и погиб под Угледаром.", "ru", "2019"),
        ("Осуждённый в 2020 году Иван Петров был завербован в «Шторм Z» в феврале 2023 года и "
         "погиб в мае.", "ru", "2020"),
        ("Засуджений у 2018 році Іван Петренко підписав контракт у 2023 році й загинув під "
         "Бахмутом.", "uk", "2018"),
        ("Иван Петров был осуждён в 2021 году, а в 2023 году подписал контракт и погиб под "
         "Кременной.", "ru", "2021"),
        ("Рядовой Павел Лобанов погиб под Авдеевкой. В 2017 году его осудили за кражу, в 2023 "
         "году он подписал контракт.", "ru", "2017"),
    ],
)
def test_a_conviction_dates_the_court_not_the_contract(text: str, lang: str, year: str) -> None:
    dates = one(text, lang)["other_dates"] or {}
    assert dates.get("court") == year
    assert dates.get("contract") != year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Контракт с декабря 2023 г.", "2023-12"),
        ("служил с июля 2022 года", "2022-07"),
        ("на фронті з вересня 2023 року", "2023-09"),
        ("до октября 2022 года работал водителем", "2022-10"),
        ("Попал в плен второго ноября 2024 года", "2024-11-02"),
        ("погиб двадцать третьего февраля 2023 года", "2023-02-23"),
        ("загинув двадцять п’ятого березня 2024 року", "2024-03-25"),
        ("третього січня 2024 року", "2024-01-03"),
    ],
)
def test_dates_in_the_genitive_and_in_words(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, date(2024, 11, 9))] == [value]


def test_a_start_and_a_day_are_no_range() -> None:
    found = find_dates("Колесов, с отрядом с июля 2022 — 18.02.2023", date(2024, 1, 1))
    assert [(d.value, d.kind) for d in found] == [("2022-07", "date"), ("2023-02-18", "date")]
