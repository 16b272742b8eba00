"""The command line: one thin command per stage. Logic lives in the stage packages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import TaskID

from headcount import __version__
from headcount.cli_options import FormatOpt, WorkspaceOpt, fail
from headcount.cli_options import open_workspace as workspace
from headcount.console import OutputFormat, console, emit, err_console, progress
from headcount.ingest.source import SourceError
from headcount.ingest.workspace import declared_paths, load_sources, resolve_source
from headcount.settings import Workspace, init_workspace
from headcount.store import open_registry
from headcount.store.queries import source_status, totals, warning_counts

if TYPE_CHECKING:
    from headcount.ingest.run import IngestReport

class _App(typer.Typer):
    """The command line; a storage failure ends it with one line, not a traceback."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from headcount.store.health import describe

        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:
            message = describe(exc)
            if message is None:
                raise
            err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
            raise SystemExit(2) from None


app = _App(
    name="headcount",
    help="Document people in a war from open sources: ingest, extract, link, count, "
    "estimate, publish.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)


@app.command()
def version() -> None:
    """Print the headcount version."""
    console.print(__version__)


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder to create the workspace in.")],
    name: Annotated[str | None, typer.Option(help="Workspace name (default: folder name).")] = None,
) -> None:
    """Create a workspace: headcount.toml, sources/, archive/ and the registry.

    Example:

        headcount init my-registry
    """
    ws = init_workspace(directory, name)
    try:
        open_registry(ws.database_url)
    except Exception as exc:  # a database URL that does not answer
        raise fail(f"cannot open the registry at {ws.database_url.split('@')[-1]}: {exc}") from None
    console.print(f"Workspace [bold]{ws.name}[/] ready in {ws.root}")
    console.print(
        "Next: declare a source in sources/<name>.yml, then `headcount ingest <name> PATH...`"
    )


def _print_reports(reports: list[IngestReport], fmt: OutputFormat) -> None:
    if fmt is not OutputFormat.table:
        rows = [r.as_dict() for r in reports]
        if fmt is OutputFormat.json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        else:
            emit(
                [
                    {
                        k: v
                        for k, v in r.items()
                        if k not in ("errors", "warnings", "cell_warnings", "cell_warnings_by_kind")
                    }
                    | {"errors": len(r["errors"]), "cell_warnings": len(r["cell_warnings"])}
                    for r in rows
                ],
                fmt,
            )
        return
    for r in reports:
        for _, message in r.warnings:
            err_console.print(f"[yellow]warning:[/] {message}", highlight=False)
        for _, message in r.errors:
            err_console.print(f"[red]error:[/] {message}", highlight=False)
        if r.cell_warnings:
            kinds = ", ".join(f"{k} {n}" for k, n in r.warning_counts().items())
            err_console.print(
                f"[yellow]warning:[/] {r.source}: {len(r.cell_warnings)} cells kept as written "
                f"({kinds}); the rows are stored. `--format json` lists every one; "
                "`headcount status` counts them",
                highlight=False,
            )
    emit(
        [
            {
                "source": r.source,
                "files": r.files,
                "new documents": r.documents_new,
                "already stored": r.documents_seen,
                "list rows": r.mentions,
                "cells repaired": r.cells_repaired,
                "cell warnings": len(r.cell_warnings),
                "errors": len(r.errors),
            }
            for r in reports
        ],
        OutputFormat.table,
        title="Ingest summary",
    )


def run_ingest(
    ws: Workspace, refs: list[tuple[str, list[Path]]], strict: bool = False
) -> list[IngestReport]:
    """Ingest several sources with one progress bar per source."""
    from headcount.ingest.run import ingest  # reads HTML: imported only when needed

    engine = open_registry(ws.database_url)
    reports = []
    for ref, paths in refs:
        src = resolve_source(ws, ref)
        paths = paths or declared_paths(ws, src)
        if not paths:
            raise SourceError(
                f"source {src.name!r}: give PATH... or declare `paths:` in {src.origin}"
            )
        with progress() as bar:
            task = bar.add_task(f"ingest {src.name}", total=None)

            def start(total: int, task: TaskID = task) -> None:
                bar.update(task, total=total)

            def advance(_path: Path, task: TaskID = task) -> None:
                bar.advance(task)

            reports.append(
                ingest(
                    engine,
                    ws.archive_dir,
                    src,
                    paths,
                    base=ws.root,
                    on_start=start,
                    on_file=advance,
                    strict=strict,
                )
            )
    return reports


@app.command("ingest")
def ingest_cmd(
    source: Annotated[
        str | None, typer.Argument(help="Source name (sources/<name>.yml) or a YAML path.")
    ] = None,
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: the source's paths:).")
    ] = None,
    all_sources: Annotated[
        bool, typer.Option("--all", help="Ingest every declared source from its paths:.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="All or nothing: a list file with any unreadable cell is not stored.",
        ),
    ] = False,
    ws_path: WorkspaceOpt = None,
    fmt: FormatOpt = OutputFormat.table,
) -> None:
    """Read files and folders of a source into documents (list rows into mentions).

    Reads saved HTML pages, plain text (with a .yml sidecar), Telegram Desktop
    exports (result.json), JSON lines, and CSV/JSON person lists mapped by the
    source YAML. Ingesting the same bytes again adds nothing. Every list row is
    stored: a cell that cannot be read is kept as written, with a warning (counted
    here and in `headcount status`, listed by `--format json`). Exits non-zero if
    any file failed; the other files are still ingested.

    Example (a list in the Mediazona format, with the built-in profile):

        headcount init ws
        printf 'name: mz\\nkind: list\\nprofile: mediazona\\n' > ws/sources/mz.yml
        headcount ingest -w ws mz mediazona.json
    """
    ws = workspace(ws_path)
    try:
        refs: list[tuple[str, list[Path]]]
        if all_sources:
            refs = [(s.name, []) for s in load_sources(ws)]
            if not refs:
                raise SourceError(f"no sources declared in {ws.sources_dir}")
        elif source:
            refs = [(source, list(paths or []))]
        else:
            raise SourceError("name a SOURCE, or pass --all")
        reports = run_ingest(ws, refs, strict=strict)
    except SourceError as exc:
        raise fail(str(exc)) from None
    _print_reports(reports, fmt)
    if any(not r.ok for r in reports):
        raise typer.Exit(1)


@app.command()
def check(
    ws_path: WorkspaceOpt = None,
    fmt: FormatOpt = OutputFormat.table,
    archive: Annotated[
        bool, typer.Option(help="Also hash every archived document against its id.")
    ] = True,
) -> None:
    """Check the registry: integrity (SQLite quick_check, PostgreSQL: every table read),
    schema version, archived documents against their SHA-256. Exit status 1 on a problem.

    Example:

        headcount check -w demo-workspace
    """
    from headcount.store.health import check as run_check
    from headcount.store.health import rows

    ws = workspace(ws_path)
    engine = open_registry(ws.database_url)
    found = run_check(engine, ws.archive_dir if archive else None)
    emit(rows(found), fmt, title="Registry check")
    if not all(f.ok for f in found):
        raise typer.Exit(1)


@app.command()
def status(ws_path: WorkspaceOpt = None, fmt: FormatOpt = OutputFormat.table) -> None:
    """Show what the registry holds per source and stage.

    Example:

        headcount status --format json
    """
    ws = workspace(ws_path)
    engine = open_registry(ws.database_url)
    rows = source_status(engine)
    warnings = warning_counts(engine)
    if fmt is OutputFormat.table:
        rows = [
            {
                "source": r["source"],
                "kind": r["kind"],
                "system": r["system"],
                "documents": r["documents"],
                "extracted": r["extracted"],
                "rows": r["list_rows"],
                "mentions": r["mentions"],
                "last run": r["last_run"],
                "errors": r["last_run_errors"],
                "warnings": r["warnings"],
            }
            for r in rows
        ]
    else:
        for r in rows:
            mine = [w for w in warnings if w["source"] == r["source"]]
            kinds: dict[str, int] = {}
            for w in mine:
                kinds[w["kind"]] = kinds.get(w["kind"], 0) + w["count"]
            r["warnings_by_kind"] = kinds
            r["unmapped"] = [
                {"column": w["column"], "value": w["value"], "count": w["count"]}
                for w in mine
                if w["kind"] == "unmapped"
            ]
    emit(rows, fmt, title=f"Registry of {ws.name}")
    if warnings and fmt is OutputFormat.table:
        emit(
            [{k: ("" if v is None else v) for k, v in w.items()} for w in warnings],
            fmt,
            title="Cell warnings by kind; unmapped values by column and value",
        )


@app.command()
def demo(
    directory: Annotated[Path, typer.Argument(help="Folder for the example workspace.")] = Path(
        "demo-workspace"
    ),
    people: Annotated[int, typer.Option(help="How many people the example has.")] = 300,
    seed: Annotated[int, typer.Option(help="Seed of the generator.")] = 2022,
) -> None:
    """Build the bundled example and run the whole pipeline on it.

    Generates a fictional corpus with known ground truth (news pages, Telegram
    exports, government pages, a Mediazona-format list, a consular
    missing-persons list), ingests it into a workspace, extracts the people the
    texts name and links them into persons.

    Example:

        headcount demo demo-workspace && headcount status -w demo-workspace
    """
    from headcount.pipeline import build_demo

    with progress() as bar:
        tasks: dict[str, TaskID] = {}

        def step(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        run = build_demo(directory, people=people, seed=seed, on_step=step)
    ws = run.workspace
    console.print(
        f"Generated reports about {run.people} fictional people in {ws.root / 'corpus'}; "
        f"ground truth in {ws.root / 'truth'}"
    )
    _print_reports(run.ingest, OutputFormat.table)
    summary: dict[str, object] = dict(totals(run.engine))
    summary["persons"] = run.link.persons
    summary["confirmed"] = run.link.confirmed
    summary["pending"] = run.link.pending
    summary["errors"] = run.errors
    emit([summary], OutputFormat.table, title="Demo workspace")
    console.print(f"Report:  {run.report}")
    console.print(f"Explore it:  headcount status -w {directory}")
    console.print(
        f"Open the web app:  headcount user add alice --role admin -w {directory} && "
        f"headcount serve -w {directory}   (then http://127.0.0.1:8000)"
    )
    if run.errors:
        raise typer.Exit(1)


def _register_stages() -> None:
    """Stage commands that live in their own packages (each imports its work lazily)."""
    from headcount.estimate.cli import register as register_estimate
    from headcount.extract.cli import register as register_extract
    from headcount.link.cli import register as register_link
    from headcount.publish.cli import register as register_publish
    from headcount.simulate.cli import register as register_simulate
    from headcount.stats.cli import register as register_stats
    from headcount.trace.cli import register as register_trace
    from headcount.web.cli import register as register_web

    register_extract(app)
    register_link(app)
    register_stats(app)
    register_estimate(app)
    register_publish(app)
    register_simulate(app)
    register_trace(app)
    register_web(app)


_register_stages()


def main() -> None:  # pragma: no cover
    app()
