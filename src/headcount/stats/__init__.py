"""Counts, rates, charts and the HTML report: the numbers an editor publishes.

Stage functions on plain tables::

    table = person_table(engine, ["region"])          # one row per counted person
    counts = count_by(table, ["region"])              # confirmed, pending, total
    rates = per_capita(counts)                        # deaths per 100,000 men 16–61.5

:func:`count_registry` gives the same counts computed inside the database (fast
on large registries); :func:`write_report` writes the self-contained HTML report.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from headcount.stats.aggregate import DIMENSIONS, age_summary, count_by, with_labels
    from headcount.stats.frame import (
        Filter,
        StatsError,
        age_registry,
        count_registry,
        person_select,
        person_table,
        unnamed_registry,
    )
    from headcount.stats.percapita import per_capita, wilson_cc
    from headcount.stats.report import build_report, write_report

# loaded on first use, so that the command line starts fast
_EXPORTS: dict[str, str] = {
    "DIMENSIONS": "headcount.stats.aggregate",
    "Filter": "headcount.stats.frame",
    "StatsError": "headcount.stats.frame",
    "age_registry": "headcount.stats.frame",
    "unnamed_registry": "headcount.stats.frame",
    "age_summary": "headcount.stats.aggregate",
    "build_report": "headcount.stats.report",
    "count_by": "headcount.stats.aggregate",
    "count_registry": "headcount.stats.frame",
    "per_capita": "headcount.stats.percapita",
    "person_select": "headcount.stats.frame",
    "person_table": "headcount.stats.frame",
    "wilson_cc": "headcount.stats.percapita",
    "with_labels": "headcount.stats.aggregate",
    "write_report": "headcount.stats.report",
}

__all__ = [
    "DIMENSIONS",
    "Filter",
    "StatsError",
    "age_registry",
    "age_summary",
    "build_report",
    "count_by",
    "count_registry",
    "per_capita",
    "person_select",
    "person_table",
    "unnamed_registry",
    "wilson_cc",
    "with_labels",
    "write_report",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
