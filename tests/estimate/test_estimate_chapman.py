"""Two-list estimation."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from headcount.estimate import EstimationError, chapman_fit, estimate, from_frame


def two_list(n10: int, n01: int, n11: int) -> pd.DataFrame:
    return pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [n10, n01, n11]})


def test_chapman_hand_computed() -> None:
    # n1 = 80, n2 = 60, m = 20: N = 81 * 61 / 21 - 1 = 234.2857...
    res = estimate(two_list(60, 40, 20))
    assert res.method == "chapman"
    assert res.estimate == pytest.approx(81 * 61 / 21 - 1)
    assert res.observed == 120
    assert res.undocumented == pytest.approx(81 * 61 / 21 - 1 - 120)
    var = 81 * 61 * 60 * 40 / (21**2 * 22)
    f0 = res.estimate - 120
    c = math.exp(1.959963984540054 * math.sqrt(math.log(1 + var / f0**2)))
    assert res.lower == pytest.approx(120 + f0 / c)
    assert res.upper == pytest.approx(120 + f0 * c)
    assert res.lower > res.observed  # Chao's interval never goes below what was seen


def test_chapman_fit_fields() -> None:
    f = chapman_fit(from_frame(two_list(60, 40, 20)))
    assert (f.n1, f.n2, f.m) == (80, 60, 20)
    assert f.lincoln_petersen == pytest.approx(240.0)


def test_no_overlap_is_an_error() -> None:
    with pytest.raises(EstimationError, match="does not exist"):
        estimate(two_list(60, 40, 0))


def test_chapman_needs_two_lists() -> None:
    df = pd.DataFrame({"A": [1, 0, 0, 1], "B": [0, 1, 0, 1], "C": [0, 0, 1, 1], "n": [5, 5, 5, 2]})
    with pytest.raises(EstimationError, match="exactly two lists"):
        estimate(df, "chapman")


def test_few_overlaps_warned() -> None:
    res = estimate(two_list(200, 150, 3))
    assert any("both lists" in w for w in res.warnings)


def test_chapman_bootstrap_is_seeded() -> None:
    a = estimate(two_list(60, 40, 20), bootstrap_samples=200, seed=3, interval="percentile")
    b = estimate(two_list(60, 40, 20), bootstrap_samples=200, seed=3, interval="percentile")
    assert a.lower == b.lower and a.upper == b.upper
    assert a.lower is not None and a.upper is not None
    assert a.lower < a.estimate < a.upper
