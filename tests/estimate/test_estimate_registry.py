"""Capture histories built from the registry's linked persons."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from headcount.estimate.errors import EstimationError
from headcount.estimate.registry import COUNT, capture_histories
from headcount.pipeline import DemoRun, build_demo
from headcount.store import schema as s


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    return build_demo(tmp_path_factory.mktemp("est"), people=80, seed=11)


def test_every_killed_person_is_counted_once_by_its_systems(demo: DemoRun) -> None:
    table = capture_histories(demo.engine)
    p = s.person
    with demo.engine.connect() as conn:
        killed = conn.scalar(
            select(func.count()).select_from(p).where(
                p.c.state == "active", p.c.grade != "rejected", p.c.status == "killed"
            )
        )
        systems = set(conn.scalars(select(s.source.c.system).distinct()))
    lists = [c for c in table.columns if c != COUNT]
    assert int(table[COUNT].sum()) == killed
    assert set(lists) <= systems and len(lists) >= 2
    assert ((table[lists] == 0) | (table[lists] == 1)).all().all()
    assert (table[lists].sum(axis=1) >= 1).all()  # nobody is on no list


def test_strata_and_exclusions(demo: DemoRun) -> None:
    whole = capture_histories(demo.engine)
    by_region = capture_histories(demo.engine, by=["region"])
    assert int(by_region[COUNT].sum()) == int(whole[COUNT].sum())
    assert "region" in by_region.columns
    fewer = capture_histories(demo.engine, exclude_systems=["mediazona"])
    assert "mediazona" not in fewer.columns
    assert int(fewer[COUNT].sum()) <= int(whole[COUNT].sum())


def test_bad_requests_are_clear_errors(demo: DemoRun, tmp_path: Path) -> None:
    with pytest.raises(EstimationError, match="cannot stratify by colour"):
        capture_histories(demo.engine, by=["colour"])
    with pytest.raises(EstimationError, match="no linked persons"):
        capture_histories(demo.engine, status="deserted")


def _sample(root: Path, rows: int) -> Path:
    """A sample of the truth's killed people (name and birth date), as a CSV file."""
    import csv

    with (root / "truth" / "people.csv").open(encoding="utf-8") as fh:
        killed = [p for p in csv.DictReader(fh)
                  if p["final_status"] == "killed" and p["citizenship"] == "RU"]
    path = root / "sample.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["name", "birth_date"])
        for p in killed[:rows]:
            out.writerow([f"{p['surname']} {p['given_name']} {p['patronymic']}",
                          p["birth_date"]])
    return path


def test_report_shows_coverage_from_a_declared_sample(demo: DemoRun) -> None:
    from headcount.estimate.coverage import declared_coverage
    from headcount.settings import Workspace
    from headcount.stats.report import build_report

    root = demo.workspace.root
    _sample(root, 20)
    section = {"sample": "sample.csv"}
    res = declared_coverage(demo.engine, section, root, ("killed",))
    assert res is not None and res.sample == 20 and res.matched >= 10
    ws = Workspace(root, "t", demo.workspace.database_url,
                   {**demo.workspace.config, "coverage": section})
    html = build_report(demo.engine, ws)
    assert "estimated from a sample" in html
    assert "coverage from a sample:" in html and "of 20 sample rows" in html
    plain = build_report(demo.engine, demo.workspace)
    assert "estimated from a sample" not in plain


def test_a_bad_sample_declaration_is_named(demo: DemoRun) -> None:
    from headcount.estimate.coverage import declared_coverage

    root = demo.workspace.root
    with pytest.raises(EstimationError, match=r"sample nowhere\.csv: no such file"):
        declared_coverage(demo.engine, {"sample": "nowhere.csv"}, root, ())
    with pytest.raises(EstimationError, match=r"unknown setting.*colour"):
        declared_coverage(demo.engine, {"colour": 1}, root, ())
    assert declared_coverage(demo.engine, {}, root, ()) is None


def test_identified_only_leaves_out_persons_named_by_one_word(demo: DemoRun) -> None:
    from headcount.estimate.linkage import draw_table, read_link_data

    p, pm, m = s.person, s.person_mention, s.mention
    with demo.engine.connect() as conn:
        rows = conn.execute(
            select(p.c.id, m.c.name)
            .join(pm, pm.c.person_id == p.c.id).join(m, m.c.id == pm.c.mention_id)
            .where(p.c.state == "active", p.c.grade != "rejected")
        ).all()
    words: dict[str, int] = {}
    for pid, name in rows:
        words[pid] = max(words.get(pid, 0), len((name or "").split()))
    full = sum(1 for n in words.values() if n >= 2)
    everyone = capture_histories(demo.engine, status=None)
    named = capture_histories(demo.engine, status=None, identified_only=True)
    by_region = capture_histories(demo.engine, status=None, by=["region"],
                                  identified_only=True)
    assert int(everyone[COUNT].sum()) == len(words)
    assert int(named[COUNT].sum()) == int(by_region[COUNT].sum()) == full
    import numpy as np

    data = read_link_data(demo.engine, identified_only=True)
    assert data.identified is not None and len(data.identified) == full
    no_pairs = type(data)(data.persons, data.status, data.systems, [], data.identified)
    drawn = draw_table(no_pairs, (), np.random.default_rng(1))
    assert int(drawn[COUNT].sum()) == full
