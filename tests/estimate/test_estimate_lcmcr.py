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
    assert res.samples is not None and res.samples.size == 400
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
