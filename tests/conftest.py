"""Shared fixtures: registries on every backend, workspaces, sample files."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from headcount.store import open_registry

PG_URL = os.environ.get("HEADCOUNT_TEST_POSTGRES_URL")
REQUIRE_PG = os.environ.get("HEADCOUNT_REQUIRE_POSTGRES") == "1"
SHARED_DATA = Path(
    os.environ.get("HEADCOUNT_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)


def _pg_database() -> Iterator[str]:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("HEADCOUNT_REQUIRE_POSTGRES=1 but HEADCOUNT_TEST_POSTGRES_URL is not set")
        pytest.skip("PostgreSQL not configured (set HEADCOUNT_TEST_POSTGRES_URL)")
    name = f"hc_test_{uuid.uuid4().hex[:12]}"
    base = PG_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty registry URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registry.sqlite'}"
    else:
        yield from _pg_database()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = open_registry(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared benchmark data not present at {SHARED_DATA}")
    return SHARED_DATA
