"""People in no registry: their namesakes in it are never a confident match, and the
registry's own chance agreement weakens the evidence, never strengthens it."""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine

from headcount.trace import trace_table
from headcount.trace.rates import registry_rates
from headcount.trace.rescore import (
    UNCORROBORATED,
    Calibration,
    corroboration,
    shipped_calibration,
    word_keys,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from trace_lists import ORIGINS, load_registry


def _namesakes(seed: int, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A registry of ``n`` people of generated origins, and a list of the same names as
    passports write them with no birth date (their namesakes, in no registry)."""
    rng = random.Random(seed)
    reg, listed = [], []
    for i in range(n):
        o = ORIGINS[rng.choice(sorted(ORIGINS))]
        given, surname = rng.choice(o.given), rng.choice(o.surname)
        born = f"{rng.randint(1960, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        reg.append({"person_id": f"p{i}", "name": f"{surname[1]} {given[1]}",
                    "birth_date": born, "citizenship": o.countries[0]})  # fmt: skip
        listed.append({"full_name": f"{given[0][0]} {surname[0][0]}".upper(),
                       "date_of_birth": "", "country": o.countries[0]})  # fmt: skip
    return pd.DataFrame(reg), pd.DataFrame(listed)


def test_a_namesake_without_a_date_is_never_a_match(engine: Engine) -> None:
    registry, listed = _namesakes(3, 40)
    load_registry(engine, registry)
    rows = trace_table(listed, engine, None).rows
    found = [r for r in rows if r.best is not None]
    assert len(found) >= 30  # the namesakes are found ...
    assert all(r.best is not None and r.best.probability <= UNCORROBORATED for r in found)
    assert not [r.name for r in rows if r.verdict == "match"]  # ... and never confirmed


def test_the_same_rows_with_their_birth_dates_are_matches(engine: Engine) -> None:
    registry, listed = _namesakes(3, 40)
    load_registry(engine, registry)
    dated = listed.assign(date_of_birth=registry["birth_date"])
    rows = trace_table(dated, engine, None).rows
    right = [
        r
        for r, pid in zip(rows, registry["person_id"], strict=True)
        if r.best is not None and r.best.person_id == pid and r.verdict == "match"
    ]
    assert len(right) >= 0.8 * len(rows)


def test_registry_rates_count_namesakes_and_their_countries() -> None:
    names = {"a": "Рахул Чаухан", "b": "Чаухан Рахул", "c": "Рахул Чаухан Кумар",
             "d": "Иван Петров", "e": "Петров Иван"}  # fmt: skip
    cits = {"a": "IN", "b": "IN", "c": "IN", "d": "RU", "e": "UA"}
    rates = registry_rates(names, cits, {k: word_keys(v)[1] for k, v in names.items()})
    # ordered pairs: a-b, b-a, d-e, e-d the same name; a-c, c-a, b-c, c-b contained
    assert rates.pairs == 5 * 4
    assert rates.name_u("same") == 4 / 20 and rates.name_u("contained") == 4 / 20
    n, same = rates.citizenship
    assert (n, same) == (8.0, 6.0)
    assert 0.6 < rates.citizenship_u(0.6) < 0.75
    lone = registry_rates({"a": "Рахул Чаухан"}, {}, {})
    assert lone.name_u("same") == 0.0


def test_calibration_bounds_what_no_date_corroborates() -> None:
    cal = Calibration(1.2, -1.0, (1.4, -0.7), uncorroborated=0.85)
    assert cal(0.999, dated=True) > 0.99
    assert cal(0.999, dated=False) == 0.85 and cal(1.0, dated=False) == 0.85
    assert cal(0.2, dated=False) < 0.85
    shipped = shipped_calibration()
    assert shipped.undated is not None and shipped.uncorroborated == UNCORROBORATED


def _pair(mw_birth: float, left: str | None, right: str | None) -> dict[str, object]:
    return {"mw_birth": mw_birth, "mw_tf_adj_birth": 0.0, "birth_date_l": left,
            "birth_date_r": right, "mw_death": None}  # fmt: skip


def test_a_year_alone_corroborates_less_than_a_full_date() -> None:
    assert corroboration(_pair(5.0, "1977-01-26", "1977-01-26")) == "date"
    # the registry gives the year only: a namesake born that year agrees as much
    assert corroboration(_pair(3.0, "1977-01-26", None)) == "year"
    assert corroboration(_pair(3.0, None, float("nan"))) == "year"
    assert corroboration(_pair(0.5, "1977-01-26", "1977-01-26")) == "none"
    assert corroboration(_pair(-4.0, "1977-01-26", "1981-03-02")) == "none"
    assert corroboration({}) == "none"
    death = {**_pair(0.0, None, None), "mw_death": 2.0, "death_date_l": "2023-05-01",
             "death_date_r": "2023-05-01"}  # fmt: skip
    assert corroboration(death) == "date"


def test_each_kind_of_corroboration_has_its_curve() -> None:
    cal = Calibration(1.2, -1.0, (1.4, -0.7), uncorroborated=0.85, year=(1.0, -0.8))
    for p in (0.3, 0.8, 0.95, 0.999):
        assert cal(p, "year") == pytest.approx(1 / (1 + math.exp(0.8 - math.log(p / (1 - p)))))
        assert cal(p, "none") <= 0.85
    assert cal(0.95, "date") == cal(0.95, True) and cal(0.95, "none") == cal(0.95, False)
    # a calibration without a year curve treats a year as a date
    old = Calibration(1.2, -1.0, (1.4, -0.7), uncorroborated=0.85)
    assert old(0.95, "year") == old(0.95, "date")
    shipped = shipped_calibration()
    assert shipped.year is not None
    # fitted on lists with people in no registry: a year is weaker evidence than a date
    assert shipped(0.95, "year") < shipped(0.95, "date")


def test_a_relative_born_the_same_year_is_no_match(engine: Engine) -> None:
    """People in no registry who share a surname, a country and a birth year with a
    person in it (he gives only the year), under another given name of their origin."""
    rng = random.Random(5)
    reg, listed = [], []
    for i in range(40):
        o = ORIGINS[rng.choice(sorted(ORIGINS))]
        given, other = rng.sample(o.given, 2)
        surname = rng.choice(o.surname)
        year = rng.randint(1960, 2000)
        reg.append({"person_id": f"p{i}", "name": f"{surname[1]} {given[1]}",
                    "birth_date": str(year), "citizenship": o.countries[0]})  # fmt: skip
        listed.append({"full_name": f"{other[0][0]} {surname[0][0]}",
                       "date_of_birth": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       "country": o.countries[0]})  # fmt: skip
    load_registry(engine, pd.DataFrame(reg))
    rows = trace_table(pd.DataFrame(listed), engine, None).rows
    assert len([r for r in rows if r.best is not None]) >= 2  # found as candidates ...
    assert not [r.name for r in rows if r.verdict == "match"]  # ... and never confirmed
