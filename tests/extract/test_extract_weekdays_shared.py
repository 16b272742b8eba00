"""One weekday arithmetic for Russian, Ukrainian and English: the latest such day before
publication for a past event, never publication day after "last", the next one for an event
announced; and the same answer whatever the language the sentence is in."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract.dates import find_dates
from headcount.extract.en_dates import find_dates as find_en_dates
from headcount.extract.weekdays import direction, weekday_date, weekday_index

THU = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize("word, lang, index", [
    ("субботу", "ru", 5), ("воскресенье", "ru", 6), ("среду", "ru", 2),
    ("суботу", "uk", 5), ("неділі", "uk", 6), ("п'ятниці", "uk", 4), ("п’ятницю", "uk", 4),
    ("Monday", "en", 0), ("sunday", "en", 6),
    ("субботник", "ru", 5),  # a stem match: the regexes decide which words reach here
    ("четверговый", "uk", 3),
])
def test_weekday_words_are_data(word: str, lang: str, index: int) -> None:
    assert weekday_index(word, lang) == index


def test_not_a_weekday() -> None:
    assert weekday_index("завтра", "ru") is None
    assert weekday_index("neither", "en") is None


@pytest.mark.parametrize("weekday, ahead, last, expected", [
    (4, False, False, date(2024, 3, 8)),   # Friday before a Thursday
    (3, False, False, date(2024, 3, 14)),  # "on Thursday", told on Thursday: that day
    (3, False, True, date(2024, 3, 7)),    # "last Thursday": a week back
    (3, True, False, date(2024, 3, 21)),   # announced on a Thursday: the next one
    (5, True, False, date(2024, 3, 16)),   # Saturday to come
])
def test_weekday_date(weekday: int, ahead: bool, last: bool, expected: date) -> None:
    assert weekday_date(THU, weekday, ahead, last) == expected


@pytest.mark.parametrize("modifier, lang, way", [
    ("минувшую", "ru", "last"), ("прошлую", "ru", "last"), ("следующий", "ru", "next"),
    ("минулої", "uk", "last"), ("наступну", "uk", "next"), ("last", "en", "last"),
    ("next", "en", "next"), ("этот", "ru", None), ("цієї", "uk", None), (None, "uk", None),
])
def test_direction(modifier: str | None, lang: str, way: str | None) -> None:
    assert direction(modifier, lang) == way


def _values(text: str, published: date = THU) -> list[str]:
    return [d.value for d in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    # a past event: the latest such day
    ("В минувшую пятницу под Авдеевкой погиб рядовой Кравцов.", "2024-03-08"),
    ("Минулої п'ятниці під Авдіївкою загинув окупант Кравцов.", "2024-03-08"),
    ("У п'ятницю під Авдіївкою загинув окупант Кравцов.", "2024-03-08"),
    ("Загинув у неділю Олег Гнатюк.", "2024-03-10"),
    # "last" on the day itself: a week back, in both languages
    ("В прошлый четверг погиб сержант Лаптев.", "2024-03-07"),
    ("Минулого четверга загинув сержант Лаптєв.", "2024-03-07"),
    # an event announced: the next one
    ("Прощание пройдёт в субботу в ДК «Горняк».", "2024-03-16"),
    ("Прощання відбудеться у суботу в Будинку культури.", "2024-03-16"),
    ("У наступну середу попрощаються з Іваном.", "2024-03-20"),
    ("Минулого тижня Івана поховали, а наступного понеділка буде панахида.", "2024-03-18"),
])
def test_ru_and_uk_weekdays(text: str, expected: str) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize("text", [
    "У неділю, 10 березня, загинув Олег Гнатюк.",  # the date itself is given
    "В субботу, 9 марта, погиб Олег Гнатюк.",
])
def test_weekday_beside_its_date_gives_the_date(text: str) -> None:
    values = _values(text)
    assert "2024-03-10" in values or "2024-03-09" in values
    assert len(values) == 1


@pytest.mark.parametrize("text, expected", [
    ("Private Ivan Petrov was killed last Thursday, his mother said.", date(2024, 3, 7)),
    ("A farewell will be held on Saturday in Omsk.", date(2024, 3, 16)),
    ("He was killed on Friday near Avdiivka.", date(2024, 3, 8)),
])
def test_english_weekdays(text: str, expected: date) -> None:
    assert expected.isoformat() in [d.value for d in find_en_dates(text, THU)]
