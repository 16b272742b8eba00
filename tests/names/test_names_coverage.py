"""A Cyrillic spelling that leaves letters of the Latin word unwritten covers less of it."""

from __future__ import annotations

import pytest

from headcount.names.russian import HAND, coverage, russian_token


@pytest.mark.parametrize("word", ["tinus", "salamone", "schetters", "buring", "amachree",
                                  "loujain", "pahiama", "Okonkwo", "Gutierrez"])  # fmt: skip
def test_a_truncated_spelling_covers_less(word: str) -> None:
    full = russian_token(word, "de")
    assert coverage(word, full) > coverage(word, full[: max(1, len(full) - 2)])
    assert 0.0 < coverage(word, full[:2]) < coverage(word, full) <= 1.0


def test_the_hand_conventions_only() -> None:
    assert HAND and not {"wd", "wd2", "wd3"} & set(HAND)
    assert coverage("", "") == 1.0
