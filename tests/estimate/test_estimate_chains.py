"""Several LCMCR chains: derived seeds, between-chain R-hat and ESS, refusal when they
disagree; more than 15 lists for LCMCR."""

from __future__ import annotations

import numpy as np
import pytest

from headcount.estimate import CaptureTable, estimate
from headcount.estimate.api import default_method
from headcount.estimate.errors import EstimationError
from headcount.estimate.estimability import chains_reason
from headcount.estimate.lcmcr import bulk_ess, chain_seeds, lcmcr_chains, rank_rhat


def table(k: int, n: int, p: float, seed: int) -> CaptureTable:
    rng = np.random.default_rng(seed)
    x = rng.random((n, k)) < p
    cells = (x * (1 << np.arange(k))).sum(1)
    counts = np.bincount(cells, minlength=2**k)
    counts[0] = 0
    return CaptureTable(tuple(f"L{i}" for i in range(k)), counts)


def test_chain_seeds_are_derived_distinct_and_reproducible() -> None:
    seeds = chain_seeds(5, 4)
    assert len(set(seeds)) == 4
    assert seeds == chain_seeds(5, 4)
    assert seeds != chain_seeds(6, 4)


def test_rhat_is_one_for_agreeing_chains_and_large_for_separate_modes() -> None:
    rng = np.random.default_rng(0)
    same = rng.normal(100, 5, size=(4, 500))
    assert rank_rhat(same) < 1.01
    apart = same + np.array([0, 0, 40, 40])[:, None]  # two chains sit in another mode
    assert rank_rhat(apart) > 1.5
    assert chains_reason(rank_rhat(apart), list(np.median(apart, axis=1))) is not None
    assert chains_reason(rank_rhat(same), list(np.median(same, axis=1))) is None


def test_bulk_ess_falls_with_autocorrelation() -> None:
    rng = np.random.default_rng(1)
    iid = rng.normal(size=(4, 1000))
    assert bulk_ess(iid) > 2500
    walk = np.cumsum(rng.normal(size=(4, 1000)), axis=1) * 0.05 + rng.normal(size=(4, 1000))
    assert bulk_ess(walk) < 0.5 * bulk_ess(iid)


def test_four_chains_by_default_pooled_and_diagnosed() -> None:
    tab = table(4, 800, 0.35, seed=2)
    res = estimate(tab, "lcmcr", samples=200, burn_in=500, thin=2, seed=3)
    assert res.diagnostics["chains"] == 4
    assert len(res.diagnostics["chain_medians"]) == 4
    assert res.samples is not None and res.samples.size == 800
    assert res.diagnostics["rhat"] < 1.1
    assert res.estimable
    again = estimate(tab, "lcmcr", samples=200, burn_in=500, thin=2, seed=3)
    assert again.estimate == res.estimate


def test_lcmcr_takes_twenty_lists_loglinear_refuses() -> None:
    tab = table(20, 600, 0.12, seed=4)
    assert default_method(20) == "lcmcr"
    runs = lcmcr_chains(tab, chains=2, seed=1, samples=50, burn_in=100, thin=1, max_classes=4)
    assert runs.N.size == 100 and bool(np.all(runs.N - tab.observed >= 0))
    with pytest.raises(EstimationError, match="at most 12 lists"):
        estimate(tab, "loglinear")


def test_too_many_lists_is_a_clear_error() -> None:
    with pytest.raises(EstimationError, match="at most 20 lists"):
        CaptureTable(tuple(f"L{i}" for i in range(21)), np.zeros(2**21, dtype=np.int64))
