"""`headcount export`: the registry's persons into files, with a manifest and a release."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from headcount.privacy import PrivacyRules, removed_ids
from headcount.publish.records import apply_privacy, iter_tables
from headcount.publish.release import finish, person_digests, table_counts
from headcount.publish.writers import STREAMS, WRITERS
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
    Persons are read, made public and written a chunk at a time; only their
    digests are held for the whole export.
    """
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use {', '.join(WRITERS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    created = now()
    version = registry_version(engine)
    rules = privacy_rules(workspace) if public else None
    removed = removed_ids(engine, rules) if rules else set()
    writer = STREAMS[fmt](out)
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    for tables in iter_tables(engine):
        if rules:
            tables = apply_privacy(tables, rules, removed)
        writer.write(tables)
        digests.update(person_digests(tables))
        for k, n in table_counts(tables).items():
            counts[k] = counts.get(k, 0) + n
    files = writer.close()
    manifest = finish(
        engine,
        out,
        fmt=fmt,
        public=public,
        digests=digests,
        counts=counts,
        files=files,
        version=version,
        created_at=created,
        record=record,
    )
    return ExportResult(
        out=out.resolve(), format=fmt, public=public, persons=counts["persons"], manifest=manifest
    )
