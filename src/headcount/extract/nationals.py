"""Nouns for a country's citizens ("непалец", "кубинцев", "шри-ланкийца", "сербка"): a
citizenship.

The nouns are not listed: a noun and its country's adjective share a stem ("непаль|ский" ↔
"непал|ец", "шри-ланк|ийский" ↔ "шри-ланк|иец", "серб|ский" ↔ "серб"), so the country table's
adjectives give the nouns of every country. A stem of two countries names none.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.reference import Country, countries

#: adjective endings, longest first; what is left is the stem
_ADJ_ENDINGS = ("ийский", "ский")
#: noun endings of a citizen (masculine and feminine lemmas), longest first
_NOUN_ENDINGS = ("янин", "янка", "анин", "анка", "иец", "ийка", "ец", "ка", "")
_MIN_STEM = 3
_WORD = re.compile(r"\b[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?\b")


def _stem(word: str) -> str:
    return word.lower().replace("ё", "е").rstrip("ь")


@cache
def _index() -> dict[str, Country | None]:
    out: dict[str, Country | None] = {}
    for c in countries():
        adjective = (c.adjective or "").lower()
        for ending in _ADJ_ENDINGS:
            if adjective.endswith(ending) and len(adjective) - len(ending) >= _MIN_STEM:
                stem = _stem(adjective[: -len(ending)])
                out[stem] = c if out.get(stem, c) == c else None
                break
    return out


def country_of(word: str) -> Country | None:
    """The country whose citizen ``word`` names ("непальца" → Непал), or None."""
    index = _index()
    for p in parses(word.lower())[:2]:
        if not {"NOUN", "anim"} <= p.tag.grammemes or {"Name", "Surn", "Patr"} & p.tag.grammemes:
            continue
        lemma = p.normal_form.replace("ё", "е")
        for ending in _NOUN_ENDINGS:
            if lemma.endswith(ending) and len(lemma) - len(ending) >= _MIN_STEM:
                found = index.get(_stem(lemma[: len(lemma) - len(ending)]))
                if found is not None:
                    return found
    return None


def find_nationals(text: str) -> list[Fact]:
    """Citizenship facts from nouns for citizens; a plural one speaks of several people."""
    out = []
    for m in _WORD.finditer(text):
        country = country_of(m.group(0))
        if country is None:
            continue
        top = parses(m.group(0).lower())[0]
        out.append(Fact("citizenship", country.code, m.start(), m.end(),
                        {"contested": country.contested, "plural": "plur" in top.tag.grammemes}))
    return out
