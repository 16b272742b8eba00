"""Exports and releases: persons with stable ids, sources and evidence, privacy rules applied.

    result = export_registry(engine, workspace, "parquet", Path("out"), public=True)

Formats: csv, parquet, jsonl, ftm (FollowTheMoney), datasette. Every export
writes ``manifest.json`` (files with SHA-256, counts, registry version,
previous release, changes) and ``changes.csv``. The privacy rules are those of
:mod:`headcount.privacy` (one implementation for the app and the exports).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from headcount.privacy import removed_ids
    from headcount.publish.export import FORMATS, ExportResult, export_registry, privacy_rules
    from headcount.publish.records import ExportTables, apply_privacy, load_tables
    from headcount.publish.release import diff, person_digests
    from headcount.publish.writers import ftm_entity

# loaded on first use, so that the command line starts fast
_EXPORTS: dict[str, str] = {
    "ExportResult": "headcount.publish.export",
    "ExportTables": "headcount.publish.records",
    "FORMATS": "headcount.publish.export",
    "apply_privacy": "headcount.publish.records",
    "diff": "headcount.publish.release",
    "export_registry": "headcount.publish.export",
    "ftm_entity": "headcount.publish.writers",
    "load_tables": "headcount.publish.records",
    "person_digests": "headcount.publish.release",
    "privacy_rules": "headcount.publish.export",
    "removed_ids": "headcount.privacy",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
