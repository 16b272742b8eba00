"""Event dates told by a weekday or by "накануне", resolved against publication: the weekday
after it when the event is announced, the one before it when it is told as past; "накануне"
is the day before publication unless it is the eve of something named or of a dated story."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.dates import find_dates


def by_surname(text: str, published: str) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, "ru", published)}


@pytest.mark.parametrize(
    ("text", "published", "surname", "event", "day"),
    [
        # 2024-02-12 is a Monday: the last Saturday is the 10th
        ("Прощание с рядовым Иваном Петровичем Сомовым состоялось в минувшую субботу в ДК "
         "«Горняк». Он погиб под Авдеевкой 2 февраля.", "2024-02-12", "Сомов", "farewell",
         "2024-02-10"),
        # 2023-10-05 is a Thursday: the next Monday is the 9th
        ("Гвардии рядовой Артур Ильин погиб при исполнении боевой задачи в Марьинке. "
         "Прощание пройдёт в понедельник.", "2023-10-05", "Ильин", "farewell", "2023-10-09"),
        ("Рядовой Евгений Тарасов скончался в госпитале. Похороны состоятся в четверг.",
         "2024-02-05", "Тарасов", "funeral", "2024-02-08"),
        # a notice with no verb: "Прощание в четверг" is announced
        ("Мобилизованный Сергей Кожемякин из Новошахтинска погиб 22 февраля под Покровском. "
         "Прощание в четверг у ДК Горняков.", "2025-03-03", "Кожемякин", "farewell",
         "2025-03-06"),
        # told as past: the Sunday before a Wednesday's news
        ("В воскресенье в Улан-Удэ похоронили старшего сержанта Баира Цыренова, погибшего "
         "на Запорожском направлении.", "2024-07-17", "Цыренов", "funeral", "2024-07-14"),
        ("Во вторник в селе Кочки простились с мобилизованным Андреем Ветровым.",
         "2023-11-24", "Ветров", "farewell", "2023-11-21"),
        ("Накануне в Белгороде простились с рядовым Виктором Осиповым, погибшим в зоне СВО.",
         "2024-04-05", "Осипов", "farewell", "2024-04-04"),
        ("Погибшего под Работино ефрейтора Павла Кудрина похоронили накануне на Северном "
         "кладбище Перми.", "2023-09-02", "Кудрин", "funeral", "2023-09-01"),
    ],
)
def test_a_weekday_or_the_eve_dates_the_event(text: str, published: str, surname: str,
                                               event: str, day: str) -> None:
    assert (by_surname(text, published)[surname]["other_dates"] or {}).get(event) == day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the eve of something named after the word
        ("Он погиб накануне Дня Победы.", "2024-05-20"),
        ("Рядовой позвонил матери накануне штурма.", "2024-05-20"),
        # the eve of a day the story told just before: not publication's
        ("15 мая он ушёл на штурм. Накануне он звонил матери.", "2024-06-01"),
    ],
)
def test_the_eve_of_something_else_is_no_date(text: str, published: str) -> None:
    day_before = (date.fromisoformat(published).toordinal() - 1)
    assert all(d.value != date.fromordinal(day_before).isoformat()
               for d in find_dates(text, date.fromisoformat(published)))


def test_a_weekday_beside_its_date_leaves_the_date() -> None:
    found = find_dates("В субботу, 12 мая, простились с ним.", date(2024, 5, 14))
    assert [d.value for d in found] == ["2024-05-12"]


def test_a_past_weekday_is_not_after_publication() -> None:
    found = find_dates("Он погиб во вторник.", date(2024, 5, 16))
    assert [d.value for d in found] == ["2024-05-14"]
    found = find_dates("В прошлую пятницу простились с бойцом.", date(2024, 5, 17))
    assert [d.value for d in found] == ["2024-05-10"]
