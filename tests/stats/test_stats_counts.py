from __future__ import annotations

from pathlib import Path

import pytest
from stats_registry import build

from headcount.stats import (
    Filter,
    StatsError,
    age_registry,
    count_by,
    count_registry,
    per_capita,
    person_table,
    wilson_cc,
)
from headcount.stats.frame import COLUMNS


@pytest.fixture
def engine(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    eng = build(tmp_path, url=db_url)  # on SQLite and on PostgreSQL
    yield eng
    eng.dispose()


def rows(df):  # type: ignore[no-untyped-def]
    return [tuple(r) for r in df.itertuples(index=False)]


def test_counts_by_region_resolve_names_and_exclude_rejected(engine) -> None:  # type: ignore[no-untyped-def]
    counts = count_by(person_table(engine, ["region"]), ["region"])
    assert rows(counts) == [
        ("RU-BU", 1, 2, 3),  # code, English and Russian names fold into one region
        ("RU-TY", 2, 0, 2),  # the rejected p06 is not counted
        ("unknown", 1, 0, 1),
    ]


def test_database_counts_equal_table_counts(engine) -> None:  # type: ignore[no-untyped-def]
    for by in (["region"], ["month", "channel"], ["age", "status"], ["citizenship"], []):
        cols = ["age_band" if b == "age" else b for b in by]
        flt = Filter(basis="reported", date_from="2022-03", date_to="2023-01-31")
        a = count_by(person_table(engine, cols, flt), by)
        b = count_by(count_registry(engine, cols, flt), by)
        assert rows(a) == rows(b), by


def test_cross_table_month_by_channel(engine) -> None:  # type: ignore[no-untyped-def]
    counts = count_by(count_registry(engine, ["month", "channel"]), ["month", "channel"])
    assert rows(counts) == [
        ("2022-03", "contract", 1, 0, 1),
        ("2022-03", "mobilised", 1, 0, 1),
        ("2022-04", "prisoner", 0, 1, 1),
        ("2023-02", "foreign_contract", 1, 0, 1),
        ("unknown", "contract", 0, 1, 1),
        ("unknown", "unknown", 1, 0, 1),
    ]


def test_date_filter_on_death_and_on_reported_date(engine) -> None:  # type: ignore[no-untyped-def]
    flt = Filter(date_from="2022-03-10", date_to="2022-04-30")
    death = count_by(person_table(engine, [], flt), [])
    # p02 died 2022-03-17; p03 "2022-04" is inside at month precision; p01 (03-05) is not
    assert rows(death) == [(1, 1, 2)]
    reported = count_by(
        person_table(engine, [], Filter(basis="reported", date_from="2023-01", date_to="2023-12")),
        [],
    )
    assert rows(reported) == [(1, 1, 2)]  # p04 (missing, reported 2023-01-10) and p05
    with pytest.raises(StatsError):
        Filter(date_from="March 2022")


def test_ages_stated_else_computed(engine) -> None:  # type: ignore[no-untyped-def]
    t = person_table(engine, ["age", "age_band"]).set_index("id")
    assert t.loc["p02", "age"] == 37  # 2022 - 1985: no stated age
    assert t.loc["p05", "age_band"] == "under 18"
    assert t.loc["p04", "age"] is pd_na() or str(t.loc["p04", "age"]) == "<NA>"
    assert age_registry(engine) == {
        "persons_with_age": 5,
        "mean_age": round((32 + 37 + 40 + 17 + 43) / 5, 1),
        "age_bases": {"stated": 4, "birth and death years": 1},
    }


def pd_na():  # type: ignore[no-untyped-def]
    import pandas as pd

    return pd.NA


def test_per_capita_math(engine) -> None:  # type: ignore[no-untyped-def]
    flt = Filter(statuses=("killed", "declared_dead"))
    rates = per_capita(count_by(count_registry(engine, ["region"], flt), ["region"]))
    top = rates.iloc[0]
    assert top["region"] == "RU-TY" and top["total"] == 2
    assert top["men_16_61"] == 92884
    assert top["per_100k"] == pytest.approx(2 / 92884 * 100_000)
    lo, _hi = wilson_cc(2, 92884)
    assert top["per_100k_low"] == pytest.approx(lo * 100_000)
    bu = rates.set_index("region").loc["RU-BU"]
    assert bu["total"] == 2  # p04 is missing, not dead
    assert bu["confirmed_per_100k"] == pytest.approx(1 / 278885 * 100_000)
    with pytest.raises(StatsError):
        per_capita(count_by(count_registry(engine, ["month"]), ["month"]))


def test_wilson_matches_prop_test() -> None:
    # R: prop.test(231, 92884)$conf.int * 1e5 -> 218.2, 283.4 (the paper's Tuva row)
    lo, hi = wilson_cc(231, 92884)
    assert (round(lo * 1e5, 1), round(hi * 1e5, 1)) == (218.2, 283.4)


def test_unknown_column_is_an_error(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StatsError):
        person_table(engine, ["shoe_size"])
    assert "month" in COLUMNS
