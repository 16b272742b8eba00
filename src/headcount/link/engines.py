"""The engines that run the model: DuckDB (default, in process) and Spark.

Both take the same standardised pandas table and return Splink's database API
plus the table registered with it (a SplinkDataFrame). Spark runs in local mode
(``local[2]``) unless a master URL is given, e.g. from ``[link] spark_master``
in ``headcount.toml``.

Spark's shuffle partitions follow the table and the cluster (see
:func:`shuffle_partitions`) instead of Spark's 200: a task per partition and
stage, and a linkage run has some eighty stages (a join per blocking rule), so
idle partitions cost start-up time on every stage without spreading any work.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import tempfile
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


ROWS_PER_PARTITION = 50_000
"""Records per shuffle partition beyond the cluster's cores (a 1M table: 20 partitions)."""


class EngineName(StrEnum):
    duckdb = "duckdb"
    spark = "spark"


class EngineUnavailable(RuntimeError):
    """The engine's libraries (or Java, for Spark) are not installed."""


_SPARK: Any = None


def spark_available() -> str | None:
    """None if Spark can run here, else the reason it cannot."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'headcount[spark]')"
    from shutil import which

    if not (os.environ.get("JAVA_HOME") or which("java")):
        return "Java is not installed (Spark needs a Java runtime, e.g. default-jre-headless)"
    return None


def spark_builder(app: str, master: str | None, local_dir: str) -> Any:
    """The settings every Spark session of headcount starts with (linkage's, extraction's):
    ``master`` (or ``local[2]``), no UI, scratch files in ``local_dir``, Python functions
    run in this Python unless PYSPARK_PYTHON says, and Splink's string functions. Whichever
    stage starts the JVM, the other finds them: a jar joins the driver's class path only
    when the JVM starts."""
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        SparkSession.builder.appName(app)
        .master(master or "local[2]")
        .config("spark.jars", similarity_jar_location())
        .config("spark.ui.enabled", "false")
        .config("spark.local.dir", local_dir)
    )


def spark_session(master: str | None = None) -> Any:
    """A Spark session for linkage (created once per process)."""
    global _SPARK
    if _SPARK is not None:
        return _SPARK
    reason = spark_available()
    if reason:
        raise EngineUnavailable(reason)
    checkpoints = tempfile.mkdtemp(prefix="headcount-spark-")
    builder = (
        spark_builder("headcount-link", master, checkpoints)
        .config("spark.sql.shuffle.partitions", "4")  # set again per table: _spark_api
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    session.sparkContext.setCheckpointDir(checkpoints)
    _SPARK = session
    return session


def _spark_frame(session: Any, df: pd.DataFrame) -> Any:
    from pyspark.sql import types as T

    # here, not at the top: the command line imports this module and must start light
    from headcount.link.standardise import LIST_BLOCK_COLUMNS, LIST_COLUMNS

    fields = []
    for col in df.columns:
        if col in (*LIST_COLUMNS, *LIST_BLOCK_COLUMNS):
            kind: Any = T.ArrayType(T.StringType())
        elif col == "has_name":
            kind = T.BooleanType()
        elif str(df[col].dtype) in ("Int64", "int64"):
            kind = T.LongType()
        elif str(df[col].dtype) in ("float64", "Float64"):
            kind = T.DoubleType()
        else:
            kind = T.StringType()
        fields.append(T.StructField(col, kind, True))
    longs = [isinstance(f.dataType, T.LongType) for f in fields]

    def cell(v: Any, is_long: bool) -> Any:
        if isinstance(v, list):
            return list(v)
        if _missing(v):
            return None
        return int(v) if is_long else v

    rows = [
        tuple(cell(v, is_long) for v, is_long in zip(rec, longs, strict=True))
        for rec in df.itertuples(index=False, name=None)
    ]
    return session.createDataFrame(rows, schema=T.StructType(fields))


def _missing(v: Any) -> bool:
    if isinstance(v, list):
        return False
    try:
        import pandas as pd

        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def open_engine(
    name: EngineName | str, df: pd.DataFrame, master: str | None = None, alias: str | None = None
) -> tuple[Any, Any]:
    """(Splink db api, ``df`` registered with it as a SplinkDataFrame) for engine ``name``;
    ``alias``: the table's name in Splink's output (``source_dataset``)."""
    spark = EngineName(name) is EngineName.spark
    db_api = _spark_api(master, len(df)) if spark else duckdb_api()
    return db_api, register(db_api, df, alias)


def register(db_api: Any, df: pd.DataFrame, alias: str | None = None) -> Any:
    """``df`` registered with ``db_api`` (made by :func:`open_engine`) as a SplinkDataFrame."""
    if db_api.sql_dialect.sql_dialect_str == "spark":
        table: Any = _spark_frame(db_api.spark, df)
    else:
        table = df
    return db_api.register(table, dataset_display_name=alias) if alias else db_api.register(table)


def shuffle_partitions(rows: int, cores: int) -> int:
    """Spark shuffle partitions for a table of ``rows`` records on ``cores`` task slots:
    one per core, more only when each would hold over :data:`ROWS_PER_PARTITION` records."""
    return max(1, cores, math.ceil(rows / ROWS_PER_PARTITION))


def _spark_api(master: str | None, rows: int) -> Any:
    from splink import SparkAPI

    from headcount.link.jaro_winkler import register_on_spark

    session = spark_session(master)
    partitions = shuffle_partitions(rows, session.sparkContext.defaultParallelism)
    session.conf.set("spark.sql.shuffle.partitions", str(partitions))
    api = SparkAPI(
        spark_session=session,
        break_lineage_method="parquet",
        # Splink repartitions its intermediate tables to this many (or fewer) parts
        num_partitions_on_repartition=partitions,
    )
    register_on_spark(session)  # DuckDB's Jaro-Winkler, in place of the one Splink registered
    return api


def duckdb_api() -> Any:
    """Splink's DuckDB API on a fresh in-memory database.

    Splink writes array comparisons with DuckDB's older lambda arrow
    (``x -> …``), which DuckDB 1.3+ refuses unless asked to accept it.
    """
    import duckdb
    from splink import DuckDBAPI

    con = duckdb.connect()
    with contextlib.suppress(duckdb.Error):  # an older DuckDB: the arrow is its only syntax
        con.execute("SET lambda_syntax='ENABLE_SINGLE_ARROW'")
    return DuckDBAPI(connection=con)


def dialect(name: EngineName | str) -> str:
    return "spark" if EngineName(name) is EngineName.spark else "duckdb"


__all__ = [
    "EngineName",
    "EngineUnavailable",
    "dialect",
    "duckdb_api",
    "open_engine",
    "register",
    "shuffle_partitions",
    "spark_available",
]
