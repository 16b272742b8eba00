"""The ``stats`` and ``report`` commands. ``register(app)`` adds them to a Typer app."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from headcount.cli_options import WorkspaceOpt
from headcount.cli_options import fail as _fail
from headcount.console import OutputFormat, console, emit, err_console


class By(StrEnum):
    month = "month"
    region = "region"
    channel = "channel"
    branch = "branch"
    citizenship = "citizenship"
    age = "age"
    rank = "rank"
    status = "status"


class Basis(StrEnum):
    death = "death"
    reported = "reported"


def _registry(path: Path | None) -> tuple[Any, Any]:
    from headcount.settings import WorkspaceError, load_workspace
    from headcount.store import open_registry

    try:
        ws = load_workspace(path)
    except WorkspaceError as exc:
        raise _fail(str(exc)) from None
    return ws, open_registry(ws.database_url)


def _clean(value: Any) -> Any:
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, float):
        return round(value, 2)
    if hasattr(value, "item"):
        return value.item()
    return value


STATS_HELP = """Count persons by month, region, channel, branch, citizenship, age, rank or status.

Confirmed and pending persons are counted side by side (rejected ones never).
Several `--by` give a cross-table in long form. `--per-capita` (with `--by
region`) adds deaths per 100,000 men aged 16–61.5 (census 2021) with a 95%
interval, counting deaths only unless `--status` says otherwise. `--from` and
`--to` keep persons whose date of death (`--dates death`) or date first
reported/confirmed (`--dates reported`) is in the range.

Examples:

    headcount stats --by region --per-capita

    headcount stats --by month --by channel --from 2023-01 --to 2023-06 --format csv

    headcount stats --by age --dates reported --format json
"""


def stats_cmd(
    by: Annotated[list[By] | None, typer.Option("--by", "-b", help="Dimension (repeat).")] = None,
    per_capita: Annotated[
        bool, typer.Option("--per-capita", help="Deaths per 100,000 men 16–61.5 (by region).")
    ] = False,
    date_from: Annotated[
        str | None, typer.Option("--from", help="First date, YYYY[-MM[-DD]].")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last date, YYYY[-MM[-DD]].")] = None,
    dates: Annotated[
        Basis, typer.Option("--dates", help="Date the range and months refer to.")
    ] = Basis.death,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", help="Count only persons with this status (repeat)."),
    ] = None,
    ws_path: WorkspaceOpt = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = (
        OutputFormat.table
    ),
) -> None:
    from headcount.stats import (
        Filter,
        StatsError,
        count_by,
        count_registry,
        with_labels,
    )
    from headcount.stats import (
        per_capita as rates,
    )
    from headcount.stats.aggregate import columns_for

    dims = [b.value for b in (by or [])]
    if per_capita and "region" not in dims:
        raise _fail("--per-capita needs --by region")
    statuses = tuple(status or (("killed", "declared_dead") if per_capita else ()))
    _ws, engine = _registry(ws_path)
    try:
        flt = Filter(date_from=date_from, date_to=date_to, basis=dates.value, statuses=statuses)
        counts = count_by(count_registry(engine, columns_for(dims), flt), dims)
        if per_capita:
            counts = rates(counts)
    except StatsError as exc:
        raise _fail(str(exc)) from None
    counts = with_labels(counts)
    rows = [{k: _clean(v) for k, v in r.items()} for r in counts.to_dict("records")]
    if fmt is OutputFormat.table:
        for r in rows:
            for k in ("per_100k", "per_100k_low", "per_100k_high", "confirmed_per_100k"):
                if isinstance(r.get(k), float):
                    r[k] = f"{r[k]:.1f}"
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        if "age" in dims:
            _age_note(engine, flt)
        return
    title = f"Persons by {', '.join(dims)}" if dims else "Persons"
    emit(rows, fmt, title=title, columns=list(counts.columns))
    if "age" in dims:
        _age_note(engine, flt)


def _age_note(engine: Any, flt: Any) -> None:
    """Under ``--by age`` (on stderr): how many ages were stated and how many derived."""
    from headcount.stats import age_registry
    from headcount.stats.frame import age_bases_text

    ages = age_registry(engine, flt)
    if ages["persons_with_age"]:
        err_console.print(
            f"Ages ({ages['persons_with_age']:,} persons, mean {ages['mean_age']}: "
            + age_bases_text(ages["age_bases"]),
            highlight=False,
        )


def report_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "report.html"
    ),
    ws_path: WorkspaceOpt = None,
) -> None:
    """Write the report: one self-contained HTML file with charts, open it anywhere.

    Headline numbers (with a multiple systems estimate when two or more systems
    name the persons), deaths by month, deaths per 100,000 men by region,
    recruitment channels, foreign nationals, ages, statuses, and the methods and
    sources behind them.

    Example:

        headcount report --out report.html
    """
    from headcount.stats import write_report

    ws, engine = _registry(ws_path)
    path = write_report(engine, ws, out)
    console.print(f"Report written to {path}")


def register(app: typer.Typer) -> None:
    """Add ``stats`` and ``report`` to ``app``."""
    app.command("stats", help=STATS_HELP)(stats_cmd)
    app.command("report")(report_cmd)
