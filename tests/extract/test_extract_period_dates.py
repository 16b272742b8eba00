"""A date that bounds a period dates no event of a person: the last day of a span of days in
a list's heading ("deaths confirmed 21–27 August") and the start of a count ("since February
2022") are the list's, not a funeral's or a death's report (`periods`); a month at a line's
end takes no list item's number for its day ("August\\n1. PETROV")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.periods import count_start, period_event, span_end

PUBLISHED = "2023-08-30"


def dated(text: str, lang: str) -> dict[str, dict[str, str]]:
    return {m["surname"]: m["other_dates"] or {} for m in extract_text(text, lang, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kurgan region: deaths confirmed 21–27 August\n1. PETROV Ivan Ilyich, 30, Kurgan. "
         "Killed 2 August near Robotyne. Buried 24 August at the town cemetery.\n2. SIDOROV "
         "Pavel, 45, Shadrinsk. Killed 11 August.\nTotal confirmed for the region since "
         "February 2022: 612.", "en"),
        ("Omsk region: losses reported 14-20 August\n1) PETROV Ivan, 30, Omsk. Killed 2 August "
         "near Robotyne. Buried 24 August.\n2) SIDOROV Pavel, 45, Tara. Killed 11 August.\n"
         "Since the start of 2023 the region has confirmed 140 deaths.", "en"),
        ("Курганская область: гибель подтверждена 21–27 августа\n1. ПЕТРОВ Иван Ильич, 30 лет, "
         "Курган. Погиб 2 августа под Работино. Похоронен 24 августа.\n2. СИДОРОВ Павел, 45 "
         "лет, Шадринск. Погиб 11 августа.\nВсего с февраля 2022 года подтверждена гибель 612 "
         "жителей области.", "ru"),
        ("Омская область: сведения о погибших с 14 по 20 августа\n1. ПЕТРОВ Иван, 30 лет, Омск. "
         "Погиб 2 августа. Похоронен 24 августа.\n2. СИДОРОВ Павел, 45 лет, Тара. Погиб 11 "
         "августа.\nС начала 2023 года подтверждена гибель 140 земляков.", "ru"),
    ],
)
def test_list_period_dates_no_event(text: str, lang: str) -> None:
    got = dated(text, lang)
    assert got[next(k for k in got if k.lower() == "петров" or k == "Petrov")] == {
        "funeral": "2023-08-24"}
    assert not got[next(k for k in got if k.lower() == "сидоров" or k == "Sidorov")]


@pytest.mark.parametrize(
    ("text", "lang", "event", "day"),
    [  # a single day of a notice keeps its date
        ("Private Ivan Petrov was killed on August 1. His death was confirmed by the ministry "
         "on August 20.", "en", "reported", "2023-08-20"),
        ("Рядовой Иван Петров погиб 1 августа. О его гибели семье сообщили 20 августа.", "ru",
         "reported", "2023-08-20"),
        ("Солдат Іван Петренко загинув 1 серпня. Про загибель рідним повідомили 20 серпня.",
         "uk", "reported", "2023-08-20"),
        # a span's start is still the day of an event that is no report
        ("Сержант Олег Ким с мая 2022 года служил по контракту, погиб 3 августа.", "ru",
         "contract", "2022-05"),
    ],
)
def test_single_days_kept(text: str, lang: str, event: str, day: str) -> None:
    [m] = extract_text(text, lang, PUBLISHED)
    assert (m["other_dates"] or {}).get(event) == day


def test_month_at_line_end_takes_no_item_number() -> None:
    from datetime import date

    from headcount.extract.en_dates import find_dates

    text = "Deaths confirmed in August\n1. PETROV Ivan. Killed on August 3."
    assert [d.value for d in find_dates(text, date(2023, 8, 30))] == ["2023-08-03"]
    assert [d.value for d in find_dates("Killed on August\n12, near Bakhmut.",
                                        date(2023, 8, 30))] == ["2023-08-12"]


@pytest.mark.parametrize(
    ("before", "span", "since"),
    [("deaths confirmed 21–", True, False), ("с 21 по ", True, False),
     ("з 3 до ", True, False), ("from 3 to ", True, False), ("since ", False, True),
     ("Всего с ", False, True), ("Загалом з ", False, True), ("since early ", False, True),
     ("killed on ", False, False), ("в 2022–", False, False), ("at 10:00 – ", False, False),
     ("погиб ", False, False), ("between 21 and ", True, False), ("між 2 і ", True, False),
     ("между 2 и ", True, False), ("від 2 до ", True, False), ("погибли 5 и ", False, False),
     ("Ivan and ", False, False)],
)
def test_period_readers(before: str, span: bool, since: bool) -> None:
    text = before + "27 August"
    assert span_end(text, len(before)) is span
    assert count_start(text, len(before)) is since
    assert period_event(text, len(before), "funeral") is span
