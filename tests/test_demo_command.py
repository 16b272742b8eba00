"""`headcount demo` builds a workspace from the generated corpus and ingests all of it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from headcount.cli import app
from headcount.store import open_registry
from headcount.store import schema as s

runner = CliRunner()


def test_demo_ingests_every_source_without_errors(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    result = runner.invoke(app, ["demo", str(root), "--people", "60", "--seed", "7"])
    assert result.exit_code == 0, result.output
    assert "Demo workspace" in result.output
    engine = open_registry(f"sqlite:///{root / 'registry.sqlite'}")
    with engine.connect() as conn:
        sources = set(conn.scalars(select(s.source.c.name)))
        by_source = dict(
            conn.execute(
                select(s.mention.c.source, func.count()).group_by(s.mention.c.source)
            ).all()
        )
        errors = conn.scalar(select(func.count()).select_from(s.ingest_error))
    declared = {p.stem for p in (root / "sources").glob("*.yml")}
    assert sources == declared
    assert errors == 0
    mz = json.loads((root / "corpus" / "lists" / "mediazona.json").read_text("utf-8"))
    with (root / "corpus" / "family" / "missing_persons.csv").open(encoding="utf-8") as fh:
        family = list(csv.DictReader(fh))
    assert by_source["mediazona"] == len(mz)
    assert by_source["family-missing"] == len(family)
    result = runner.invoke(app, ["status", "-w", str(root), "--format", "json"])
    status = {r["source"]: r for r in json.loads(result.stdout)}
    assert all(r["last_run"] == "complete" for r in status.values())
    assert all(r["documents"] > 0 for r in status.values())
