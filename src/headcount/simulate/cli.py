"""The ``headcount simulate`` command. ``register(app)`` adds it to a Typer app."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


SIMULATE_HELP = """Simulation study: populations with a known total through the estimate.

Each scenario (see `--list`) draws a population of dead soldiers, some of whom no
source names, and sources whose chances of naming someone differ by region, channel
and age, with positive or negative dependence, or a region only one source reaches
(not identifiable). Every replicate is estimated with the truth's linkage and, with
`--pipeline`, through the whole pipeline (ingest, extract, link, headline estimate).
The table compares with the truth: persons against people, counts by region, the
estimate, coverage of its interval and "not estimable" answers.

Example:

    headcount simulate --replicates 5 --scenario independent-3 --scenario one-source-region
"""


def simulate(
    scenario: Annotated[
        list[str] | None, typer.Option(help="Scenario to run (repeat; default all).")
    ] = None,
    replicates: Annotated[int, typer.Option(help="Populations per scenario.")] = 20,
    people: Annotated[int, typer.Option(help="True population size.")] = 300,
    pipeline: Annotated[
        bool, typer.Option(help="Also run ingest → extract → link → estimate (slow).")
    ] = False,
    bootstrap: Annotated[int, typer.Option(help="Bootstrap replicates per estimate.")] = 100,
    workers: Annotated[int, typer.Option(help="Processes.")] = 1,
    out: Annotated[
        Path | None, typer.Option(help="Write every replicate to this CSV file.")
    ] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the scenarios and stop.")] = False,
    format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.table,
) -> None:
    from headcount.console import OutputFormat, emit
    from headcount.demo.scenarios import SCENARIOS
    from headcount.estimate.headline import HeadlineConfig
    from headcount.simulate.study import replicate_rows, run_study, summarise

    if list_:
        emit([{"scenario": s.name, "identifiable": s.identifiable,
               "sources": ", ".join(s.sources), "description": s.description}
              for s in SCENARIOS], OutputFormat(format.value), title="Scenarios")
        return
    if replicates < 1 or people < 20:
        raise typer.BadParameter("use at least 1 replicate and 20 people")
    config = HeadlineConfig(statuses=(), bootstrap=bootstrap)
    try:
        rows = run_study(scenario, replicates, people, pipeline=pipeline, config=config,
                         workers=workers)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    if out is not None:
        import pandas as pd

        from headcount.csvsafe import safe_frame

        safe_frame(pd.DataFrame(replicate_rows(rows))).to_csv(out, index=False)
    table = summarise(rows)
    if format == Format.json:
        typer.echo(json.dumps(table, indent=2))
        return
    for row in table:
        for key, value in row.items():
            if isinstance(value, float):
                row[key] = round(value, 3)
    emit(table, OutputFormat(format.value), title="Simulation against the truth")


def register(app: typer.Typer) -> None:
    """Add the ``simulate`` command to ``app``."""
    app.command("simulate", help=SIMULATE_HELP)(simulate)
