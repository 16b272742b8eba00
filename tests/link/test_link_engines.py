"""The same model gives the same clusters on DuckDB and on Spark (local mode)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from headcount.link.engines import spark_available
from headcount.link.run import REGISTRY_COLUMNS, link_mentions
from headcount.link.train import Model, default_model, train


def _partition(out: pd.DataFrame) -> set[frozenset[str]]:
    return {frozenset(g["id"]) for _, g in out.groupby("cluster_id")}


@pytest.mark.slow
def test_duckdb_and_spark_agree(mentions_df: pd.DataFrame) -> None:
    reason = spark_available()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    model = default_model(REGISTRY_COLUMNS, len(mentions_df))
    duck = link_mentions(mentions_df, model=model, engine="duckdb")
    spark = link_mentions(mentions_df, model=model, engine="spark")
    assert _partition(duck) == _partition(spark)
    assert len(_partition(duck)) == 10
    _assert_same_pairs(duck, spark)


def _assert_same_pairs(duck: pd.DataFrame, spark: pd.DataFrame) -> None:
    key = ["unique_id_l", "unique_id_r"]
    d = duck.attrs["pairs"].set_index(key)["match_probability"].sort_index()
    s = spark.attrs["pairs"].set_index(key)["match_probability"].sort_index()
    assert list(d.index) == list(s.index)
    assert (d - s).abs().max() < 1e-9


def _typo_mentions(people: int, seed: int) -> pd.DataFrame:
    """Mentions with names spelt with swapped and dropped letters: Jaro-Winkler values
    where counting transpositions as Jaro did (Splink's Java) and as DuckDB does differ."""
    import random

    rng = random.Random(seed)
    letters = "абвгдежзиклмнопрстуфхцчш"
    rows = []
    for p in range(people):
        surname = "".join(rng.choice(letters) for _ in range(rng.randint(5, 9))).capitalize()
        given = "".join(rng.choice(letters) for _ in range(rng.randint(4, 7))).capitalize()
        born = f"{rng.randint(1960, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for k in range(rng.randint(1, 3)):
            s = list(surname)
            if k and len(s) > 5:  # a later mention: three letters rotated, or one dropped
                i = rng.randrange(1, len(s) - 3)
                if rng.random() < 0.6:
                    s[i], s[i + 1], s[i + 2] = s[i + 2], s[i], s[i + 1]
                else:
                    del s[i]
            rows.append({"id": f"p{p}m{k}", "name": f"{''.join(s)} {given}",
                         "surname": "".join(s), "given_name": given, "birth_date": born})
    return pd.DataFrame(rows)


@pytest.mark.slow
def test_engines_agree_on_names_with_transposed_letters() -> None:
    reason = spark_available()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    mentions = _typo_mentions(80, seed=5)
    model = default_model(REGISTRY_COLUMNS, len(mentions))
    duck = link_mentions(mentions, model=model, engine="duckdb")
    spark = link_mentions(mentions, model=model, engine="spark")
    assert len(duck.attrs["pairs"]) > 20
    _assert_same_pairs(duck, spark)
    assert _partition(duck) == _partition(spark)


def _string_literals_named_like_columns(sql: str, dialect: str) -> list[str]:
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read=dialect)
    return [
        lit.this
        for lit in tree.find_all(exp.Literal)
        if lit.is_string and str(lit.this).endswith(("_l", "_r"))
    ]


@pytest.mark.parametrize("dialect", ["duckdb", "spark"])
def test_levels_read_columns_not_strings_on_every_engine(dialect: str) -> None:
    """A level's SQL names columns in the engine's own quoting: Spark reads
    "birth_date_l" as a string, so a level written for DuckDB must be translated."""
    from headcount.link.settings import settings_dict

    columns = [*REGISTRY_COLUMNS, "x_passport"]
    spec = settings_dict(columns, dialect, blockable=["x_passport"])
    conditions = [
        level["sql_condition"]
        for comp in spec["comparisons"]
        for level in comp["comparison_levels"]
        if level["sql_condition"] != "ELSE"
    ]
    conditions += [rule["blocking_rule"] for rule in spec["blocking_rules_to_generate_predictions"]]
    bad = {c: _string_literals_named_like_columns(c, dialect) for c in conditions}
    assert {c: v for c, v in bad.items() if v} == {}


@pytest.mark.slow
def test_engines_agree_on_the_demo_with_its_trained_model(tmp_path: Path) -> None:
    """The demo corpus, linked with the model trained on it: the same pairs, the
    same probabilities and the same persons on DuckDB and on Spark."""
    reason = spark_available()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    from headcount.link.run import load_mentions
    from headcount.link.train import load_model, model_dir
    from headcount.pipeline import build_demo

    run = build_demo(tmp_path / "demo", people=120, seed=2022)
    mentions = load_mentions(run.engine)
    model, _ = load_model(model_dir(run.workspace.root))
    duck = link_mentions(mentions, model=model, engine="duckdb")
    spark = link_mentions(mentions, model=model, engine="spark")
    _assert_same_pairs(duck, spark)
    assert _partition(duck) == _partition(spark)
    assert len(_partition(duck)) < len(mentions)


@pytest.mark.parametrize("cores", [1, 2, 8, 64])
@pytest.mark.parametrize("rows", [0, 2, 2_000, 49_999, 50_001, 1_000_000, 10_000_000])
def test_shuffle_partitions_follow_cores_and_rows(rows: int, cores: int) -> None:
    """At least one partition per core (no core idle), and no partition asked to hold
    more than ROWS_PER_PARTITION records; never more than either bound needs."""
    from headcount.link.engines import ROWS_PER_PARTITION, shuffle_partitions

    n = shuffle_partitions(rows, cores)
    assert n >= max(1, cores)
    assert rows / n <= ROWS_PER_PARTITION
    assert n == max(1, cores) or (n - 1) * ROWS_PER_PARTITION < rows


def _levels(model: Model) -> list[tuple[str, int, float, float]]:
    return [
        (comp["output_column_name"], i, lv["m_probability"], lv["u_probability"])
        for comp in model.splink["comparisons"]
        for i, lv in enumerate(comp["comparison_levels"])
        if not lv.get("is_null_level")
    ]


#: how far a model trained on Spark may lie from the one trained on DuckDB: the same
#: pairs are counted on both, so only the order of floating-point sums differs
TRAINING_TOLERANCE = 1e-9


@pytest.mark.slow
@pytest.mark.spark
def test_training_on_spark_gives_the_model_trained_on_duckdb() -> None:
    """Prior, every level's m (by EM) and u (from more records than the u sample holds,
    so that the sample is drawn) and the match weights agree within TRAINING_TOLERANCE."""
    import math

    from headcount.link.run import standardise_mentions
    from headcount.link.usample import records_for_pairs

    reason = spark_available()
    if reason:
        if os.environ.get("HEADCOUNT_REQUIRE_SPARK") == "1":
            pytest.fail(f"HEADCOUNT_REQUIRE_SPARK=1 but {reason}")
        pytest.skip(reason)
    std = standardise_mentions(_typo_mentions(90, seed=11)).drop(columns=["dedup_group"],
                                                                 errors="ignore")  # fmt: skip
    max_pairs = 4000
    assert len(std) > records_for_pairs(max_pairs)  # u from a sample, not every pair
    duck, spark = (train(std, e, estimate_m=True, max_pairs=max_pairs) for e in ("duckdb", "spark"))
    assert any(n.startswith("m by EM") for n in duck.notes)
    assert duck.notes == spark.notes
    prior = "probability_two_random_records_match"
    assert spark.splink[prior] == pytest.approx(duck.splink[prior], rel=TRAINING_TOLERANCE)
    for (name, i, m, u), (_, _, m2, u2) in zip(_levels(duck), _levels(spark), strict=True):
        assert abs(m - m2) <= TRAINING_TOLERANCE, (name, i, m, m2)
        assert abs(u - u2) <= TRAINING_TOLERANCE * max(1.0, u), (name, i, u, u2)
        assert abs(math.log2(m / u) - math.log2(m2 / u2)) <= 1e-6, (name, i)
