"""A list's share of people who are in the registry, estimated from the list itself."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from headcount.trace import trace_table
from headcount.trace.rescore import (
    LISTED,
    LISTED_BOUNDS,
    Calibration,
    estimate_listed,
    shipped_calibration,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from trace_lists import consulate_case, load_registry

PRIOR = -12.0  # the model's prior weight (log2 odds), about 1 in 4,000 pairs
PERSONS = 400


def _list(share: float, rows: int, seed: int) -> list[list[float]]:
    """Candidates' match weights of a generated list: a listed row has its person
    (a strong weight) and sometimes a weak namesake; an absent one has nobody, or
    only weak namesakes."""
    rng = random.Random(seed)
    out = []
    for _ in range(rows):
        weak = [PRIOR + rng.uniform(-4.0, 3.0) for _ in range(rng.randint(0, 2))]
        if rng.random() < share:
            out.append([PRIOR + rng.uniform(16.0, 30.0), *weak])
        else:
            out.append(weak)
    return out


@pytest.mark.parametrize("share", [0.15, 0.35, 0.5, 0.7, 0.9])
@pytest.mark.parametrize("seed", [1, 2])
def test_the_share_listed_is_recovered(share: float, seed: int) -> None:
    weights = _list(share, 300, seed)
    truth = sum(1 for w in weights if any(x > PRIOR + 10 for x in w)) / len(weights)
    got = estimate_listed(weights, len(weights), PRIOR, PERSONS)
    assert abs(got - truth) < 0.04, (share, truth, got)


def test_rows_without_candidates_count_as_nobody() -> None:
    strong = [[PRIOR + 25.0]] * 20
    # the same 20 found rows in a list of 20 and in a list of 200
    assert estimate_listed(strong, 20, PRIOR, PERSONS) > 0.8  # ten pseudo-rows at one half
    assert estimate_listed(strong, 200, PRIOR, PERSONS) == pytest.approx(20 / 200, abs=0.03)


def test_a_short_list_stays_near_the_prior_and_within_bounds() -> None:
    assert estimate_listed([], 0, PRIOR, PERSONS) == LISTED
    two = estimate_listed([[PRIOR + 25.0], [PRIOR + 25.0]], 2, PRIOR, PERSONS)
    assert LISTED < two < 0.65  # two rows are two of the ten pseudo-rows' weight
    low, high = LISTED_BOUNDS
    assert low <= estimate_listed([[]] * 5000, 5000, PRIOR, PERSONS) <= low + 1e-9
    assert estimate_listed([[PRIOR + 40.0]] * 5000, 5000, PRIOR, PERSONS) <= high


@pytest.mark.parametrize("absent", [0.1, 0.7])
def test_a_trace_reports_the_share_it_estimated(engine: Engine, absent: float) -> None:
    registry, listed, truth = consulate_case(people=60, seed=11, not_in_registry=absent)
    load_registry(engine, registry)
    result = trace_table(listed, engine, None)
    share = sum(t is not None for t in truth) / len(truth)
    assert result.listed is not None
    assert abs(result.listed - share) < 0.15, (result.listed, share)
    assert trace_table(listed, engine, None, listed=0.5).listed == 0.5


def test_the_list_share_moves_a_near_date_but_never_raises_a_namesake() -> None:
    cal = Calibration(1.0, 0.0, (1.0, -0.5), year=(1.0, -0.5), near=(0.2, -1.0),
                      share={"date": 0.5, "near": 0.5, "year": 1.5, "none": 2.0})  # fmt: skip
    for p in (0.3, 0.7, 0.95, 0.999):
        near = [cal(p, "near", s) for s in (0.2, 0.5, 0.8)]
        assert near[0] < near[1] < near[2], (p, near)
        for kind in ("year", "none"):
            at = [cal(p, kind, s) for s in (0.2, 0.5, 0.8, 0.95)]
            assert at[0] < at[1] == at[2] == at[3], (p, kind, at)
        assert cal(p, "near", None) == cal(p, "near", 0.5)
    assert Calibration()(0.4, "near", 0.9) == pytest.approx(0.4)  # no share term: as before


def test_the_shipped_calibration_has_a_share_term() -> None:
    cal = shipped_calibration()
    assert set(cal.share) >= {"near", "year", "none"}
    # a near date is likelier the row's person on a list most of whose people are there
    assert cal(0.999, "near", 0.8) > cal(0.999, "near", 0.35)
