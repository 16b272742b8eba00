"""The generated German registry of the linkage benchmark (``bench/messy_people.py``):
its truth groups the duplicates, a seed gives one table, every kind of noise and every
hard negative occurs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

pytest.importorskip("faker")

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def mp() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import messy_people

        yield messy_people
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def large(mp: ModuleType) -> pd.DataFrame:
    return mp.messy_people_log(20_000, seed=5)


def test_the_table_and_its_truth(mp: ModuleType) -> None:
    df, truth = mp.messy_people(500, seed=3)
    assert len(df) == len(truth) == 500
    assert list(df.columns) == ["first_name", "surname", "dob", "city", "postcode", "street",
                                "gender"]  # fmt: skip
    assert not set(df.columns) & set(mp.TRUTH_COLUMNS)
    sizes = pd.Series(truth).value_counts()
    assert sizes.max() <= 4 and (sizes == 1).sum() > len(sizes) / 2 and (sizes > 1).any()
    # dates are YYYY-MM-DD, a year alone, or empty
    assert df["dob"].str.fullmatch(r"(\d{4}(-\d{2}-\d{2})?)?").all()


def test_the_truth_groups_the_duplicates(mp: ModuleType) -> None:
    log = mp.messy_people_log(2_000, seed=4)
    # records with no noise of a person read alike (but for the first record's slips)
    for _, group in log[log["noise"] == ""].groupby("person_id"):
        assert group[["first_name", "surname", "dob", "city"]].nunique().max() == 1
    # a person's records share a year of birth unless a date slip or its loss is logged
    dated = log[~log["noise"].str.contains("dob_")]
    assert (dated.groupby("person_id")["dob"].agg(lambda d: d.str[:4].nunique()) == 1).all()
    people = log.groupby("person_id")
    assert (people["gender"].agg(lambda g: g[g != ""].nunique()) <= 1).all()
    # most duplicate records keep the given name of another record of their person
    dup = log[log["person_id"].duplicated(keep=False)]
    shared = dup.groupby("person_id")["first_name"].agg(lambda f: f.str.lower().nunique() == 1)
    assert shared.mean() > 0.5


def test_a_seed_gives_one_table(mp: ModuleType) -> None:
    a, ta = mp.messy_people(800, seed=7)
    b, tb = mp.messy_people(800, seed=7)
    c, _ = mp.messy_people(800, seed=8)
    pd.testing.assert_frame_equal(a, b)
    assert ta == tb
    assert not a.equals(c)


def test_every_noise_kind_occurs(mp: ModuleType, large: pd.DataFrame) -> None:
    kinds = large["noise"].str.split(";").explode()
    counts = kinds[kinds != ""].value_counts()
    assert set(mp.NOISE) <= set(counts.index), set(mp.NOISE) - set(counts.index)
    assert (counts[list(mp.NOISE)] >= 20).all(), counts


def test_hard_negatives_exist(mp: ModuleType, large: pd.DataFrame) -> None:
    assert set(mp.HARD) <= set(large["relation"])
    clean = large[large["dob"].str.len() >= 4].assign(
        key=lambda d: d["surname"].str.strip().str.lower() + "|" + d["dob"].str[:4]
    )
    per_key = clean.groupby("key")["person_id"].nunique()
    assert (per_key >= 2).sum() > 100
    # records with no noise show the people as they are
    clean_rec = large[large["noise"] == ""].drop_duplicates("person_id").set_index("person_id")

    def pairs(relation: str) -> pd.DataFrame:
        rel = clean_rec[(clean_rec["relation"] == relation)
                        & clean_rec["related"].isin(clean_rec.index)]  # fmt: skip
        return rel.merge(clean_rec, left_on="related", right_index=True,
                         suffixes=("", "_other"))  # fmt: skip

    twins = pairs("twin")
    assert len(twins) >= 10
    assert (twins["surname"] == twins["surname_other"]).all()
    assert (twins["dob"] == twins["dob_other"]).all()
    assert (twins["street"] == twins["street_other"]).all()
    assert (twins["first_name"] != twins["first_name_other"]).all()
    sons = pairs("son")
    assert len(sons) >= 10
    assert (sons["first_name"].str.split().str[0]
            == sons["first_name_other"].str.split().str[0]).all()  # fmt: skip
    assert (sons["surname"] == sons["surname_other"]).all()
    assert (sons["street"] == sons["street_other"]).all()
    assert (sons["dob"].str[:4].astype(int) >= sons["dob_other"].str[:4].astype(int) + 20).all()
    namesakes = pairs("namesake_name")
    assert len(namesakes) >= 5
    assert (namesakes["dob"] != namesakes["dob_other"]).all()
    assert (namesakes["dob"].str[:4] == namesakes["dob_other"].str[:4]).all()
