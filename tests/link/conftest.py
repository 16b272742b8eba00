"""Fixtures of the linkage tests: the hand-made people as a table and as a registry."""

from __future__ import annotations

import pandas as pd
import pytest
from link_people import SOURCES, fill_registry, mention_rows
from sqlalchemy import Engine


@pytest.fixture
def mentions_df() -> pd.DataFrame:
    """The mentions as a plain table (registry columns, plus ``truth``)."""
    df = pd.DataFrame(mention_rows())
    dedup = {name: d for name, _k, _s, d in SOURCES}
    kinds = {name: k for name, k, _s, _d in SOURCES}
    df["source_deduplicated"] = df["source"].map(dedup)
    df["source_kind"] = df["source"].map(kinds)
    return df


@pytest.fixture
def registry(engine: Engine) -> Engine:
    fill_registry(engine, mention_rows())
    return engine
