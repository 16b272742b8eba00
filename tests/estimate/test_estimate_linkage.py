"""Linkage draws: clusterings drawn from pair probabilities, pooled estimates."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import estimate
from headcount.estimate.headline import HeadlineConfig
from headcount.estimate.linkage import (
    MIN_DRAW_REPLICATES,
    LinkData,
    draw_table,
    mixture_quantiles,
    pool,
    pooled_estimate,
)
from headcount.estimate.registry import COUNT
from headcount.estimate.result import EstimateResult


def data(prob: float) -> LinkData:
    persons = [f"p{i}" for i in range(6)]
    systems = {"p0": frozenset({"A"}), "p1": frozenset({"B"}), "p2": frozenset({"A", "B"}),
               "p3": frozenset({"C"}), "p4": frozenset({"B", "C"}), "p5": frozenset({"A"})}
    status: dict[str, str | None] = {p: "killed" for p in persons}
    status["p5"] = "missing"
    return LinkData(persons, status, systems, [("p0", "p1", prob), ("p3", "p5", prob)])


@pytest.mark.parametrize("prob, expected", [(0.0, 5), (1.0, 4)])
def test_certain_pairs_merge_and_impossible_ones_do_not(prob: float, expected: int) -> None:
    table = draw_table(data(prob), ("killed",), np.random.default_rng(0))
    assert int(table[COUNT].sum()) == expected


def test_a_merged_person_is_named_by_the_systems_of_its_parts() -> None:
    table = draw_table(data(1.0), ("killed",), np.random.default_rng(0))
    ab = table[(table["A"] == 1) & (table["B"] == 1) & (table["C"] == 0)]
    assert int(ab[COUNT].sum()) == 2  # p2, and p0 + p1 merged
    ac = table[(table["A"] == 1) & (table["C"] == 1)]
    assert int(ac[COUNT].sum()) == 1  # p3 + p5: counted because a part was killed


def test_half_probable_pairs_merge_about_half_the_time() -> None:
    rng = np.random.default_rng(1)
    sizes = [int(draw_table(data(0.5), (), rng)[COUNT].sum()) for _ in range(400)]
    assert 6 - 0.5 * 2 - 0.2 < np.mean(sizes) < 6 - 0.5 * 2 + 0.2


def test_pooling_widens_the_interval_with_the_spread_between_draws() -> None:
    base = [[120, 90, 70, 30, 25, 20, 8], [110, 85, 65, 34, 28, 22, 9]]
    import pandas as pd

    results = []
    for i, counts in enumerate(base):
        df = pd.DataFrame({"A": [1, 0, 0, 1, 1, 0, 1], "B": [0, 1, 0, 1, 0, 1, 1],
                           "C": [0, 0, 1, 0, 1, 1, 1], "count": counts})
        results.append(estimate(df, bootstrap_samples=50, interval="percentile", seed=i))
    pooled = pool(results, 0.95)
    assert pooled.diagnostics["linkage_draws"] == 2
    assert pooled.lower is not None and pooled.upper is not None
    assert pooled.lower <= min(r.estimate for r in results)
    assert pooled.upper >= max(r.estimate for r in results)
    assert pooled.samples is not None and pooled.samples.size == sum(
        r.samples.size for r in results if r.samples is not None)
    no_boot = [estimate(r_df, seed=1) for r_df in (
        pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "n": [60, 40, 20]}),
        pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "n": [70, 45, 18]}),
    )]
    rubin = pool(no_boot, 0.95)
    assert rubin.lower is not None and rubin.upper is not None
    assert rubin.upper - rubin.lower > max(
        (r.upper or 0) - (r.lower or 0) for r in no_boot)
    assert "Rubin" in rubin.interval_method


def test_each_draw_weighs_the_same_in_the_pooled_interval() -> None:
    few = np.full(10, 100.0)  # one draw with 10 replicates, all 100
    many = np.linspace(200.0, 300.0, 1000)  # one with 1,000 between 200 and 300
    lo, mid, hi = mixture_quantiles([few, many], (0.025, 0.49, 0.975))
    assert lo == 100.0 and mid == 100.0  # half the mass is the first draw's
    assert 295.0 < hi <= 300.0
    assert mixture_quantiles([np.array([np.nan, 5.0]), np.array([7.0])], (0.0, 1.0)) == (5.0,
                                                                                        7.0)
    concatenated = np.quantile(np.concatenate([few, many]), 0.025)
    assert concatenated > 200.0  # what an unweighted mixture would have said


def test_the_covariate_replicates_are_shared_out_over_the_draws(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from headcount.estimate import headline, linkage

    asked: list[int | None] = []

    def fake_run_table(table: object, config: HeadlineConfig, by_status: object = None,
                       covariates: object = None,
                       covariate_bootstrap: int | None = None) -> EstimateResult:
        asked.append(covariate_bootstrap)
        return EstimateResult(method="loglinear", estimate=10.0, lower=8.0, upper=12.0,
                              level=0.95, interval_method="x", observed=6,
                              lists=("A", "B", "C"), samples=np.arange(8.0, 13.0))

    monkeypatch.setattr(linkage, "read_link_data", lambda *a, **k: data(0.5))
    monkeypatch.setattr(headline, "run_table", fake_run_table)
    for bootstrap, draws, share in ((200, 5, 40), (100, 5, MIN_DRAW_REPLICATES),
                                    (30, 2, MIN_DRAW_REPLICATES), (300, 3, 100)):
        asked.clear()
        cfg = HeadlineConfig(bootstrap=bootstrap, linkage_draws=draws, statuses=())
        pooled_estimate(None, cfg)  # type: ignore[arg-type]
        assert asked == [share] * draws


def test_a_pooled_figure_some_draws_give_no_interval_for_is_withheld() -> None:
    """Draws pooled by Rubin's rules where one draw has no interval (its figure withheld):
    the pooled figure is not published with an interval of NaN but withheld, and says why."""
    draws = [estimate(df, seed=1) for df in (
        pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "n": [60, 40, 20]}),
        pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "n": [70, 45, 18]}),
        pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "n": [65, 42, 19]}),
    )]
    draws[0] = dataclasses.replace(draws[0], lower=None, upper=None)
    pooled = pool(draws, 0.95)
    assert pooled.refusals and pooled.refusals[0].code == "draws_without_interval"
    assert "1 of 3 linkage draws" in pooled.refusals[0].message
    whole = pool(draws[1:], 0.95)
    assert not whole.refusals and whole.lower is not None and math.isfinite(whole.lower)
