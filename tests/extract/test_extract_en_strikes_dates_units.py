"""English texts: the day of a drone strike dates its main clause's fate, "the 3rd of this
month", a wound told by a hospital trip, and the Wagner Group's full name."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _run(text: str) -> list[dict[str, Any]]:
    return extract_text(text, "en", "2024-06-01")


def _one(text: str) -> dict[str, Any]:
    found = _run(text)
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("text", "death"), [
    ("A 63-year-old woman was killed and her neighbour wounded when a drone struck a house in "
     "the village of Glotovo on Sunday, the governor said. The woman, Nina Orlova, was a "
     "nurse.", "2024-05-26"),
    ("Olga Sidorova, 58, was killed and her husband injured when a drone hit their car near "
     "Glotovo on 28 May.", "2024-05-28"),
    ("Pavel Gusev, 44, died and two others were hurt after a missile struck the market in "
     "Lgov on May 30.", "2024-05-30"),
])
def test_a_strikes_day_dates_the_first_fate(text: str, death: str) -> None:
    person = _one(text)
    assert person["death_date"] == death
    assert "wounded" not in (person.get("other_dates") or {})


def test_a_day_after_a_fate_without_a_strike_keeps_the_nearest_cue() -> None:
    person = _one("Ivan Kotov was mobilised in 2022 and was wounded on 3 May.")
    assert person["other_dates"]["wounded"] == "2024-05-03"


@pytest.mark.parametrize(("text", "death"), [
    ("Suman Gurung, 27, was killed on the 3rd of this month near Pokrovsk.", "2024-06-03"),
    ("Suman Gurung, 27, was killed on the 23rd of last month near Pokrovsk.", "2024-05-23"),
    ("Anil Tamang was killed on the first of this month, his brother said.", "2024-06-01"),
    ("Bishnu Magar died on the 30th of the previous month in a hospital in Rostov.",
     "2024-05-30"),
])
def test_a_day_of_this_or_last_month(text: str, death: str) -> None:
    assert _one(text)["death_date"] == death


def test_a_day_that_the_month_lacks_is_no_date() -> None:
    person = _one("Anil Tamang was killed on the 31st of this month.")
    assert person.get("death_date") in (None, "2024-06")


@pytest.mark.parametrize("text", [
    "Her neighbour, Pyotr Sh., 70, was taken to hospital in Belgorod with shrapnel wounds.",
    "Ilya Zotov, 19, was rushed to a hospital in Kursk with serious injuries on Friday.",
    "Boris Lebedev was admitted to the regional hospital with burns after the attack.",
])
def test_a_hospital_trip_with_wounds_is_wounded(text: str) -> None:
    assert _one(text)["status"] == "wounded"


def test_a_hospital_visit_without_wounds_is_no_wound() -> None:
    assert all(m.get("status") != "wounded" for m in _run(
        "Boris Lebedev was taken to hospital with a fever in May 2024."))


@pytest.mark.parametrize(("text", "unit"), [
    ("Wagner fighter from Tula buried\nRoman Drozdov, 44, was killed near Bakhmut in May "
     "while fighting for the Wagner Group. He joined Wagner in 2022.", "Wagner Group"),
    ("Oleg Lis joined Wagner in 2022 and was killed near Bakhmut in May 2023, the Wagner "
     "Group said.", "Wagner Group"),
    ("Wagner convict Oleg Lis, 40, was killed near Bakhmut in May 2023.", "Wagner"),
])
def test_the_wagner_groups_full_name_wins(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


@pytest.mark.parametrize(("text", "place"), [
    ("The remains of the following nationals were repatriated:\n1. Late Mr. Hari Gurung, "
     "Syangja district — died 14 March 2024, Donetsk region;\n", "Donetsk region"),
    ("List of the dead:\n1. Ram Thapa, Ilam — killed 3 May 2024, Pokrovsk direction;\n",
     "Pokrovsk direction"),
    ("List of the dead:\n1. Hari Rai, Jhapa — died January 2024, Avdiivka.\n", "Avdiivka"),
])
def test_a_list_entrys_place_after_the_death_date(text: str, place: str) -> None:
    person = _one(text)
    assert person["place_of_death"] == place
    assert person.get("region") is None


def test_a_speaker_after_the_death_date_is_no_place() -> None:
    assert _one("Ivan Orlov died 3 May 2024, his family said.").get("place_of_death") is None


@pytest.mark.parametrize(("text", "place"), [
    ("Vitaly Kuzovlev, 43, was killed on Aug. 11 near Mykolaiv, the governor said.",
     "Mykolaiv"),
    ("Mykola Hrytsenko was killed on Oct. 21 near Kupiansk.", "Kupiansk"),
    ("Ivan Orlov was killed on Sept. 30, 2023, near Kupiansk.", "Kupiansk"),
])
def test_an_abbreviated_months_dot_ends_no_clause(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


def test_a_month_ending_a_sentence_is_no_place() -> None:
    person = _one("Ivan Orlov was killed in Jan. His friend lives near Avdiivka.")
    assert person.get("place_of_death") is None
