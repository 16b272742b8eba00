"""A consulate's list against a registry of foreigners (a small bench/trace_lists.py case):
names in any order and script, double surnames, Arabic chains, hard negatives."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import Engine

from headcount.trace import trace_table
from headcount.trace.rescore import Calibration, lookup_probabilities

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from trace_lists import consulate_case, load_registry


def test_a_consulate_list_finds_its_people(engine: Engine) -> None:
    registry, listed, truth = consulate_case(people=80, seed=5)
    load_registry(engine, registry)
    result = trace_table(listed, engine, None)
    present = [i for i, t in enumerate(truth) if t is not None]
    first = [result.rows[i].best for i in present]
    right = sum(1 for i, c in zip(present, first, strict=True)
                if c is not None and c.person_id == truth[i])  # fmt: skip
    assert right / len(present) >= 0.9
    confident_wrong = [r.name for r, t in zip(result.rows, truth, strict=True)
                       if r.best is not None and r.best.probability >= 0.9
                       and r.best.person_id != t]  # fmt: skip
    assert len(confident_wrong) <= 1, confident_wrong
    absent = [r for r, t in zip(result.rows, truth, strict=True) if t is None]
    assert sum(r.verdict == "match" for r in absent) <= 1


def test_given_name_first_cyrillic_and_double_surnames(engine: Engine) -> None:
    registry = pd.DataFrame({
        "person_id": ["p1", "p2", "p3", "p4"],
        "name": ["Мартинес Санчес Ласаро Рафаэль", "Рафаэль Мартинес Гомес",
                 "Юсеф аль-Рашид", "Рам Бахадур Тхапа"],
        "birth_date": ["1990-04-02", "1990-07-12", "1975", ""],
        "citizenship": ["CO", "CO", "IQ", "NP"],
    })  # fmt: skip
    load_registry(engine, registry)
    listed = pd.DataFrame({
        "full_name": ["RAFAEL LAZARO MARTINEZ SANCHEZ", "YOUSEF ALRASHID", "THAPA RAM BAHADUR"],
        "date_of_birth": ["02/04/1990", "10/06/1975", ""],
        "country": ["Colombia", "Iraq", "Nepal"],
    })  # fmt: skip
    rows = trace_table(listed, engine, None).rows
    assert [r.best.person_id if r.best else None for r in rows] == ["p1", "p3", "p4"]
    assert rows[0].verdict == "match" and rows[0].best is not None
    assert rows[0].best.probability >= 0.9
    assert "name" in rows[0].best.agree and "birth date" in rows[0].best.agree


def test_a_second_candidate_as_good_halves_the_first() -> None:
    one = lookup_probabilities([20.0], prior=-10.0, persons=1000)
    two = lookup_probabilities([20.0, 20.0], prior=-10.0, persons=1000)
    assert one[0] > 0.99 and two[0] == pytest.approx(two[1])
    assert two[0] == pytest.approx(one[0] / (1 + one[0]), rel=1e-3)
    # a weak candidate in a big registry is unlikely; all add up to at most one
    weak = lookup_probabilities([2.0, 1.0], prior=-10.0, persons=100_000)
    assert weak[0] < 0.1 and sum(weak) < 1


def test_calibration_is_monotone_and_keeps_certainties() -> None:
    cal = Calibration(0.85, -0.95)
    ps = [0.01, 0.2, 0.5, 0.8, 0.99]
    got = [cal(p) for p in ps]
    assert got == sorted(got) and all(0 < g < 1 for g in got)
    assert cal(0.0) == 0.0 and cal(1.0) == 1.0 and Calibration()(0.3) == pytest.approx(0.3)
