"""Connecting to the registry and bringing its schema up to date."""

from __future__ import annotations

from importlib import resources
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
    """Connect and migrate: the registry every command works on."""
    engine = connect(url)
    upgrade(engine)
    return engine
