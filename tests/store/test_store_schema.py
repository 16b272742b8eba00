"""The migrations build exactly the schema the code declares, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from headcount.store import metadata, open_registry, upgrade


def test_migrations_match_the_schema(engine: Engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrade_is_idempotent(engine: Engine, db_url: str) -> None:
    upgrade(engine)
    again = open_registry(db_url)
    names = set(inspect(again).get_table_names())
    assert {"source", "document", "mention", "ingest_run", "ingest_error"} <= names
    again.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    eng = open_registry(f"sqlite:///{tmp_path / 'r.sqlite'}")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() > 0  # reads map the file


def test_an_in_memory_registry_opens() -> None:
    eng = open_registry("sqlite://")
    with eng.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM source").scalar() == 0


def test_file_registries_hand_out_the_warm_connection_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    eng = open_registry(f"sqlite:///{tmp_path / 'r.sqlite'}")
    first = eng.raw_connection()
    second = eng.raw_connection()
    a, b = first.dbapi_connection, second.dbapi_connection
    second.close()
    first.close()  # returned last: handed out next
    again = eng.raw_connection()
    assert again.dbapi_connection is a and a is not b
    again.close()
