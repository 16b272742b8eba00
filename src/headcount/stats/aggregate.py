"""Counting persons: a person table (or the database's counts) in, a table of counts out.

:func:`count_by` gives one row per combination of the ``by`` values (a
cross-table in long form when ``by`` has several dimensions) with
``confirmed``, ``pending`` and ``total`` side by side. Unknown values are
counted under ``unknown``. Regions resolve to their ISO code and citizenship
to its country code (see :mod:`headcount.stats.places`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from headcount.stats.frame import AGE_BANDS, COUNTED_GRADES, StatsError
from headcount.stats.places import country_code, country_label, region_code, region_label

#: ``--by`` dimension -> column of the person table
DIMENSIONS = {
    "month": "month",
    "region": "region",
    "channel": "channel",
    "branch": "branch",
    "citizenship": "citizenship",
    "age": "age_band",
    "rank": "rank",
    "status": "status",
}
UNKNOWN = "unknown"


def columns_for(by: Sequence[str]) -> list[str]:
    """Person-table columns that ``by`` needs."""
    bad = [b for b in by if b not in DIMENSIONS]
    if bad:
        raise StatsError(f"cannot count by {', '.join(bad)}; use {', '.join(DIMENSIONS)}")
    if len(set(by)) != len(by):
        raise StatsError("each --by dimension may be given once")
    return [DIMENSIONS[b] for b in by]


def _normalise(frame: pd.DataFrame, dim: str, col: str) -> pd.Series:
    values = frame[col]
    if dim in ("region", "citizenship"):
        fn = region_code if dim == "region" else country_code
        uniq = {v: fn(v) for v in values.dropna().unique()}
        values = values.map(uniq)
    return values.astype(object).where(values.notna(), UNKNOWN)


def _order(dim: str, values: pd.Series) -> pd.Series:
    if dim == "age":
        rank = {b: i for i, b in enumerate(AGE_BANDS)}
        return values.map(lambda v: rank.get(v, len(rank)))
    if dim == "month":
        return values.map(lambda v: "~" if v == UNKNOWN else v)
    return values


def count_by(table: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Counts of confirmed and pending persons by ``by``.

    ``table``: a person table (one row per person, a ``grade`` column) or the
    long counts of :func:`headcount.stats.frame.count_registry` (with ``n``).
    Returns the ``by`` columns, ``confirmed``, ``pending`` and ``total``; months
    and age bands in order, other dimensions by total, largest first.
    """
    cols = columns_for(by)
    keys = {dim: _normalise(table, dim, col) for dim, col in zip(by, cols, strict=True)}
    n = table["n"] if "n" in table else pd.Series(1, index=table.index)
    long = pd.DataFrame({**keys, "grade": table["grade"], "n": n})
    if long.empty:
        return pd.DataFrame(columns=[*by, *COUNTED_GRADES, "total"])
    wide = (
        long.pivot_table(
            index=list(by) or None, columns="grade", values="n", aggfunc="sum", fill_value=0
        )
        if by
        else long.groupby("grade")["n"].sum().to_frame().T
    )
    for g in COUNTED_GRADES:
        if g not in wide.columns:
            wide[g] = 0
    wide = wide[list(COUNTED_GRADES)].astype("int64")
    wide.columns.name = None
    out = wide.reset_index() if by else wide.reset_index(drop=True)
    out["total"] = out["confirmed"] + out["pending"]
    if by:
        sort_keys: dict[str, Any] = {}
        if by[0] in ("month", "age"):
            sort_keys["_k0"] = _order(by[0], out[by[0]])
        else:
            sort_keys["_k0"] = -out.groupby(by[0])["total"].transform("sum")
        for i, dim in enumerate(by[1:], 1):
            sort_keys[f"_k{i}"] = (
                _order(dim, out[dim]) if dim in ("month", "age") else -out["total"]
            )
        out = out.assign(**sort_keys).sort_values([*sort_keys, *by]).drop(columns=list(sort_keys))
    return out.reset_index(drop=True)


def with_labels(counts: pd.DataFrame) -> pd.DataFrame:
    """``region_name`` / ``country`` columns beside coded regions and citizenships."""
    out = counts.copy()
    if "region" in out:
        out.insert(
            list(out.columns).index("region") + 1, "region_name", out["region"].map(region_label)
        )
    if "citizenship" in out:
        out.insert(
            list(out.columns).index("citizenship") + 1,
            "country",
            out["citizenship"].map(country_label),
        )
    return out


def age_summary(table: pd.DataFrame) -> dict[str, Any]:
    """Mean and median age of the persons whose age is known, and how many they are."""
    ages = pd.to_numeric(table["age"], errors="coerce").dropna()
    return {
        "persons_with_age": len(ages),
        "mean_age": round(float(ages.mean()), 1) if len(ages) else None,
        "median_age": float(ages.median()) if len(ages) else None,
    }
