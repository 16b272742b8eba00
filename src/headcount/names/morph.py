"""One pymorphy3 analyser per language for the whole process (its dictionaries
take memory and a moment to load): ingest, extraction and search share it."""

from __future__ import annotations

import threading
from functools import cache

import pymorphy3

_lock = threading.Lock()


@cache
def _load(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


def analyzer(lang: str = "ru") -> pymorphy3.MorphAnalyzer:
    """The analyser for ``lang`` ("ru", or "uk" with pymorphy3-dicts-uk), loaded once."""
    with _lock:  # two threads asking first load it once
        return _load(lang)
