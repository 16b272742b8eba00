"""One Jaro-Winkler on every engine: headcount's equals DuckDB's to the last bit, and is
what Spark SQL's ``jaro_winkler`` computes once the engine is opened."""

from __future__ import annotations

import os

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from headcount.link.engines import open_engine, spark_available
from headcount.link.jaro_winkler import jaro_winkler

# few letters, so that strings share characters out of order (transpositions)
WORDS = st.text(alphabet="abcdeёжзиклм", max_size=14)


def _duckdb(pairs: list[tuple[str, str]]) -> list[float]:
    frame = pd.DataFrame(pairs, columns=["a", "b"])
    con = duckdb.connect()
    con.register("frame", frame)
    return [r[0] for r in con.execute("select jaro_winkler_similarity(a, b) from frame").fetchall()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=40))
def test_jaro_winkler_is_duckdbs(pairs: list[tuple[str, str]]) -> None:
    assert [jaro_winkler(a, b) for a, b in pairs] == _duckdb(pairs)


def test_three_out_of_order_count_one_transposition() -> None:
    # Jaro's definition counts 1.5 here (0.876); DuckDB counts one
    assert jaro_winkler("london", "lodon") == pytest.approx(0.9022222, abs=1e-6)
    assert jaro_winkler("мария", "марья") == jaro_winkler("maria", "marya")
    assert jaro_winkler("", "") == 0.0


@pytest.mark.spark
def test_spark_sql_jaro_winkler_is_duckdbs() -> None:
    reason = spark_available()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    import random

    rng = random.Random(3)
    letters = "abcdeёжзи"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 10))) for _ in range(400)]
    pairs = list(zip(words[::2], words[1::2], strict=True))
    frame = pd.DataFrame(pairs, columns=["a", "b"])
    frame.loc[len(frame)] = [None, "abc"]
    api, table = open_engine("spark", frame.assign(unique_id=range(len(frame))))
    got = api.spark.sql(
        f"select unique_id, jaro_winkler(a, b) as s from {table.physical_name} order by unique_id"
    ).toPandas()
    assert list(got["s"].iloc[:-1]) == _duckdb(pairs)
    assert pd.isna(got["s"].iloc[-1])
