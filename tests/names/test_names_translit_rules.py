"""The benchmark's learning of the Latin -> Russian transcription rules: contexts and
their smoothing towards the shorter context."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def rules() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import translit_rules

        yield translit_rules
    finally:
        sys.path.remove(str(BENCH))


def _aligned(pairs: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Pairs of equal length aligned letter for letter (one chunk a letter)."""
    return [(a, list(b)) for a, b in pairs]


# h is х in most words; in three words that end in "-hi" (a rare context) it is г
COMMON = [("haba", "хаба"), ("hoda", "хода"), ("muhar", "мухар"), ("lahor", "лахор"),
          ("hemel", "хемел"), ("tuhan", "тухан"), ("rahul", "рахул"), ("sohet", "сохет"),
          ("hunor", "хунор"), ("pahom", "пахом")]  # fmt: skip
RARE = [("rahi", "раги"), ("sohi", "соги"), ("nuhi", "нуги")]


def _chunks(table: dict[str, list[tuple[str, float]]], key: str) -> dict[str, float]:
    return dict(table.get(key, []))


def test_without_prior_a_rare_context_holds_only_what_it_saw(rules: ModuleType) -> None:
    table = rules.learn_table(_aligned(COMMON + RARE), min_count=3, delta=0.1, prior=0.0)
    assert _chunks(table, "|h|") == pytest.approx({"х": 10 / 13, "г": 3 / 13}, abs=1e-9)
    # the context h before "i" at the word's end: seen three times, always г
    assert _chunks(table, "|h|i") == {"г": 1.0}


def test_prior_keeps_the_shorter_contexts_chunks_in_a_rare_context(rules: ModuleType) -> None:
    table = rules.learn_table(_aligned(COMMON + RARE), min_count=3, delta=0.1, prior=2.0)
    rare = _chunks(table, "|h|i")
    parent = _chunks(table, "|h|")
    # (3 + 2 x share of г) / 5 and 2 x share of х / 5: х is no longer ruled out
    assert rare["г"] == pytest.approx((3 + 2 * parent["г"]) / 5)
    assert rare["х"] == pytest.approx(2 * parent["х"] / 5)
    assert sum(rare.values()) == pytest.approx(1.0, abs=0.02)


def test_prior_moves_a_frequent_context_little(rules: ModuleType) -> None:
    # twenty words where h before "i" is г: the context's own counts outweigh the prior
    many = [(f"{c}ahi", f"{r}аги") for c, r in zip("bdfklmnprstvz", "бдфклмнпрствз", strict=True)]
    many += [(f"{c}ohi", f"{r}оги") for c, r in zip("bdfklmn", "бдфклмн", strict=True)]
    table = rules.learn_table(_aligned(COMMON + many), min_count=3, delta=0.1, prior=2.0)
    assert _chunks(table, "|h|i")["г"] > 0.9


def test_a_context_no_different_from_its_shorter_one_is_dropped(rules: ModuleType) -> None:
    # h before "a" is х as everywhere: no rule of its own, with or without a prior
    for prior in (0.0, 2.0):
        table = rules.learn_table(_aligned(COMMON), min_count=3, delta=0.1, prior=prior)
        assert "|h|a" not in table
        assert _chunks(table, "|h|") == {"х": 1.0}
