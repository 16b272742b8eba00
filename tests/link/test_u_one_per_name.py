"""u sampled from one record per name where m is hand-set (a registry of a few
mentions per person).

One source writes a man with his patronymic and a few facts, another (the families'
posts) with his surname and given name alone. Counted among all records, the random
pairs agreeing on both name parts are nearly all one man told twice: the level's u
was inflated tenfold, such a pair scored as a coin toss, the prior the pairs implied
sank and nothing linked. Hard negatives: namesakes whose patronymics and birth years
differ; people of other names.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
import pytest

from headcount.link.dedupe import calibrated_pairs
from headcount.link.run import standardise_mentions
from headcount.link.train import train
from headcount.link.usample import one_per_name

SYLLABLES = ["бар", "вол", "гор", "дум", "жук", "зар", "кол", "лит", "мур", "нор", "пан",
             "рус", "сок", "тул", "фед", "хор", "цап", "чер", "шум", "юр"]  # fmt: skip
GIVEN = ["Иван", "Пётр", "Олег", "Денис", "Артём", "Кирилл", "Роман", "Павел", "Глеб", "Юрий"]
REGIONS = ["Бурятия", "Тыва", "Курская область", "Пермский край", "Омская область",
           "Тверская область", "Забайкальский край", "Саратовская область", "Якутия",
           "Краснодарский край", "Свердловская область", "Башкортостан"]  # fmt: skip
FATHERS = ["Иванович", "Петрович", "Олегович", "Денисович", "Романович", "Павлович"]


def _people(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    surnames = [(a + b + "ов").capitalize() for a, b in itertools.product(SYLLABLES, SYLLABLES)]
    rng.shuffle(surnames)
    return [(surnames[i], rng.choice(GIVEN), rng.choice(FATHERS)) for i in range(count)]


def _registry(
    seed: int, people: int = 160, alone: int = 80, order: str = "given first"
) -> tuple[pd.DataFrame, dict[str, str]]:
    """Mentions (a list: the patronymic, a region, the day of death; a post: the name
    alone) and the person of each."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    truth: dict[str, str] = {}
    for k, (surname, given, father) in enumerate(_people(people + alone, rng)):
        label = f"p{k}"
        day = date(2022, 3, 1) + timedelta(days=rng.randrange(900))
        rows.append({"id": f"{label}a", "name": f"{surname} {given} {father}",
                     "region": rng.choice(REGIONS), "death_date": day.isoformat()})
        truth[f"{label}a"] = label
        if k < people:  # the family's post: the name alone
            name = f"{given} {surname}" if order == "given first" else f"{surname} {given}"
            rows.append({"id": f"{label}b", "name": name})
            truth[f"{label}b"] = label
    # namesakes: one surname and given name, patronymics and birth years apart
    for j, father in enumerate(["Сергеевич", "Андреевич"]):
        uid = f"twin{j}"
        rows.append({"id": uid, "name": f"Жукбаров Антон {father}",
                     "birth_date": f"19{80 + j * 9}"})  # fmt: skip
        truth[uid] = uid
    return pd.DataFrame(rows), truth


def _probability(pairs: pd.DataFrame, a: str, b: str) -> float:
    hit = pairs[((pairs.unique_id_l == a) & (pairs.unique_id_r == b))
                | ((pairs.unique_id_l == b) & (pairs.unique_id_r == a))]  # fmt: skip
    return float(hit["match_probability"].max()) if len(hit) else 0.0


def test_one_record_per_name_in_any_order_and_every_unnamed_record() -> None:
    std = standardise_mentions(pd.DataFrame([
        {"id": "a", "name": "Кабанов Евгений Вадимович"},
        {"id": "b", "name": "Евгений Кабанов"},
        {"id": "c", "name": "Kabanov Evgenii"},
        {"id": "d", "name": "Кабанов Олег"},
        {"id": "e", "name": None, "region": "Тыва"},
        {"id": "f", "name": None, "region": "Тыва"},
    ]))  # fmt: skip
    assert list(one_per_name(std)["unique_id"]) == ["a", "d", "e", "f"]


@pytest.mark.parametrize(("seed", "order"), [(1, "given first"), (2, "surname first")])
def test_a_name_told_with_and_without_the_patronymic_links_and_namesakes_do_not(
    seed: int, order: str
) -> None:
    mentions, truth = _registry(seed, order=order)
    std = standardise_mentions(mentions)
    model = train(std, "duckdb")  # too few records for EM: m hand-set
    assert any("one record per name" in n for n in model.notes)
    pairs, _, prior = calibrated_pairs(std, model, "duckdb")
    true_pairs = 160  # one per person told twice
    # the prior the pairs imply is the table's own, not sunk to nothing
    assert 0.5 * true_pairs < prior * len(std) * (len(std) - 1) / 2 < 2 * true_pairs
    same = np.array([_probability(pairs, f"p{k}a", f"p{k}b") for k in range(160)])
    assert np.median(same) > 0.75
    assert (same > 0.5).mean() > 0.9
    assert _probability(pairs, "twin0", "twin1") < 0.5
    wrong = pairs[[truth[a] != truth[b] for a, b in zip(pairs.unique_id_l, pairs.unique_id_r,
                                                       strict=True)]]  # fmt: skip
    assert (wrong["match_probability"] < 0.5).all()
