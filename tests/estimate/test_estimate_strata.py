"""Stratified estimation."""

from __future__ import annotations

import pandas as pd
import pytest

from headcount.estimate import EstimationError, estimate, estimate_strata


def long_table() -> pd.DataFrame:
    rows = []
    for region, scale in [("north", 1), ("south", 2)]:
        for a, b, c, n in [
            (1, 0, 0, 60), (0, 1, 0, 45), (0, 0, 1, 35), (1, 1, 0, 15),
            (1, 0, 1, 12), (0, 1, 1, 10), (1, 1, 1, 4),
        ]:
            rows.append({"region": region, "A": a, "B": b, "C": c, "count": n * scale})
    # a stratum where lists never overlap: the estimate does not exist
    rows += [
        {"region": "west", "A": 1, "B": 0, "C": 0, "count": 5},
        {"region": "west", "A": 0, "B": 1, "C": 0, "count": 4},
        {"region": "west", "A": 0, "B": 0, "C": 1, "count": 3},
    ]
    return pd.DataFrame(rows)


def test_strata_each_and_total() -> None:
    df = long_table()
    df = df[df["region"] != "west"]
    out = estimate_strata(df, ["region"], criterion="independence")
    assert list(out.frame["region"]) == ["north", "south"]
    north = estimate(df[df.region == "north"].drop(columns="region"), criterion="independence")
    assert out.frame.loc[0, "estimate"] == pytest.approx(north.estimate)
    assert out.total["estimate"] == pytest.approx(out.frame["estimate"].sum())
    assert out.total["observed"] == 181 * 3
    assert out.total["lower"] is None  # no draws asked for
    assert out.warnings


def test_strata_total_interval_from_bootstrap() -> None:
    df = long_table()
    df = df[df["region"] != "west"]
    out = estimate_strata(df, ["region"], criterion="bic", bootstrap_samples=50, seed=1,
                          interval="percentile")
    assert out.total["lower"] < out.total["estimate"] < out.total["upper"]


def test_failed_stratum_reported_not_hidden() -> None:
    out = estimate_strata(long_table(), ["region"], criterion="independence")
    west = out.frame[out.frame.region == "west"].iloc[0]
    assert west["error"] and "stratum region=west" in west["error"]
    assert out.total["estimate"] is None
    assert any("incomplete" in w for w in out.warnings)


def test_empty_list_dropped_in_stratum() -> None:
    df = long_table()
    df = df[(df.region == "north") & (df.C == 0)]
    out = estimate_strata(df, ["region"])
    res = out.results[("north",)]
    assert res.lists == ("A", "B")
    assert res.method == "chapman"


def test_bad_stratum_column() -> None:
    with pytest.raises(EstimationError):
        estimate_strata(long_table(), ["nope"])
