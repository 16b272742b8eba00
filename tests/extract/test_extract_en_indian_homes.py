"""English texts: a home in an Indian district of Punjab, Haryana or Kerala gives India as
the citizenship implied by a home abroad; "Punjab", a name Pakistan shares, only when the
text otherwise names India's places alone."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict[str, Any]:
    found = extract_text(text, "en", "2024-06-01")
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("text", [
    "Tejinder Pal Singh, 27, of Jalandhar, signed up in January and has not been heard from "
    "since July 6.",
    "Rohit Kumar, 23, from Kaithal, signed a contract in February and was killed in May 2024.",
    "Jibin Thomas, a resident of Thrissur, signed a contract in April and was wounded in "
    "May 2024.",
    "Manpreet Gill, 26, who lived in Ludhiana, was killed near Pokrovsk in March 2024.",
    "Prabhat Singh, a 28-year-old from a village in Punjab's Hoshiarpur district, has not "
    "been heard from since March 15.",
])
def test_an_indian_district_home_implies_india(text: str) -> None:
    person = _one(text)
    assert person["citizenship"] == "IN"


@pytest.mark.parametrize("text", [
    "Gurpreet Sandhu, 24, from Punjab, signed a contract in January and was killed in May "
    "2024. His family in Amritsar is asking for his body.",
    "Harjit Brar, from Punjab, was killed in March 2024, his cousin in Bathinda said.",
])
def test_punjab_is_india_when_the_text_names_indian_places(text: str) -> None:
    assert _one(text)["citizenship"] == "IN"


@pytest.mark.parametrize("text", [
    "Gurpreet Sandhu, 24, from Punjab, signed a contract in January and was killed in May "
    "2024.",
    "Ali Raza, 30, from Punjab, was killed in May 2024; his relatives in Lahore mourn.",
])
def test_punjab_alone_gives_no_country(text: str) -> None:
    assert _one(text).get("citizenship") is None


def test_an_indian_city_only_visited_is_no_home() -> None:
    person = _one("Ivan Petrov, 35, flew from Kochi to Moscow in 2023 and was killed near "
                  "Bakhmut in May 2024.")
    assert person.get("citizenship") != "IN"
