"""pymorphy3 morphology, loaded once, with cached parses and lemmas."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy offers for ``word`` (lowercase, ё as е)."""
    low = word.lower().replace("ё", "е")
    if not any("а" <= c <= "я" for c in low):
        return frozenset({low})
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(low)[:4]) | {low}


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The most likely normal form of ``word`` (lowercase, ё as е)."""
    low = word.lower().replace("ё", "е")
    if not any("а" <= c <= "я" for c in low):
        return low
    return parses(low)[0].normal_form.replace("ё", "е")


def inflect(word: str, grams: frozenset[str], tags: frozenset[str] = frozenset()) -> str | None:
    """``word`` put in ``grams`` using its first parse carrying all of ``tags``."""
    for p in parses(word.lower()):
        if tags <= p.tag.grammemes:
            form = p.inflect(set(grams))
            return form.word if form else None
    return None
