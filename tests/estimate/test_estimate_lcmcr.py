"""Bayesian latent-class capture-recapture."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import (
    CaptureTable,
    effective_sample_size,
    estimate,
    lcmcr_sample,
    split_rhat,
)


def simulate(n: int, seed: int) -> CaptureTable:
    """Two latent classes, four lists, heterogeneous capture probabilities."""
    rng = np.random.default_rng(seed)
    probs = np.array([[0.5, 0.4, 0.6, 0.3], [0.1, 0.15, 0.05, 0.2]])
    cls = rng.random(n) < 0.4
    p = np.where(cls[:, None], probs[0], probs[1])
    x = rng.random((n, 4)) < p
    cells = (x * (1 << np.arange(4))).sum(1)
    counts = np.bincount(cells, minlength=16)
    counts[0] = 0
    return CaptureTable(("A", "B", "C", "D"), counts)


def test_lcmcr_recovers_n_on_simulated_data() -> None:
    tab = simulate(2000, seed=11)
    res = estimate(tab, "lcmcr", samples=400, burn_in=1500, thin=5, max_classes=6, seed=5)
    assert res.method == "lcmcr"
    assert res.lower is not None and res.upper is not None
    assert res.lower <= 2000 <= res.upper
    assert abs(res.estimate - 2000) / 2000 < 0.15
    assert res.samples is not None and res.samples.size == 400 * res.diagnostics["chains"]
    assert res.lower >= res.observed
    assert res.diagnostics["effective_sample_size"] > 5


def test_lcmcr_is_seeded() -> None:
    tab = simulate(800, seed=2)
    a = lcmcr_sample(tab, samples=50, burn_in=100, thin=2, max_classes=4, seed=9)
    b = lcmcr_sample(tab, samples=50, burn_in=100, thin=2, max_classes=4, seed=9)
    assert np.array_equal(a.N, b.N)
    assert (tab.observed <= a.N).all()


def test_lcmcr_on_dataframe_input() -> None:
    df = pd.DataFrame(
        {
            "A": [1, 0, 0, 1, 1, 0, 1],
            "B": [0, 1, 0, 1, 0, 1, 1],
            "C": [0, 0, 1, 0, 1, 1, 1],
            "Freq": [120.0, 90.0, 70.0, 30.0, 25.0, 20.0, 8.0],
        }
    )
    res = estimate(df, "lcmcr", samples=100, burn_in=200, thin=2, seed=1)
    assert res.observed == 363
    assert res.estimate >= 363


def test_ess_and_rhat() -> None:
    rng = np.random.default_rng(0)
    iid = rng.normal(size=4000)
    assert effective_sample_size(iid) == pytest.approx(4000, rel=0.15)
    ar = np.zeros(4000)
    for t in range(1, 4000):
        ar[t] = 0.9 * ar[t - 1] + rng.normal()
    # AR(1) with phi = 0.9: ESS ~ n (1 - phi) / (1 + phi) = 210
    assert 120 < effective_sample_size(ar) < 350
    assert split_rhat(iid) == pytest.approx(1.0, abs=0.02)
    drift = np.concatenate([np.zeros(500), np.ones(500)]) + rng.normal(0, 0.1, 1000)
    assert split_rhat(drift) > 1.5


def test_lcmcr_single_class_matches_exact_posterior() -> None:
    """With one class the posterior of N is one-dimensional and can be computed exactly.

    p(N | data) ∝ (1/N) N! / (N - n)! Π_j B(1 + y_j, 1 + N - y_j), where y_j is the number
    of people on list j. This checks the negative-binomial draw of the unobserved cell
    (its parametrisation and the 1/N prior) and the λ update with the augmented people.
    """
    from scipy.special import betaln, gammaln

    from headcount.estimate.lcmcr import _Sampler

    rng = np.random.default_rng(3)
    x = rng.random((600, 4)) < np.array([0.2, 0.3, 0.15, 0.25])
    cells = (x * (1 << np.arange(4))).sum(1)
    counts = np.bincount(cells, minlength=16)
    counts[0] = 0
    tab = CaptureTable(("A", "B", "C", "D"), counts)
    n = int(counts.sum())
    y = x[x.any(1)].sum(0)
    grid = np.arange(n, 6 * n)
    lp = -np.log(grid) + gammaln(grid + 1) - gammaln(grid - n + 1)
    lp = lp + sum(betaln(1 + yj, 1 + grid - yj) for yj in y)
    p = np.exp(lp - lp.max())
    p /= p.sum()
    exact_mean = float((grid * p).sum())
    exact_sd = float(np.sqrt((grid**2 * p).sum() - exact_mean**2))
    exact_q = grid[np.searchsorted(np.cumsum(p), [0.1, 0.5, 0.9])]

    s = _Sampler(tab, 1, 0.25, 0.25, np.random.default_rng(1))
    draws = np.empty(20000)
    for _ in range(200):
        s.sweep()
    for i in range(draws.size):
        s.sweep()
        draws[i] = s.n + s.n0
    # the chain for N is close to independent with one class; allow 4 Monte Carlo SEs
    se = exact_sd / np.sqrt(draws.size / 5)
    assert abs(draws.mean() - exact_mean) < 4 * se
    assert draws.std() == pytest.approx(exact_sd, rel=0.08)
    assert np.allclose(np.quantile(draws, [0.1, 0.5, 0.9]), exact_q, rtol=0.01)


def test_lcmcr_covers_n_when_most_people_are_hard_to_reach() -> None:
    """Identified two-class, five-list population where 80% are rarely listed."""
    rng = np.random.default_rng(21)
    probs = np.array([[0.1, 0.15, 0.1, 0.2, 0.12], [0.6, 0.5, 0.7, 0.55, 0.5]])
    cls = (rng.random(2000) < 0.2).astype(int)
    x = rng.random((2000, 5)) < probs[cls]
    cells = (x * (1 << np.arange(5))).sum(1)
    counts = np.bincount(cells, minlength=32)
    counts[0] = 0
    tab = CaptureTable(tuple("ABCDE"), counts)
    res = estimate(tab, "lcmcr", samples=500, burn_in=2000, thin=5, seed=3)
    assert res.lower is not None and res.upper is not None
    assert res.lower <= 2000 <= res.upper
    assert abs(res.estimate - 2000) / 2000 < 0.1
