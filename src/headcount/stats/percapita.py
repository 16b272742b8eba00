"""Deaths per 100,000 men aged 16–61.5 of a region (census 2021).

The denominators are ``men_16_61`` of :func:`headcount.reference.regions`: men
aged 16–61.5 by region in the Russian census of 2021, as published with the
replication data of Bessudnov (2023) (see ``reference/data/README.md``). Rows
whose region is unknown, or has no census count (the occupied territories
other than Crimea and Sevastopol), get no rate. The interval is the Wilson
score interval with continuity correction, which is what R's ``prop.test``
(the paper's method) reports.
"""

from __future__ import annotations

import math

import pandas as pd

from headcount.stats.frame import StatsError
from headcount.stats.places import find_region

PER = 100_000
CENSUS = (
    "men aged 16–61.5 by region, Russian census 2021 (replication data of Bessudnov 2023, "
    "census2021_nMen16-615.csv)"
)


def wilson_cc(x: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval with continuity correction for ``x`` of ``n`` (Newcombe 1998)."""
    if n <= 0:
        raise ValueError("n must be positive")
    p = x / n
    z2 = z * z
    denom = 2 * (n + z2)
    lower = 0.0
    if x > 0:
        lower = 2 * n * p + z2 - 1 - z * math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))
        lower = max(0.0, lower / denom)
    upper = 1.0
    if x < n:
        upper = 2 * n * p + z2 + 1 + z * math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))
        upper = min(1.0, upper / denom)
    return lower, upper


def per_capita(counts: pd.DataFrame, column: str = "total") -> pd.DataFrame:
    """Add ``men_16_61``, ``per_100k`` (of ``column``), its interval and ``confirmed_per_100k``.

    ``counts``: a table of :func:`headcount.stats.count_by` with a ``region``
    column. Sorted by rate, highest first; rows without a rate last.
    """
    if "region" not in counts:
        raise StatsError("per-capita rates need --by region")
    men = [(r.men_16_61 if (r := find_region(v)) else None) for v in counts["region"]]
    out = counts.copy()
    out["men_16_61"] = pd.array(men, dtype="Int64")
    rate: list[float | None] = []
    low: list[float | None] = []
    high: list[float | None] = []
    conf: list[float | None] = []
    for x, c, n in zip(out[column], out["confirmed"], men, strict=True):
        if not n:
            rate.append(None)
            low.append(None)
            high.append(None)
            conf.append(None)
            continue
        lo, hi = wilson_cc(int(x), int(n))
        rate.append(x / n * PER)
        low.append(lo * PER)
        high.append(hi * PER)
        conf.append(c / n * PER)
    out["per_100k"] = pd.array(rate, dtype="Float64")
    out["per_100k_low"] = pd.array(low, dtype="Float64")
    out["per_100k_high"] = pd.array(high, dtype="Float64")
    out["confirmed_per_100k"] = pd.array(conf, dtype="Float64")
    out = out.sort_values("per_100k", ascending=False, na_position="last", kind="stable")
    return out.reset_index(drop=True)
