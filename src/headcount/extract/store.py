"""run_extract: every document not yet read by this extractor version → mention rows.

One transaction per document: its older text mentions are deleted and the new
ones written together with the document's ``extracted_version``, so a crash
leaves each document either fully old or fully new, and running again does
only what is left. List documents (csv/json) are skipped: their rows are
mentions already. A document that cannot be read is recorded with
``extract_error`` and the run goes on; it is retried when the version changes.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, or_, select, update

from headcount.extract.pipeline import extract
from headcount.extract.text import TextError
from headcount.extract.version import EXTRACTOR, EXTRACTOR_VERSION
from headcount.ingest.dates import utc_now
from headcount.ingest.run import mention_id
from headcount.store import schema as s
from headcount.vocab import LIST_FORMATS

BATCH = 32
_COLUMNS = frozenset(c.name for c in s.mention.columns)
_FLAGS = ("region_inferred", "region_occupied", "citizenship_contested")

Job = tuple[str, str, str | None, str | None]  # id, text, language, published_at


@dataclass
class ExtractReport:
    """What one extraction run did."""

    documents: int = 0  # documents read this run
    mentions: int = 0  # mentions written
    lists_skipped: int = 0  # list documents, whose rows are mentions already
    up_to_date: int = 0  # already read by this extractor version
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "extractor_version": EXTRACTOR_VERSION,
            "documents": self.documents,
            "mentions": self.mentions,
            "lists_skipped": self.lists_skipped,
            "up_to_date": self.up_to_date,
            "failed": [{"document": d, "reason": r} for d, r in self.failed],
            "warnings": [{"document": d, "message": m} for d, m in self.warnings],
        }


def _work(job: Job) -> tuple[str, list[dict[str, Any]], list[str], str | None]:
    doc_id, text, language, published = job
    try:
        result = extract(text, language, published)
    except TextError as exc:
        return doc_id, [], [], str(exc)
    except Exception as exc:  # a bug must not stop the run: record it on the document
        return doc_id, [], [], f"{type(exc).__name__}: {exc}"
    return doc_id, result.mentions, [w for w in result.warnings if w != "empty text"], None


#: mention fields with no column of their own, kept in ``extra``
_EXTRA = ("place_of_birth", "other_dates")


def _row(doc_id: str, source: str, m: dict[str, Any], now: str) -> dict[str, Any]:
    row: dict[str, Any] = {k: v for k, v in m.items() if k in _COLUMNS}
    for flag in _FLAGS:
        if row.get(flag) is not None:
            row[flag] = int(row[flag])
    row.update(
        id=mention_id(doc_id, m["locator"], EXTRACTOR),
        document_id=doc_id,
        source=source,
        locator=m["locator"],
        extractor=EXTRACTOR,
        extractor_version=EXTRACTOR_VERSION,
        created_at=now,
        evidence=m["evidence"],
        extra={"spans": m["spans"], **{k: m[k] for k in _EXTRA if m.get(k)}},
    )
    return row


def _pending(engine: Engine) -> tuple[list[str], int, int]:
    d = s.document
    lists = [f.value for f in LIST_FORMATS]
    with engine.connect() as conn:
        ids = list(
            conn.scalars(
                select(d.c.id)
                .where(d.c.format.not_in(lists))
                .where(or_(d.c.extracted_version.is_(None),
                           d.c.extracted_version != EXTRACTOR_VERSION))
                .order_by(d.c.id)
            )
        )
        n_lists = conn.scalar(select(func.count()).where(d.c.format.in_(lists))) or 0
        current = conn.scalar(
            select(func.count()).where(
                and_(d.c.format.not_in(lists), d.c.extracted_version == EXTRACTOR_VERSION)
            )
        ) or 0
    return ids, int(n_lists), int(current)


def _jobs(engine: Engine, ids: list[str], sources: dict[str, str]) -> Iterator[Job]:
    d = s.document
    for i in range(0, len(ids), BATCH):
        with engine.connect() as conn:
            rows = conn.execute(
                select(d.c.id, d.c.source, d.c.text, d.c.language, d.c.published_at)
                .where(d.c.id.in_(ids[i : i + BATCH]))
            ).all()
        for r in rows:
            sources[r.id] = r.source
            yield r.id, r.text or "", r.language, r.published_at


def _store(engine: Engine, doc_id: str, source: str, mentions: list[dict[str, Any]],
           error: str | None) -> int:
    now = utc_now()
    rows = [_row(doc_id, source, m, now) for m in mentions]
    with engine.begin() as conn:
        conn.execute(
            delete(s.mention).where(
                and_(s.mention.c.document_id == doc_id, s.mention.c.extractor == EXTRACTOR)
            )
        )
        if rows:
            conn.execute(insert(s.mention), rows)
        conn.execute(
            update(s.document)
            .where(s.document.c.id == doc_id)
            .values(extracted_version=EXTRACTOR_VERSION, extract_error=error)
        )
    return len(rows)


def run_extract(
    engine: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
) -> ExtractReport:
    """Extract every document not yet read by this extractor version.

    ``progress(done, total)`` is called after each document. ``workers`` > 1
    extracts in that many processes (the NER model is loaded once in each);
    writing stays in this process, one transaction per document.
    """
    report = ExtractReport()
    ids, report.lists_skipped, report.up_to_date = _pending(engine)
    total = len(ids)
    if progress:
        progress(0, total)
    sources: dict[str, str] = {}
    jobs = _jobs(engine, ids, sources)
    pool = mp.get_context("spawn").Pool(workers) if workers > 1 and total > 1 else None
    try:
        results = pool.imap(_work, jobs, chunksize=4) if pool else map(_work, jobs)
        for done, (doc_id, mentions, notes, error) in enumerate(results, 1):
            report.mentions += _store(engine, doc_id, sources[doc_id], mentions, error)
            report.documents += 1
            if error:
                report.failed.append((doc_id, error))
            report.warnings.extend((doc_id, n) for n in notes)
            if progress:
                progress(done, total)
    finally:
        if pool:
            pool.close()
            pool.join()
    return report
