"""The same model gives the same clusters on DuckDB and on Spark (local mode)."""

from __future__ import annotations

import pandas as pd
import pytest

from headcount.link.engines import spark_available
from headcount.link.run import REGISTRY_COLUMNS, link_mentions
from headcount.link.train import default_model


def _partition(out: pd.DataFrame) -> set[frozenset[str]]:
    return {frozenset(g["id"]) for _, g in out.groupby("cluster_id")}


@pytest.mark.slow
def test_duckdb_and_spark_agree(mentions_df: pd.DataFrame) -> None:
    reason = spark_available()
    if reason:
        pytest.skip(reason)
    model = default_model(REGISTRY_COLUMNS, len(mentions_df))
    duck = link_mentions(mentions_df, model=model, engine="duckdb")
    spark = link_mentions(mentions_df, model=model, engine="spark")
    assert _partition(duck) == _partition(spark)
    assert len(_partition(duck)) == 10
    pd_pairs = duck.attrs["pairs"].set_index(["unique_id_l", "unique_id_r"])["match_probability"]
    sp_pairs = spark.attrs["pairs"].set_index(["unique_id_l", "unique_id_r"])["match_probability"]
    assert set(pd_pairs.index) == set(sp_pairs.index)
    assert (pd_pairs - sp_pairs.reindex(pd_pairs.index)).abs().max() < 1e-6
