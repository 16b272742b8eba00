"""English texts: a death notice's day is a report date, a home cue opening a sentence
("Born in Poltava, …", "Native of Samarkand, …"), and a Ukrainian soldier who was mobilised
is no Russian."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict[str, Any]:
    found = extract_text(text, "en", "2024-06-01")
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("text", "reported"), [
    ("Sergei Volkov, 28, was killed in Ukraine. The city administration announced his death "
     "on Monday.", "2024-05-27"),
    ("Pavel Orlov, 35, was killed near Bakhmut on May 20. The regiment reported his death on "
     "Friday.", "2024-05-31"),
    ("Ivan Kozlov was killed in action. His school confirmed his death on 12 May.",
     "2024-05-12"),
])
def test_the_day_a_death_is_announced_is_a_report_date(text: str, reported: str) -> None:
    person = _one(text)
    assert person["status"] == "killed"
    assert person["other_dates"]["reported"] == reported
    assert person.get("death_date") != reported


def test_a_death_on_a_weekday_is_still_the_death_date() -> None:
    person = _one("Pavel Orlov, 35, died in hospital on Monday, his mother said.")
    assert person["death_date"] == "2024-05-27"


@pytest.mark.parametrize(("text", "settlement"), [
    ("Born in Poltava, Mykola Hrytsenko, 45, was killed near Kupiansk.", "Poltava"),
    ("Native of Samarkand, Jasur Tursunov, 33, was killed in March 2024.", "Samarkand"),
    ("A native of Kathmandu, Bikash Thapa, 30, was killed near Bakhmut in March 2024.",
     "Kathmandu"),
    ("Originally from Kovrov, Ivan Belov was mobilised in 2022 and killed in May 2024.",
     "Kovrov"),
    ("Born in 1990 in Angarsk, Pavel Sidorov was killed in May 2024.", "Angarsk"),
])
def test_a_capitalised_home_cue_opening_a_sentence(text: str, settlement: str) -> None:
    assert _one(text)["settlement"] == settlement


def test_a_capitalised_word_that_is_no_cue_gives_no_home() -> None:
    person = _one("Bornholm Jensen, 30, was killed near Bakhmut in March 2024.")
    assert person.get("settlement") is None


@pytest.mark.parametrize("text", [
    "Born in Poltava, Mykola Hrytsenko was mobilized in 2022 and was killed near Kupiansk "
    "in October 2024.",
    "Oleksandr Bondar, of the 47th Separate Mechanized Brigade, was killed near Avdiivka in "
    "February 2024.",
    "Taras Melnyk, 29, from Chernihiv, was mobilized in 2023 and killed near Bakhmut in "
    "May 2024.",
])
def test_a_mobilised_ukrainian_is_no_russian(text: str) -> None:
    assert _one(text)["citizenship"] == "UA"


@pytest.mark.parametrize("text", [
    "Ivan Sokolov, 30, from Belgorod, was mobilised in 2022 and killed in May 2024.",
    "Pavel Zotov of the 200th Separate Motor Rifle Brigade was mobilised in 2022 and killed "
    "in May 2024.",
])
def test_a_mobilised_russian_stays_russian(text: str) -> None:
    assert _one(text)["citizenship"] == "RU"
