"""CSV cells a spreadsheet will not run: formula injection neutralised as OWASP advises.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(or their full-width forms, which some spreadsheets also read as formulas) is
prefixed with a single quote, so Excel, LibreOffice and Google Sheets show it as
text; a cell that is a plain number ("-12", "+3.5") is left as it is. A carriage
return inside a cell becomes a line feed: the csv module quotes a cell holding a
line feed, not one holding a bare CR, which a spreadsheet reads as a new row. Every CSV
this project writes goes through :func:`safe_cell` or :func:`safe_frame`:
exports, releases' changes.csv, ``--format csv`` of every command, trace results,
dedupe output. (OWASP, "CSV Injection".)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$")


def safe_cell(value: Any) -> Any:
    """``value`` as a spreadsheet may show it without running it."""
    if not isinstance(value, str):
        return value
    if value.startswith(TRIGGERS) and not _NUMBER.match(value):
        value = "'" + value
    if "\r" in value:  # a bare CR is not quoted by the csv module: it would start a new row
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: safe_cell(v) for k, v in row.items()}


def safe_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [safe_row(r) for r in rows]


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell made safe (columns of other types are left as they are)."""
    import pandas as pd

    out = None
    for col in df.columns:
        s = df[col]
        if s.dtype != object and not pd.api.types.is_string_dtype(s):
            continue
        text = s.astype(object)
        risky = text.map(lambda v: isinstance(v, str) and (v.startswith(TRIGGERS) or "\r" in v))
        if risky.any():
            if out is None:
                out = df.copy()
            out[col] = text.map(safe_cell)
    return df if out is None else out
