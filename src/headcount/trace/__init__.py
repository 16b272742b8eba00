"""Trace: match a family's or consulate's list of missing people against the registry.

>>> from headcount.trace import trace_table  # doctest: +SKIP
>>> result = trace_table(pandas_table, registry_engine, workspace_root)  # doctest: +SKIP
"""

from headcount.trace.columns import TraceColumns, TraceInputError, detect, read_bytes, read_list
from headcount.trace.match import Candidate, RowResult, TraceResult, trace_table

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
