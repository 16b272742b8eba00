"""A heading's place of death, told of several ("Двое выходцев из Центральной Азии погибли
под Авдеевкой", "Двоє бійців з Бурятії загинули під Бахмутом", "Two Nepali men killed near
Bakhmut"), for each killed person of the body who has no place of his own.

The heading is the text's first line when a body follows it, it names no one and ends
with no full stop; its death word is plural ("погибли", "загинули", "men killed"): one
man's heading ("Погиб под Бахмутом") is his alone and the body tells whose.
"""

from __future__ import annotations

import re
from typing import Any

#: a death told of several in a heading
_PLURAL_DEATH = re.compile(
    r"(?i:\b(?:погибли|погибших|убиты|загинули|загиблих|вбиті|полегли)\b)|"
    # an English plural subject: a count, or a plural noun of people (any demonym:
    # "Nepalis", "Cubans", "Kenyans")
    r"\b(?:(?i:two|three|four|five|six|several|both|dozens?|men|soldiers|fighters|recruits|"
    r"nationals|citizens|brothers|servicemen|mercenaries|foreigners)|[A-Z][a-z]+(?:ans|is|ese))"
    r"\b[^.!?\n]{0,40}?\b(?i:killed|die|died|dead)\b")


#: the war's zone, which a heading tells of every man it lists ("Земляки, погибшие в зоне
#: СВО"): no place of any one
_ZONE = re.compile(r"\bзон[аеуы]\b|\bСВО\b|\bзоні\b|\bzone\b", re.I)


def _heading(text: str) -> tuple[int, int] | None:
    end = text.find("\n")
    if end <= 0 or not text[end:].strip():
        return None
    line = text[:end].rstrip()
    if not line or line[-1] in ".!?…" or len(line) > 160:
        return None
    return 0, len(line)


def _heading_places(text: str, lang: str, end: int) -> list[tuple[str, int, int]]:
    """(place, start, end) of the deaths the heading tells where."""
    head = text[:end]
    if lang == "en":
        from headcount.extract.en_places import find_death_places as en_deaths

        facts = en_deaths(head)
    else:
        from headcount.extract.morph import language
        from headcount.extract.places import find_death_places

        with language(lang):
            facts = find_death_places(head, [])
    return [(str(f.value), f.start, f.end) for f in facts if not f.extra.get("survived")]


def share_heading_place(text: str, lang: str, mentions: list[dict[str, Any]]) -> None:
    """Give the heading's place of death to the killed of the body without one (in place)."""
    heading = _heading(text)
    if heading is None or len(mentions) < 2:
        return
    _, end = heading
    if not _PLURAL_DEATH.search(text, 0, end):
        return
    spans = [s for m in mentions for s in m.get("spans") or () if isinstance(s, (list, tuple))]
    if any(s[0] < end for s in spans):
        return  # the heading names someone: its place is read with him
    places = [p for p in _heading_places(text, lang, end) if not _ZONE.search(p[0])]
    if len({p for p, _, _ in places}) != 1:
        return
    place, start, stop = places[0]
    for m in mentions:
        if m.get("status") == "killed" and not m.get("place_of_death"):
            m["place_of_death"] = place
            m.setdefault("evidence", {})["place_of_death"] = {
                "quote": text[start:stop], "start": start, "end": stop, "rule": "heading"}


__all__ = ["share_heading_place"]
