"""Storage failures end in one line that says what to do; a broken registry is never
taken for a new one; read-only commands work on a read-only workspace; `headcount check`
finds corruption, a wrong schema and altered archives; `serve` refuses a corrupt registry."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def ws(demo: Any, tmp_path: Path) -> Path:
    demo.engine.dispose()
    with sqlite3.connect(demo.root / "registry.sqlite") as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = tmp_path / "ws"
    shutil.copytree(demo.root, root, ignore=shutil.ignore_patterns("corpus", "*-wal", "*-shm"))
    return root


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    from headcount.cli import app

    try:
        app(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line_error(err: str) -> str:
    lines = [x for x in err.strip().splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines and lines[0].startswith("error:"), err
    return " ".join(lines)


def test_a_healthy_registry_passes_the_check(ws: Path, capsys: Any) -> None:
    code, out, _ = run(capsys, "check", "-w", str(ws), "--format", "json")
    assert code == 0 and '"ok": false' not in out and "quick_check: ok" in out


def test_an_empty_registry_file_is_an_error_not_a_new_registry(ws: Path, capsys: Any) -> None:
    (ws / "registry.sqlite").write_bytes(b"")
    for cmd in ("status", "stats", "check"):
        code, _, err = run(capsys, cmd, "-w", str(ws))
        assert code == 2 and "empty (0 bytes)" in one_line_error(err)
    assert (ws / "registry.sqlite").stat().st_size == 0  # nothing was created in its place


@pytest.mark.parametrize("damage", ["truncate", "garbage-header"])
def test_a_truncated_or_foreign_file_is_refused(ws: Path, capsys: Any, damage: str) -> None:
    db = ws / "registry.sqlite"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2] if damage == "truncate" else b"<html>" + data[6:])
    code, _, err = run(capsys, "status", "-w", str(ws))
    assert code == 2
    assert ("truncated" if damage == "truncate" else "not a SQLite") in one_line_error(err)


def test_a_corrupt_registry_is_found_and_not_served(ws: Path, capsys: Any) -> None:
    db = ws / "registry.sqlite"
    with sqlite3.connect(db) as con:
        page = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0]
    with db.open("r+b") as fh:  # scribble over the person table's first page
        fh.seek((root - 1) * page + 8)
        fh.write(b"\xff" * (page - 16))
    code, out, _ = run(capsys, "check", "-w", str(ws), "--no-archive")
    assert code == 1 and "false" in out.lower()
    code, _, err = run(capsys, "serve", "-w", str(ws), "--port", "1")
    assert code == 2 and "corrupt" in one_line_error(err)
    # a command that reads the damaged page says so in one line
    code, _, err = run(capsys, "export", "--out", str(ws / "x"), "-w", str(ws))
    assert code == 2 and "corrupt" in one_line_error(err)


def test_an_altered_archive_is_reported(ws: Path, capsys: Any) -> None:
    victim = next(p for p in (ws / "archive").rglob("*") if p.is_file())
    victim.write_bytes(victim.read_bytes() + b" tampered")
    code, out, _ = run(capsys, "check", "-w", str(ws), "--format", "json")
    assert code == 1 and "altered" in out


def test_read_only_commands_work_on_a_read_only_workspace(
    ws: Path, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    # the tests run as root, who may write anything: the workspace is made read-only
    # for the registry as the code sees it, and SQLite is told so too (mode=ro)
    monkeypatch.setattr("headcount.store.health.writable", lambda _path: False)
    before = (ws / "registry.sqlite").read_bytes()
    for args in (
        ("status",),
        ("stats",),
        ("export", "--format", "csv", "--public", "--out", str(tmp_path / "out")),
    ):
        code, _, err = run(capsys, *args, "-w", str(ws))
        assert code == 0, (args, err)
    assert (tmp_path / "out" / "persons.csv").stat().st_size > 0
    strong = "violet tractor harbour lemonade"  # refused for the read-only workspace only
    code, _, err = run(capsys, "user", "add", "eve", "-w", str(ws), "--password", strong)
    assert code == 2 and "read-only" in one_line_error(err)
    assert (ws / "registry.sqlite").read_bytes() == before


def test_a_full_disk_is_one_line(ws: Path, capsys: Any, monkeypatch: Any) -> None:
    from sqlalchemy.exc import OperationalError

    def full(*_a: Any, **_k: Any) -> Any:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr("headcount.cli.source_status", full)
    code, _, err = run(capsys, "status", "-w", str(ws))
    assert code == 2 and "disk is full" in one_line_error(err)


def test_an_empty_file_of_a_fresh_workspace_being_created_is_let_be(
    tmp_path: Path, capsys: Any
) -> None:
    from headcount.settings import init_workspace

    ws = init_workspace(tmp_path / "fresh")
    (ws.root / "registry.sqlite").write_bytes(b"")  # another process just created it
    code, _, err = run(capsys, "status", "-w", str(ws.root))
    assert code == 0, err
