"""One document in, its mentions out: the unit of work every engine runs.

The same function reads a document in this process, in a pool of processes
(:mod:`headcount.extract.pool`) and on Spark executors (:mod:`headcount.extract.spark`),
so the rows stored are the same whichever ran it. It imports the extraction
pipeline and nothing of the registry (SQLAlchemy, the ingest readers), so a worker
process starts in a third of a second plus the models.

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

#: environment variables that set the thread count of numpy's BLAS and OpenMP
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


class Job(NamedTuple):
    """A document to read."""

    id: str
    source: str
    text: str
    language: str | None
    published: str | None


class Done(NamedTuple):
    """What reading one document gave: its mentions (``extract_text``'s dicts), warnings,
    or why it failed."""

    id: str
    source: str
    mentions: list[dict[str, Any]]
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
        return Done(job.id, job.source, [], [], str(exc))
    except Exception as exc:  # a bug must not stop the run: record it on the document
        return Done(job.id, job.source, [], [], f"{type(exc).__name__}: {exc}")
    notes = [w for w in result.warnings if w != "empty text"]
    return Done(job.id, job.source, result.mentions, notes, None)


def extract_partition(jobs: Iterable[Job]) -> Iterator[Done]:
    """Every job of a partition (Spark's mapPartitions): the models load once per worker
    process, which Spark reuses for the partitions after."""
    with limit_threads():
        for job in jobs:
            yield extract_job(Job(*job))
