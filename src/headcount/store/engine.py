"""Connecting to the registry and bringing its schema up to date."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.pool import QueuePool

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    # reads map the file rather than copy pages into each connection's own small cache:
    # the web app's connections then share the one copy the operating system keeps
    # (SQLite caps the size at its build's limit, 2 GiB by default)
    "PRAGMA mmap_size=4294967296",
)


def connect(url: str) -> Engine:
    """An engine for a registry URL: SQLite (WAL) or PostgreSQL."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    parsed = make_url(url)
    options: dict[str, Any] = {}
    dialect: Any = parsed.get_dialect()
    if issubclass(dialect.get_pool_class(parsed), QueuePool):  # not :memory:
        # the most recently used connection first: its pages are the warm ones
        options["pool_use_lifo"] = True
        # a server may close the idle ones left at the bottom: check before use
        options["pool_pre_ping"] = parsed.get_backend_name() != "sqlite"
    engine = create_engine(parsed, future=True, **options)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            for pragma in SQLITE_PRAGMAS:
                cur.execute(pragma)
            cur.close()

    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("headcount.store") / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to ``revision`` (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def open_registry(url: str) -> Engine:
    """Connect and migrate: the registry every command works on.

    A registry file that is empty, not SQLite or truncated is refused
    (:class:`headcount.store.health.RegistryError`). A SQLite registry this process
    may not write (a read-only folder or mount) is opened read-only and not
    migrated: commands that only read work; a write fails with a clear error.
    """
    from headcount.store.health import preflight, sqlite_path, writable

    preflight(url)
    path = sqlite_path(url)
    if path is not None and path.exists() and not writable(path):
        return open_readonly(path)
    engine = connect(url)
    upgrade(engine)
    return engine


def open_readonly(path: Path) -> Engine:
    """A SQLite registry opened read-only (immutable when its folder is read-only too:
    the WAL index cannot be made there, and nothing can be writing)."""
    import os
    import sqlite3

    from headcount.store.health import RegistryError, mark_readonly, schema_finding

    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    uri = f"file:{path}?mode=ro{immutable}"

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=creator, future=True)
    mark_readonly(engine)
    schema = schema_finding(engine)
    if not schema.ok:
        raise RegistryError(
            f"the registry needs an upgrade ({schema.detail}) but is read-only here: "
            "run any command once where it is writable"
        )
    return engine
