"""`headcount mse` says "not estimable from these sources" with the reason code."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from headcount.cli import app


def test_mse_prints_the_refusal_and_its_code(tmp_path: Path) -> None:
    f = tmp_path / "thin.csv"
    f.write_text("A,B,C,count\n1,0,0,300\n0,1,0,250\n0,0,1,200\n1,1,0,3\n0,1,1,2\n", "utf-8")
    table = CliRunner().invoke(app, ["mse", str(f)])
    assert table.exit_code == 0
    flat = "".join(table.stdout.split())  # the table wraps long cells
    assert "notestimablefromthesesources" in flat
    assert "(too_few_overlaps)" in flat
    out = CliRunner().invoke(app, ["mse", str(f), "--format", "json"])
    d = json.loads(out.stdout)
    assert d["estimable"] is False and d["not_estimable"][0]["code"] == "too_few_overlaps"
