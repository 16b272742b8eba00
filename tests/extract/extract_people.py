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
