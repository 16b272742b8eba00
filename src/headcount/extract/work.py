"""One document in, its mention rows out: the unit of work every engine runs.

The same function reads a document in this process, in a pool of processes
(:mod:`headcount.extract.pool`) and on Spark executors (:mod:`headcount.extract.spark`),
so the rows stored are the same whichever ran it. A worker builds the rows itself:
the process that writes the registry only writes.

Numerical libraries run on one thread here. slovnet's NER and syntax models
multiply small matrices with numpy, and OpenBLAS's threads (one per core by
default) cost more in waking and spinning than they save on matrices that small:
one process on two cores read Collection5 about twice as fast with one BLAS
thread as with two, and a second process had no core left to run on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from headcount.extract.pipeline import extract
from headcount.extract.text import TextError
from headcount.extract.version import EXTRACTOR, EXTRACTOR_VERSION
from headcount.ingest.dates import utc_now
from headcount.ingest.run import mention_id
from headcount.store import schema as s

#: environment variables that set the thread count of numpy's BLAS and OpenMP
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")

_COLUMNS = frozenset(c.name for c in s.mention.columns)
_FLAGS = ("region_inferred", "region_occupied", "citizenship_contested")
#: mention fields with no column of their own, kept in ``extra``
_EXTRA = ("place_of_birth", "other_dates")


class Job(NamedTuple):
    """A document to read."""

    id: str
    source: str
    text: str
    language: str | None
    published: str | None


class Done(NamedTuple):
    """What reading one document gave: rows to store, warnings, or why it failed."""

    id: str
    rows: list[dict[str, Any]]
    warnings: list[str]
    error: str | None


def one_thread_env() -> dict[str, str]:
    """The thread variables set to 1 (for processes started from here)."""
    return dict.fromkeys(THREAD_VARIABLES, "1")


def limit_threads() -> Any:
    """Numerical libraries of this process on one thread; the returned object's
    ``restore_original_limits()`` (or leaving it as a context manager) undoes it."""
    import numpy  # noqa: F401  (its BLAS must be loaded to be limited)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


def start_worker() -> None:
    """Set up a worker process: one BLAS thread, the NER model loaded before work comes."""
    os.environ.update(one_thread_env())  # for libraries loaded later
    limit_threads()
    from headcount.extract import ner

    ner.tagger()


def extract_job(job: Job) -> Done:
    """Read one document; a failure is recorded on it, never raised."""
    try:
        result = extract(job.text, job.language, job.published)
    except TextError as exc:
        return Done(job.id, [], [], str(exc))
    except Exception as exc:  # a bug must not stop the run: record it on the document
        return Done(job.id, [], [], f"{type(exc).__name__}: {exc}")
    now = utc_now()
    rows = [mention_row(job.id, job.source, m, now) for m in result.mentions]
    return Done(job.id, rows, [w for w in result.warnings if w != "empty text"], None)


def extract_partition(jobs: Iterable[Job]) -> Iterator[Done]:
    """Every job of a partition (Spark's mapPartitions): the models load once per worker
    process, which Spark reuses for the partitions after."""
    with limit_threads():
        for job in jobs:
            yield extract_job(Job(*job))


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
