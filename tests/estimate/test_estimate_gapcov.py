"""A list read as a gap-filler while captures depend on a covariate: the interval holds
both readings (headline.both_readings)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import headline
from headcount.estimate.covariates import covariate_estimate
from headcount.estimate.headline import HeadlineConfig, both_readings, run_config, run_table
from headcount.estimate.linkage import pool
from headcount.estimate.plot import _two_models, plot_distribution
from headcount.estimate.result import EstimateResult

LISTS = ("A", "B", "C", "D")
COUNT = "count"


def result(estimate: float, lower: float | None, upper: float | None,
           samples: np.ndarray | None = None) -> EstimateResult:
    return EstimateResult(method="loglinear", estimate=estimate, lower=lower, upper=upper,
                          level=0.95, interval_method="percentile bootstrap", observed=200,
                          lists=LISTS, samples=samples,
                          diagnostics={"covariates": ["channel"]})


@pytest.mark.parametrize(("plain", "adjusted", "expected"), [
    ((240, 220, 260), (280, 250, 300), (220, 300)),  # the covariate reading above
    ((310, 280, 330), (290, 262, 321), (262, 330)),  # ... or below
    ((251, 231, 287), (270, 228, 305), (228, 305)),  # ... or wider on both sides
])
def test_interval_holds_both_readings_and_keeps_the_figure(
        plain: tuple[float, float, float], adjusted: tuple[float, float, float],
        expected: tuple[float, float]) -> None:
    res = both_readings(result(*plain, samples=np.full(5, plain[0])),
                        result(*adjusted, samples=np.full(7, adjusted[0])))
    assert res.estimate == plain[0]
    assert (res.lower, res.upper) == expected
    assert "covariate-adjusted" in res.interval_method
    assert res.diagnostics["covariate_reading"]["estimate"] == adjusted[0]
    assert res.samples is not None and res.samples.size == 12


def test_a_covariate_interval_inside_the_plain_one_changes_nothing() -> None:
    res = both_readings(result(260, 230, 300), result(265, 240, 290))
    assert (res.lower, res.upper) == (230, 300)
    assert res.interval_method == "percentile bootstrap"


def test_no_covariate_interval_leaves_the_plain_one() -> None:
    res = both_readings(result(260, 230, 300), result(320, None, None))
    assert (res.lower, res.upper) == (230, 300)
    assert "covariate_reading" not in res.diagnostics


def population(seed: int, covariate: str, size: int = 1200, levels: int = 10,
               sd: float = 0.9) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every list's logit shifted by the level of ``covariate`` (sd ``sd``)."""
    rng = np.random.default_rng(seed)
    level = rng.integers(0, levels, size)
    effect = rng.normal(0, sd, levels)
    logit = np.log(np.array([0.35, 0.4, 0.3, 0.45]) / np.array([0.65, 0.6, 0.7, 0.55]))
    p = 1 / (1 + np.exp(-(logit[None, :] + effect[level][:, None])))
    caught = rng.random((size, len(LISTS))) < p
    seen = caught.any(axis=1)
    frame = pd.DataFrame(caught[seen].astype(int), columns=list(LISTS))
    frame[covariate] = [f"L{x}" for x in level[seen]]
    long = frame.groupby([covariate, *LISTS]).size().rename(COUNT).reset_index()
    table = frame.groupby(list(LISTS)).size().rename(COUNT).reset_index()
    return table, long


@pytest.mark.parametrize(("seed", "covariate"), [(3, "channel"), (11, "region")])
def test_gap_filler_veto_widens_to_the_covariate_model(
        monkeypatch: pytest.MonkeyPatch, seed: int, covariate: str) -> None:
    table, long = population(seed, covariate)
    config = HeadlineConfig(statuses=(), bootstrap=20, seed=seed, covariates=(covariate,))
    adjusted = covariate_estimate(long, LISTS, covariates=(covariate,), bootstrap_samples=20,
                                  seed=seed)
    assert adjusted is not None and adjusted.lower is not None and adjusted.upper is not None
    plain = run_config(table, config)
    # no gap-filler: the covariate model is the figure
    monkeypatch.setattr(headline, "gap_filled", lambda res: False)
    alone = run_table(table, config, covariates=long)
    assert alone.estimate == pytest.approx(adjusted.estimate)
    # a gap-filler left out in enough replicates: the plain figure, both intervals
    monkeypatch.setattr(headline, "gap_filled", lambda res: True)
    vetoed = run_table(table, config, covariates=long)
    assert vetoed.estimate == pytest.approx(plain.estimate)
    assert vetoed.lower is not None and vetoed.upper is not None
    assert plain.lower is not None and plain.upper is not None
    assert vetoed.lower <= min(plain.lower, adjusted.lower) + 1e-9
    assert vetoed.upper >= max(plain.upper, adjusted.upper) - 1e-9


def widened_draw(plain: tuple[float, float, float],
                 adjusted: tuple[float, float, float]) -> EstimateResult:
    return both_readings(result(*plain, samples=np.full(5, plain[0])),
                         result(*adjusted, samples=np.full(7, adjusted[0])))


def test_one_reading_records_both_models_samples() -> None:
    res = widened_draw((240, 220, 260), (280, 250, 300))
    reading = res.diagnostics["covariate_reading"]
    assert reading["widened"] and reading["samples"] == {"plain": 5, "covariate": 7}
    assert reading["interval_method"] == "percentile bootstrap"


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0)])
def test_pooled_draws_keep_the_reading_and_count_widened_draws(
        order: tuple[int, int, int]) -> None:
    draws = [widened_draw((240, 220, 260), (280, 250, 300)),  # widened
             widened_draw((260, 230, 300), (265, 240, 290)),  # read, inside: not widened
             result(250, 225, 280, samples=np.full(5, 250.0))]  # no covariate reading
    pooled = pool([draws[i] for i in order], 0.95)
    reading = pooled.diagnostics["covariate_reading"]
    assert reading["draws_widened"] == 1 and reading["draws_read"] == 2
    assert reading["draws"] == 3 and len(reading["readings"]) == 3
    assert reading["estimate"] in (280, 265)
    assert reading["samples"] == {"plain": 15, "covariate": 7}
    # said whichever draw was widened, without claiming the union of the intervals
    assert "in 1 of 3 draws" in pooled.interval_method
    assert "not the union" in pooled.interval_method
    assert pooled.interval_method.count("widened") == 1


def test_pooled_draws_without_widening_say_nothing_of_it() -> None:
    draws = [widened_draw((260, 230, 300), (265, 240, 290)),
             result(250, 225, 280, samples=np.full(5, 250.0))]
    pooled = pool(draws, 0.95)
    assert "widened" not in pooled.interval_method
    assert pooled.diagnostics["covariate_reading"]["draws_widened"] == 0
    assert "samples" not in pooled.diagnostics["covariate_reading"]
    plain = pool([result(250, 225, 280, samples=np.full(5, 250.0))] * 2, 0.95)
    assert "covariate_reading" not in plain.diagnostics


def test_pooled_by_rubin_says_each_draw_was_widened() -> None:
    draws = [both_readings(result(240, 220, 260), result(280, 250, 300)),
             both_readings(result(245, 222, 262), result(282, 251, 305))]
    pooled = pool(draws, 0.95)
    assert pooled.interval_method.startswith("Rubin's rules over 2 linkage draws "
                                             "(percentile bootstrap)")
    assert "in 2 of 2 draws" in pooled.interval_method
    assert "not the union" not in pooled.interval_method


def test_the_plot_names_both_models(tmp_path: Path) -> None:
    pooled = pool([widened_draw((240, 220, 260), (280, 250, 300))] * 2, 0.95)
    assert _two_models(pooled) == (10, 14)
    assert _two_models(widened_draw((240, 220, 260), (280, 250, 300))) == (5, 7)
    assert _two_models(result(250, 225, 280, samples=np.full(5, 250.0))) is None
    assert plot_distribution(pooled, tmp_path / "n.png").exists()


# ------------------------------------------------ the mirror: the covariate model the figure


def gapped(estimate: float, lower: float, upper: float, weight: float,
           samples: np.ndarray | None = None) -> EstimateResult:
    res = result(estimate, lower, upper, samples=samples)
    res.diagnostics = {"gap_filler": {"weight": weight}}
    return res


@pytest.mark.parametrize(("adjusted", "plain", "expected"), [
    ((356, 307, 424), (353, 289, 396), (289, 424)),  # the plain reading below
    ((300, 270, 330), (340, 290, 380), (270, 380)),  # ... or above
])
def test_a_gap_filler_in_a_few_replicates_widens_the_covariate_interval(
        adjusted: tuple[float, float, float], plain: tuple[float, float, float],
        expected: tuple[float, float]) -> None:
    res = headline.gap_reading(result(*adjusted, samples=np.full(7, adjusted[0])),
                               gapped(*plain, weight=0.1, samples=np.full(5, plain[0])))
    assert res.estimate == adjusted[0]  # the covariate model stays the figure
    assert (res.lower, res.upper) == expected
    assert "gap-filler in 10%" in res.interval_method
    reading = res.diagnostics["gap_reading"]
    assert reading["widened"] and reading["estimate"] == plain[0]
    assert reading["without"] == [adjusted[1], adjusted[2]]
    assert res.samples is not None and res.samples.size == 12
    assert _two_models(res) == (5, 7)  # the plot says both models are in it


def test_a_plain_interval_inside_the_covariate_one_changes_nothing() -> None:
    res = headline.gap_reading(result(300, 260, 350), gapped(310, 280, 340, weight=0.2))
    assert (res.lower, res.upper) == (260, 350)
    assert res.interval_method == "percentile bootstrap"
    assert not res.diagnostics["gap_reading"]["widened"]


@pytest.mark.parametrize(("weight", "widened"),
                         [(0.0, False), (0.05, False), (0.1, True), (0.2, True), (0.3, False)])
def test_which_reading_run_table_publishes(monkeypatch: pytest.MonkeyPatch, weight: float,
                                           widened: bool) -> None:
    """A gap-filler in under GAP_READING of the replicates: the covariate model as it is;
    from GAP_READING to under GAP_WEIGHT: the covariate model widened; at GAP_WEIGHT or
    more: the plain figure."""
    table, long = population(3, "channel")
    config = HeadlineConfig(statuses=(), bootstrap=20, seed=3, covariates=("channel",))
    adjusted = covariate_estimate(long, LISTS, covariates=("channel",), bootstrap_samples=20,
                                  seed=3)
    assert adjusted is not None
    plain = run_config(table, config)
    # the plain model's interval set far below, so that holding it must widen
    shifted = (plain.lower or 0) / 2

    def fake_run_config(t: pd.DataFrame, c: HeadlineConfig) -> EstimateResult:
        res = run_config(t, c)
        res.lower = shifted
        res.diagnostics["gap_filler"] = {"weight": weight} if weight else None
        return res

    monkeypatch.setattr(headline, "run_config", fake_run_config)
    got = run_table(table, config, covariates=long)
    if weight >= headline.GAP_WEIGHT:
        assert got.estimate == pytest.approx(plain.estimate)
        return
    assert got.estimate == pytest.approx(adjusted.estimate)
    assert (got.lower == pytest.approx(shifted)) is widened
    assert ("gap_reading" in got.diagnostics) is widened


def test_pooled_draws_say_a_covariate_interval_was_widened() -> None:
    draws = [headline.gap_reading(result(300, 270, 330, samples=np.full(5, 300.0)),
                                  gapped(340, 290, 380, 0.1, samples=np.full(5, 340.0))),
             result(305, 275, 335, samples=np.full(5, 305.0))]
    pooled = pool(draws, 0.95)
    assert pooled.diagnostics["gap_readings"] == 1
    assert "in 1 of 2 draws the covariate-adjusted model's interval was widened" in \
        pooled.interval_method
    assert "gap_readings" not in pool([draws[1]] * 2, 0.95).diagnostics
