"""`headcount dedupe` and `dedupe_table` on tables users bring."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from headcount.link.cli import register
from headcount.link.dedupe import dedupe_table, detect_columns

ROWS = [
    ("Ram Bahadur Thapa", "1990-01-02", "Pokhara"),
    ("Тхапа Рам Бахадур", "02.01.1990", "Pokhara"),
    ("Thapa Ram Bahadur", "1990-01-02", None),
    ("Иванов Иван Иванович", "1985-11-20", "Кызыл"),
    ("Ivan Ivanov", "1985-11-20", "Kyzyl"),
    ("Иванов Иван Иванович", "1979-03-03", "Пермь"),
    ("Maria Lopez", "1970-06-06", "Madrid"),
    (None, "1990-01-02", "Pokhara"),
]


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    pd.DataFrame(ROWS, columns=["Full Name", "Date of birth", "City"]).to_csv(path, index=False)
    return path


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """headcount (test app)"""

    register(app)
    return app


def test_detected_columns() -> None:
    cols = detect_columns(["Full Name", "Date of birth", "City", "cluster"])
    assert (cols.name, cols.birth_date, cols.extra) == ("Full Name", "Date of birth", ("City",))
    with pytest.raises(KeyError, match="no name column"):
        detect_columns(["dob", "city"])


def test_dedupe_table_finds_people_in_any_script() -> None:
    df = pd.DataFrame(ROWS, columns=["name", "dob", "place"])
    out = dedupe_table(df)
    c = list(out["cluster_id"])
    assert c[0] == c[1] == c[2] == 0  # three spellings of one man, cluster named by row 0
    assert c[3] == c[4] and c[5] != c[3]  # same name, other birth date: another man
    assert len({c[6], c[7], c[0], c[3], c[5]}) == 5  # the row without a name stays alone
    assert out["match_probability"].iloc[6] is None or pd.isna(out["match_probability"].iloc[6])
    assert list(out.columns[:3]) == ["name", "dob", "place"]


def test_dedupe_command(people_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "clusters.csv"
    result = CliRunner().invoke(_app(), ["dedupe", str(people_csv), "--out", str(out),
                                         "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out)
    assert {"cluster_id", "match_probability"} <= set(table.columns)
    assert table["cluster_id"].nunique() == 5
    assert '"clusters": 5' in result.stdout
    assert '"expected_precision"' in result.stdout  # the model's cut-off says what it expects


def test_dedupe_command_errors_and_help(people_csv: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(_app(), ["dedupe", str(people_csv), "--surname", "nope"])
    assert bad.exit_code == 2
    help_text = runner.invoke(_app(), ["dedupe", "--help"]).stdout
    assert "headcount dedupe p.csv --out clusters.csv" in help_text
    for command in ("link", "review"):
        assert "Example" in runner.invoke(_app(), [command, "--help"]).stdout


def test_link_and_review_commands(tmp_path: Path) -> None:
    from link_people import fill_registry, mention_rows

    from headcount.settings import init_workspace
    from headcount.store import open_registry

    ws = init_workspace(tmp_path / "ws")
    fill_registry(open_registry(ws.database_url), mention_rows())
    runner = CliRunner()
    first = runner.invoke(_app(), ["link", "-w", str(ws.root)])  # no model yet: trains one
    assert first.exit_code == 0 and "no saved linkage model" in first.output
    trained = runner.invoke(_app(), ["link", "--train", "-w", str(ws.root), "--format", "json"])
    assert trained.exit_code == 0, trained.output
    row = json.loads(trained.stdout)[0]
    # the model's cut-off, reported with what it expects: each true person one person
    assert row["chosen_by"] == "model" and row["expected_precision"] > 0.5, row
    assert row["persons"] == 9, row
    queue = runner.invoke(_app(), ["review", "-w", str(ws.root), "--format", "csv"])
    assert queue.exit_code == 0 and queue.stdout.startswith("left,right,probability")
    left, right = queue.stdout.splitlines()[1].split(",")[:2]
    decided = runner.invoke(_app(), ["review", "decide", left, right, "different", "--who",
                                     "anna", "-w", str(ws.root)])  # fmt: skip
    assert decided.exit_code == 0, decided.output
    assert (
        f"{left},{right}"
        not in runner.invoke(_app(), ["review", "-w", str(ws.root), "--format", "csv"]).stdout
    )
