"""Two-list estimation: Lincoln-Petersen with Chapman's correction.

Point estimate (Chapman 1951): ``N = (n1 + 1)(n2 + 1) / (m + 1) - 1``.
Variance (Seber 1970): ``(n1 + 1)(n2 + 1)(n1 - m)(n2 - m) / ((m + 1)^2 (m + 2))``.
Interval: Chao's (1987) log-normal interval for the undocumented figure
``f0 = N - n_obs``: ``[n_obs + f0 / C, n_obs + f0 * C]`` with
``C = exp(z * sqrt(log(1 + var / f0^2)))``. Unlike the symmetric normal interval it
never goes below the number observed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy.stats import norm

from headcount.estimate.capture import CaptureTable
from headcount.estimate.errors import EstimationError


@dataclass(frozen=True)
class ChapmanFit:
    n1: int
    n2: int
    m: int
    observed: int
    estimate: float
    lincoln_petersen: float
    variance: float
    lower: float
    upper: float


def chapman_fit(table: CaptureTable, level: float = 0.95) -> ChapmanFit:
    """Chapman estimate and Chao log-normal interval from a two-list table."""
    where = f"{table.source}: " if table.source else ""
    if table.k != 2:
        raise EstimationError(
            f"{where}Lincoln-Petersen/Chapman needs exactly two lists, got {table.k} "
            "(use --method loglinear or lcmcr)"
        )
    c = table.counts
    n1 = int(c[1] + c[3])
    n2 = int(c[2] + c[3])
    m = int(c[3])
    if m == 0:
        raise EstimationError(
            f"{where}the estimate does not exist: no one appears on both lists "
            f"({table.lists[0]}: {n1}, {table.lists[1]}: {n2}, overlap 0)"
        )
    nobs = n1 + n2 - m
    est = (n1 + 1) * (n2 + 1) / (m + 1) - 1
    lp = n1 * n2 / m
    var = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
    f0 = est - nobs
    z = float(norm.ppf(0.5 + level / 2))
    if f0 <= 0 or var <= 0:
        lo = hi = float(max(est, nobs))
    else:
        cc = math.exp(z * math.sqrt(math.log(1 + var / f0**2)))
        lo, hi = nobs + f0 / cc, nobs + f0 * cc
    return ChapmanFit(n1, n2, m, nobs, est, lp, var, lo, hi)
