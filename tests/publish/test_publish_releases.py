"""One release, whatever the number of formats: one run writing several, or several
runs on the unchanged registry, give one release row, one manifest, one changes.csv."""

from __future__ import annotations

import csv
import hashlib
import json
from itertools import permutations
from pathlib import Path

import pytest
import typer
from sqlalchemy import Engine, func, select, update
from stats_registry import build
from typer.testing import CliRunner

from headcount.publish import FORMATS, export_registry
from headcount.publish.cli import register
from headcount.publish.export import parse_formats
from headcount.settings import Workspace, init_workspace
from headcount.store import schema as s


def releases(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(s.release).order_by(s.release.c.id))]


def release_files(engine: Engine) -> set[tuple[int, str, str]]:
    rf = s.release_file
    with engine.connect() as conn:
        return {tuple(r) for r in conn.execute(select(rf.c.release_id, rf.c.format, rf.c.path))}


def manifest(out: Path) -> dict[str, object]:
    return dict(json.loads((out / "manifest.json").read_text("utf-8")))


def check_hashes(out: Path, m: dict[str, object]) -> None:
    files = m["files"]
    assert isinstance(files, list)
    for f in files:
        assert hashlib.sha256((out / f["path"]).read_bytes()).hexdigest() == f["sha256"], f
    on_disk = {p.name for p in out.iterdir()} - {"manifest.json"}
    assert {f["path"] for f in files} == on_disk  # every file listed, nothing stale


def test_one_run_in_three_formats_is_one_release(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    out = tmp_path / "rel"
    res = export_registry(engine, w, ["csv", "parquet", "ftm"], out)
    assert res.formats == ("csv", "parquet", "ftm")
    [rel] = releases(engine)
    m = manifest(out)
    assert m["release_id"] == rel["id"] == res.release_id
    assert m["formats"] == ["csv", "ftm", "parquet"]
    by_format: dict[str | None, set[str]] = {}
    for f in m["files"]:  # type: ignore[attr-defined]
        by_format.setdefault(f["format"], set()).add(f["path"])
    assert by_format == {
        "csv": {"persons.csv", "sources.csv", "evidence.csv"},
        "parquet": {"persons.parquet", "sources.parquet", "evidence.parquet"},
        "ftm": {"entities.ftm.json"},
        None: {"changes.csv"},
    }
    check_hashes(out, m)
    assert {(p, f) for _, f, p in release_files(engine)} == {
        (p, f) for f, ps in by_format.items() if f for p in ps
    }
    assert m["changes"] == {"added": 6, "changed": 0, "removed": 0}
    # the same files as three single-format runs would write
    single = tmp_path / "single"
    export_registry(engine, w, "csv", single, record=False)
    for name in ("persons.csv", "sources.csv", "evidence.csv"):
        assert (single / name).read_bytes() == (out / name).read_bytes()


@pytest.mark.parametrize("order", list(permutations(["csv", "parquet", "ftm"])))
def test_separate_runs_on_an_unchanged_registry_add_files_to_one_release(
    ws, tmp_path, order
) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    out = tmp_path / "rel"
    results = [export_registry(engine, w, fmt, out) for fmt in order]
    assert len(releases(engine)) == 1
    assert {r.release_id for r in results} == {releases(engine)[0]["id"]}
    m = manifest(out)
    assert m["formats"] == sorted(order)
    check_hashes(out, m)
    # not "0 changes": every run reports the release's own changes
    for r in results:
        assert r.manifest["changes"] == {"added": 6, "changed": 0, "removed": 0}
        assert r.manifest["previous_release"] is None
    with (out / "changes.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 6
    assert {f for _, f, _ in release_files(engine)} == set(order)


def test_a_changed_registry_or_the_other_kind_makes_a_new_release(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    first = export_registry(engine, w, "csv,jsonl", tmp_path / "r1")
    pub = export_registry(engine, w, "csv", tmp_path / "p1", public=True)
    assert pub.release_id != first.release_id and pub.manifest["previous_release"] is None
    again = export_registry(engine, w, "parquet", tmp_path / "r1b")  # full, unchanged
    assert again.release_id == first.release_id
    assert again.manifest["changes"] == first.manifest["changes"]
    with engine.begin() as conn:
        conn.execute(update(s.person).where(s.person.c.id == "p02").values(death_date="2022-03-18"))
    second = export_registry(engine, w, "ftm", tmp_path / "r2")
    assert second.release_id not in (first.release_id, pub.release_id)
    assert second.manifest["changes"] == {"added": 0, "changed": 1, "removed": 0}
    prev = second.manifest["previous_release"]
    assert prev["id"] == first.release_id and prev["format"] == "csv,jsonl,parquet"
    # the next export of the changed registry joins release 3 and keeps its changes
    third = export_registry(engine, w, "csv", tmp_path / "r2")
    assert third.release_id == second.release_id
    assert third.manifest["changes"] == {"added": 0, "changed": 1, "removed": 0}
    assert manifest(tmp_path / "r2")["formats"] == ["csv", "ftm"]
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(s.release)) == 3


def test_files_of_an_older_release_are_not_listed_as_this_one(ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w, engine = ws
    out = tmp_path / "rel"
    export_registry(engine, w, "csv", out)
    with engine.begin() as conn:
        conn.execute(update(s.person).where(s.person.c.id == "p02").values(death_date="2022-03-18"))
    res = export_registry(engine, w, "ftm", out)
    paths = {f["path"] for f in res.manifest["files"]}
    assert paths == {"entities.ftm.json", "changes.csv"}  # persons.csv is release 1's


def test_parse_formats() -> None:
    assert parse_formats("csv, parquet,ftm") == ("csv", "parquet", "ftm")
    assert parse_formats(["csv", "csv,ftm"]) == ("csv", "ftm")
    assert parse_formats("PARQUET") == ("parquet",)
    assert set(parse_formats(",".join(FORMATS))) == set(FORMATS)
    with pytest.raises(ValueError, match="unknown format 'xlsx'"):
        parse_formats("csv,xlsx")
    with pytest.raises(ValueError, match="no format"):
        parse_formats([])


def test_command_takes_repeated_and_comma_separated_formats(tmp_path: Path) -> None:
    w: Workspace = init_workspace(tmp_path / "ws")
    engine = build(w.root)
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a group, so that "export" is a subcommand
    run = CliRunner().invoke
    base = ["export", "-w", str(w.root), "-o", str(tmp_path / "out")]
    r = run(app, [*base, "--format", "csv", "--format", "parquet,ftm"])
    assert r.exit_code == 0, r.output
    assert manifest(tmp_path / "out")["formats"] == ["csv", "ftm", "parquet"]
    r = run(app, [*base, "-f", "jsonl"])
    assert r.exit_code == 0, r.output
    assert "files added to release 1" in r.output
    assert len(releases(engine)) == 1
    r = run(app, [*base, "-f", "xlsx"])
    assert r.exit_code == 2 and "unknown format 'xlsx'" in r.output
    r = run(app, ["export", "-w", str(w.root), "-o", str(tmp_path / "d")])  # default: csv
    assert r.exit_code == 0 and (tmp_path / "d" / "persons.csv").is_file()
    engine.dispose()
