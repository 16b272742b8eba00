"""The rules applied to scored pairs whatever the model says."""

from __future__ import annotations

import pandas as pd

from headcount.link.predict import PAIR_COLUMNS, apply_rules


def test_pairs_come_ordered_once_each_and_without_forbidden_ones() -> None:
    std = pd.DataFrame(
        {
            "unique_id": ["m10", "m2", "m3", "m4", "m5", "m6"],
            "has_name": [True, True, True, False, True, True],
            "dedup_group": [None, "list", "list", None, None, "list"],
        }
    )
    pairs = pd.DataFrame(
        [
            ("m5", "m10", 0.9, 3.0),  # turned round: m10 < m5 as text
            ("m10", "m5", 0.8, 2.0),  # the same pair again: the first one stays
            ("m2", "m3", 0.99, 9.0),  # one deduplicated source: never a pair
            ("m3", "m4", 0.95, 5.0),  # m4 has no name
            ("m6", "m10", 0.7, 1.0),
            ("m2", "m5", 0.6, 0.5),
            ("m2", "m9", 0.6, 0.5),  # m9 is not in the table
        ],
        columns=PAIR_COLUMNS,
    )
    out = apply_rules(pairs, std)
    assert list(out.columns) == PAIR_COLUMNS
    assert out[["unique_id_l", "unique_id_r", "match_probability"]].values.tolist() == [
        ["m10", "m5", 0.9],
        ["m10", "m6", 0.7],
        ["m2", "m5", 0.6],
    ]


def test_no_pairs() -> None:
    std = pd.DataFrame({"unique_id": ["a"], "has_name": [True]})
    assert apply_rules(pd.DataFrame(columns=PAIR_COLUMNS), std).empty


def test_pairs_of_ids_an_empty_table_lacks_are_dropped() -> None:
    std = pd.DataFrame({"unique_id": [], "has_name": [], "dedup_group": []})
    pairs = pd.DataFrame([("a", "b", 0.9, 3.0)], columns=PAIR_COLUMNS)
    assert apply_rules(pairs, std).empty


def test_forms_of_one_given_name_have_their_own_level() -> None:
    from splink import Linker

    from headcount.link.engines import open_engine
    from headcount.link.standardise import Columns, standardise
    from headcount.link.train import default_model

    table = pd.DataFrame({"surname": ["Smith", "Smith", "Smith", "Smith"],
                          "given": ["Tom", "Thomas", "Tobias", "T."],
                          "born": ["1950-01-02"] * 4})  # fmt: skip
    std = standardise(table, Columns(surname="surname", given_name="given", birth_date="born"))
    model = default_model(["birth_year"], len(std))
    settings = model.for_dialect("duckdb")
    labels = [lv.get("label_for_charts", "") for lv in settings["comparisons"][0]
              ["comparison_levels"]]  # fmt: skip
    settings["retain_intermediate_calculation_columns"] = True
    settings["retain_matching_columns"] = True
    linker = Linker(open_engine("duckdb", std)[1], settings, log_level=None)
    pairs = linker.inference.predict(threshold_match_probability=0).as_pandas_dataframe()
    gamma = {(int(a), int(b)): int(g) for a, b, g in
             zip(pairs["unique_id_l"], pairs["unique_id_r"], pairs["gamma_name"], strict=True)}

    def level(a: int, b: int) -> str:  # gamma counts up from the else level
        return str(labels[len(labels) - 1 - gamma[(a, b)]])

    assert "forms of one given name" in level(0, 1)
    assert "forms of one given name" not in level(0, 2)
    assert "initial" in level(1, 3)


def _name_levels(table: pd.DataFrame) -> tuple[dict[tuple[int, int], int], list[str]]:
    """The name comparison's level (its position, strongest first) of every pair of
    ``table``'s rows, and the levels' labels."""
    from splink import Linker, block_on

    from headcount.link.engines import open_engine
    from headcount.link.standardise import Columns, standardise
    from headcount.link.train import default_model

    std = standardise(table, Columns(surname="surname", given_name="given"))
    settings = default_model([], len(std)).for_dialect("duckdb")
    labels = [lv.get("label_for_charts", "") for lv in settings["comparisons"][0]
              ["comparison_levels"]]  # fmt: skip
    settings["retain_intermediate_calculation_columns"] = True
    settings["retain_matching_columns"] = True
    std["all"] = 1
    settings["blocking_rules_to_generate_predictions"] = [
        block_on("all").create_blocking_rule_dict("duckdb")]  # fmt: skip
    linker = Linker(open_engine("duckdb", std)[1], settings, log_level=None)
    pairs = linker.inference.predict(threshold_match_probability=0).as_pandas_dataframe()
    out = {}
    for a, b, g in zip(pairs["unique_id_l"], pairs["unique_id_r"], pairs["gamma_name"],
                       strict=True):  # fmt: skip
        out[(int(a), int(b))] = out[(int(b), int(a))] = len(labels) - 1 - int(g)
    return out, labels


def test_a_long_shared_surname_does_not_make_two_given_names_alike() -> None:
    """Generated long surnames, each with two different given names (namesakes of one
    family) and with a copy misspelt by one letter in each part: the sorted-name
    Jaro-Winkler level takes the misspelt copy, never the other given name, in either
    order of the parts."""
    import random

    rng = random.Random(4)
    given = ["Aybek", "Bakyt", "Timur", "Ermek", "Kanat", "Marat", "Nurik", "Ruslan"]
    rows = []
    for _ in range(6):
        # a long surname that sorts first: the sorted names share a long beginning
        surname = "Abdy" + rng.choice(["kady", "bek", "tash", "mam", "zhak"]) + "rov"
        a, b = rng.sample(given, 2)
        typo = surname[:-2] + "y" + surname[-1]
        rows += [(surname, a), (b, surname), (typo, a[:-1] + "i")]  # b: parts the other way
    levels, labels = _name_levels(pd.DataFrame(rows, columns=["surname", "given"]))
    sorted_names = next(i for i, label in enumerate(labels) if "0.94" in label)
    for i in range(0, len(rows), 3):
        assert levels[(i, i + 1)] > sorted_names, rows[i : i + 2]  # a weaker level
        assert levels[(i + 1, i + 2)] > sorted_names, rows[i + 1 : i + 3]
        assert levels[(i, i + 2)] < len(labels) - 1  # the misspelt copy: not "else"
