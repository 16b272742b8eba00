"""`headcount export`: the registry's persons into files, with a manifest and a release."""

from __future__ import annotations

from collections.abc import Sequence
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
    format: str  # the formats written, comma-separated
    public: bool
    persons: int
    manifest: dict[str, Any]
    formats: tuple[str, ...] = ()

    @property
    def release_id(self) -> int | None:
        return self.manifest.get("release_id")


def parse_formats(fmt: str | Sequence[str]) -> tuple[str, ...]:
    """Formats as given (one, a sequence, or comma-separated), each once, in order."""
    parts = [fmt] if isinstance(fmt, str) else list(fmt)
    names = [p.strip().lower() for part in parts for p in str(part).split(",") if p.strip()]
    if not names:
        raise ValueError(f"no format given; use {', '.join(WRITERS)}")
    bad = [n for n in names if n not in WRITERS]
    if bad:
        raise ValueError(f"unknown format {bad[0]!r}; use {', '.join(WRITERS)}")
    return tuple(dict.fromkeys(names))


def privacy_rules(workspace: Workspace | None) -> PrivacyRules:
    """The ``[privacy]`` rules of the workspace (the defaults withhold the most)."""
    return PrivacyRules.from_workspace(workspace) if workspace else PrivacyRules()


def export_registry(
    engine: Engine,
    workspace: Workspace | None,
    fmt: str | Sequence[str],
    out: Path,
    *,
    public: bool = False,
    record: bool = True,
) -> ExportResult:
    """Export every counted person in ``fmt`` into the folder ``out``: one release.

    ``fmt``: a format, several (a sequence, or comma-separated: ``"csv,parquet"``);
    the persons are read once and every format's files are written side by side,
    listed in one manifest and recorded as one release. An export of the
    unchanged registry adds its files to the latest release of its kind instead
    of making a new one (see :func:`headcount.publish.release.finish`).

    ``public``: apply the privacy rules of ``workspace`` (see docs/privacy.md).
    ``record``: keep the release in the registry, so the next export can say
    what changed. Writes the format's files, ``changes.csv`` and ``manifest.json``.
    Persons are read, made public and written a chunk at a time; only their
    digests are held for the whole export.
    """
    formats = parse_formats(fmt)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    created = now()
    version = registry_version(engine)
    rules = privacy_rules(workspace) if public else None
    removed = removed_ids(engine, rules) if rules else set()
    writers = {f: STREAMS[f](out) for f in formats}
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    for tables in iter_tables(engine):
        if rules:
            tables = apply_privacy(tables, rules, removed)
        for writer in writers.values():
            writer.write(tables)
        digests.update(person_digests(tables))
        for k, n in table_counts(tables).items():
            counts[k] = counts.get(k, 0) + n
    files = {f: w.close() for f, w in writers.items()}
    manifest = finish(
        engine,
        out,
        files=files,
        public=public,
        digests=digests,
        counts=counts,
        version=version,
        created_at=created,
        record=record,
    )
    return ExportResult(
        out=out.resolve(),
        format=",".join(formats),
        public=public,
        persons=counts["persons"],
        manifest=manifest,
        formats=formats,
    )
