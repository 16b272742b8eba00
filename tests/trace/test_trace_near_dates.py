"""Near dates: a full birth date one digit or one part off, with an agreeing name, is
a clerk's typo or a namesake born near; it is never a confident match by itself."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from headcount.trace import trace_table
from headcount.trace.rescore import NEAR_DATE, Calibration, corroboration, shipped_calibration

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from trace_lists import ORIGINS, consulate_case, load_registry, near_date


def _pair(mw_birth: float, left: str | None, right: str | None) -> dict[str, object]:
    return {"mw_birth": mw_birth, "mw_tf_adj_birth": 0.0, "birth_date_l": left,
            "birth_date_r": right, "mw_death": None}  # fmt: skip


def test_two_full_dates_apart_are_a_near_date() -> None:
    assert corroboration(_pair(3.0, "1977-01-26", "1977-01-27")) == "near"
    assert corroboration(_pair(3.0, "1977-01-26", "1977-01-26")) == "date"
    assert corroboration(_pair(3.0, "1977-01-26", None)) == "year"
    assert corroboration(_pair(-3.0, "1977-01-26", "1977-01-27")) == "none"
    # an exact date of death outweighs a near birth date
    both = {**_pair(3.0, "1977-01-26", "1977-06-26"), "mw_death": 4.0,
            "death_date_l": "2023-05-01", "death_date_r": "2023-05-01"}  # fmt: skip
    assert corroboration(both) == "date"


def test_a_near_date_has_its_curve_and_its_cap() -> None:
    cal = Calibration(1.2, -1.0, (1.4, -0.7), uncorroborated=0.85, year=(1.0, -0.8),
                      near=(1.1, -1.5), near_cap=0.8)  # fmt: skip
    assert cal(0.999999, "near") == 0.8 and cal(0.999999, "date") > 0.99
    assert cal(0.5, "near") < cal(0.5, "year") < 0.8
    # without a curve of its own a near date is read as a year, and without a cap uncapped
    old = Calibration(1.2, -1.0, (1.4, -0.7), year=(1.0, -0.8))
    assert old(0.9, "near") == old(0.9, "year") and old(0.999999, "near") > 0.99
    shipped = shipped_calibration()
    assert shipped.near is not None and shipped.near_cap == NEAR_DATE < 0.9
    for p in (0.5, 0.9, 0.99, 0.999999):
        assert shipped(p, "near") <= shipped(p, "date")


@given(
    born=st.dates(date(1950, 1, 1), date(2005, 12, 28)).filter(lambda d: d.day <= 28),
    seed=st.integers(0, 10_000),
)
@settings(max_examples=300, deadline=None)
def test_near_dates_are_one_part_or_one_swap_away(born: date, seed: int) -> None:
    near = near_date(random.Random(seed), born)
    parts = sum(a != b for a, b in zip((born.year, born.month, born.day),
                                       (near.year, near.month, near.day), strict=True))  # fmt: skip
    swapped = (near.month, near.day) == (born.day, born.month)
    assert near != born and (parts == 1 or swapped)


def _namesakes(seed: int, n: int) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """A registry of ``n`` people of generated origins with full birth dates, and a
    list of their namesakes (the same names as passports write them, the same
    citizenship) born one digit or one part off, who are in no registry."""
    rng = random.Random(seed)
    reg, listed, born = [], [], []
    for i in range(n):
        o = ORIGINS[rng.choice(sorted(ORIGINS))]
        given, surname = rng.choice(o.given), rng.choice(o.surname)
        day = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
        reg.append({"person_id": f"p{i}", "name": f"{surname[1]} {given[1]}",
                    "birth_date": day.isoformat(), "citizenship": o.countries[0]})  # fmt: skip
        listed.append({"full_name": f"{given[0][0]} {surname[0][0]}".upper(),
                       "date_of_birth": near_date(rng, day).isoformat(),
                       "country": o.countries[0]})  # fmt: skip
        born.append(day.isoformat())
    return pd.DataFrame(reg), pd.DataFrame(listed), born


def test_a_namesake_born_one_part_off_is_never_a_match(engine: Engine) -> None:
    registry, listed, _ = _namesakes(11, 40)
    load_registry(engine, registry)
    rows = trace_table(listed, engine, None).rows
    first = [(r.candidates or r.near_misses)[:1] for r in rows]
    found = [c[0] for c, pid in zip(first, registry["person_id"], strict=True)
             if c and c[0].person_id == pid]  # fmt: skip
    assert len(found) >= 30  # the namesakes are found, ranked first ...
    assert all(c.probability <= NEAR_DATE for c in found)
    assert not [r.name for r in rows if r.verdict == "match"]  # ... never confirmed


def test_the_exact_date_outranks_a_namesake_born_near(engine: Engine) -> None:
    registry, listed, born = _namesakes(11, 40)
    namesakes = registry.assign(person_id=registry["person_id"] + "n")
    # the listed people themselves are in the registry too, with the list's dates
    people = registry.assign(birth_date=listed["date_of_birth"])
    load_registry(engine, pd.concat([namesakes, people], ignore_index=True))
    rows = trace_table(listed, engine, None).rows
    right = [r for r, pid in zip(rows, people["person_id"], strict=True)
             if r.best is not None and r.best.person_id == pid]  # fmt: skip
    assert len(right) >= 0.9 * len(rows)
    assert sum(r.verdict == "match" for r in right) >= 0.7 * len(rows)
    assert born  # the namesakes' own dates differ from the list's
    assert all(a != b for a, b in zip(born, listed["date_of_birth"], strict=True))


def test_the_consulate_lists_declare_their_near_dates() -> None:
    """The generator's near-date namesakes: their share of the list, their person in
    no registry, a namesake of the same citizenship born near; and date typos among
    the people who are there, without changing the seed's other rows."""
    registry, listed, truth = consulate_case(200, 9, near_negatives=0.05, date_typos=0.5)
    _, plain_listed, plain_truth = consulate_case(200, 9, near_negatives=0.0,
                                                  date_typos=0.0)  # fmt: skip
    extra = listed[listed["case_no"].str.startswith("N-")]
    assert len(extra) == 10 and all(t is None for t in truth[-10:])
    assert truth[:200] == plain_truth and list(listed["full_name"][:200]) == list(
        plain_listed["full_name"])
    born = dict(zip(registry["person_id"], registry["birth_date"], strict=True))
    for k, row in enumerate(extra.itertuples()):
        theirs = born[f"n{k}n"]
        assert len(theirs) == 10 and theirs != row.date_of_birth
    typos = [i for i, t in enumerate(truth[:200]) if t is not None
             and listed["date_of_birth"][i] != plain_listed["date_of_birth"][i]]  # fmt: skip
    assert typos and all(len(listed["date_of_birth"][i]) == 10 for i in typos)
    assert all(born[truth[i]] == plain_listed["date_of_birth"][i] for i in typos)
