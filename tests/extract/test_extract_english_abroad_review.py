"""English homes abroad narrowed after review, each with the sentence that showed the fault,
sentences of the same class where the rule must not fire, and one where it still must: a
division abroad never blocks a name in a name position, a country named in a place chain wins
over a division named before it, a stated citizenship wins over one inferred from a home, a
"from" of travel or of a source is no home, names shared by several countries (or that are
also surnames) give no country alone, and a number before a unit is no age."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from headcount.extract import extract_text


def _all(text: str, published: str = "2024-06-01") -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_text(text, "en", published)


def _one(text: str) -> dict[str, Any]:
    found = _all(text)
    assert len(found) == 1, found
    return found[0]


# 1. a division abroad in a name position is a name
@pytest.mark.parametrize(("text", "surname", "given"), [
    ("1. COLOMBO, Marco — killed near Bakhmut in March 2024.", "Colombo", "Marco"),
    ("2. PARSA, Ali — killed in action in Donetsk region.", "Parsa", "Ali"),
    ("3. DANG, Van Minh — died in Luhansk region.", "Dang", "Van Minh"),
    ("4. MUSTANG, Peter — killed in action near Avdiivka.", "Mustang", "Peter"),
    ("5. GALLE, Nuwan — died of wounds in Donetsk region.", "Galle", "Nuwan"),
])
def test_division_in_name_position_is_a_name(text: str, surname: str, given: str) -> None:
    m = _one(text)
    assert (m["surname"], m["given_name"]) == (surname, given)
    assert m.get("citizenship") is None


# 2. a country (or a division of another country) named later in the chain wins
@pytest.mark.parametrize(("text", "code"), [
    ("Ram Thapa, who was killed in Ukraine, hailed from Ilam in Iran.", "IR"),
    ("Ram Thapa, who died in Ukraine, was from Bhojpur in Bihar.", "IN"),
    ("Ram Thapa, who died in Ukraine, was from Dhankuta in Nepal.", "NP"),
    ("Ashok Kumar, a resident of Jhapa, Nepal, was killed in Ukraine.", "NP"),
])
def test_country_later_in_chain_wins(text: str, code: str) -> None:
    assert _one(text)["citizenship"] == code


# 3. a stated citizenship wins over one inferred from a home
@pytest.mark.parametrize(("text", "code"), [
    ("Juan Perez, who had lived in Havana for years, was killed in Ukraine; he was a "
     "Colombian citizen.", "CO"),
    ("Luis Gomez, a resident of Matanzas, was killed in Ukraine. He was a Venezuelan "
     "national.", "VE"),
    # still: the home alone gives the country
    ("Luis Gomez, a resident of Matanzas, was killed in Ukraine.", "CU"),
])
def test_stated_citizenship_beats_home(text: str, code: str) -> None:
    assert _one(text)["citizenship"] == code


# 4. a "from" of travel or of a source is no home abroad
@pytest.mark.parametrize("text", [
    "Sergei Volkov flew from Colombo to Moscow and was killed in Ukraine.",
    "Sergei Volkov, a Russian mercenary, was killed in Ukraine, according to a post from "
    "Granma, the Cuban newspaper.",
    "Sergei Volkov, who had travelled from Kathmandu, was killed in Ukraine.",
    "Sergei Volkov was killed in Ukraine, reports from Nairobi said.",
])
def test_travel_or_source_is_no_home(text: str) -> None:
    assert _one(text).get("citizenship") in (None, "RU")


def test_home_from_still_gives_country() -> None:
    assert _one("Ram Thapa, from Jhapa, Nepal, was killed in Ukraine.")["citizenship"] == "NP"
    assert _one("Ram Thapa, who came from Syangja, was killed in Ukraine.")["citizenship"] \
        == "NP"


# 5. names shared by several countries give no country alone
@pytest.mark.parametrize("text", [
    "Ali Khan, who was killed in Ukraine, hailed from Punjab.",
    "Ali Khan, who was killed in Ukraine, was a resident of Kashmir.",
    "Ram Thapa, who died in Ukraine, was from Lalitpur.",
    "Peter Otieno, who was killed in Ukraine, hailed from Busia.",
    # Punjab is in Pakistan too: a district the tables lack does not decide it
    "Prabhat Singh, a 28-year-old from a village in Punjab's Sialkot district, has not "
    "been heard from since March 15.",
])
def test_shared_name_gives_no_country(text: str) -> None:
    assert _one(text).get("citizenship") is None


def test_shared_name_with_country_gives_it() -> None:
    assert _one("Ali Khan, who was killed in Ukraine, hailed from Punjab, India.")[
        "citizenship"] == "IN"


# 6. a number before a unit is no age
@pytest.mark.parametrize("text", [
    "Ivan Petrov was killed at 20 metres from the trench.",
    "Ivan Petrov was killed at 50 yards from his position.",
    "Ivan Petrov was killed at 30 percent strength of his company.",
    "Ivan Petrov died at 15 degrees below zero.",
])
def test_unit_after_number_is_no_age(text: str) -> None:
    assert _one(text).get("age") is None


def test_age_after_killed_at_still_read() -> None:
    assert _one("Ivan Petrov was killed at 35 in Ukraine.")["age"] == 35
