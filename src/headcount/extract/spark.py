"""Extraction on Spark: a map over documents, the models loaded once per executor process.

The driver (the process running ``headcount extract``) reads the documents to do
from the registry a wave at a time, hands each wave to Spark as partitions of
an RDD, and each partition is read by :func:`headcount.extract.work.extract_partition`
(the function a local worker runs, one document at a time): the NER and syntax
models load on the partition's first document and stay loaded in the executor's
Python worker, which Spark reuses for the partitions after. The rows come back
to the driver, which writes them exactly as a local run does. While the driver
writes one wave, Spark reads the next.

Spark runs in local mode (``local[2]``) unless a master URL is given (``[extract]
spark_master``, else ``[link] spark_master``). Executors need the driver's Python
version with headcount installed (``PYSPARK_PYTHON``, by default the Python
running headcount), and Java.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any

from headcount.extract.work import Done, Job, extract_partition, one_thread_env

APP_NAME = "headcount-extract"
#: documents per Spark job, at least (more on a large cluster: see :func:`wave_size`)
WAVE = 2_000
#: partitions per task slot in a wave (a slow partition then holds up less of it)
PARTITIONS_PER_SLOT = 4


class SparkUnavailable(RuntimeError):
    """pyspark or Java is not installed."""


class SparkFailed(RuntimeError):
    """A Spark job failed (an executor without headcount, a lost cluster…); the waves
    written before it are kept."""


def spark_unavailable() -> str | None:
    """None if Spark can run here, else the reason it cannot."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install pyspark)"
    from shutil import which

    if not (os.environ.get("JAVA_HOME") or which("java")):
        return "Java is not installed (Spark needs a Java runtime, e.g. default-jre-headless)"
    return None


def wave_size(slots: int) -> int:
    """Documents per Spark job on ``slots`` task slots: 200 a slot, at least :data:`WAVE`."""
    return max(WAVE, 200 * slots)


def _session(master: str | None) -> tuple[Any, bool]:
    """(a Spark session, whether this run started it and so stops it)."""
    reason = spark_unavailable()
    if reason:
        raise SparkUnavailable(reason)
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    if SparkContext._active_spark_context is not None:  # e.g. linkage's, in this process
        return SparkSession.builder.getOrCreate(), False
    from headcount.link.engines import spark_builder

    builder = (
        spark_builder(APP_NAME, master, tempfile.mkdtemp(prefix="headcount-spark-"))
        .config("spark.ui.showConsoleProgress", "false")  # the command has its own bar
    )
    for name, value in one_thread_env().items():  # numpy on one thread per task slot
        builder = builder.config(f"spark.executorEnv.{name}", value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session, True


def _read_wave(context: Any, wave: list[Job], slots: int) -> list[Done]:
    parts = max(1, min(len(wave), slots * PARTITIONS_PER_SLOT))
    rows = context.parallelize([tuple(j) for j in wave], parts).mapPartitions(
        extract_partition).collect()
    return [Done(*r) for r in rows]


def extract_on_spark(jobs: Iterable[Job], master: str | None = None,
                     wave: int | None = None) -> Iterator[Done]:
    """Each job's result, in order, read on Spark (``master``, or ``local[2]``)."""
    session, owned = _session(master)
    context = session.sparkContext
    slots = max(1, int(context.defaultParallelism))
    size = wave or wave_size(slots)
    todo = iter(jobs)
    queued: list[Future[list[Done]]] = []
    try:
        with ThreadPoolExecutor(1) as spark:
            try:
                first = list(islice(todo, size))
                if first:
                    queued.append(spark.submit(_read_wave, context, first, slots))
                while queued:
                    nxt = list(islice(todo, size))  # Spark reads it while this wave is written
                    if nxt:
                        queued.append(spark.submit(_read_wave, context, nxt, slots))
                    try:
                        done = queued.pop(0).result()
                    except Exception as exc:  # Py4J and PySpark errors: one line is enough
                        lines = str(exc).strip().splitlines() or [type(exc).__name__]
                        raise SparkFailed(lines[0][:300]) from exc
                    yield from done
            finally:
                for later in queued:  # the caller stopped early: waves not started are not wanted
                    later.cancel()
    finally:
        if owned:
            session.stop()
