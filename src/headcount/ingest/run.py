"""Ingest: files of a source into the registry, one transaction per file.

Raw bytes go to the archive first (content-addressed, so a crash leaves at
most an unreferenced file); the documents and mentions of one file are then
written in a single transaction. A file that fails leaves nothing behind, the
other files go on, and running again completes an interrupted run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, Engine, Table, func, insert, select, update

from headcount.ingest import archive
from headcount.ingest.dates import utc_now
from headcount.ingest.readers import read_file, walk
from headcount.ingest.records import DocumentRecord, ReadError
from headcount.ingest.source import Source
from headcount.store import schema as s

LIST_EXTRACTOR = "list"
LIST_EXTRACTOR_VERSION = "1"


@dataclass
class IngestReport:
    """What one ingest run of one source did."""

    source: str
    run_id: int = 0
    files: int = 0
    documents_new: int = 0
    documents_seen: int = 0
    mentions: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: every cell warning of the new documents: path, row, column, field, raw, reason, kind
    cell_warnings: list[dict[str, Any]] = field(default_factory=list)
    cells_repaired: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def warning_counts(self) -> dict[str, int]:
        """Cell warnings by kind (date, unmapped, place, …)."""
        counts: dict[str, int] = {}
        for w in self.cell_warnings:
            counts[w["kind"]] = counts.get(w["kind"], 0) + 1
        return dict(sorted(counts.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "run_id": self.run_id,
            "files": self.files,
            "documents_new": self.documents_new,
            "documents_seen": self.documents_seen,
            "mentions": self.mentions,
            "cells_repaired": self.cells_repaired,
            "cell_warnings_by_kind": self.warning_counts(),
            "errors": [{"path": p, "message": m} for p, m in self.errors],
            "warnings": [{"path": p, "message": m} for p, m in self.warnings],
            "cell_warnings": self.cell_warnings,
        }


def mention_id(document_id: str, locator: str, extractor: str) -> str:
    return hashlib.sha256(f"{document_id}|{locator}|{extractor}".encode()).hexdigest()[:32]


def upsert_source(conn: Connection, source: Source) -> None:
    row = {
        "kind": source.kind.value,
        "publisher": source.publisher,
        "language": source.language,
        "system": source.mse_system,
        "deduplicated": int(source.deduplicated),
        "declaration": source.to_dict(),
        "updated_at": utc_now(),
    }
    exists = conn.execute(select(s.source.c.name).where(s.source.c.name == source.name)).first()
    if exists:
        conn.execute(update(s.source).where(s.source.c.name == source.name).values(**row))
    else:
        conn.execute(insert(s.source).values(name=source.name, **row))


def _document_row(doc: DocumentRecord, source: str, rel: str, now: str) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": source,
        "format": doc.format,
        "origin": doc.origin,
        "url": doc.url,
        "title": doc.title,
        "language": doc.language,
        "published_at": doc.published_at,
        "captured_at": doc.captured_at,
        "ingested_at": now,
        "archive_path": rel,
        "size": len(doc.raw),
        "text": doc.text,
        "meta": doc.meta or None,
    }


def _mention_rows(doc: DocumentRecord, source: str, now: str) -> list[dict[str, Any]]:
    rows = []
    empty = dict.fromkeys(MENTION_COLUMNS)
    for m in doc.mentions:
        row = empty.copy()  # cheaper than building the keys again for every row
        row.update(m.fields)
        row.update(
            id=mention_id(doc.id, m.locator, LIST_EXTRACTOR),
            document_id=doc.id,
            source=source,
            locator=m.locator,
            extractor=LIST_EXTRACTOR,
            extractor_version=LIST_EXTRACTOR_VERSION,
            created_at=now,
            evidence=m.evidence,
            extra=m.extra or None,
        )
        rows.append(row)
    return rows


MENTION_COLUMNS = tuple(c.name for c in s.mention.columns)


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows. On SQLite the rows go to the driver as tuples, their JSON
    written once here: SQLAlchemy's per-row parameter processing costs more than
    the insert itself on a big list. Elsewhere (PostgreSQL), SQLAlchemy's own path."""
    columns = [c for c in table.columns if c.name in rows[0]]
    if conn.dialect.name != "sqlite" or any(c.default is not None for c in table.columns):
        conn.execute(insert(table), rows)
        return
    names = [c.name for c in columns]
    json_cols = [c.name for c in columns if isinstance(c.type, JSON)]
    dumps = json.dumps
    for row in rows:  # the rows are built for this insert: their JSON is written in place
        for name in json_cols:
            value = row.get(name)
            if value is not None:
                row[name] = dumps(value, ensure_ascii=False)
    getter = itemgetter(*names)
    tuples = [getter(r) for r in rows] if len(names) > 1 else [(getter(r),) for r in rows]
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    indexes = _deferrable_indexes(conn, table.name, len(rows))
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    conn.exec_driver_sql(sql, tuples)
    for _, create in indexes:  # one sort each, not a B-tree insert per row
        conn.exec_driver_sql(create)


#: a batch at least this big, into a table holding fewer rows than the batch,
#: has its secondary indexes rebuilt once after the insert (same transaction)
DEFER_INDEXES_FROM = 5_000


def _deferrable_indexes(conn: Connection, table: str, batch: int) -> list[tuple[str, str]]:
    if batch < DEFER_INDEXES_FROM:
        return []
    held = conn.exec_driver_sql(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT {batch})')
    if int(held.scalar() or 0) >= batch:
        return []
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (table,),
    )
    return [(str(n), str(q)) for n, q in found]


def _warning_rows(
    doc: DocumentRecord, source: str, run_id: int | None, now: str
) -> list[dict[str, Any]]:
    return [
        {
            "run_id": run_id,
            "source": source,
            "document_id": doc.id,
            "path": doc.origin,
            "row_no": w.row,
            "column_name": w.column,
            "field": w.field,
            "raw": w.raw,
            "reason": w.reason,
            "kind": w.kind,
            "created_at": now,
        }
        for w in doc.warnings
    ]


def store_documents(
    engine: Engine,
    archive_dir: Path,
    source: str,
    docs: list[DocumentRecord],
    run_id: int | None = None,
) -> tuple[int, int, int]:
    """Write one file's documents, and their cell warnings (under ``run_id``), in one
    transaction. Returns (new, seen, mentions)."""
    ids = [d.id for d in docs]
    new = seen = mentions = 0
    with engine.begin() as conn:
        present: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            present.update(conn.scalars(select(s.document.c.id).where(s.document.c.id.in_(chunk))))
        now = utc_now()
        doc_rows: list[dict[str, Any]] = []
        mention_rows: list[dict[str, Any]] = []
        warning_rows: list[dict[str, Any]] = []
        for doc in docs:
            if doc.id in present:
                seen += 1
                continue
            present.add(doc.id)
            rel = archive.store(archive_dir, doc.id, doc.raw)
            doc_rows.append(_document_row(doc, source, rel, now))
            mention_rows.extend(_mention_rows(doc, source, now))
            if run_id is not None:
                warning_rows.extend(_warning_rows(doc, source, run_id, now))
        if doc_rows:
            conn.execute(insert(s.document), doc_rows)
        if mention_rows:
            insert_many(conn, s.mention, mention_rows)
        if warning_rows:
            conn.execute(insert(s.ingest_warning), warning_rows)
        new, mentions = len(doc_rows), len(mention_rows)
    return new, seen, mentions


def _display(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return str(path.resolve().relative_to(base.resolve()))
        except ValueError:
            pass
    return str(path)


def ingest(
    engine: Engine,
    archive_dir: Path,
    source: Source,
    paths: list[Path],
    *,
    base: Path | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    strict: bool = False,
) -> IngestReport:
    """Read ``paths`` (files and folders) of ``source`` into the registry.

    A list row is stored whatever its cells hold; cells that cannot be read are
    counted in the report and kept in ``ingest_warning``. With ``strict`` a file
    with any such cell is not stored at all (each cell is an error).
    ``base`` is the folder file names are recorded relative to (the workspace).
    ``on_start(total_files)`` and ``on_file(path)`` drive a progress display.
    """
    report = IngestReport(source=source.name)
    files = list(walk(paths))
    missing = [p for p in paths if not p.exists()]
    with engine.begin() as conn:
        upsert_source(conn, source)
        result = conn.execute(
            insert(s.ingest_run).values(
                source=source.name,
                started_at=utc_now(),
                state="running",
                files=0,
                documents_new=0,
                documents_seen=0,
                mentions=0,
                errors=0,
            )
        )
        pk = result.inserted_primary_key
        report.run_id = int(pk[0]) if pk else 0
    for p in missing:
        report.errors.append((str(p), f"{p}: no such file or folder"))
    if on_start:
        on_start(len(files))
    for path in files:
        origin = _display(path, base)
        try:
            raw = path.read_bytes()
            docs = read_file(path, raw, source, origin)
            if not docs:
                report.warnings.append((origin, f"{origin}: no documents in this file"))
            if strict and any(d.warnings for d in docs):  # messages only when refusing
                report.errors.extend(
                    (origin, w.message(origin)) for d in docs for w in d.warnings
                )
                raise _Skip
            new, seen, mentions = store_documents(
                engine, archive_dir, source.name, docs, report.run_id
            )
            report.documents_new += new
            report.documents_seen += seen
            report.mentions += mentions
            for doc in docs:
                if new:
                    report.cell_warnings.extend(
                        {"path": origin, **w.as_dict()} for w in doc.warnings
                    )
                    report.cells_repaired += _repaired(doc)
                unmapped = doc.meta.get("unmapped_columns") if doc.meta else None
                if unmapped and new:
                    report.warnings.append(
                        (
                            origin,
                            f"{origin}: columns not mapped to any field "
                            f"(kept in `extra`): {', '.join(unmapped)}",
                        )
                    )
        except _Skip:
            pass
        except ReadError as exc:
            report.errors.append((origin, str(exc)))
        except OSError as exc:
            report.errors.append((origin, f"{origin}: cannot read: {exc.strerror or exc}"))
        report.files += 1
        if on_file:
            on_file(path)
    _check_expectations(engine, source, report)
    _finish_run(engine, report)
    return report


class _Skip(Exception):
    """A file left out by --strict (its errors are already in the report)."""


def _repaired(doc: DocumentRecord) -> int:
    """Cells read by repairing a typing slip."""
    n = 0
    for m in doc.mentions:
        quals = m.fields.get("qualifiers")
        if quals:
            n += sum(1 for q in quals.values() if q.get("repaired"))
    return n


def _check_expectations(engine: Engine, source: Source, report: IngestReport) -> None:
    if source.expect.min_documents is None:
        return
    with engine.connect() as conn:
        held = (
            conn.scalar(
                select(func.count())
                .select_from(s.document)
                .where(s.document.c.source == source.name)
            )
            or 0
        )
    if held < source.expect.min_documents:
        report.errors.append(
            (
                source.origin,
                f"{source.origin}: source {source.name!r} holds {held} documents, expected at "
                f"least {source.expect.min_documents} (expect.min_documents)",
            )
        )


def _finish_run(engine: Engine, report: IngestReport) -> None:
    now = utc_now()
    with engine.begin() as conn:
        conn.execute(
            update(s.ingest_run)
            .where(s.ingest_run.c.id == report.run_id)
            .values(
                finished_at=now,
                state="complete" if report.ok else "failed",
                files=report.files,
                documents_new=report.documents_new,
                documents_seen=report.documents_seen,
                mentions=report.mentions,
                errors=len(report.errors),
                warnings=len(report.cell_warnings),
            )
        )
        if report.errors:
            conn.execute(
                insert(s.ingest_error),
                [
                    {
                        "run_id": report.run_id,
                        "source": report.source,
                        "path": p,
                        "message": m,
                        "created_at": now,
                    }
                    for p, m in report.errors
                ],
            )
