"""The records whose pairs estimate u: drawn alike whatever the engine or row order."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from headcount.link.dedupe import detect_columns
from headcount.link.standardise import standardise
from headcount.link.train import train
from headcount.link.usample import records_for_pairs, u_sample


@pytest.mark.parametrize("max_pairs", [1, 2, 3, 6, 7, 45, 1e4, 3e5, 1e6, 1e6 + 1, 5e8])
def test_records_for_pairs_is_the_most_whose_pairs_fit(max_pairs: float) -> None:
    r = records_for_pairs(max_pairs)
    assert r * (r - 1) / 2 <= max(max_pairs, 1) or r == 2
    assert (r + 1) * r / 2 > max_pairs


def _people(n: int, seed: int) -> pd.DataFrame:
    rng = random.Random(seed)
    letters = "абвгдежзиклмнопрстуфх"
    rows = []
    for i in range(n):
        surname = "".join(rng.choice(letters) for _ in range(rng.randint(3, 5))).capitalize()
        given = rng.choice(["Иван", "Пётр", "Олег", "Анна", "Мария", "Сергей"])
        rows.append({"id": f"r{i}", "name": f"{surname} {given}",
                     "birth_date": f"{rng.randint(1960, 1999)}-{rng.randint(1, 12):02d}-01",
                     "region": rng.choice(["Тверь", "Омск", "Пермь"])})  # fmt: skip
    return pd.DataFrame(rows)


def test_u_sample_is_the_same_records_whatever_the_row_order() -> None:
    std = standardise(_people(300, 1), detect_columns(["id", "name", "birth_date", "region"]))
    shuffled = std.sample(frac=1.0, random_state=3)
    a, b = u_sample(std, 2000, seed=1), u_sample(shuffled, 2000, seed=1)
    assert len(a) == records_for_pairs(2000) < len(std)
    assert set(a["unique_id"]) == set(b["unique_id"])
    assert set(a["unique_id"]) != set(u_sample(std, 2000, seed=2)["unique_id"])
    assert u_sample(std, 1e6, seed=1) is std  # every pair fits: the whole table


def test_a_table_and_its_rows_shuffled_train_the_same_u() -> None:
    """u rests on a sample chosen by id, not by position or engine: the same records,
    in another order, give the same u to the last bits of a sum."""
    df = _people(400, 2)
    cols = detect_columns(list(df.columns))
    std = standardise(df, cols)
    shuffled = standardise(df.sample(frac=1.0, random_state=5).reset_index(drop=True), cols)
    a, b = train(std, max_pairs=5000), train(shuffled, max_pairs=5000)
    assert any("sample" in n or "u by" in n for n in a.notes)
    for ca, cb in zip(a.splink["comparisons"], b.splink["comparisons"], strict=True):
        for la, lb in zip(ca["comparison_levels"], cb["comparison_levels"], strict=True):
            if "u_sampled" in la:
                assert la["u_sampled"] == pytest.approx(lb["u_sampled"], rel=1e-9, abs=1e-15)
