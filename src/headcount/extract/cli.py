"""The ``headcount extract`` command. Wired into the app by headcount.cli."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from headcount.cli_options import FormatOpt, WorkspaceOpt, open_workspace
from headcount.console import OutputFormat, emit, err_console, progress


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to ``app``."""

    @app.command("extract")
    def extract_cmd(
        ws_path: WorkspaceOpt = None,
        workers: Annotated[
            int,
            typer.Option("--workers", "-j", min=0,
                         help="Processes to extract in; 0: one per CPU core (at most 4)."),
        ] = 1,
        fmt: FormatOpt = OutputFormat.table,
    ) -> None:
        """Read the people every new document describes into mentions, with evidence.

        Extracts names (normalised to the nominative, with Latin keys), dates of
        birth and death, age, region and settlement, citizenship, unit, rank,
        recruitment channel, branch and status from each document not yet read by
        this extractor version; list documents are skipped (their rows are
        mentions already). Running it again does only new work. Exits 1 if any
        document failed; the others are still extracted.

        Example:

            headcount demo demo-workspace && headcount extract -w demo-workspace
        """
        from headcount.extract.store import run_extract
        from headcount.store import open_registry

        ws = open_workspace(ws_path)
        engine = open_registry(ws.database_url)
        n = workers or min(os.cpu_count() or 1, 4)
        with progress() as bar:
            task = bar.add_task("extract", total=None)

            def step(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            report = run_extract(engine, progress=step, workers=n)
        if fmt is OutputFormat.table:
            for doc, message in report.warnings:
                err_console.print(f"[yellow]warning:[/] document {doc[:12]}: {message}",
                                  highlight=False)
            for doc, reason in report.failed:
                err_console.print(f"[red]error:[/] document {doc[:12]}: {reason}",
                                  highlight=False)
            summary = report.as_dict()
            summary["failed"] = len(report.failed)
            summary["warnings"] = len(report.warnings)
            emit([summary], fmt, title="Extraction")
        else:
            emit([report.as_dict()], fmt)
        if not report.ok:
            raise typer.Exit(1)
