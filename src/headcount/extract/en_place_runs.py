"""Capitalised runs that English text shows to be places, not persons.

A pair of capitalised words reads like a name ("Santa Clara", "Kot Khalsa", "Dhi Qar"); the
words around it tell a place: a cue that only a place follows ("a native of", "a 27-year-old
from", "the village of", "lived in"), a word for a kind of place after it ("Kot Khalsa
village", "the Santa Clara neighbourhood"), an enumeration of places after "from" ("from
Basra, Dhi Qar and Maysan"), or a region after a dateline's town ("ALATYR, Chuvashia —").
A bare "from" or "of" is no such cue ("a letter from Ivan Petrov", "the funeral of Ivan
Petrov").
"""

from __future__ import annotations

import re

#: cues after which only a place is named
_PLACE_CUE = re.compile(
    r"(?:\b(?:natives?|residents?|inhabitants?)\s+of|"
    r"\b(?:hails?|hailed|originally|\d+-year-old|man|woman|boy|girl|youth|guy|men|family|"
    r"families|recruits?|soldiers?|volunteers?|fighters?)\s+from|"
    r"\b(?:village|town|city|settlement|hometown|home\s+town|district|province|"
    r"governorate|region)\s+of|"
    r"\b(?:born|lived|living|lives|grew\s+up|raised|resides?|resided)\s+in)"
    r"\s+(?:the\s+)?(?:(?:same|nearby|neighbou?ring)\s+)?$", re.I)
#: a word for a kind of place right after the run
_PLACE_KIND_AFTER = re.compile(
    r"\s+(?:village|town|city|neighbou?rhood|district|province|governorate|municipality|"
    r"settlement|suburb|area|region)\b")
#: the run inside an enumeration of places opened by "from": "from Basra, Dhi Qar and Maysan"
_ENUMERATION_BEFORE = re.compile(r"\bfrom\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+$")
_ENUMERATION_AFTER = re.compile(r"(?:,|\s+and|\s+or)\s+[A-Z]")


def place_run(text: str, start: int, end: int) -> bool:
    """The capitalised run ``text[start:end]`` is shown by its context to be a place."""
    if re.match(r"['’]s\b", text[end : end + 3]):
        return False  # "soldiers from Ivan Petrov's unit": a person's, not a place
    before = text[max(0, start - 40) : start]
    return bool(_PLACE_CUE.search(before) or _PLACE_KIND_AFTER.match(text, end)
                or (_ENUMERATION_BEFORE.search(before) and _ENUMERATION_AFTER.match(text, end)))


def dateline_region(given: str) -> bool:
    """The words after "TOWN," name a Russian region: a dateline ("ALATYR, Chuvashia —"), no
    surname and given name."""
    from headcount.extract.en_places import find_region

    return find_region(given) is not None
