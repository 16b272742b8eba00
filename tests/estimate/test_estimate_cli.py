"""The ``mse`` command, through a throwaway Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from headcount.estimate.cli import register

runner = CliRunner()

THREE = "A,B,C,count\n1,0,0,120\n0,1,0,90\n0,0,1,70\n1,1,0,30\n1,0,1,25\n0,1,1,20\n1,1,1,8\n"


@pytest.fixture
def app() -> typer.Typer:
    a = typer.Typer()

    @a.callback()
    def main() -> None:
        """test app"""

    register(a)
    return a


@pytest.fixture
def three(tmp_path: Path) -> Path:
    p = tmp_path / "lists.csv"
    p.write_text(THREE)
    return p


def test_help_has_runnable_example(app: typer.Typer) -> None:
    r = runner.invoke(app, ["mse", "--help"])
    assert r.exit_code == 0
    assert "headcount mse lists.csv" in r.output
    assert "printf" in r.output


def test_table_output(app: typer.Typer, three: Path) -> None:
    r = runner.invoke(app, ["mse", str(three)])
    assert r.exit_code == 0, r.output
    assert "Estimated total" in r.output
    assert "Undocumented" in r.output
    assert "363" in r.output


def test_json_output(app: typer.Typer, three: Path) -> None:
    r = runner.invoke(app, ["mse", str(three), "--format", "json", "--criterion", "stepwise"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["observed"] == 363
    assert d["method"] == "loglinear"
    assert d["criterion"] == "stepwise"
    assert d["estimate"] > 363
    assert d["undocumented"] == pytest.approx(d["estimate"] - 363, abs=0.01)


def test_csv_output(app: typer.Typer, three: Path) -> None:
    r = runner.invoke(app, ["mse", str(three), "--format", "csv"])
    assert r.exit_code == 0, r.output
    lines = r.output.strip().splitlines()
    assert lines[0].startswith("source,method,observed,estimate")
    assert len(lines) == 2


def test_two_lists_default_to_chapman(app: typer.Typer, tmp_path: Path) -> None:
    p = tmp_path / "two.csv"
    p.write_text("A,B,Freq\n1,0,60.0\n0,1,40.0\n1,1,20.0\n")
    r = runner.invoke(app, ["mse", str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["method"] == "chapman"
    assert d["estimate"] == pytest.approx(81 * 61 / 21 - 1, abs=0.001)


def test_bootstrap_and_plot(app: typer.Typer, three: Path, tmp_path: Path) -> None:
    png = tmp_path / "boot.png"
    r = runner.invoke(
        app,
        ["mse", str(three), "--bootstrap", "50", "--seed", "1", "--interval", "percentile",
         "--plot", str(png), "--format", "json"],
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert "percentile bootstrap" in d["interval_method"]
    assert png.stat().st_size > 5000


def test_lcmcr_with_trace(app: typer.Typer, three: Path, tmp_path: Path) -> None:
    trace = tmp_path / "trace.png"
    post = tmp_path / "post.png"
    r = runner.invoke(
        app,
        ["mse", str(three), "--method", "lcmcr", "--samples", "100", "--burn-in", "200",
         "--thin", "2", "--max-classes", "4", "--seed", "3", "--trace-plot", str(trace),
         "--plot", str(post), "--format", "json"],
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["method"] == "lcmcr"
    assert "effective_sample_size" in d["diagnostics"]
    assert trace.stat().st_size > 5000 and post.stat().st_size > 5000


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("A,count\n1,5\n", "at least two list"),
        ("A,B,count\n1,0,5\n0,1,2.5\n", "fractional"),
        ("A,B,count\n1,0,5\n0,1,3\n", "does not exist"),
    ],
)
def test_errors_exit_nonzero_without_traceback(
    app: typer.Typer, tmp_path: Path, text: str, needle: str
) -> None:
    p = tmp_path / "bad.csv"
    p.write_text(text)
    r = runner.invoke(app, ["mse", str(p)])
    assert r.exit_code == 2
    assert needle in r.output
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_trace_plot_needs_lcmcr(app: typer.Typer, three: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["mse", str(three), "--trace-plot", str(tmp_path / "t.png")])
    assert r.exit_code == 2
    assert "lcmcr" in r.output


def test_an_unknown_status_is_an_error_naming_it() -> None:
    from headcount.estimate.cli import chosen_statuses

    assert chosen_statuses(["any"]) == ()
    assert chosen_statuses(["killed", "declared_dead", "killed"]) == ("declared_dead", "killed")
    with pytest.raises(typer.BadParameter, match=r"'all'.*captured.*'any'"):
        chosen_statuses(["all"])
