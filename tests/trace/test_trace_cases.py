"""Saved cases: stored only when asked, watched, a later link run's new mention is a hit,
deletion removes everything; the CLI and the output formats."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import typer
from sqlalchemy import Engine, func, select
from trace_registry import add_mention, add_run
from typer.testing import CliRunner

from headcount.store import schema as s
from headcount.trace import trace_table
from headcount.trace.cases import (
    acknowledge,
    check_watches,
    delete_case,
    list_cases,
    pending_hits,
    save_case,
)
from headcount.trace.cli import register
from headcount.trace.output import CSV_COLUMNS, to_csv, to_html, to_json

LIST = pd.DataFrame({"full_name": ["Ram Bahadur Thapa", "Lal <b>Tamang</b>"],
                     "dob": ["1995-05-05", ""], "country": ["Nepal", "Nepal"]})  # fmt: skip


def rows(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def test_a_saved_case_is_watched_and_deleted(traced: Engine) -> None:
    result = trace_table(LIST, traced)
    assert rows(traced, s.trace_case) == 0  # tracing stores nothing
    case = save_case(traced, "nepal", LIST, result, who="rita")
    assert rows(traced, s.trace_row) == 2 and rows(traced, s.trace_watch) >= 1
    assert check_watches(traced) == 0  # no link run since: nothing to do
    # a later ingest names Thapa again; the link run attaches it to his person
    add_mention(traced, "pthapa", "m9", "news", "Рам Бахадур Тхапа", "killed",
                {"birth_date": "1995-05-05"})  # fmt: skip
    add_run(traced)
    assert check_watches(traced) >= 1
    hits = pending_hits(traced)
    assert [(h.case, h.person_id, h.kind, h.mentions) for h in hits if h.kind == "mention"] == [
        ("nepal", "pthapa", "mention", ["m9"])
    ]
    assert list_cases(traced)[0]["new_hits"] == len(hits)
    assert acknowledge(traced) == len(hits) and pending_hits(traced) == []
    assert check_watches(traced) == 0  # checked against this run already
    assert delete_case(traced, case)
    for table in (s.trace_case, s.trace_row, s.trace_watch, s.trace_hit):
        assert rows(traced, table) == 0


def test_outputs_escape_and_keep_their_columns(traced: Engine) -> None:
    result = trace_table(LIST, traced)
    lines = to_csv(result).splitlines()
    assert lines[0].split(",") == list(CSV_COLUMNS)
    assert any("pthapa" in line for line in lines)
    page = to_html(result)
    assert "Confidential" in page and "<b>Tamang</b>" not in page and "&lt;b&gt;" in page
    data = json.loads(to_json(result))
    assert data["counts"]["rows"] == 2 and data["rows"][0]["candidates"][0]["person_id"] == "pthapa"


def test_cli_traces_saves_watches_and_deletes(tmp_path: Path) -> None:
    from trace_registry import build

    from headcount.settings import init_workspace
    from headcount.store import open_registry

    ws = init_workspace(tmp_path / "ws", "t")
    engine = open_registry(ws.database_url)
    build(engine)
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps `trace` a named subcommand
        pass

    listed = tmp_path / "missing.csv"
    listed.write_text("case_no,full_name,date_of_birth,country,phone\n"
                      "1,THAPA RAM BAHADUR,05/05/1995,Nepal,1\n2,,,,\n", "utf-8")  # fmt: skip
    runner = CliRunner()
    w = ["-w", str(ws.root)]
    res = runner.invoke(app, ["trace", str(listed), *w])
    assert res.exit_code == 0, res.output
    assert "pthapa" in res.output and "no name" in res.output
    assert "of the list's people look to be in the registry" in res.output
    assert rows(engine, s.trace_case) == 0
    res = runner.invoke(app, ["trace", str(listed), *w, "--save", "embassy", "--format", "html",
                              "--out", str(tmp_path / "out")])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "missing-trace.html").read_text("utf-8").count("pthapa") >= 1
    assert rows(engine, s.trace_case) == 1
    add_mention(engine, "pthapa", "m9", "news", "Тхапа Рам", "killed", {})
    add_run(engine)
    res = runner.invoke(app, ["trace", "--watch", "--ack", *w])
    assert res.exit_code == 0 and "embassy" in res.output and "named again" in res.output
    res = runner.invoke(app, ["trace", "--watch", *w])
    assert "No new hits" in res.output
    res = runner.invoke(app, ["trace", "--delete", "embassy", *w])
    assert res.exit_code == 0 and rows(engine, s.trace_case) == 0
    res = runner.invoke(app, ["trace", str(tmp_path / "absent.csv"), *w])
    assert res.exit_code == 2
    engine.dispose()
