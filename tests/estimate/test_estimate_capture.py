"""Reading and validating capture-history tables."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from headcount.estimate import CaptureTable, EstimationError, from_frame, read_capture_csv


def write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    p = tmp_path / name
    p.write_text(text)
    return p


@pytest.mark.parametrize("count_name", ["count", "Freq", "Frequency", "n", "N", "weight"])
def test_count_column_detected_by_name(tmp_path: Path, count_name: str) -> None:
    p = write(tmp_path, f"A,B,{count_name}\n1,0,5\n0,1,7\n1,1,2\n")
    t = read_capture_csv(p)
    assert t.lists == ("A", "B")
    assert t.counts.tolist() == [0, 5, 7, 2]


def test_count_column_detected_by_values_and_float_format(tmp_path: Path) -> None:
    p = write(tmp_path, "x,y,z,howmany\n1.0,0.0,0.0,1131.0\n0.0,1.0,1.0,12.0\n")
    t = read_capture_csv(p)
    assert t.lists == ("x", "y", "z")
    assert t.counts[1] == 1131 and t.counts[0b110] == 12
    assert t.observed == 1143


def test_absent_patterns_are_zero() -> None:
    t = from_frame(pd.DataFrame({"A": [1], "B": [1], "C": [0], "count": [4]}))
    assert t.counts.sum() == 4
    assert t.counts[0b011] == 4
    assert (np.delete(t.counts, 3) == 0).all()


def test_all_zero_row_with_zero_count_is_ignored() -> None:
    t = from_frame(pd.DataFrame({"A": [0, 1], "B": [0, 1], "count": [0, 3]}))
    assert t.observed == 3


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("A,count\n1,5\n", "at least two list"),
        ("A,B,count\n1,2,5\n0,1,3\n", "row 1 (line 2), column 'B': expected 0 or 1"),
        ("A,B,count\n1,0,5\n0,1,-3\n", "row 2 (line 3), column 'count': negative count"),
        ("A,B,count\n1,0,5\n0,1,2.5\n", "row 2 (line 3), column 'count': fractional count"),
        ("A,B,count\n1,0,5\n0,1,\n", "count is missing"),
        ("A,B,count\n1,0,5\n1,0,3\n", "duplicates row 1"),
        ("A,B,count\n0,0,5\n1,1,3\n", "all-zero pattern"),
        ("A,B,count\n1,0,0\n0,1,0\n", "all counts are zero"),
    ],
)
def test_bad_input_is_a_clear_error(tmp_path: Path, text: str, needle: str) -> None:
    p = write(tmp_path, text, "bad.csv")
    with pytest.raises(EstimationError) as ei:
        read_capture_csv(p)
    msg = str(ei.value)
    assert needle in msg
    assert "bad.csv" in msg


def test_missing_file() -> None:
    with pytest.raises(EstimationError, match="no such file"):
        read_capture_csv("does-not-exist.csv")


def test_estimation_error_is_value_error() -> None:
    assert issubclass(EstimationError, ValueError)


def test_pair_overlaps_and_totals() -> None:
    counts = np.zeros(8, dtype=np.int64)
    counts[[1, 2, 4, 3, 7]] = [10, 20, 30, 5, 2]
    t = CaptureTable(("A", "B", "C"), counts)
    assert t.list_totals() == {"A": 17, "B": 27, "C": 32}
    assert t.pair_overlaps()[("A", "B")] == 7
    assert t.pair_overlaps()[("B", "C")] == 2
    assert t.multiply_listed() == 7
    back = t.to_frame()
    assert from_frame(back).counts.tolist() == counts.tolist()
