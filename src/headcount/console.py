"""Terminal output shared by the commands: tables, JSON, CSV and progress bars."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from headcount.csvsafe import safe_rows

console = Console()
err_console = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def progress() -> Progress:
    """A progress bar that writes to stderr and disappears when output is not a terminal."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )


def _natural_width(rows: Sequence[dict[str, Any]], cols: Sequence[str]) -> int:
    """The width a table of ``rows`` takes unwrapped: cells, padding and borders."""
    return 1 + sum(
        3 + max([len(c)] + [len("" if r.get(c) is None else str(r.get(c))) for r in rows])
        for c in cols
    )


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    title: str | None = None,
    columns: Sequence[str] | None = None,
) -> None:
    """Print rows as a Rich table, JSON or CSV on stdout."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(safe_rows(rows))
        sys.stdout.write(buf.getvalue())
        return
    # a narrow terminal (80 columns) wraps cells, and folds a word too long for its
    # column, rather than cut it to "li…"
    table = Table(title=title, show_lines=False, collapse_padding=True, pad_edge=False)
    if len(rows) == 1 and _natural_width(rows, cols) > console.width:
        # one wide record (a run summary): one line per field reads better than folds
        table.add_column("field", overflow="fold")
        table.add_column("value", overflow="fold")
        for c in cols:
            value = rows[0].get(c)
            table.add_row(c.replace("_", " "), "" if value is None else str(value))
        console.print(table)
        return
    for col in cols:
        numeric = bool(rows) and all(isinstance(r.get(col), int | float) for r in rows)
        table.add_column(
            col.replace("_", " "), justify="right" if numeric else "left", overflow="fold"
        )
    for r in rows:
        table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
    console.print(table)
