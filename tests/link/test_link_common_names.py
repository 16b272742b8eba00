"""A name many people share is weaker evidence than a name one person holds."""

from __future__ import annotations

import math
import random

import pandas as pd
import pytest

from headcount.link.predict import name_frequencies


def test_frequencies_leave_out_the_pair_and_its_persons_other_mentions() -> None:
    values = pd.Series(["a"] * 11 + ["b"] * 3 + ["c"] * 2 + ["d"] + [None], name="pair_key")
    prior = 1.0 / 17  # one other mention per record, on average: one beyond the pair
    got = dict(zip(*name_frequencies(values, prior).to_dict("list").values(), strict=True))
    assert got["a"] == pytest.approx((11 - 2 - 1) / 17)
    assert got["b"] == 0.0  # held by one person: not common at all
    assert got["c"] == got["d"] == 0.0
    assert set(got) == {"a", "b", "c", "d"}
    # a table of single records: a duplicated name is the pair itself, a third is shared
    single = name_frequencies(pd.Series(["x", "x", "y", "y", "y"], name="k"), 0.0)
    assert single.set_index("k")["tf_k"].to_dict() == {"x": 0.0, "y": pytest.approx(1 / 4)}


def _registry(seed: int) -> tuple[pd.DataFrame, list[str]]:
    """Invented people: some share one common surname and given name (each with its
    own patronymic-less mentions and no date), the others hold rare names."""
    rng = random.Random(seed)
    letters = "бвгдклмнпрст"
    rows, truth = [], []
    for person in range(120):
        common = person < 40
        surname = "Петров" if common else "".join(rng.choices(letters, k=3)).capitalize() + "ов"
        given = "Александр" if common else rng.choice(["Илья", "Олег", "Пётр", "Глеб"])
        for _ in range(2):
            rows.append({"id": f"m{len(rows)}", "surname": surname, "given_name": given})
            truth.append(f"p{person}")
    return pd.DataFrame(rows), truth


@pytest.mark.parametrize("seed", [1, 2])
def test_common_names_score_below_rare_ones(seed: int) -> None:
    from headcount.link.predict import predict
    from headcount.link.run import REGISTRY_COLUMNS, standardise_mentions
    from headcount.link.train import default_model

    mentions, truth = _registry(seed)
    std = standardise_mentions(mentions)
    model = default_model(REGISTRY_COLUMNS, len(std))
    pairs = predict(std, model, floor=0.0)
    person = dict(zip(std["unique_id"].astype(str), truth, strict=True))
    common = {u for u, p in person.items() if int(p[1:]) < 40}
    pairs["common"] = pairs["unique_id_l"].isin(common)
    left, right = pairs["unique_id_l"], pairs["unique_id_r"]
    pairs["same"] = [person[a] == person[b] for a, b in zip(left, right, strict=True)]
    rare_true = pairs[~pairs["common"] & pairs["same"]]["match_weight"]
    common_pairs = pairs[pairs["common"]]["match_weight"]
    assert len(rare_true) >= 70 and len(common_pairs) > 100
    # 80 mentions of one name among 240: agreeing on it says little; a name held by
    # one person keeps the full weight of the level
    assert common_pairs.max() < rare_true.min() - 3
    # a rare name gains nothing: the level's own weight and the prior's, no more
    level = model.splink["comparisons"][0]["comparison_levels"][1]
    prior = model.splink["probability_two_random_records_match"]
    expected = math.log2(prior / (1 - prior)) + math.log2(
        level["m_probability"] / level["u_probability"]
    )
    assert rare_true.max() == pytest.approx(expected, abs=1e-6)
