"""Lists that publish a birth year (or an age) without names: ages in ``stats --by age``
and the report, derived ages said to be derived, and no "persons named … pending"."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pandas as pd
import pytest
import yaml
from stats_registry import build

from headcount.stats import Filter, age_registry, count_by, count_registry, person_table
from headcount.stats.frame import age_band

NOW_PEOPLE = [
    # id, grade, status, region, citizenship, birth, death, reported, age, channel, settl, unit
    ("q1", "confirmed", "killed", "RU-TY", "RU", "1990-06-10", "2022-03-05", None, None,
     None, None, None),  # birthday not yet come: 31
    ("q2", "confirmed", "killed", "RU-TY", "RU", "1990-03-05", "2022-03-05", None, None,
     None, None, None),  # on the birthday: 32
    ("q3", "pending", "killed", "RU-TY", "RU", "1990-06", "2022-03-05", None, None,
     None, None, None),  # months only: years, 32
    ("q4", "pending", "killed", "RU-TY", "RU", "2030", "2022-03-05", None, None,
     None, None, None),  # a slip: no age
    ("q5", "pending", "killed", "RU-TY", "RU", "1980", None, "2023-01-10", None,
     None, None, None),  # birth year and report: 43
    ("q6", "pending", "missing", "RU-TY", "RU", "1980", None, "2023-01-10", None,
     None, None, None),  # not dead: a report date is not a death's
    ("q7", "pending", "killed", "RU-TY", "RU", "1980-01-01", "2022-01-01", None, 50,
     None, None, None),  # stated wins: 50
    ("q8", "pending", "killed", "RU-TY", "RU", "1980", "2022-05-01", None, 1980,
     None, None, None),  # a year in the age column: derived, 42
]  # fmt: skip


def test_ages_derived_with_their_basis(tmp_path: Path) -> None:
    engine = build(tmp_path, NOW_PEOPLE)
    t = person_table(engine, ["age", "age_basis"]).set_index("id")
    got = {
        pid: (None if pd.isna(age) else int(age), None if pd.isna(basis) else basis)
        for pid, age, basis in zip(t.index, t["age"], t["age_basis"], strict=True)
    }
    assert got == {
        "q1": (31, "birth and death dates"),
        "q2": (32, "birth and death dates"),
        "q3": (32, "birth and death years"),
        "q4": (None, None),
        "q5": (43, "birth year and report date"),
        "q6": (None, None),
        "q7": (50, "stated"),
        "q8": (42, "birth and death years"),
    }
    ages = age_registry(engine)
    assert ages["age_bases"] == {
        "stated": 1,
        "birth and death dates": 2,
        "birth and death years": 2,
        "birth year and report date": 1,
    }
    assert ages["mean_age"] == round((31 + 32 + 32 + 43 + 50 + 42) / 6, 1)
    engine.dispose()


def _names_removed_list(path: Path, rows: int, seed: int) -> list[int | None]:
    """A list in the form of the names-removed releases: birth year, date the death was
    confirmed, region; names "removed"; no age column. Returns each row's true age
    (year confirmed minus year of birth), None where a cell is missing."""
    rng = random.Random(seed)
    ages: list[int | None] = []
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "first_name", "last_name", "birthYear", "deathConfirmedDate", "region"])
        for i in range(rows):
            birth = rng.randint(1955, 2005) if rng.random() > 0.15 else None
            date = (
                f"{rng.randint(2022, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if rng.random() > 0.1
                else None
            )
            w.writerow([i + 1, "removed", "removed", birth or "", date or "", "Buryatia"])
            ages.append(int(date[:4]) - birth if birth and date else None)
    return ages


@pytest.mark.slow
def test_names_removed_list_gives_ages_and_is_not_shown_as_named(tmp_path: Path) -> None:
    from headcount.ingest.run import ingest
    from headcount.ingest.source import parse_source
    from headcount.link.run import link_registry
    from headcount.settings import init_workspace
    from headcount.stats.report import build_report
    from headcount.store import open_registry

    ws = init_workspace(tmp_path / "ws")
    engine = open_registry(ws.database_url)
    data = tmp_path / "list.csv"
    truth = _names_removed_list(data, 80, seed=15)
    decl = yaml.safe_load(
        """
name: names-removed
kind: list
system: alpha
deduplicated: true
format: csv
mapping:
  record_id: id
  birth_date: {column: birthYear, format: "%Y"}
  reported_date: {column: deathConfirmedDate, format: "%Y-%m-%d"}
  region: region
  status: {value: killed}
ignore: [first_name, last_name]
"""
    )
    assert ingest(engine, ws.archive_dir, parse_source(decl), [data], base=ws.root).ok
    link_registry(engine, ws.root, retrain=True)

    known = [a for a in truth if a is not None]
    ages = age_registry(engine, Filter(statuses=("killed",)))
    assert ages["persons_with_age"] == len(known)
    assert ages["mean_age"] == round(sum(known) / len(known), 1)
    assert ages["age_bases"] == {"birth year and report date": len(known)}
    bands = count_by(count_registry(engine, ["age_band"]), ["age"])
    want: dict[str, int] = {}
    for a in truth:
        band = age_band(a) or "unknown"
        want[band] = want.get(band, 0) + 1
    assert dict(zip(bands["age"], bands["total"], strict=True)) == want

    html = build_report(engine, ws)
    assert "named by one system only" not in html and "persons named" not in html
    assert "records without names" in html
    assert f"Mean age at death {ages['mean_age']}" in html
    assert "derived as the year the death was reported minus the year of birth" in html
    assert "one year too" in html
    engine.dispose()


def test_stats_by_age_says_how_many_ages_were_derived(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from headcount.settings import init_workspace
    from headcount.stats.cli import register

    ws = init_workspace(tmp_path / "ws")
    build(ws.root, NOW_PEOPLE).dispose()
    app = typer.Typer()
    register(app)
    r = CliRunner().invoke(app, ["stats", "-w", str(ws.root), "--by", "age", "-f", "json"])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())  # the note wraps at the terminal's width
    assert "6 persons, mean 38.3" in said
    assert "1 stated by a source" in said
    assert "2 derived from the dates of birth and death (exact)" in said
    assert "3 ages derived from years only" in said
