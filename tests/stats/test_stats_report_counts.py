"""The report's tables, summed from two passes, equal the counts asked one by one."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from stats_registry import build

from headcount.estimate.errors import EstimationError
from headcount.estimate.registry import COUNT, capture_histories
from headcount.stats import Filter, age_registry, count_by, count_registry, person_table
from headcount.stats.frame import AGE_BANDS, age_band
from headcount.stats.report import DEATHS, Counts


@pytest.fixture
def engine(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    eng = build(tmp_path, url=db_url)  # on SQLite and on PostgreSQL
    yield eng
    eng.dispose()


def rows(df: pd.DataFrame) -> list[tuple[object, ...]]:
    return [tuple(r) for r in df.itertuples(index=False)]


def test_report_counts_equal_the_counts_asked_one_by_one(engine) -> None:  # type: ignore[no-untyped-def]
    counts = Counts.read(engine)
    for by in ([], ["month"], ["region"], ["channel"], ["citizenship"], ["age"], ["status"]):
        cols = ["age_band" if b == "age" else b for b in by]
        for statuses in ((), DEATHS):
            want = count_by(count_registry(engine, cols, Filter(statuses=statuses)), by)
            assert rows(counts.count(by, statuses)) == rows(want), (by, statuses)
    reported = Filter(basis="reported", statuses=DEATHS)
    want = count_by(count_registry(engine, ["month"], reported), ["month"])
    assert rows(counts.count(["month"], DEATHS, reported=True)) == rows(want)
    assert counts.ages(DEATHS) == age_registry(engine, Filter(statuses=DEATHS))


def test_age_bands_counted_by_age_equal_the_sql_bands(engine) -> None:  # type: ignore[no-untyped-def]
    table = person_table(engine, ["age", "age_band"])
    for age, band in zip(table["age"], table["age_band"], strict=True):
        assert age_band(None if pd.isna(age) else int(age)) == band
    edges = {17: "under 18", 18: "18–24", 24: "18–24", 25: "25–29", 59: "55–59", 60: "60 and over"}
    assert {a: age_band(a) for a in edges} == edges
    assert age_band(None) is None and set(map(age_band, range(0, 99))) == set(AGE_BANDS)


def test_capture_patterns_in_sql_equal_those_from_mentions(engine) -> None:  # type: ignore[no-untyped-def]
    """The unstratified table (counted in the database) equals the table counted
    from a row per mention (the stratified path), summed over its strata."""
    for status in ("killed", None):
        fast = capture_histories(engine, status=status)
        assert fast is not None
        by_year = capture_histories(engine, status=status, by=["year"])
        systems = [c for c in fast.columns if c != COUNT]
        slow = by_year.groupby(systems, sort=True)[COUNT].sum().reset_index()
        pd.testing.assert_frame_equal(fast, slow)
    with pytest.raises(EstimationError):
        capture_histories(engine, status="no such status")
