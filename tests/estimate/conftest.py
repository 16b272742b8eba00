"""Shared fixtures for the estimation tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def shared_estimation_dir() -> Path:
    env = os.environ.get("HEADCOUNT_SHARED_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[3] / "shared" / "data"
    return base / "estimation"


@pytest.fixture
def shared_data() -> Path:
    d = shared_estimation_dir()
    if not (d / "Kosovo.csv").exists():
        pytest.skip(f"shared estimation data not found at {d} (set HEADCOUNT_SHARED_DATA)")
    return d
