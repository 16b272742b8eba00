"""The gap-filler decision averaged over bootstrap replicates: no jump between models."""

from __future__ import annotations

import numpy as np
import pytest
from test_estimate_gapfill import population

from headcount.estimate import CaptureTable, estimate
from headcount.estimate.gapfill import NO_GAP, find_gap_filler, split_label
from headcount.estimate.gapmix import Decision, averaged_interval, averaged_point, weights_of
from headcount.estimate.result import EstimateResult


def split_one(table: CaptureTable, rng: np.random.Generator) -> CaptureTable:
    """One more person split by the linkage: a person on two lists or more (drawn in
    proportion to the cells) becomes one list's record alone and the rest."""
    counts = table.counts.copy()
    cells = [c for c in range(1, 2**table.k) if bin(c).count("1") >= 2 and counts[c] > 0]
    w = np.array([counts[c] for c in cells], dtype=float)
    cell = cells[int(rng.choice(len(cells), p=w / w.sum()))]
    bit = int(rng.choice([i for i in range(table.k) if cell >> i & 1]))
    counts[cell] -= 1
    counts[cell & ~(1 << bit)] += 1
    counts[1 << bit] += 1
    return CaptureTable(table.lists, counts)


def gap_decisions(table: CaptureTable) -> list[bool]:
    """Whether the rule, applied once to the table, leaves a list out."""
    return [find_gap_filler(table, lambda t: estimate(t, gap_fill=False).estimate)
            is not None]


@pytest.mark.parametrize(("fill", "seed"), [(0.7, 0), (0.6, 4)])
def test_splitting_persons_one_by_one_moves_the_estimate_smoothly(fill: float,
                                                                  seed: int) -> None:
    """A list that fills six or seven in ten of the others' gaps: the rule applied once
    flips as persons split one by one (the figure taken once jumps 7-13 % on one split);
    averaged over the replicates' decisions the figure moves a little per split."""
    table, _ = population(seed, fill=fill)
    rng = np.random.default_rng(seed)
    figures, once, flips = [], [], set()
    for _ in range(9):
        figures.append(estimate(table).estimate)
        once.append(estimate(table, gap_average=False).estimate)
        flips.update(gap_decisions(table))
        table = split_one(table, rng)

    def largest_step(xs: list[float]) -> float:
        return float((np.abs(np.diff(xs)) / np.array(xs[:-1])).max())

    assert flips == {True, False}  # the rule on the data does flip along the way
    assert largest_step(once) > 0.05, once
    assert largest_step(figures) < 0.03, figures
    assert largest_step(figures) < largest_step(once) / 2, figures


def test_independent_lists_keep_the_full_model() -> None:
    """Among independent lists the rule fires in few replicates, if any: the figure is
    the full model's; when none fires, its interval and model are too."""
    for seed in range(6):
        table, _ = population(200 + seed, fill=None)
        res = estimate(table, bootstrap_samples=40, interval="percentile", seed=seed)
        plain = estimate(table, bootstrap_samples=40, interval="percentile", seed=seed,
                         gap_fill=False)
        weights = res.diagnostics["gap_filler_weights"]
        assert weights[NO_GAP] >= 0.85
        assert res.estimate == pytest.approx(plain.estimate, rel=0.01)
        assert res.model == plain.model
        if weights == {NO_GAP: 1.0}:
            assert (res.lower, res.upper) == pytest.approx((plain.lower, plain.upper))


def test_the_figure_mixes_the_decisions_and_the_interval_mixes_them() -> None:
    table, _ = population(0, fill=0.7)
    res = estimate(table, bootstrap_samples=100, interval="percentile", seed=3)
    weights = res.diagnostics["gap_filler_weights"]
    by = res.diagnostics["estimate_by_decision"]
    assert sum(weights.values()) == pytest.approx(1.0, abs=0.01)
    assert 0 < weights["F"] < 1 and 0 < weights[NO_GAP] < 1
    assert min(by.values()) < res.estimate < max(by.values())
    # nearer the outcome most replicates make than their weighted mean is
    lead = max(weights, key=lambda k: weights[k])
    mean = sum(weights[k] * by[k] for k in weights)
    assert abs(res.estimate - by[lead]) < abs(mean - by[lead])
    assert res.samples is not None and res.lower is not None and res.upper is not None
    assert res.lower <= by["F"] and res.upper >= by[NO_GAP]
    assert res.lower <= res.estimate <= res.upper
    assert "gap-filler in" in (res.model_description or "")
    assert "gap-filler decision" in res.interval_method


def test_without_a_bootstrap_the_figure_is_reproducible_and_has_an_interval() -> None:
    table, _ = population(0, fill=0.7)
    a, b = estimate(table), estimate(table)
    assert a.estimate == b.estimate
    assert a.lower is not None and a.upper is not None
    assert a.lower < a.estimate < a.upper


def test_weights_and_the_averaged_interval() -> None:
    assert weights_of(["F|[1,2]", "-|[12]", "F|[1,2,3]", "F|[1,2]"]) == {"F": 0.75, "-": 0.25}
    assert split_label("telegram|[12,3]") == ("telegram", "[12,3]")

    def res(n: float, lo: float, hi: float) -> EstimateResult:
        return EstimateResult(method="loglinear", estimate=n, lower=lo, upper=hi, level=0.95,
                              interval_method="", observed=100, lists=("A", "B"))

    one = [Decision(NO_GAP, res(200, 180, 220), 1.0)]
    lo, hi = averaged_interval(one, 200, 0.95)
    assert (lo, hi) == pytest.approx((180, 220))
    two = [Decision(NO_GAP, res(200, 180, 220), 0.5), Decision("F", res(300, 280, 320), 0.5)]
    lo, hi = averaged_interval(two, 250, 0.95)
    assert lo is not None and hi is not None
    assert lo < 200 and hi > 300  # the spread between the models widens the interval


def test_the_figure_is_the_mixtures_interquartile_mean() -> None:
    """Two outcomes far apart: a far outcome with less than a quarter of the replicates
    hardly moves the figure; from a quarter to three quarters the figure moves
    continuously from one to the other; the weighted mean would move in proportion to
    the distance from the first replicate on."""

    def res(n: float, lo: float | None, hi: float | None) -> EstimateResult:
        return EstimateResult(method="loglinear", estimate=n, lower=lo, upper=hi, level=0.95,
                              interval_method="", observed=100, lists=("A", "B"))

    def mix(w_far: float) -> float:
        return averaged_point([Decision("F", res(300, 280, 320), 1 - w_far),
                               Decision(NO_GAP, res(480, 420, 540), w_far)], 0.95)

    assert averaged_point([Decision("F", res(300, 280, 320), 1.0)], 0.95) == 300
    figures = [mix(w) for w in np.linspace(0.0, 1.0, 21)]
    assert figures[0] == pytest.approx(300, abs=0.5)
    assert figures[-1] == pytest.approx(480, abs=0.5)
    assert (np.diff(figures) > -1e-6).all()  # moves one way with the weight
    assert max(np.diff(figures)) < 2.5 * 0.05 * 180  # no jump: at most 2.5 × the mean's step
    assert mix(0.2) < 305 < 300 + 0.2 * 180  # the mean would say 336
    assert mix(0.5) == pytest.approx(390, abs=15)  # halfway at equal weights
    no_interval = [Decision("F", res(300, 280, 320), 0.75), Decision(NO_GAP, res(480, None, None),
                                                                      0.25)]
    assert averaged_point(no_interval, 0.95) == pytest.approx(345)  # the weighted mean


def test_the_decision_can_still_be_taken_once() -> None:
    """``gap_average=False`` (``gap_average = false`` in ``[estimate]``): the rule applied
    once to the data, as before: the figure is one model's, and jumps with it."""
    from headcount.estimate.headline import HeadlineConfig

    table, _ = population(1, fill=1.0)
    once = estimate(table, gap_average=False)
    assert find_gap_filler(table, lambda t: estimate(t, gap_fill=False).estimate) is not None
    assert (once.model_description or "").startswith("F left out as a gap-filler; the others")
    assert "gap_filler_weights" not in once.diagnostics
    assert HeadlineConfig.from_section({"gap_average": False}).gap_average is False


def test_the_population_resampled_beside_a_gap_filler() -> None:
    """Every person named (F names all the others missed): resampling the population
    draws the number seen anew in each replicate, floored at the count seen."""
    table, truth = population(300, size=400, fill=1.0)
    assert table.observed == truth
    kw = {"bootstrap_samples": 60, "interval": "percentile", "seed": 1}
    res = estimate(table, resample="population", **kw)
    fixed = estimate(table, resample="observed", **kw)
    assert "Buckland & Garthwaite" in res.interval_method
    assert res.samples is not None and fixed.samples is not None
    assert res.samples.min() >= res.observed
    assert res.lower is not None and res.upper is not None
    assert res.observed <= res.lower <= res.estimate <= res.upper
    assert res.lower <= truth <= res.upper
    assert "observed cells" in fixed.interval_method
