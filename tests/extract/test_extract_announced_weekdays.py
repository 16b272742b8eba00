"""A weekday of a ceremony told without a past verb is announced — the first such day after
publication — in English as in Russian and Ukrainian (`weekdays.announced_en`); told in the
past it is the latest one before."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.weekdays import announced_en

PUBLISHED = "2024-03-14"  # a Thursday


def other_dates(text: str, lang: str) -> dict[str, str]:
    [m] = extract_text(text, lang, PUBLISHED)
    return m["other_dates"] or {}


@pytest.mark.parametrize(
    ("text", "lang", "event", "day"),
    [
        ("Private Oleg Kim was killed on 2 March near Bakhmut. His funeral is on Saturday at "
         "11 a.m. in Chita.", "en", "funeral", "2024-03-16"),
        ("Sergeant Denis Orlov died of wounds on 5 March. A farewell ceremony on Monday at the "
         "House of Culture in Ulan-Ude.", "en", "farewell", "2024-03-18"),
        ("Corporal Artur Nabiev was killed on 1 March. Relatives will say goodbye to him on "
         "Tuesday.", "en", "farewell", "2024-03-19"),
        ("Рядовой Олег Ким погиб 2 марта под Бахмутом. Прощание в понедельник в ДК.", "ru",
         "farewell", "2024-03-18"),
        ("Солдат Олег Кім загинув 2 березня. Прощання у понеділок у Будинку культури.", "uk",
         "farewell", "2024-03-18"),
        # told in the past: the latest such day
        ("Private Oleg Kim was killed on 2 March near Bakhmut. The funeral was held on Monday "
         "in Chita.", "en", "funeral", "2024-03-11"),
        ("Sergeant Ivan Lukin died on 4 March. He was buried on Saturday next to his father.",
         "en", "funeral", "2024-03-09"),
        ("Рядовой Олег Ким погиб 2 марта. Прощание прошло в понедельник в ДК.", "ru",
         "farewell", "2024-03-11"),
    ],
)
def test_ceremony_weekday(text: str, lang: str, event: str, day: str) -> None:
    assert other_dates(text, lang).get(event) == day


@pytest.mark.parametrize(
    ("sentence", "announced"),
    [("His funeral is on Saturday.", True), ("A farewell ceremony on Monday at the hall.", True),
     ("The memorial will be held on Friday.", True), ("The funeral was held on Monday.", False),
     ("He was killed on Monday.", False), ("Mourners gathered on Sunday.", False)],
)
def test_announced_en(sentence: str, announced: bool) -> None:
    assert announced_en(sentence) is announced
