"""A day told alone ("погиб 5-го") takes its month from the date told before it
(dates.py:_bare_days) — never from a birth date or a date before the war; a day smaller than
that date's is in the month after, as is "14-го числа следующего месяца"; the date before keeps
its own value."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, birth", [
    ("Рядовой Сергей Иванов родился 12 марта 1990 года в Омске. Погиб 5-го.", "ru", "Иванов",
     "1990-03-12"),
    ("Сержант Ольга Белова родилась 3 июля 1985 года. Погибла 21-го, при обстреле.", "ru",
     "Белова", "1985-07-03"),
    ("Солдат Іван Петренко народився 4 квітня 1995 року у Полтаві. Загинув 7-го.", "uk",
     "Петренко", "1995-04-04"),
])
def test_birth_lends_no_month(text: str, lang: str, surname: str, birth: str) -> None:
    p = _person(text, lang, surname)
    assert p["birth_date"] == birth
    assert p["death_date"] is None


@pytest.mark.parametrize("text, lang, surname, death, other", [
    ("Рядовой Сергей Иванов ушёл на СВО 12 мая 2023 года. Погиб 3-го, в первом же бою.", "ru",
     "Иванов", "2023-06-03", "2023-05-12"),
    ("Рядовой Пётр Сизов ушёл на СВО 28 декабря 2023 года. Погиб 3-го, в первом же бою.", "ru",
     "Сизов", "2024-01-03", "2023-12-28"),
    ("Рядовой Олег Носов подписал контракт 20 июня 2023 года. Погиб 14-го числа следующего "
     "месяца.", "ru", "Носов", "2023-07-14", "2023-06-20"),
    ("Рядовой Олег Носов подписал контракт в июне 2023 года. Погиб 14-го числа следующего "
     "месяца.", "ru", "Носов", "2023-07-14", "2023-06"),
    # the original rule: a day not smaller than the one before is in its month
    ("Рядовой Сергей Иванов, 1990 года рождения, ушёл на СВО 2 мая 2023 года. Погиб 5-го.",
     "ru", "Иванов", "2023-05-05", "2023-05-02"),
    ("Рядовой Антон Быков погиб 17 октября. Прощание прошло 21-го, в родном селе.", "ru",
     "Быков", "2023-10-17", "2023-10-21"),
])
def test_bare_day_month(text: str, lang: str, surname: str, death: str, other: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert other in (p["other_dates"] or {}).values()
