"""Extraction on this machine: in this process, or in a pool of worker processes.

Workers are started with ``spawn`` (no copy of the caller's threads or open
connections), load the NER model once each before work comes, run numpy on one
thread (see :mod:`headcount.extract.work`) and return finished rows; documents go
to them a few at a time. Results come back in the order of the jobs.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator

from headcount.extract.work import Done, Job, extract_job, limit_threads, start_worker

#: documents handed to a worker at a time (fewer round trips; small enough to balance)
CHUNK = 4


def extract_locally(jobs: Iterable[Job], workers: int = 1) -> Iterator[Done]:
    """Each job's result, in order, read by ``workers`` processes (1: this one)."""
    if workers <= 1:
        with limit_threads():
            yield from map(extract_job, jobs)
        return
    pool = mp.get_context("spawn").Pool(workers, initializer=start_worker)
    try:
        yield from pool.imap(extract_job, jobs, chunksize=CHUNK)
    finally:
        # every result is in (or the caller stopped and wants no more): the workers hold
        # nothing to save, and letting them exit on their own (freeing the models) costs
        # most of a second
        pool.terminate()
        pool.join()
