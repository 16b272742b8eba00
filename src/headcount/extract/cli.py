"""The ``headcount extract`` command. Wired into the app by headcount.cli."""

from __future__ import annotations

from typing import Annotated

import typer

from headcount.cli_options import FormatOpt, WorkspaceOpt, fail, open_workspace
from headcount.console import OutputFormat, emit, err_console, progress
from headcount.extract.compute import Compute, SettingError, placement


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to ``app``."""

    @app.command("extract")
    def extract_cmd(
        ws_path: WorkspaceOpt = None,
        workers: Annotated[
            int | None,
            typer.Option("--workers", "-j", min=0,
                         help="Processes to extract in on this machine; 0 (default): one per "
                              "CPU core, at most 4."),
        ] = None,
        engine: Annotated[
            Compute | None,
            typer.Option("--engine", help="local (default: processes on this machine) or spark "
                                          "([extract] or [link] spark_master; local[2] if "
                                          "none)."),
        ] = None,
        fmt: FormatOpt = OutputFormat.table,
    ) -> None:
        """Read the people every new document describes into mentions, with evidence.

        Extracts names (normalised to the nominative, with Latin keys), dates of
        birth and death, age, region and settlement, citizenship, unit, rank,
        recruitment channel, branch and status from each document not yet read by
        this extractor version; list documents are skipped (their rows are
        mentions already). Running it again does only new work. Exits 1 if any
        document failed; the others are still extracted. Reads in one process per
        CPU core, or on Spark with --engine spark (settings in headcount.toml:
        `[extract] engine = "spark"`, `workers = 2`, `spark_master = "spark://host:7077"`).

        Example:

            headcount demo demo-workspace && headcount extract -w demo-workspace -j 2
        """
        from headcount.extract.spark import SparkFailed, SparkUnavailable
        from headcount.extract.store import run_extract
        from headcount.store import open_registry

        ws = open_workspace(ws_path)
        try:
            how = placement(ws.section("extract"), ws.section("link"), engine, workers)
        except SettingError as exc:
            from rich.markup import escape

            raise fail(escape(f"headcount.toml: {exc}")) from None
        registry = open_registry(ws.database_url)
        try:
            with progress() as bar:
                task = bar.add_task("extract", total=None)

                def step(done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total)

                report = run_extract(registry, progress=step, **how.as_kwargs())
        except (SparkUnavailable, SparkFailed) as exc:  # what was written is kept
            from rich.markup import escape

            raise fail(escape(f"extraction on Spark: {exc}")) from None
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
