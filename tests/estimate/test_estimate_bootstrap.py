"""Bootstrap intervals with the model search repeated."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import (
    EstimationError,
    bca_interval,
    estimate,
    from_frame,
    percentile_interval,
    read_capture_csv,
)
from headcount.estimate.bootstrap import quantile8, resample_counts

THREE = pd.DataFrame(
    {
        "A": [1, 0, 0, 1, 1, 0, 1],
        "B": [0, 1, 0, 1, 0, 1, 1],
        "C": [0, 0, 1, 0, 1, 1, 1],
        "count": [120, 90, 70, 30, 25, 20, 8],
    }
)


def test_quantile_type8_matches_r() -> None:
    # R: quantile(1:10, c(0.1, 0.5, 0.975), type = 8) -> 1.366667 5.500000 10.000000
    q = quantile8(np.arange(1, 11, dtype=float), np.array([0.1, 0.5, 0.975]))
    assert q == pytest.approx([1.3666667, 5.5, 10.0], rel=1e-6)


def test_bca_reduces_to_percentile_without_bias_or_acceleration() -> None:
    reps = np.linspace(0, 1, 1001)
    lo, hi, z0 = bca_interval(reps, 0.5, 0.0, 0.9)
    plo, phi = percentile_interval(reps, 0.9)
    assert z0 == pytest.approx(0.0, abs=5e-3)
    assert lo == pytest.approx(plo, abs=2e-3)
    assert hi == pytest.approx(phi, abs=2e-3)


def test_resampling_keeps_total_and_support() -> None:
    tab = from_frame(THREE)
    rows = resample_counts(tab, 50, np.random.default_rng(1))
    assert rows.shape == (50, 8)
    assert (rows.sum(1) == tab.observed).all()
    assert (rows[:, 0] == 0).all()


def test_bootstrap_is_reproducible_and_brackets_estimate() -> None:
    kw = {"criterion": "bic", "bootstrap_samples": 100, "seed": 7}
    a = estimate(THREE, interval="bca", **kw)
    b = estimate(THREE, interval="bca", **kw)
    assert a.lower == b.lower and a.upper == b.upper
    assert a.lower is not None and a.upper is not None
    assert a.lower < a.estimate < a.upper
    assert a.samples is not None and a.samples.size == 100
    assert "BCa" in a.interval_method
    p = estimate(THREE, interval="percentile", **kw)
    assert p.samples is not None
    assert np.array_equal(p.samples, a.samples)  # same seed, same replicates
    c = estimate(THREE, interval="bca", criterion="bic", bootstrap_samples=100, seed=8)
    assert c.lower != a.lower


def test_parametric_bootstrap_runs() -> None:
    r = estimate(THREE, bootstrap_samples=60, seed=1, resample="model", interval="percentile")
    assert r.lower is not None and r.upper is not None
    assert r.lower < r.estimate < r.upper
    assert "parametric" in r.interval_method


def test_too_few_replicates() -> None:
    with pytest.raises(EstimationError):
        estimate(THREE, bootstrap_samples=3)


def test_kosovo_bca_close_to_published(shared_data: Path) -> None:
    # Silverman, Chan & Vincent (2024), Table 6: max order 2, [12,525, 16,477].
    # 200 replicates here to stay fast (the bench runs 1,000); allow 10 %.
    tab = read_capture_csv(shared_data / "Kosovo.csv")
    r = estimate(tab, criterion="bic", max_order=2, bootstrap_samples=200, seed=1234)
    assert r.lower == pytest.approx(12525, rel=0.10)
    assert r.upper == pytest.approx(16477, rel=0.10)


def test_two_processes_give_the_bootstrap_of_one() -> None:
    # the parallel path pickles the estimator into spawned processes: same seed, same
    # replicates, same interval as in one process
    one = estimate(THREE, "loglinear", bootstrap_samples=40, seed=3)
    two = estimate(THREE, "loglinear", bootstrap_samples=40, seed=3, workers=2)
    assert one.interval_method == two.interval_method
    assert two.estimate == pytest.approx(one.estimate)
    assert (two.lower, two.upper) == pytest.approx((one.lower, one.upper))
    assert one.lower < one.estimate < one.upper


def _independent_table(rng: np.random.Generator, people: int,
                       p: tuple[float, ...]) -> pd.DataFrame:
    """Three lists naming each of ``people`` independently with chances ``p``."""
    caps = rng.random((people, len(p))) < np.array(p)
    seen = pd.DataFrame(caps[caps.any(axis=1)].astype(int), columns=["A", "B", "C"])
    return seen.value_counts().rename("count").reset_index()


def test_population_resampling_varies_the_number_seen() -> None:
    tab = from_frame(THREE)
    total = tab.observed * 1.25
    rows = resample_counts(tab, 400, np.random.default_rng(3), kind="population",
                           total=total)
    seen = rows.sum(axis=1)
    assert (rows[:, 0] == 0).all()
    assert seen.std() > 5  # Binomial(454, 0.8): sd 8.5; the observed scheme: 0
    assert abs(seen.mean() - tab.observed) < 3
    shares = rows[:, 1:].sum(axis=0) / seen.sum()
    assert shares == pytest.approx(tab.counts[1:] / tab.observed, abs=0.01)
    # a population estimated below the number seen is the number seen
    low = resample_counts(tab, 5, np.random.default_rng(3), kind="population", total=10)
    assert (low.sum(axis=1) == tab.observed).all()
    with pytest.raises(EstimationError, match="estimated size"):
        resample_counts(tab, 5, np.random.default_rng(3), kind="population")


@pytest.mark.parametrize("chances", [(0.6, 0.7, 0.8), (0.3, 0.4, 0.5)])
def test_resampling_the_population_covers_where_the_observed_cells_do_not(
        chances: tuple[float, ...]) -> None:
    # the right model (independence) on populations of 150 with three independent lists:
    # resampling the observed cells keeps the number seen fixed, so its interval leaves
    # out how that number varies between populations and misses the truth too often —
    # most of all when few are unseen and the lower bound sits above the count seen
    rng = np.random.default_rng(11)
    cover = {"observed": 0, "population": 0}
    trials = 40
    for i in range(trials):
        df = _independent_table(rng, 150, chances)
        for kind in cover:
            r = estimate(df, "loglinear", criterion="independence", bootstrap_samples=100,
                         seed=i, interval="percentile", resample=kind)
            assert r.lower is not None and r.upper is not None
            assert r.lower >= r.observed
            cover[kind] += r.lower <= 150 <= r.upper
    assert cover["population"] >= 0.85 * trials  # 0.90 and 0.94 over 300 populations
    assert cover["observed"] < cover["population"]


def test_unknown_resampling_scheme_is_an_error() -> None:
    with pytest.raises(EstimationError, match="unknown resampling scheme 'people'"):
        estimate(THREE, bootstrap_samples=20, resample="people")
