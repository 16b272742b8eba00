"""'Not estimable from these sources': the reasons, from tables built to trigger each."""

from __future__ import annotations

import numpy as np
import pandas as pd

from headcount.estimate import CaptureTable, estimate
from headcount.estimate.estimability import (
    dependence_reason,
    selection_reason,
    stratum_reasons,
    table_reasons,
)


def three(counts: dict[str, int]) -> CaptureTable:
    arr = np.zeros(8, dtype=np.int64)
    for pattern, n in counts.items():
        arr[sum(int(b) << i for i, b in enumerate(pattern))] = n
    return CaptureTable(("A", "B", "C"), arr)


def test_thin_overlaps_are_refused_and_thick_ones_are_not() -> None:
    thin = three({"100": 300, "010": 250, "001": 200, "110": 3, "011": 2})
    assert [r.code for r in table_reasons(thin)] == ["too_few_overlaps"]
    res = estimate(thin)
    assert not res.estimable and res.refusals[0].code == "too_few_overlaps"
    assert res.to_dict()["not_estimable"][0]["code"] == "too_few_overlaps"
    thick = three({"100": 120, "010": 90, "001": 70, "110": 30, "101": 25, "011": 20,
                   "111": 8})
    assert table_reasons(thick) == []
    assert estimate(thick).estimable


def test_a_stratum_only_one_system_reaches() -> None:
    rows = []
    for region, pats in (("north", {(1, 0): 40, (0, 1): 30, (1, 1): 20}),
                         ("south", {(1, 0): 50}), ("tiny", {(0, 1): 3})):
        for (a, b), n in pats.items():
            rows.append({"region": region, "A": a, "B": b, "count": n})
    reasons = stratum_reasons(pd.DataFrame(rows), "region", ["A", "B"], "count")
    assert [r.code for r in reasons] == ["single_system_stratum"]
    assert "south" in reasons[0].message and "tiny" not in reasons[0].message


def test_dependence_and_selection_thresholds() -> None:
    assert dependence_reason(100.0, 90.0) is None
    assert dependence_reason(1000.0, 90.0) is not None
    assert dependence_reason(10.0, 90.0) is not None
    assert selection_reason(0.9, 1000, 500, 3000) is None  # stable choice
    assert selection_reason(0.2, 1000, 900, 1100) is None  # unstable but narrow
    assert selection_reason(0.2, 1000, 600, 2500) is not None
