"""Blocking: candidate pairs stay few when a name is common, and typos still meet."""

from __future__ import annotations

import random

import pandas as pd
from splink.blocking_analysis import count_comparisons_from_blocking_rules

from headcount.link import settings as spec
from headcount.link.engines import open_engine
from headcount.link.standardise import RARE_BLOCK, Columns, standardise
from headcount.link.train import training_sample

COLS = Columns(surname="surname", given_name="given", birth_date="born", death_date="died")


def _common_name_table(n: int) -> pd.DataFrame:
    """``n`` different people all called Ivanov Aleksandr, with different dates."""
    rng = random.Random(3)
    return pd.DataFrame({
        "surname": ["Иванов"] * n,
        "given": ["Александр"] * n,
        "born": [f"{rng.randint(1960, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                 for _ in range(n)],
        "died": [f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(n)],
    })  # fmt: skip


def _pairs(std: pd.DataFrame) -> int:
    columns = ["birth_year", "death_year"]
    counts = count_comparisons_from_blocking_rules(
        open_engine("duckdb", std)[1],
        blocking_rules=spec.blocking_rules(columns),
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        record_sample_proportion=1.0,
    )
    return int(counts[-1]["cumulative_comparison_count"])


def test_a_common_name_is_not_one_block() -> None:
    n = 3 * RARE_BLOCK
    std = standardise(_common_name_table(n), COLS)
    assert std["pair_key"].nunique() == 1
    assert std["pair_key_rare"].isna().all()  # shared by more than RARE_BLOCK records
    all_pairs = n * (n - 1) // 2
    # only the pairs that share a birth year or a death month are candidates
    assert _pairs(std) < all_pairs / 4


def test_rare_names_and_typos_with_a_date_are_candidates() -> None:
    df = pd.DataFrame({
        "surname": ["Тхапа", "Thapa", "Петров", "Петроф", "Сидоренко"],
        "given": ["Рам", "Ram", "Иван", "Иван", "Олег"],
        "born": [None, None, "1990-04-02", "1990-04-02", None],
        "died": [None, None, None, None, "2023-05-01"],
    })  # fmt: skip
    std = standardise(df, COLS)
    assert std.loc[0, "pair_key_rare"] == std.loc[1, "pair_key_rare"]  # no dates: the name alone
    assert _pairs(std) == 2  # Thapa across scripts; Petrov/Petrof by given name and birth date


def test_a_name_written_otherwise_meets_on_date_and_a_rare_column() -> None:
    """A married name or a nickname shares nothing with the other record's name: the
    birth date and a column rarely shared by chance (an id, a postcode) still make them
    candidates; the rare column without the date does not (it is not unique enough)."""
    df = pd.DataFrame({
        "surname": ["Kowalska", "Nowak", "Lis", "Wrona"],
        "given": ["Anna", "Maria", "Jan", "Piotr"],
        "born": ["1971-03-05", "1971-03-05", "1980-01-01", "1990-07-07"],
        "code": ["K-117", "K-117", "Z-9", "Z-9"],
    })  # fmt: skip
    std = standardise(df, Columns(surname="surname", given_name="given", birth_date="born",
                                  extra=("code",)))  # fmt: skip
    col = next(c for c in std.columns if c.startswith("x_"))
    rules = spec.blocking_rules(["birth_year", col], blockable=[col])
    counts = count_comparisons_from_blocking_rules(
        open_engine("duckdb", std)[1], blocking_rules=rules, link_type="dedupe_only",
        unique_id_column_name="unique_id", record_sample_proportion=1.0,
    )  # fmt: skip
    assert int(counts[-1]["cumulative_comparison_count"]) == 1  # Kowalska/Nowak, not Lis/Wrona


def test_training_sample_is_seeded_and_bounded() -> None:
    std = standardise(_common_name_table(50), COLS)
    a = training_sample(std, max_records=20, seed=5)
    b = training_sample(std, max_records=20, seed=5)
    assert len(a) == 20 and list(a["unique_id"]) == list(b["unique_id"])
    assert training_sample(std, max_records=100) is std


def test_a_model_of_other_levels_asks_to_be_trained_again() -> None:
    import copy

    import pytest

    from headcount.link.train import default_model

    model = default_model(["birth_year"], 1000)
    old = copy.deepcopy(model)
    del old.splink["comparisons"][0]["comparison_levels"][5]  # a model from before a level
    assert model.for_dialect("duckdb")["comparisons"][0]["comparison_levels"]
    with pytest.raises(ValueError, match="train the model again"):
        old.for_dialect("duckdb")


def test_a_model_saved_with_other_levels_asks_to_be_trained_again() -> None:
    """A model from an older version (fewer name or birth levels) stops with a clear
    message instead of pouring its parameters into the wrong levels."""
    import pytest

    from headcount.link.train import Model, default_model

    model = default_model(["birth_year"], 500)
    for name in ("name", "birth"):
        old = Model.from_json(model.to_json())
        comp = next(c for c in old.splink["comparisons"] if c["output_column_name"] == name)
        del comp["comparison_levels"][2]
        with pytest.raises(ValueError, match="train the model again"):
            old.for_dialect("duckdb")
