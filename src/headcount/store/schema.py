"""Registry schema (SQLAlchemy Core). Alembic migrations create it.

Dates are ISO 8601 strings of reduced precision ("2023", "2023-03",
"2023-03-12") with their precision kept beside them; times are ISO 8601 in UTC.
The same schema runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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
    # added by ingest (migration 0009)
    Column("callsign", Text),  # call sign or nickname, never part of the name
    Column("rank_guards", Integer),  # 1: a guards rank ("гв. капитан")
    # field -> qualifiers: a date's uncertain / repaired / bound, a rank's service
    Column("qualifiers", JSON),
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
    Column("warnings", Integer),  # cell warnings of the run (migration 0009)
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

# migration 0009: a cell a list row could not read; the row is stored all the same
ingest_warning = Table(
    "ingest_warning",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("ingest_run.id"), nullable=False),
    Column("source", String(64), nullable=False),
    Column("document_id", String(64)),
    Column("path", Text, nullable=False),
    Column("row_no", Integer),  # 1-based data row of the list
    Column("column_name", Text),
    Column("field", String(32)),
    Column("raw", Text),  # the cell, verbatim
    Column("reason", Text, nullable=False),
    Column("kind", String(16), nullable=False),  # date, age, code, unmapped, place, name, row
    Column("created_at", String(32), nullable=False),
)
Index("ix_ingest_warning_source", ingest_warning.c.source, ingest_warning.c.kind)
Index("ix_ingest_warning_document_id", ingest_warning.c.document_id)

Index("ix_mention_document_locator", mention.c.document_id, mention.c.locator)
# migration 0007: what counts read of a mention (headcount.stats), without the wide row
Index("ix_mention_stats", mention.c.id, mention.c.source, mention.c.age, mention.c.reported_date)

# ---------------------------------------------------------------------------
# Linkage (headcount.link, migration 0003): runs, persons, their mentions and
# fields, merge/split events, scored pairs and append-only human decisions.
# ---------------------------------------------------------------------------

link_run = Table(
    "link_run",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("state", String(16), nullable=False),  # running, complete, failed
    Column("engine", String(16), nullable=False),  # duckdb, spark
    Column("model", Text, nullable=False),  # model file name (link-vN.json)
    Column("threshold", Float, nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    Column("persons", Integer, nullable=False, default=0),
    Column("pairs", Integer, nullable=False, default=0),
    Column("stats", JSON),
)

person = Table(
    "person",
    metadata,
    Column("id", String(16), primary_key=True),  # stable: kept while mentions join and leave
    Column("state", String(16), nullable=False),  # active, merged, retired
    Column("merged_into", String(16)),
    Column("grade", String(16), nullable=False),  # vocab.Grade
    Column("grade_rule", Text, nullable=False),
    Column("name", Text),
    Column("birth_date", String(10)),
    Column("death_date", String(10)),
    Column("region", Text),
    Column("citizenship", Text),
    Column("status", String(32)),
    Column("mentions", Integer, nullable=False, default=0),
    Column("sources", Integer, nullable=False, default=0),
    Column("conflicts", Integer, nullable=False, default=0),
    Column("status_history", JSON, nullable=False),
    Column("created_run", Integer, ForeignKey("link_run.id")),
    Column("updated_run", Integer, ForeignKey("link_run.id")),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

person_mention = Table(
    "person_mention",
    metadata,
    Column("mention_id", String(40), ForeignKey("mention.id"), primary_key=True),
    Column("person_id", String(16), ForeignKey("person.id"), nullable=False, index=True),
    Column("run_id", Integer, ForeignKey("link_run.id"), nullable=False),
    Column("probability", Float),  # best match probability to another mention of the person
    Column("rule", String(16), nullable=False),  # model, decision, single
)

person_field = Table(
    "person_field",
    metadata,
    Column("person_id", String(16), ForeignKey("person.id"), primary_key=True),
    Column("field", String(32), primary_key=True),
    Column("value", Text),
    Column("rule", Text, nullable=False),  # the rule that chose the value
    Column("mentions", JSON, nullable=False),  # mention ids supporting the value
    Column("alternatives", JSON, nullable=False),  # [{"value", "mentions"}] not chosen
    Column("conflict", Integer, nullable=False, default=0),
)

# migration 0007: covering indexes for counts and the report (headcount.stats), in id order
Index(
    "ix_person_stats",
    person.c.id,
    person.c.state,
    person.c.grade,
    person.c.status,
    person.c.region,
    person.c.citizenship,
    person.c.death_date,
    person.c.birth_date,
)
Index("ix_person_field_stats", person_field.c.field, person_field.c.person_id, person_field.c.value)
Index("ix_person_mention_stats", person_mention.c.person_id, person_mention.c.mention_id)

person_event = Table(
    "person_event",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("link_run.id"), nullable=False, index=True),
    Column("person_id", String(16), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # created, grown, shrunk, merged, split, retired
    Column("related", JSON, nullable=False),  # other person ids involved
    Column("mentions", Integer, nullable=False, default=0),
    Column("created_at", String(32), nullable=False),
)

link_pair = Table(
    "link_pair",
    metadata,
    Column("left_id", String(40), primary_key=True),  # smaller mention id first
    Column("right_id", String(40), primary_key=True),
    Column("run_id", Integer, ForeignKey("link_run.id"), nullable=False),
    Column("probability", Float, nullable=False),
    Column("weight", Float, nullable=False),
)

decision = Table(
    "decision",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),  # pair (two mentions) or person (a record)
    Column("left_id", String(40), nullable=False),
    Column("right_id", String(40)),
    Column("verdict", String(16), nullable=False),  # same/different/unsure; confirm/reject
    Column("who", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("note", Text),
    Column("superseded_by", Integer, ForeignKey("decision.id")),  # the only column updated
)

Index("ix_decision_pair", decision.c.left_id, decision.c.right_id)

# ---------------------------------------------------------------------------
# Web app (headcount.web, migration 0004): accounts, the audit log, and the
# search index (derived from person and person_field; rebuilt at will).
# ---------------------------------------------------------------------------

user = Table(
    "user",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2id
    Column("role", String(16), nullable=False),  # viewer, researcher, admin
    Column("active", Integer, nullable=False, default=1),
    Column("session_epoch", Integer, nullable=False, default=0),  # bumped: old sessions end
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("last_login_at", String(32)),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False, index=True),
    Column("who", String(64)),  # user name; None for the command line or anonymous
    Column("action", String(48), nullable=False),  # login, decision, grade, user_add, ...
    Column("target", String(128)),  # person id, pair of mention ids, user name
    Column("detail", JSON),
)

search_person = Table(
    "search_person",
    metadata,
    Column("person_id", String(16), primary_key=True),
    Column("name", Text),
    Column("sort_key", String(128), nullable=False, index=True),  # Latin key of the name
    Column("tokens", Integer, nullable=False, default=0),  # name tokens indexed
    Column("grade", String(16)),
    Column("status", String(32)),
    Column("channel", String(32)),
    Column("region", Text),
    Column("citizenship", Text),
    Column("birth_date", String(10)),
    Column("death_date", String(10)),
    Column("updated_at", String(32), nullable=False, index=True),  # person.updated_at indexed
)

search_token = Table(
    "search_token",
    metadata,
    # a name token (headcount.names.loose_token) or a pair of a name's tokens "A|B" (A < B)
    Column("token", String(64), primary_key=True),
    Column("person_id", String(16), primary_key=True),
)

Index("ix_search_token_person_token", search_token.c.person_id, search_token.c.token)

# migration 0008: one row (id 1) whose generation every write to the index bumps, so the
# search caches of every worker process drop what they hold; a rejected record's tokens
# are kept as "~" + token (headcount.web.index.HIDDEN), out of the public's reach
search_state = Table(
    "search_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("generation", Integer, nullable=False, default=0),
)

# ---------------------------------------------------------------------------
# Publishing (headcount.publish, migration 0005): one row per export, with the
# digest of every person it held, so the next export can say what changed.
# ---------------------------------------------------------------------------

release = Table(
    "release",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", String(32), nullable=False),
    # the first format written; every format's files are in release_file (migration 0010)
    Column("format", String(16), nullable=False),  # csv, parquet, jsonl, ftm, datasette
    Column("public", Integer, nullable=False, default=0),  # 1: privacy rules applied
    Column("registry_version", Text, nullable=False),
    Column("persons", Integer, nullable=False, default=0),
    Column("added", Integer, nullable=False, default=0),
    Column("changed", Integer, nullable=False, default=0),
    Column("removed", Integer, nullable=False, default=0),
    Column("previous_id", Integer, ForeignKey("release.id")),
    Column("manifest_sha256", String(64), nullable=False),
    Column("items", LargeBinary, nullable=False),  # zlib of "person_id digest" lines, sorted
)

#: the files of a release, of every format (migration 0010): one export run may write
#: several formats, and a later run on the unchanged registry adds its files here
release_file = Table(
    "release_file",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("release_id", Integer, ForeignKey("release.id"), nullable=False, index=True),
    Column("format", String(16), nullable=False),
    Column("path", Text, nullable=False),  # the file's name in the export folder
    Column("sha256", String(64), nullable=False),
    Column("bytes", BigInteger, nullable=False),
    Column("rows", Integer, nullable=False),
    Column("created_at", String(32), nullable=False),
)

# ---------------------------------------------------------------------------
# Trace (headcount.trace, migration 0006): case lists of missing people that a
# user chose to save, kept apart from the public registry; the persons each row
# is watched for, and the hits a later link run brings. Deleting a case deletes
# its rows, watches and hits. The foreign-recruit mention columns of 0006 are
# declared on ``mention`` through ``TRACE_MENTION_COLUMNS`` below.
# ---------------------------------------------------------------------------

#: mention columns added by migration 0006 (extraction of foreign-recruit facts)
TRACE_MENTION_COLUMNS = (
    Column("recruiter", Text),  # recruiting agency or person, as written
    Column("promised_job", Text),  # the job the person was promised, as written
    Column("departure_date", String(10)),
    Column("departure_date_precision", String(8)),
    Column("contract_date", String(10)),
    Column("contract_date_precision", String(8)),
    Column("exchange_list", Integer),  # 1: named on a prisoner-exchange list
)
for _col in TRACE_MENTION_COLUMNS:
    mention.append_column(_col)

trace_case = Table(
    "trace_case",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(128), nullable=False),
    Column("created_by", String(64)),  # user name; None for the command line
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("rows", Integer, nullable=False, default=0),
    Column("columns", JSON, nullable=False),  # part -> header of the uploaded table
    Column("options", JSON, nullable=False),  # thresholds, excluded sources
    Column("checked_run", Integer),  # the link run the watches were last checked against
    Column("checked_at", String(32)),
    # unique per owner, not across owners: a refusal must not tell one researcher the
    # names of another's cases (the command line's cases, owner None, are checked by
    # save_case in its transaction)
    UniqueConstraint("created_by", "name"),
)

trace_row = Table(
    "trace_row",
    metadata,
    Column("case_id", Integer, ForeignKey("trace_case.id"), primary_key=True),
    Column("row", Integer, primary_key=True),  # 1-based data row of the uploaded table
    Column("data", JSON, nullable=False),  # the row as uploaded (header -> value)
    Column("messages", JSON, nullable=False),  # what could not be read in it
)

trace_watch = Table(
    "trace_watch",
    metadata,
    Column("case_id", Integer, ForeignKey("trace_case.id"), primary_key=True),
    Column("row", Integer, primary_key=True),
    Column("person_id", String(16), primary_key=True),
    Column("probability", Float, nullable=False),
    Column("mentions", JSON, nullable=False),  # mention ids of the person already seen
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)

trace_hit = Table(
    "trace_hit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("trace_case.id"), nullable=False, index=True),
    Column("row", Integer, nullable=False),
    Column("person_id", String(16), nullable=False),
    Column("kind", String(16), nullable=False),  # candidate (new person), mention (new mention)
    Column("probability", Float, nullable=False),
    Column("mentions", JSON, nullable=False),  # the new mention ids
    Column("run_id", Integer),  # link run that brought it
    Column("created_at", String(32), nullable=False),
    Column("seen_at", String(32)),  # None until listed and acknowledged
)
