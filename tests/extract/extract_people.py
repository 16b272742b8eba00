"""Helpers shared by the extraction tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from headcount.extract import extract_text


def person_named(text: str, lang: str, surname: str, published: date | str) -> dict[str, Any]:
    """The first person of that surname the extractor reads in ``text`` (one must be read)."""
    found = [m for m in extract_text(text, lang, published) if m["surname"] == surname]
    assert found, f"no {surname}"
    return found[0]


def only_status(text: str, lang: str, published: date | str = "2024-06-01") -> object:
    """The status of the one person the extractor reads in ``text`` (exactly one must be)."""
    people = extract_text(text, lang, published)
    assert len(people) == 1, [m["name"] for m in people]
    return people[0]["status"]
