"""Extraction fixtures: the NER model is loaded once per test session (cached loader)."""

from __future__ import annotations

import pytest

from headcount.extract import ner


@pytest.fixture(scope="session", autouse=True)
def _warm_model() -> None:
    ner.tagger()
