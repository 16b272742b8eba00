"""run_extract: every document not yet read by this extractor version → mention rows.

Documents are read by :func:`headcount.extract.work.extract_job` in this
process, in a pool of processes (:mod:`headcount.extract.pool`) or on Spark
(:mod:`headcount.extract.spark`); this process writes what they return. Each
document's older text mentions are deleted and the new ones written in the
same transaction as the document's ``extracted_version`` (a transaction holds a
batch of documents), so a crash leaves each document either fully old or fully
new, and running again does only what is left. List documents (csv/json) are
skipped: their rows are mentions already. A document that cannot be read is
recorded with ``extract_error`` and the run goes on; it is retried when the
version changes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, and_, bindparam, delete, func, insert, or_, select, update

from headcount.extract.compute import Compute
from headcount.extract.version import EXTRACTOR, EXTRACTOR_VERSION
from headcount.extract.work import Done, Job
from headcount.ingest.dates import utc_now
from headcount.ingest.run import mention_id
from headcount.store import schema as s
from headcount.vocab import LIST_FORMATS

#: documents read from the registry, and written to it, per transaction
BATCH = 32
_COLUMNS = frozenset(c.name for c in s.mention.columns)
_FLAGS = ("region_inferred", "region_occupied", "citizenship_contested")
#: mention fields with no column of their own, kept in ``extra``
_EXTRA = ("place_of_birth", "other_dates")


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


def _is_pending() -> Any:
    d = s.document
    return and_(d.c.format.not_in([f.value for f in LIST_FORMATS]),
                or_(d.c.extracted_version.is_(None), d.c.extracted_version != EXTRACTOR_VERSION))


def _count_pending(engine: Engine) -> tuple[int, int, int]:
    """(documents to read, list documents, documents already read by this version)."""
    d = s.document
    lists = [f.value for f in LIST_FORMATS]
    with engine.connect() as conn:
        todo = conn.scalar(select(func.count()).where(_is_pending())) or 0
        n_lists = conn.scalar(select(func.count()).where(d.c.format.in_(lists))) or 0
        current = conn.scalar(
            select(func.count()).where(
                and_(d.c.format.not_in(lists), d.c.extracted_version == EXTRACTOR_VERSION)
            )
        ) or 0
    return int(todo), int(n_lists), int(current)


def pending_jobs(engine: Engine, batch: int = BATCH) -> Iterator[Job]:
    """The documents to read, in id order, fetched a batch at a time (after the last id
    fetched: what this run writes meanwhile does not move the window)."""
    d = s.document
    last = ""
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(d.c.id, d.c.source, d.c.text, d.c.language, d.c.published_at)
                .where(_is_pending())
                .where(d.c.id > last)
                .order_by(d.c.id)
                .limit(batch)
            ).all()
        if not rows:
            return
        for r in rows:
            yield Job(r.id, r.source, r.text or "", r.language, r.published_at)
        last = rows[-1].id


def mention_row(doc_id: str, source: str, m: dict[str, Any], now: str) -> dict[str, Any]:
    """The mention table's row for one extracted mention of document ``doc_id``."""
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


def store_results(engine: Engine, results: list[Done]) -> int:
    """Write what reading some documents gave, in one transaction; the mentions written."""
    if not results:
        return 0
    now = utc_now()
    rows = [mention_row(r.id, r.source, m, now) for r in results for m in r.mentions]
    d, m = s.document, s.mention
    with engine.begin() as conn:
        conn.execute(
            delete(m).where(
                and_(m.c.document_id.in_([r.id for r in results]), m.c.extractor == EXTRACTOR)
            )
        )
        if rows:
            conn.execute(insert(m), rows)
        conn.execute(
            update(d)
            .where(d.c.id == bindparam("doc_id"))
            .values(extracted_version=EXTRACTOR_VERSION, extract_error=bindparam("error")),
            [{"doc_id": r.id, "error": r.error} for r in results],
        )
    return len(rows)


def run_extract(
    engine: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
    compute: Compute | str = Compute.local,
    spark_master: str | None = None,
) -> ExtractReport:
    """Extract every document not yet read by this extractor version.

    ``progress(done, total)`` is called after each document is read. ``workers`` > 1
    reads in that many processes on this machine (each loads the NER model once);
    ``compute="spark"`` reads on Spark instead (``spark_master``, or ``local[2]``),
    the models loaded once per executor process. Whichever reads, the rows are the
    same and this process writes them, a batch of documents per transaction.
    """
    report = ExtractReport()
    total, report.lists_skipped, report.up_to_date = _count_pending(engine)
    if progress:
        progress(0, total)
    if not total:
        return report
    jobs = pending_jobs(engine)
    if Compute(compute) is Compute.spark:
        from headcount.extract.spark import extract_on_spark

        results = extract_on_spark(jobs, spark_master)
    else:
        from headcount.extract.pool import extract_locally

        results = extract_locally(jobs, min(workers, total))  # no idle process loads models
    batch: list[Done] = []
    try:
        for done, result in enumerate(results, 1):
            batch.append(result)
            report.documents += 1
            if result.error:
                report.failed.append((result.id, result.error))
            report.warnings.extend((result.id, n) for n in result.warnings)
            if len(batch) >= BATCH:
                report.mentions += store_results(engine, batch)
                batch = []
            if progress:
                progress(done, total)
    except BaseException:  # a failed engine, Ctrl-C: keep what was read, then stop
        with contextlib.suppress(Exception):
            store_results(engine, batch)
        raise
    report.mentions += store_results(engine, batch)
    return report
