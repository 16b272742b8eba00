"""Classes of one person split in two by the linkage, and their hard negatives.

- a name of three words whose parts were split otherwise ("Rai Ram Bahadur" /
  "Ram Bahadur Rai"), with a date on one side only: no pair key is shared, the
  whole name (any order) is;
- a person of many mentions whose own mentions made the name look common (the
  name's frequency said "shared by others" where every record that tells people
  apart names the same patronymic and birth year).
"""

from __future__ import annotations

import pandas as pd
import pytest
from link_people import filler, pair_probabilities

from headcount.link.predict import name_frequencies


def test_a_name_of_three_words_split_otherwise_meets_its_other_mention() -> None:
    rows = [
        {"id": "a", "name": "Bakhadur Rai Ram", "death_date": "2024-02-12",
         "citizenship": "Непал"},
        {"id": "b", "name": "Ram Bahadur Rai", "citizenship": "Непал"},
        # hard negative: two of the three words, another man
        {"id": "c", "name": "Ram Bahadur Gurung", "death_date": "2024-02-12",
         "citizenship": "Непал"},
        *filler(60),
    ]  # fmt: skip
    pairs = pair_probabilities(rows)
    assert frozenset(("a", "b")) in pairs
    assert pairs[frozenset(("a", "b"))] > 0.5
    assert pairs.get(frozenset(("b", "c")), 0.0) < 0.5


def test_one_name_part_and_a_birth_year_are_no_link() -> None:
    """Hard negatives: the same surname and birth year, or the same given name and
    birth year, different people (the whole-name key meets none of them)."""
    rows = [
        {"id": "a", "name": "Фокин Евгений Сергеевич", "birth_date": "2003-03-27"},
        {"id": "b", "name": "Фокин Андрей", "age": "21", "death_date": "2025-02-07"},
        {"id": "c", "name": "Соколов Евгений", "birth_date": "2003-11-02"},
        {"id": "d", "name": "Евгений Сергеевич Белов", "birth_date": "2003-05-14"},
        *filler(60),
    ]  # fmt: skip
    pairs = pair_probabilities(rows)
    for pair in (("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("c", "d")):
        assert pairs.get(frozenset(pair), 0.0) < 0.5, pair


def test_a_person_of_many_mentions_does_not_make_the_name_common() -> None:
    values = pd.Series(["g"] * 5 + ["i"] * 6 + ["n"] * 6 + ["a"] * 2, name="pair_key")
    signs = pd.DataFrame({
        "patronymic_key": ["VLRVN", "VLRVN", "VLRVN", None, "VLRVN",  # g: one person
                           "AVNVCH", "PTRVCH", "SRGVCH", None, None, None,  # i: three
                           None, None, None, None, None, None,  # n: nothing tells
                           None, None],
        "birth_year": [None, 1997, None, None, None, *[None] * 14],
    })  # fmt: skip
    prior = 1 / 19
    plain = name_frequencies(values, prior).set_index("pair_key")["tf_pair_key"]
    told = name_frequencies(values, prior, signs).set_index("pair_key")["tf_pair_key"]
    # one patronymic and one birth year in four of five records: one person; the
    # record without a sign still counts at the plain rate
    assert told["g"] < plain["g"] / 4
    assert told["g"] == pytest.approx(plain["g"] / 5)
    # three patronymics: three people at least, the plain estimate stands
    assert told["i"] == pytest.approx(plain["i"])
    # no sign at all: the plain estimate
    assert told["n"] == pytest.approx(plain["n"])
    assert told["a"] == plain["a"] == 0.0


def test_a_common_name_with_differing_patronymics_keeps_its_penalty() -> None:
    """Hard negatives: one surname and given name, different patronymics and years."""
    rows = []
    for i, patronymic in enumerate(["Иванович", "Петрович", "Сергеевич", "Олегович",
                                    "Павлович", "Юрьевич"]):  # fmt: skip
        for j in range(2):
            rows.append({"id": f"p{i}{j}", "name": f"Петров Александр {patronymic}",
                         "birth_date": f"{1980 + i}-01-0{j + 1}"})  # fmt: skip
    rows.append({"id": "bare", "name": "Петров Александр"})
    rows += filler(40)
    pairs = pair_probabilities(rows)
    # the bare mention is no one's in particular
    assert max(p for k, p in pairs.items() if "bare" in k) < 0.5


def test_signs_that_share_nothing_tell_no_one_holder() -> None:
    """A patronymic on six records of "Иванов Сергей", a birth year alone on a seventh:
    one patronymic and one year, but nothing ties the seventh to the six: two people
    may hold the name, which must not look rarer than the plain count says."""
    values = pd.Series(["i"] * 7 + ["x"] * 20, name="pair_key")
    signs = pd.DataFrame({
        "patronymic_key": ["PTRVCH"] * 6 + [None] + [None] * 20,
        "birth_year": [None] * 6 + [1985] + [None] * 20,
    })  # fmt: skip
    prior = 1 / 27
    plain = name_frequencies(values, prior).set_index("pair_key")["tf_pair_key"]
    told = name_frequencies(values, prior, signs).set_index("pair_key")["tf_pair_key"]
    assert told["i"] > plain["i"] / 2  # two holders at least: half its records are others'
    # the year on one of the six ties it to them: one holder
    signs.loc[6, "birth_year"] = None
    signs.loc[5, "birth_year"] = 1985
    tied = name_frequencies(values, prior, signs).set_index("pair_key")["tf_pair_key"]
    assert tied["i"] < plain["i"] / 4


@pytest.mark.parametrize("other", [
    {"name": "Иванов Сергей", "birth_date": "1985-01-01"},  # a year alone
    {"name": "Иванов Сергей Олегович"},  # another patronymic
    {"name": "Иванов Сергей Олегович", "birth_date": "1985-01-01"},
])
def test_a_common_name_of_one_person_many_times_keeps_the_other_apart(
    other: dict[str, str],
) -> None:
    """Hard negatives: "Иванов Сергей Петрович" six times, another Sergei Ivanov once."""
    rows = [{"id": f"a{i}", "name": "Иванов Сергей Петрович"} for i in range(6)]
    rows += [{"id": "b", **other}, *filler(60)]
    pairs = pair_probabilities(rows)
    assert max(p for k, p in pairs.items() if "b" in k) < 0.5
    assert min(p for k, p in pairs.items() if "b" not in k and all(
        x.startswith("a") for x in k)) > 0.5


def test_unlinked_groups_follow_chains_of_shared_signs() -> None:
    """Records of one name are one group when a chain of them shares a patronymic or a
    birth year, and apart otherwise; each name is counted on its own."""
    import pandas as pd

    from headcount.link.predict import _unlinked

    key = pd.Series(["a"] * 4 + ["b"] * 3 + ["c"])
    frame = pd.DataFrame({
        # a: p–p share a patronymic, p–1990 a year, q–1990 the same year: one chain; the
        # fourth (r, 1971) stands apart. b: three patronymics, no year: three groups.
        "patronymic_key": ["p", "p", "q", "r", "x", "y", "z", None],
        "birth_year": [None, 1990, 1990, 1971, None, None, None, None],
    }, dtype=object)
    groups = _unlinked(key, frame)
    assert groups["a"] == 2
    assert groups["b"] == 3
    assert "c" not in groups.index  # no sign at all: not counted here


@pytest.mark.parametrize(("short", "full"), [
    ("Лоовой А. П.", "Лозовой Андрей Петрович"),
    ("Боьшаков И. С.", "Большаков Иван Сергеевич"),
    ("Кравцоов Д.", "Кравцов Дмитрий Олегович"),
    ("Мельникв Р. Ю.", "Мельников Роман Юрьевич"),
])
def test_a_misspelt_surname_with_initials_that_agree_scores_above_one_that_disagrees(
    short: str, full: str
) -> None:
    """A surname one letter off with the given name as an agreeing initial is evidence
    of one man; the same with another initial is not."""
    other = short.replace(short.split()[1][0], "Б" if short.split()[1][0] != "Б" else "В", 1)
    other = short.split()[0] + " " + other.split(" ", 1)[1]
    rows = [{"id": "a", "name": full, "death_date": "2023"},
            {"id": "b", "name": short, "death_date": "2023"},
            {"id": "c", "name": other, "death_date": "2023"}, *filler(60)]  # fmt: skip
    pairs = pair_probabilities(rows)
    assert frozenset(("a", "b")) in pairs
    assert pairs[frozenset(("a", "b"))] > pairs.get(frozenset(("a", "c")), 0.0)
