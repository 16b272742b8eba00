"""The `trace` command. ``register(app)`` adds it to a Typer app."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from headcount.cli_options import WorkspaceOpt
from headcount.cli_options import fail as _fail
from headcount.cli_options import open_workspace as _workspace
from headcount.console import OutputFormat, console, emit, err_console, progress
from headcount.settings import Workspace


class TraceFormat(StrEnum):
    csv = "csv"
    json = "json"
    html = "html"


TRACE_HELP = """Match a list of missing people (CSV) against every person of the registry.

Each row is compared with the persons' mentions by the linkage model, across
scripts, name orders and transliterations: the best candidates with their match
probability, the fields that agree and disagree, the person's status and the
words that support it; or "no match" with the closest near-misses. Rows that
cannot be read (no name, an unknown script, a bad date) get a message and the
rest are matched. Columns are detected from their headers (full_name / name,
surname, given_name, date_of_birth / dob, country, case_no, home_district,
date_of_departure, recruiter, last_contact) or named with the options.

The list is not stored unless `--save NAME` is given: then its rows are kept
(apart from the public registry) and watched, and `headcount trace --watch`
lists the cases that a later `headcount link` brought new hits to.
`--delete NAME` removes a saved case, its rows, watches and hits.

Example:

    headcount trace missing.csv -w ws --format html --out reports/
    headcount trace missing.csv -w ws --save "Nepal embassy 2024-05"
    headcount trace --watch -w ws
"""


def _case_id(engine: Any, ref: str) -> int:
    from headcount.trace.cases import list_cases

    cases = list_cases(engine)
    by_id = [c for c in cases if str(c["id"]) == ref]
    named = by_id or [c for c in cases if c["name"] == ref]
    if len(named) > 1:  # names are unique per user only
        ids = ", ".join(str(c["id"]) for c in named)
        raise _fail(f"several saved cases are named {ref!r} (ids {ids}): give the id")
    if named:
        return int(named[0]["id"])
    raise _fail(f"no saved case {ref!r} (see `headcount trace --cases`)")


def trace(
    file: Annotated[
        Path | None, typer.Argument(help="The list: CSV, TSV, Parquet or JSON.")
    ] = None,
    save: Annotated[
        str | None, typer.Option("--save", help="Keep the list under this name and watch it.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder to write the result in.")
    ] = None,
    fmt: Annotated[
        TraceFormat, typer.Option("--format", "-f", help="csv, json or html (printable).")
    ] = TraceFormat.csv,
    watch: Annotated[
        bool, typer.Option("--watch", help="Check saved cases; list those with new hits.")
    ] = False,
    ack: Annotated[
        bool, typer.Option("--ack", help="With --watch: mark the hits listed as seen.")
    ] = False,
    cases: Annotated[bool, typer.Option("--cases", help="List the saved cases.")] = False,
    delete: Annotated[
        str | None, typer.Option("--delete", help="Delete a saved case (name or id).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Column with the whole name.")] = None,
    first_name: Annotated[str | None, typer.Option(help="Column with given names.")] = None,
    surname: Annotated[str | None, typer.Option(help="Column with surnames.")] = None,
    dob: Annotated[str | None, typer.Option(help="Column with dates of birth.")] = None,
    country: Annotated[str | None, typer.Option(help="Column with the citizenship.")] = None,
    exclude_source: Annotated[
        list[str] | None,
        typer.Option(help="Leave out this source's mentions (e.g. the list itself; repeat)."),
    ] = None,
    match: Annotated[float, typer.Option(help="Probability of a match.")] = 0.9,
    possible: Annotated[float, typer.Option(help="Probability of a possible match.")] = 0.5,
    top: Annotated[int, typer.Option(help="Candidates (or near-misses) per row.")] = 3,
    ws_path: WorkspaceOpt = None,
) -> None:
    from headcount.store import open_registry

    ws = _workspace(ws_path)
    engine = open_registry(ws.database_url)
    if delete:
        from headcount.trace.cases import delete_case

        delete_case(engine, _case_id(engine, delete))
        console.print(f"Case {delete!r} deleted with its rows, watches and hits.")
        return
    if cases:
        from headcount.trace.cases import list_cases

        rows = list_cases(engine)
        if not rows:
            console.print("No saved cases.")
            return
        emit(rows, OutputFormat.table, title="Saved cases")
        return
    if watch:
        _watch(engine, ws, ack)
        return
    if file is None:
        raise _fail("give a list to trace (FILE), or --watch, --cases or --delete")
    _trace_file(engine, ws, file, save, out, fmt, exclude_source or [], match, possible, top,
                {"name": name, "given_name": first_name, "surname": surname, "birth_date": dob,
                 "citizenship": country})  # fmt: skip


def _watch(engine: Any, ws: Workspace, ack: bool) -> None:
    from headcount.trace.cases import acknowledge, check_watches, pending_hits

    check_watches(engine, ws.root)
    hits = pending_hits(engine)
    if not hits:
        console.print("No new hits on saved cases.")
        return
    emit([{"case": h.case, "row": h.row, "person": h.person_id,
           "what": "newly matched" if h.kind == "candidate" else "named again",
           "p": round(h.probability, 3), "new mentions": len(h.mentions), "at": h.created_at}
          for h in hits], OutputFormat.table, title="Saved cases with new hits")  # fmt: skip
    if ack:
        console.print(f"{acknowledge(engine)} hits marked as seen.")


def _trace_file(engine: Any, ws: Workspace, file: Path, save: str | None, out: Path | None,
                fmt: TraceFormat, exclude: list[str], match: float, possible: float, top: int,
                named: dict[str, Any]) -> None:  # fmt: skip
    from headcount.link.engines import EngineUnavailable
    from headcount.trace.cases import CaseError, save_case
    from headcount.trace.columns import TraceInputError, read_list
    from headcount.trace.match import trace_table
    from headcount.trace.output import write
    from headcount.trace.selfmatch import ingested_as

    if not file.is_file():
        raise _fail(f"no file {file}")
    itself = ingested_as(engine, file)
    if itself is not None and itself not in exclude:
        exclude = [*exclude, itself]
        err_console.print(
            f"note: this file is already in the registry (source {itself!r}); "
            "its own rows are left out of the candidates"
        )
    steps = ["read", "standardise", "compare", "candidates"]
    try:
        df = read_list(file)
        bar = progress()
        with bar:
            task = bar.add_task("read", total=len(steps))

            def step(s: str) -> None:
                bar.update(task, completed=steps.index(s), description=s)

            result = trace_table(df, engine, ws.root, exclude_sources=exclude, match=match,
                                 possible=possible, top=top, on_step=step,
                                 **{k: v for k, v in named.items() if v})  # fmt: skip
    except (TraceInputError, EngineUnavailable) as exc:
        raise _fail(str(exc)) from None
    text = write(result, fmt.value, title=f"Trace of {file.name}")
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{file.stem}-trace.{fmt.value}"
        target.write_text(text, "utf-8")
        err_console.print(f"Written to {target}")
    else:
        typer.echo(text, nl=False)
    for m in result.messages:
        err_console.print(f"[yellow]note:[/] {m}", highlight=False)
    for r in result.rows:
        for m in r.messages:
            err_console.print(f"[yellow]row {r.row}:[/] {m}", highlight=False)
    c = result.counts()
    err_console.print(f"{c['rows']} rows: {c['match']} matched, {c['possible']} possible, "
                      f"{c['no match']} without a match, {c['not matched']} not readable.")
    if result.listed is not None:
        err_console.print(f"About {result.listed:.0%} of the list's people look to be in the "
                          "registry (estimated from the list; the probabilities take it "
                          "into account).")
    if save:
        try:
            case_id = save_case(engine, save, df, result,
                                options={"exclude_sources": exclude})  # fmt: skip
        except CaseError as exc:
            raise _fail(str(exc)) from None
        err_console.print(f"Saved as case {case_id} ({save!r}); watched for new hits.")


def register(app: typer.Typer) -> None:
    """Add `trace` to ``app``."""
    app.command("trace", help=TRACE_HELP)(trace)


__all__ = ["register"]
