"""Names of any origin in either script and order, and dates a part off, link."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from splink import Linker

from headcount.link.dedupe import dedupe_table
from headcount.link.engines import open_engine
from headcount.link.evaluate import scores
from headcount.link.standardise import Columns, standardise
from headcount.link.train import default_model

BENCH = Path(__file__).resolve().parents[2] / "bench"
#: a person's Latin row and Cyrillic row, the parts of different origins, in either order
PEOPLE = [
    ("Hillen Andrew", "Эндрю Хиллен"),
    ("Wyeth Fukugōriki", "Фукугорики Уайет"),
    ("Ahmeti Alkalai", "Алкалай Ахмети"),
    ("Tremaglia Arz", "Арц Тремалья"),
    ("Zubčić Kaal", "Кааль Зубчич"),
    ("Jeroschin Lluis", "Льуис Ерошин"),
]


def test_blocking_keys_are_the_same_in_either_order_and_script() -> None:
    # (W written У, as English names are, is not caught by the sound keys)
    people = [p for p in PEOPLE if not p[0].startswith("W")]
    rows = [n for pair in people for n in pair]
    rows += [" ".join(reversed(n.split())) for n in rows]
    std = standardise(pd.DataFrame({"name": rows}), Columns(name="name"))
    half = len(rows) // 2
    for i, (lat, cyr) in enumerate(people):
        own = {std["sound_pair"][j] for j in (2 * i, 2 * i + half)}
        ru = {std["sound_pair_ru"][j] for j in (2 * i, 2 * i + half)}
        other = {std["sound_pair"][j] for j in (2 * i + 1, 2 * i + 1 + half)}
        assert len(own) == 1 and len(other) == 1, (lat, cyr)  # the order does not matter
        assert (own | ru) & other, (lat, cyr)  # nor the script


def _levels(std: pd.DataFrame, comparison: str) -> dict[tuple[int, int], str]:
    model = default_model(["birth_year"], len(std))
    settings = model.for_dialect("duckdb")
    comp = next(c for c in settings["comparisons"] if c["output_column_name"] == comparison)
    labels = [str(lv.get("label_for_charts", "")) for lv in comp["comparison_levels"]]
    settings["retain_intermediate_calculation_columns"] = True
    settings["retain_matching_columns"] = True
    settings["blocking_rules_to_generate_predictions"] = [
        {"blocking_rule": "1=1", "sql_dialect": "duckdb"}
    ]
    linker = Linker(open_engine("duckdb", std)[1], settings, log_level=None)
    pairs = linker.inference.predict(threshold_match_probability=0).as_pandas_dataframe()
    return {(int(a), int(b)): labels[len(labels) - 1 - int(g)] for a, b, g in
            zip(pairs["unique_id_l"], pairs["unique_id_r"], pairs[f"gamma_{comparison}"],
                strict=True)}  # fmt: skip


def test_each_name_part_is_compared_alone_in_either_order() -> None:
    names = [n for pair in PEOPLE for n in pair]
    std = standardise(pd.DataFrame({"name": names}), Columns(name="name"))
    level = _levels(std, "name")
    for i, (latin, _) in enumerate(PEOPLE):
        got = level[(2 * i, 2 * i + 1)]
        if latin.startswith("W"):  # Уайет is no spelling of Wyeth the rules know: one part
            assert got != "All other comparisons"
        else:
            assert "name part" in got or "same name" in got, (latin, got)
    assert level[(0, 2)] == "All other comparisons"  # two different people


@pytest.mark.parametrize(
    ("other", "label"),
    [
        ("1975-06-14", "Exact match"),
        ("1975-06-15", "one digit"),
        ("1975-14-06", "Exact match on birth_date"),  # written 14.06.1975: the same day
        ("1957-06-14", "one digit"),  # two digits of the year swapped
        ("1968-06-14", "one part differs"),
        ("1975-11-14", "one part differs"),
        ("1975-14", "Exact match on birth_year"),  # no month 14: the year alone is compared
        ("1982-01-30", "differ"),
    ],
)
def test_dates_a_part_off_have_levels_of_their_own(other: str, label: str) -> None:
    dates = ["1975-06-14", other if other != "1975-14-06" else "14.06.1975"]
    std = standardise(pd.DataFrame({"name": ["Ivan Petrov"] * 2, "born": dates}),
                      Columns(name="name", birth_date="born"))  # fmt: skip
    got = _levels(std, "birth")[(0, 1)]
    assert label in got


def test_day_and_month_swapped() -> None:
    std = standardise(pd.DataFrame({"name": ["Ivan Petrov"] * 2,
                                    "born": ["1975-06-11", "1975-11-06"]}),
                      Columns(name="name", birth_date="born"))  # fmt: skip
    assert "swapped" in _levels(std, "birth")[(0, 1)]


def test_cross_script_people_link(shared_data: Path) -> None:
    """A small cross-script people table (bench/cross_script.py): one Latin and one
    Cyrillic row per person, hard negatives sharing surname and birth year."""
    sys.path.insert(0, str(BENCH))
    from cross_script import people_table, read_pairs

    pairs = read_pairs(shared_data / "linkage" / "translit_ru" / "wd_russian_16")
    df, truth = people_table(pairs, people=400, seed=3)
    out = dedupe_table(df.drop(columns=["id"]))
    s = scores(truth, list(out["cluster_id"]))
    assert s["p"] >= 0.95
    assert s["f1"] >= 0.85
    cut = out.attrs["cut"]
    assert 0.5 <= cut.threshold <= 1 and 0 < cut.expected_recall <= 1
