from __future__ import annotations

import json
from pathlib import Path

import typer
from stats_registry import build
from typer.testing import CliRunner

from headcount.publish.cli import register as register_publish
from headcount.settings import init_workspace
from headcount.stats.cli import register as register_stats


def app() -> typer.Typer:
    a = typer.Typer()
    register_stats(a)
    register_publish(a)
    return a


def test_stats_report_export_commands(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "ws")
    build(ws.root).dispose()
    run = CliRunner().invoke
    r = run(app(), ["stats", "-w", str(ws.root), "--by", "region", "--per-capita", "-f", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows[0]["region"] == "RU-TY" and rows[0]["region_name"] == "Tuva"
    assert rows[0]["per_100k"] == round(2 / 92884 * 1e5, 2)
    r = run(app(), ["stats", "-w", str(ws.root), "--by", "month", "--per-capita"])
    assert r.exit_code == 2
    r = run(app(), ["stats", "-w", str(ws.root), "--by", "age", "--by", "status", "-f", "csv"])
    assert r.stdout.splitlines()[0] == "age,status,confirmed,pending,total"
    out = tmp_path / "r.html"
    r = run(app(), ["report", "-w", str(ws.root), "--out", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text()
    assert "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "Deaths per 100,000 men" in html and "Tuva" in html
    r = run(app(), ["export", "-w", str(ws.root), "-f", "jsonl", "-o", str(tmp_path / "e")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "e" / "manifest.json").is_file()
    for cmd in ("stats", "report", "export"):
        assert "Example" in run(app(), [cmd, "--help"]).stdout
