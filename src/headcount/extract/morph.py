"""pymorphy3 morphology, loaded once per language, with cached parses and lemmas.

Russian by default; ``with language("uk"):`` reads Ukrainian words with the
Ukrainian dictionaries (pymorphy3-dicts-uk) for the code run inside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from pymorphy3.analyzer import Parse

from headcount.names.morph import analyzer

#: languages with dictionaries installed; any other is read as Russian
LANGUAGES = ("ru", "uk")
_LANG: ContextVar[str] = ContextVar("morph_language", default="ru")


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Read words as ``lang`` ("ru" or "uk") inside the block."""
    token = _LANG.set(lang if lang in LANGUAGES else "ru")
    try:
        yield
    finally:
        _LANG.reset(token)


def current_language() -> str:
    """The language words are read in here ("ru" unless inside ``language(...)``)."""
    return _LANG.get()


def parses(word: str) -> tuple[Parse, ...]:
    return _parses(word, _LANG.get())


@lru_cache(maxsize=200_000)
def _parses(word: str, lang: str) -> tuple[Parse, ...]:
    return tuple(analyzer(lang).parse(word))


def _cyrillic(low: str) -> bool:
    return any("а" <= c <= "я" or c in "іїєґ" for c in low)


def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy offers for ``word`` (lowercase, ё as е)."""
    return _lemmas(word, _LANG.get())


@lru_cache(maxsize=200_000)
def _lemmas(word: str, lang: str) -> frozenset[str]:
    low = word.lower().replace("ё", "е")
    if not _cyrillic(low):
        return frozenset({low})
    return frozenset(p.normal_form.replace("ё", "е") for p in _parses(low, lang)[:4]) | {low}


def lemma(word: str) -> str:
    """The most likely normal form of ``word`` (lowercase, ё as е)."""
    return _lemma(word, _LANG.get())


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    low = word.lower().replace("ё", "е")
    if not _cyrillic(low):
        return low
    return _parses(low, lang)[0].normal_form.replace("ё", "е")


def inflect(word: str, grams: frozenset[str], tags: frozenset[str] = frozenset()) -> str | None:
    """``word`` put in ``grams`` using its first parse carrying all of ``tags``."""
    for p in parses(word.lower()):
        if tags <= p.tag.grammemes:
            form = p.inflect(set(grams))
            return form.word if form else None
    return None
