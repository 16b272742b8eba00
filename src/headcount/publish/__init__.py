"""Exports and releases: persons with stable ids, sources and evidence, privacy rules applied.

    result = export_registry(engine, workspace, "parquet", Path("out"), public=True)

Formats: csv, parquet, jsonl, ftm (FollowTheMoney), datasette. Every export
writes ``manifest.json`` (files with SHA-256, counts, registry version,
previous release, changes) and ``changes.csv``. The privacy rules are those of
:mod:`headcount.privacy` (one implementation for the app and the exports).
"""

from headcount.privacy import removed_ids
from headcount.publish.export import FORMATS, ExportResult, export_registry, privacy_rules
from headcount.publish.records import ExportTables, apply_privacy, load_tables
from headcount.publish.release import diff, person_digests
from headcount.publish.writers import ftm_entity

__all__ = [
    "FORMATS",
    "ExportResult",
    "ExportTables",
    "apply_privacy",
    "diff",
    "export_registry",
    "ftm_entity",
    "load_tables",
    "person_digests",
    "privacy_rules",
    "removed_ids",
]
