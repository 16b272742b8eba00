"""Fixtures of the trace tests: a small linked registry on every backend."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from trace_registry import build


@pytest.fixture
def traced(engine: Engine) -> Engine:
    """The shared ``engine`` fixture (SQLite, PostgreSQL) with the hand-made registry."""
    build(engine)
    return engine
