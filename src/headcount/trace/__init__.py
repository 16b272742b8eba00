"""Trace: match a family's or consulate's list of missing people against the registry.

>>> from headcount.trace import trace_table  # doctest: +SKIP
>>> result = trace_table(pandas_table, registry_engine, workspace_root)  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from headcount.trace.columns import TraceColumns, TraceInputError, detect, read_bytes, read_list
    from headcount.trace.match import Candidate, RowResult, TraceResult, trace_table

# loaded on first use, so that the command line starts fast
_EXPORTS: dict[str, str] = {
    "Candidate": "match",
    "RowResult": "match",
    "TraceColumns": "columns",
    "TraceInputError": "columns",
    "TraceResult": "match",
    "detect": "columns",
    "read_bytes": "columns",
    "read_list": "columns",
    "trace_table": "match",
}

__all__ = [
    "Candidate",
    "RowResult",
    "TraceColumns",
    "TraceInputError",
    "TraceResult",
    "detect",
    "read_bytes",
    "read_list",
    "trace_table",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"headcount.trace.{module}"), name)
