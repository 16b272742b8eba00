"""The ``export`` command. ``register(app)`` adds it to a Typer app."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from headcount.cli_options import WorkspaceOpt
from headcount.console import OutputFormat, emit, err_console


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    ftm = "ftm"
    datasette = "datasette"


FORMAT_HELP = (
    "File format: " + ", ".join(f.value for f in ExportFormat) + ". Repeat the option, or "
    "separate formats with commas, to write several into one release."
)


def export_cmd(
    fmt: Annotated[list[str] | None, typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into.")] = Path(
        "export"
    ),
    public: Annotated[
        bool, typer.Option("--public", help="Apply the [privacy] rules of the workspace.")
    ] = False,
    ws_path: WorkspaceOpt = None,
) -> None:
    """Export persons with stable ids, their sources and evidence, and a manifest.

    Formats: csv and parquet (persons, sources, evidence tables), jsonl (one person
    a line, nested), ftm (FollowTheMoney Person entities for Aleph and
    OpenSanctions tools), datasette (SQLite with full-text search). Every export
    writes manifest.json (SHA-256 of each file, counts, registry version, the
    previous release and what was added, changed and removed since) and
    changes.csv. Several formats in one run (`--format csv --format parquet`, or
    `--format csv,parquet,ftm`) are one release: one manifest lists every file of
    every format. Exporting the unchanged registry again (same registry version,
    same persons, same public or full kind) adds the new files to that release
    instead of making another one. `--public` leaves out people whose relatives
    asked for removal and withholds birth date, settlement and unit of the living
    and of minors (docs/privacy.md).

    Examples:

        headcount export --format parquet --out release/

        headcount export --format csv,parquet,ftm --public --out release/

        headcount export --format datasette --public --out site/

        datasette site/headcount.db --metadata site/metadata.json
    """
    from headcount.publish import export_registry
    from headcount.publish.export import parse_formats
    from headcount.settings import WorkspaceError, load_workspace
    from headcount.store import open_registry

    try:
        formats = parse_formats(fmt or [ExportFormat.csv.value])
        ws = load_workspace(ws_path)
    except (ValueError, WorkspaceError) as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from None
    from headcount.store.health import is_readonly

    engine = open_registry(ws.database_url)
    readonly = is_readonly(engine)  # the export is written; its release is not recorded
    result = export_registry(engine, ws, formats, out, public=public, record=not readonly)
    m = result.manifest
    emit(
        [
            {"file": f["path"], "format": f["format"] or "", "rows": f["rows"],
             "sha256": f["sha256"][:16]}
            for f in m["files"]
        ],
        OutputFormat.table,
        title=f"Export ({result.format}{', public' if public else ''}) in {result.out}",
    )  # fmt: skip
    ch = m["changes"]
    prev = m["previous_release"]
    rel = m.get("release_id")
    if "files_added_at" in m:
        what = f"files added to release {rel} (registry unchanged since it was made)"
    else:
        what = f"release {rel}" if rel is not None else "release not recorded (read-only)"
    err_console.print(
        f"{what}; {result.persons:,} persons; since release "
        f"{prev['id'] if prev else '(none)'}: "
        f"{ch['added']:,} added, {ch['changed']:,} changed, {ch['removed']:,} removed",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Add ``export`` to ``app``."""
    app.command("export")(export_cmd)
