"""A gap-filler found among the killed, carried to a status group too small to find it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import CaptureTable
from headcount.estimate.gapcarry import Donor, carried, donor, receives
from headcount.estimate.headline import Headline, HeadlineConfig, headline_from_tables
from headcount.estimate.result import EstimateResult

SYSTEMS = ("A", "B", "C", "F")


def statuses(seed: int, fill: float | None, killed: int = 500,
             missing: int = 150) -> tuple[pd.DataFrame, int]:
    """A long table (status, A, B, C, F, count). The killed: A, B, C independent and F
    naming those the three missed with chance ``fill`` (None: independently, at its base
    rate 0.3), the others at 0.3. The missing: only A and F name them; F names those A
    missed with chance ``fill`` as well. Returns the table and the true total."""
    rng = np.random.default_rng(seed)
    rows = []
    for status, size, rates in (("killed", killed, (0.45, 0.4, 0.5)),
                                ("missing", missing, (0.45, 0.0, 0.0))):
        caught = rng.random((size, 3)) < np.array(rates)
        missed = ~caught.any(axis=1)
        p_f = np.where(missed, 0.3 if fill is None else fill, 0.3)
        f = rng.random(size) < p_f
        for row in np.column_stack([caught, f]).astype(int):
            if row.any():
                rows.append((status, *row))
    frame = pd.DataFrame(rows, columns=["status", *SYSTEMS])
    long = frame.groupby(["status", *SYSTEMS]).size().rename("count").reset_index()
    return long, killed + missing


def headline(long: pd.DataFrame, **changes: object) -> Headline:
    table = long.groupby(list(SYSTEMS))["count"].sum().reset_index()
    cfg = HeadlineConfig(statuses=(), bootstrap=60, seed=3).replace(**changes)
    return headline_from_tables(table, {}, cfg, by_status=long)


def groups(head: Headline) -> dict[str, dict[str, object]]:
    assert head.result is not None
    return {"|".join(g["statuses"]): g for g in head.result.diagnostics["status_groups"]}


def test_the_missing_beside_a_gap_filler_are_not_a_crowd_unseen() -> None:
    """F names everyone the others missed, among the killed and the missing alike: no one
    is unnamed. Two lists for the missing, one of which fills the other's gaps, gave
    Chapman's estimate a crowd of unseen people (+20-45 %); F's fill rate among the
    killed says there are few or none."""
    errors, plain_errors, covers, carried_in = [], [], 0, 0
    for seed in range(8):
        long, truth = statuses(seed, fill=1.0)
        assert int(long["count"].sum()) == truth
        head = headline(long)
        plain = headline(long, gap_carry=False)
        assert head.result is not None and plain.result is not None
        missing, plain_missing = groups(head)["missing"], groups(plain)["missing"]
        if "fills the gaps" in str(missing["model"]):
            carried_in += 1
            assert missing["persons"] <= missing["estimate"] < plain_missing["estimate"]
        errors.append(head.result.estimate / truth - 1)
        plain_errors.append(plain.result.estimate / truth - 1)
        lo, hi = head.result.lower, head.result.upper
        covers += lo is not None and hi is not None and lo <= truth <= hi
    assert carried_in >= 6
    assert np.median(plain_errors) > 0.2
    assert np.median(np.abs(errors)) < 0.05
    assert covers >= 6


def test_a_gap_filler_that_fills_part_carries_its_rate() -> None:
    """F names six in ten of those the others missed: the missing whom neither A nor F
    named are estimated from F's rate among the killed, not taken to be none, and not
    the crowd that independence of A and F puts there."""
    carried_in = 0
    for seed in range(8):
        long, truth = statuses(100 + seed, fill=0.6, killed=800, missing=300)
        head = headline(long)
        plain = headline(long, gap_carry=False)
        assert head.result is not None and plain.result is not None
        if "fills the gaps" not in str(groups(head)["missing"]["model"]):
            continue
        carried_in += 1
        error = head.result.estimate / truth - 1
        assert abs(error) < 0.08
        assert abs(error) < abs(plain.result.estimate / truth - 1)
        assert groups(head)["missing"]["estimate"] > groups(head)["missing"]["persons"] + 15
    assert carried_in >= 3


def test_an_independent_list_is_carried_nowhere() -> None:
    for seed in range(4):
        long, _ = statuses(200 + seed, fill=None)
        head = headline(long)
        plain = headline(long, gap_carry=False)
        assert head.result is not None and plain.result is not None
        assert "fills the gaps" not in str(groups(head)["missing"]["model"])
        assert head.result.estimate == pytest.approx(plain.result.estimate)


def _result(weight: float, estimate: float,
            samples: np.ndarray | None = None) -> EstimateResult:
    return EstimateResult("loglinear", estimate, None, None, 0.95, "", 0, SYSTEMS,
                          samples=samples,
                          diagnostics={"gap_filler": {"list": "F", "weight": weight}})


def test_a_donor_needs_the_decision_in_half_the_replicates() -> None:
    # A alone 30, F alone 20, A and F 10, B 40: 100 seen, 80 named by A, B or C
    counts = np.zeros(16, dtype=np.int64)
    counts[0b0001], counts[0b1000], counts[0b1001], counts[0b0010] = 30, 20, 10, 40
    table = CaptureTable(SYSTEMS, counts)
    assert donor(("killed",), table, _result(0.3, 110)) is None
    samples = np.array([100.0, 105.0, 120.0])
    found = donor(("killed",), table, _result(0.8, 110, samples))
    assert found is not None and found.list == "F"
    assert found.fill_rate == pytest.approx(20 / 30)  # 110 - 80 missed, F named 20
    assert found.replicates is not None
    assert found.replicates == pytest.approx([1.0, 20 / 25, 20 / 40])
    two = CaptureTable(("A", "F"), np.array([0, 40, 30, 20]))
    three = CaptureTable(("A", "C", "F"), np.array([0, 40, 10, 5, 30, 3, 2, 1]))
    assert receives(two, found) and receives(three, found)
    assert not receives(table, found)  # four lists: the rule looks for itself
    assert not receives(CaptureTable(("A", "B"), np.array([0, 40, 30, 20])), found)
    # F names no one alone here: nothing says how many A missed, the group's own model
    assert not receives(CaptureTable(("A", "F"), np.array([0, 40, 0, 20])), found)
    # a share the rule would not accept is carried nowhere
    low = _result(0.8, 110, samples)
    low.diagnostics["gap_filler"]["fill_rate"] = 0.4
    assert donor(("killed",), table, low) is None
    # the rule's own share on the data, when the result carries it, is the figure's
    ruled = _result(0.8, 110, samples)
    ruled.diagnostics["gap_filler"]["fill_rate"] = 1.25
    decided = donor(("killed",), table, ruled)
    assert decided is not None and decided.fill_rate == pytest.approx(1.25)
    assert decided.replicates == pytest.approx([1.0, 20 / 25, 20 / 40])
    few = counts.copy()
    few[0b1000] = 5  # F names too few alone to say what it fills
    assert donor(("killed",), CaptureTable(SYSTEMS, few), _result(0.9, 100)) is None


def test_the_carried_estimate_and_its_interval() -> None:
    table = CaptureTable(("A", "F"), np.array([0, 40, 30, 20]))  # A alone 40, F alone 30
    rates = np.array([1.0, 0.9, 1.0, 0.8, 1.0] * 20)
    full = Donor("F", ("killed",), 1.0, rates)
    res = carried(table, full, 0.95, 200, 1)
    assert res.estimate == pytest.approx(90)  # everyone the others missed is named
    assert res.lower == pytest.approx(90)
    assert res.upper is not None and res.upper > 90  # some replicates' share is below 1
    assert res.samples is not None and res.samples.min() >= 90
    assert res.samples.size == rates.size  # one for one with the donor's replicates
    # where the donor's replicate is at its count seen, so is this group's
    assert (res.samples[rates == 1.0] == 90).all()
    # the pairing with a share below 1 on the data: this group's replicates follow the
    # donor's, higher where the donor's share is lower
    halves = np.array([1.0, 0.6] * 100)
    paired = carried(table, Donor("F", ("killed",), 0.8, halves), 0.95, 200, 2)
    assert paired.samples is not None
    low, high = paired.samples[halves == 0.6], paired.samples[halves == 1.0]
    assert low.mean() > high.mean() + 10  # 30 alone: 30 / 0.6 - 30 = 20 more
    assert paired.upper is not None and paired.upper >= low.min()
    part = carried(table, Donor("F", ("killed",), 0.6, None), 0.95, 200, 1)
    assert part.estimate == pytest.approx(60 + 30 / 0.6)
    assert part.lower is not None and part.lower <= part.estimate <= (part.upper or 0)
    assert "fills the gaps of A" in (part.model_description or "")
    assert part.diagnostics["gap_filler_carried"]["from"] == ["killed"]
