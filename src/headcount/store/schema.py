"""Registry schema (SQLAlchemy Core). Alembic migrations create it.

Dates are ISO 8601 strings of reduced precision ("2023", "2023-03",
"2023-03-12") with their precision kept beside them; times are ISO 8601 in UTC.
The same schema runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

source = Table(
    "source",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("publisher", Text, nullable=False, default=""),
    Column("language", String(16), nullable=False, default="ru"),
    Column("system", String(64), nullable=False),
    Column("deduplicated", Integer, nullable=False, default=0),
    Column("declaration", JSON, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

document = Table(
    "document",
    metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the raw bytes
    Column("source", String(64), ForeignKey("source.name"), nullable=False, index=True),
    Column("format", String(16), nullable=False),
    Column("origin", Text, nullable=False),  # file name (and locator) it was read from
    Column("url", Text),
    Column("title", Text),
    Column("language", String(16)),
    Column("published_at", String(32)),
    Column("captured_at", String(32)),
    Column("ingested_at", String(32), nullable=False),
    Column("archive_path", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("meta", JSON),
    Column("extracted_version", String(32)),  # extractor version that last read it
    Column("extract_error", Text),  # why the last extraction failed; None when it did not
)

mention = Table(
    "mention",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(64), ForeignKey("document.id"), nullable=False, index=True),
    Column("source", String(64), ForeignKey("source.name"), nullable=False, index=True),
    Column("locator", String(64), nullable=False),  # list row, or text span
    Column("extractor", String(32), nullable=False),
    Column("extractor_version", String(32), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("name", Text),
    Column("surname", Text),
    Column("given_name", Text),
    Column("patronymic", Text),
    Column("birth_date", String(10)),
    Column("birth_date_precision", String(8)),
    Column("death_date", String(10)),
    Column("death_date_precision", String(8)),
    Column("age", Integer),
    Column("region", Text),
    Column("settlement", Text),
    Column("citizenship", Text),
    Column("unit", Text),
    Column("rank", Text),
    Column("channel", String(32)),
    Column("branch", String(32)),
    Column("status", String(32)),
    Column("status_date", String(10)),
    Column("status_date_precision", String(8)),
    Column("reported_date", String(10)),
    Column("reported_date_precision", String(8)),
    Column("url", Text),
    Column("record_id", Text),
    Column("place_of_death", Text),
    Column("note", Text),
    # added by extraction (migration 0002)
    Column("name_latin", Text),  # ICAO 9303 romanisation of the name
    Column("name_key", Text),  # looser key for other transliterations
    Column("sex", String(1)),  # M, F, or None when the text does not tell
    Column("region_inferred", Integer),  # 1: region from a settlement or the document
    Column("region_occupied", Integer),  # 1: region is an occupied territory of Ukraine
    Column("citizenship_contested", Integer),  # 1: citizenship is a contested entity
    # field -> {"quote": ..., "column": ...} or {"quote": ..., "start": n, "end": m}
    Column("evidence", JSON, nullable=False),
    Column("extra", JSON),  # list columns the mapping did not use, kept verbatim
)

ingest_run = Table(
    "ingest_run",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(64), nullable=False, index=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("state", String(16), nullable=False),  # running, complete, failed
    Column("files", Integer, nullable=False, default=0),
    Column("documents_new", Integer, nullable=False, default=0),
    Column("documents_seen", Integer, nullable=False, default=0),
    Column("mentions", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
)

ingest_error = Table(
    "ingest_error",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("ingest_run.id"), nullable=False, index=True),
    Column("source", String(64), nullable=False),
    Column("path", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

Index("ix_mention_document_locator", mention.c.document_id, mention.c.locator)
