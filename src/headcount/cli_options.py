"""Options and error handling shared by every command of the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from headcount.console import OutputFormat, err_console
from headcount.settings import Workspace, WorkspaceError, load_workspace

WorkspaceOpt = Annotated[
    Path | None,
    typer.Option(
        "--workspace",
        "-w",
        envvar="HEADCOUNT_WORKSPACE",
        help="Workspace folder (default: the nearest folder above the current one with "
        "headcount.toml).",
    ),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error (no traceback) and return the Exit to raise."""
    # soft_wrap: one line however long (a narrow terminal wraps it, not rich)
    err_console.print(
        f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True
    )
    return typer.Exit(code)


def open_workspace(path: Path | None) -> Workspace:
    """The workspace a command works on, or a clear error and exit status 2."""
    try:
        return load_workspace(path)
    except WorkspaceError as exc:
        raise fail(str(exc)) from None
