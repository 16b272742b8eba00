"""Shared fixtures of the publish tests: a small registry built by the stats tests' builder."""

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stats"))

from stats_registry import build

from headcount.settings import Workspace, init_workspace


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[tuple[Workspace, Engine]]:
    """A workspace and its registry, filled by ``stats_registry.build``."""
    w = init_workspace(tmp_path / "ws")
    engine = build(w.root)
    yield w, engine
    engine.dispose()
