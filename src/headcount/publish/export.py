"""`headcount export`: the registry's persons into files, with a manifest and a release."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from headcount.privacy import PrivacyRules, removed_ids
from headcount.publish.records import apply_privacy, load_tables
from headcount.publish.release import finish
from headcount.publish.writers import WRITERS
from headcount.settings import Workspace
from headcount.stats.meta import now, registry_version

FORMATS = tuple(WRITERS)


@dataclass(frozen=True)
class ExportResult:
    out: Path
    format: str
    public: bool
    persons: int
    manifest: dict[str, Any]


def privacy_rules(workspace: Workspace | None) -> PrivacyRules:
    """The ``[privacy]`` rules of the workspace (the defaults withhold the most)."""
    return PrivacyRules.from_workspace(workspace) if workspace else PrivacyRules()


def export_registry(
    engine: Engine,
    workspace: Workspace | None,
    fmt: str,
    out: Path,
    *,
    public: bool = False,
    record: bool = True,
) -> ExportResult:
    """Export every counted person in ``fmt`` into the folder ``out``.

    ``public``: apply the privacy rules of ``workspace`` (see docs/privacy.md).
    ``record``: keep the release in the registry, so the next export can say
    what changed. Writes the format's files, ``changes.csv`` and ``manifest.json``.
    """
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use {', '.join(WRITERS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    created = now()
    version = registry_version(engine)
    tables = load_tables(engine)
    if public:
        rules = privacy_rules(workspace)
        tables = apply_privacy(tables, rules, removed_ids(engine, rules))
    files = WRITERS[fmt](tables, out)
    manifest = finish(
        engine,
        out,
        fmt=fmt,
        public=public,
        tables=tables,
        files=files,
        version=version,
        created_at=created,
        record=record,
    )
    return ExportResult(
        out=out.resolve(), format=fmt, public=public, persons=len(tables.persons), manifest=manifest
    )
