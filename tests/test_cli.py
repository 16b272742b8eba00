"""The command line as a user runs it: init, ingest, status, help."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from headcount.cli import app

runner = CliRunner()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    result = runner.invoke(app, ["init", str(root)])
    assert result.exit_code == 0, result.output
    return root


def test_init_creates_the_workspace(ws: Path) -> None:
    assert (ws / "headcount.toml").is_file()
    assert (ws / "sources").is_dir() and (ws / "archive").is_dir()
    assert (ws / "registry.sqlite").is_file()


def test_every_command_has_help_with_an_example() -> None:
    for command in ("init", "ingest", "status", "demo"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.output, command


def test_ingest_then_status(ws: Path, tmp_path: Path) -> None:
    (ws / "sources" / "family.yml").write_text(
        "name: family\nkind: family_report\nsystem: family\n"
        "mapping: {name: full_name, citizenship: country}\nignore: [phone]\n",
        "utf-8",
    )
    data = tmp_path / "family.csv"
    data.write_text("full_name,country,phone,note\nRam Thapa,Nepal,+977,x\n", "utf-8")
    result = runner.invoke(app, ["ingest", "-w", str(ws), "family", str(data)])
    assert result.exit_code == 0, result.output
    assert "note" in result.output  # the unmapped column is reported
    result = runner.invoke(app, ["status", "-w", str(ws), "--format", "json"])
    [row] = json.loads(result.stdout)
    assert (row["source"], row["documents"], row["list_rows"], row["system"]) == (
        "family", 1, 1, "family",
    )
    assert row["last_run"] == "complete"


def test_ingest_uses_declared_paths_and_fails_on_a_bad_file(ws: Path) -> None:
    (ws / "pages").mkdir()
    (ws / "pages" / "a.txt").write_text("Погиб Петров Иван Сергеевич.", "utf-8")
    (ws / "pages" / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (ws / "sources" / "vk.yml").write_text(
        "name: vk\nkind: social\npaths: [pages]\n", "utf-8"
    )
    result = runner.invoke(app, ["ingest", "-w", str(ws), "--all", "--format", "json"])
    assert result.exit_code == 1
    [report] = json.loads(result.stdout)
    assert report["documents_new"] == 1
    assert report["errors"][0]["path"] == "pages/b.txt"
    assert "binary" in report["errors"][0]["message"]


def test_unknown_source_is_a_clear_error(ws: Path) -> None:
    result = runner.invoke(app, ["ingest", "-w", str(ws), "nope", "x.html"])
    assert result.exit_code == 2
    assert "no source 'nope'" in result.output


def test_no_workspace_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HEADCOUNT_WORKSPACE", raising=False)
    result = runner.invoke(app, ["status"])
    assert result.exit_code == 2
    assert "no headcount workspace" in result.output


def test_database_url_from_the_environment(
    ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "elsewhere.sqlite"
    monkeypatch.setenv("HEADCOUNT_DATABASE_URL", f"sqlite:///{other}")
    result = runner.invoke(app, ["status", "-w", str(ws)])
    assert result.exit_code == 0
    assert other.is_file()
    shutil.rmtree(ws)


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    import subprocess
    import sys

    heavy = ("pandas", "numpy", "scipy", "duckdb", "splink", "trafilatura", "natasha", "fastapi")
    code = f"import sys, headcount.cli; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_a_list_with_bad_cells_is_ingested_and_counted(ws: Path, tmp_path: Path) -> None:
    (ws / "sources" / "mz.yml").write_text("name: mz\nkind: list\nprofile: mediazona\n", "utf-8")
    rows = [
        {"name": 'Хуан Перес "Lobo"', "region": "Иностранцы", "regionDisplay": "Чили",
         "type": "морпехи", "rank": "гв. капитан", "death": "31.02.2023", "uid": "a"},
        {"name": "Петров Иван Сергеевич", "region": "Иностранцы", "regionDisplay": "Африка",
         "type": "стройбат", "rank": "мл сержант", "death": "1203.2023", "uid": "b"},
    ]  # fmt: skip
    for r in rows:
        r.update(age=None, birth=None, source=None)
    data = tmp_path / "mz.json"
    data.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    result = runner.invoke(app, ["ingest", "-w", str(ws), "mz", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert report["mentions"] == 2 and report["cells_repaired"] == 1
    assert sorted((w["row"], w["column"]) for w in report["cell_warnings"]) == [
        (1, "death"), (2, "regionDisplay"), (2, "type"),
    ]  # fmt: skip
    result = runner.invoke(app, ["status", "-w", str(ws), "--format", "json"])
    [row] = json.loads(result.stdout)
    assert row["warnings"] == 3
    assert row["warnings_by_kind"] == {"date": 1, "place": 1, "unmapped": 1}
    assert row["unmapped"] == [{"column": "type", "value": "стройбат", "count": 1}]
    result = runner.invoke(app, ["status", "-w", str(ws)])
    assert "стройбат" in result.output


def test_link_on_a_fresh_workspace_trains_first_and_says_so(ws: Path, tmp_path: Path) -> None:
    (ws / "sources" / "l.yml").write_text(
        "name: l\nkind: list\nmapping: {name: name, birth_date: born}\n", "utf-8"
    )
    data = tmp_path / "l.csv"
    data.write_text("name,born\nПетров Иван,1990\nПетров Иван,1990\nСидоров Олег,1985\n", "utf-8")
    assert runner.invoke(app, ["ingest", "-w", str(ws), "l", str(data)]).exit_code == 0
    result = runner.invoke(app, ["link", "-w", str(ws)])
    assert result.exit_code == 0, result.output
    assert "no saved linkage model: this run uses the built-in parameters" in result.output
    assert list((ws / "models").glob("link-v*.json"))


def test_tables_fit_80_columns_without_cutting_words() -> None:
    from rich.console import Console

    import headcount.console as hc

    wide = Console(width=80, record=True, force_terminal=False)
    saved, hc.console = hc.console, wide
    try:
        row = {f"column number {i}": f"value-{i}-" + "x" * 12 for i in range(9)}
        hc.emit([row], hc.OutputFormat.table, title="one wide record")
        hc.emit([row, row], hc.OutputFormat.table, title="two wide records")
    finally:
        hc.console = saved
    text = wide.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "…" not in text
    assert "value-8-" + "x" * 12 in text  # the one record is printed field by field, whole
