"""Counts, rates, charts and the HTML report: the numbers an editor publishes.

Stage functions on plain tables::

    table = person_table(engine, ["region"])          # one row per counted person
    counts = count_by(table, ["region"])              # confirmed, pending, total
    rates = per_capita(counts)                        # deaths per 100,000 men 16–61.5

:func:`count_registry` gives the same counts computed inside the database (fast
on large registries); :func:`write_report` writes the self-contained HTML report.
"""

from headcount.stats.aggregate import DIMENSIONS, age_summary, count_by, with_labels
from headcount.stats.frame import (
    Filter,
    StatsError,
    age_registry,
    count_registry,
    person_select,
    person_table,
)
from headcount.stats.percapita import per_capita, wilson_cc
from headcount.stats.report import build_report, write_report

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
    "wilson_cc",
    "with_labels",
    "write_report",
]
