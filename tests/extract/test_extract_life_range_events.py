"""A year after a dash behind a birth year ("1992 г.р. — 2023 г. мобилизован") is the year of
the event told right after it — mobilisation, call-up, a contract — not the year of death
(dates.py:_RANGE); a range closed by its own year ("(1985 г.р. – 2024)") stays a life."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, birth, event, year", [
    ("Сидоров Алексей Андреевич, 1992 г.р. — 2023 г. мобилизован, погиб под Угледаром.", "ru",
     "Сидоров", "1992", "mobilised", "2023"),
    ("Коваленко Іван Петрович, 1990 р.н. — 2022 року призваний, загинув під Бахмутом.", "uk",
     "Коваленко", "1990", "mobilised", "2022"),
    ("Кузнецов Олег Петрович, 1988 г.р. — 2022 г. подписал контракт, погиб под Бахмутом.",
     "ru", "Кузнецов", "1988", "contract", "2022"),
    ("Коваль Петро Іванович, 1985 р.н. — 2023 року підписав контракт, загинув під Авдіївкою.",
     "uk", "Коваль", "1985", "contract", "2023"),
])
def test_event_year_after_dash(text: str, lang: str, surname: str, birth: str, event: str,
                               year: str) -> None:
    p = _person(text, lang, surname)
    assert p["birth_date"] == birth
    assert p["death_date"] is None
    assert (p["other_dates"] or {}).get(event) == year


@pytest.mark.parametrize("text, lang, surname, birth, death", [
    ("Петров Сергей Иванович (1985 г.р. – 2024) погиб в зоне СВО.", "ru", "Петров", "1985",
     "2024"),
    ("Бондар Олег Іванович (1979 р.н. — 2024) загинув під Покровськом.", "uk", "Бондар",
     "1979", "2024"),
    ("Смирнов Пётр Ильич (1985–2023), мобилизован осенью 2022 года, погиб под Угледаром.",
     "ru", "Смирнов", "1985", "2023"),
])
def test_life_range_kept(text: str, lang: str, surname: str, birth: str, death: str) -> None:
    p = _person(text, lang, surname)
    assert (p["birth_date"], p["death_date"]) == (birth, death)
