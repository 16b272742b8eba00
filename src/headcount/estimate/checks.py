"""Warnings about data that make an estimate fragile."""

from __future__ import annotations

from headcount.estimate.capture import CaptureTable

#: fewer people observed than this → "too small" warning
SMALL_OBSERVED = 50
#: fewer people on two or more lists than this share of the observed → "nearly disjoint"
DISJOINT_SHARE = 0.05
#: a two-list overlap below this → "few overlaps"
FEW_OVERLAPS = 10


def data_warnings(table: CaptureTable) -> list[str]:
    """Plain-language warnings about the table itself (not the fit)."""
    out: list[str] = []
    n = table.observed
    if n < SMALL_OBSERVED:
        out.append(
            f"only {n} people observed (fewer than {SMALL_OBSERVED}): the table or stratum is "
            "too small for a reliable estimate"
        )
    overlaps = table.pair_overlaps()
    empty = [f"{a}-{b}" for (a, b), m in overlaps.items() if m == 0]
    if empty:
        out.append(
            "no one in common between " + ", ".join(empty)
            + " (non-overlapping lists: some models are not estimable)"
        )
    totals = table.list_totals()
    for name, t in totals.items():
        if t == 0:
            out.append(f"list {name} is empty")
    multi = table.multiply_listed()
    if table.k == 2:
        m = next(iter(overlaps.values()))
        if 0 < m < FEW_OVERLAPS:
            out.append(
                f"only {m} people appear on both lists: the two-list estimate is unstable"
            )
    if n > 0 and multi < DISJOINT_SHARE * n:
        out.append(
            f"lists nearly disjoint: only {multi} of {n} observed people "
            f"({multi / n:.1%}) appear on more than one list"
        )
    return out


def estimate_warnings(observed: int, estimate: float) -> list[str]:
    out = []
    if observed > 0 and estimate > 10 * observed:
        out.append(
            f"the estimate is {estimate / observed:.0f} times the observed count: it rests "
            "almost entirely on the model"
        )
    return out
