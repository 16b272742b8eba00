"""Coverage from a sample: exact binomial limits widened by possible matches."""

from __future__ import annotations

import pytest
from scipy.stats import binomtest

from headcount.estimate.coverage import clopper_pearson, coverage_from_counts
from headcount.estimate.errors import EstimationError


@pytest.mark.parametrize("k, n", [(0, 10), (3, 10), (10, 10), (45, 60)])
def test_clopper_pearson_agrees_with_scipy(k: int, n: int) -> None:
    ref = binomtest(k, n).proportion_ci(0.95, method="exact")
    lo, hi = clopper_pearson(k, n, 0.95)
    assert lo == pytest.approx(ref.low, abs=1e-9) and hi == pytest.approx(ref.high, abs=1e-9)


def test_total_is_documented_over_coverage_and_possibles_widen_it() -> None:
    sure = coverage_from_counts(100, 80, 0, 80.0, 400)
    assert sure.coverage == 0.8 and sure.estimate == pytest.approx(500)
    assert sure.lower < 500 < sure.upper
    unsure = coverage_from_counts(100, 70, 10, 75.0, 400)
    assert unsure.coverage_lower < sure.coverage_lower
    assert unsure.upper > sure.upper
    assert unsure.lower <= unsure.estimate <= unsure.upper
    assert "70 of 100" in unsure.description


def test_no_match_is_not_estimable() -> None:
    with pytest.raises(EstimationError, match="not estimable"):
        coverage_from_counts(20, 0, 0, 0.0, 100)
    with pytest.raises(EstimationError, match="no rows"):
        coverage_from_counts(0, 0, 0, 0.0, 100)
