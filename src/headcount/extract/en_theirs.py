"""The facts an English text sets beside a relative or an official stay his.

English has no parser here, so the phrase that belongs to a relative or an official is read
from its structure: the kin or office noun, the name beside it, and the appositions set off
by commas after them up to the clause's verb ("His mother, Anna Petrova, 58, said …", "The
governor, Roman Starovoit, a native of Kursk, offered condolences", "Regional head Gleb
Nikitin, a colonel in the reserve who served in the 20th Army, laid flowers"), and a
predicate of origin when he is its subject ("His father Nikolai was born in Omsk in 1960").
An age, a birth date, a home, a unit or a rank inside that phrase is not the casualty's: it
is the relative's (kept only if the text reports his own fate) or nobody's. A relative whose
fate follows in the clause ("his brother Oleg, 30, was killed") is one reported, and keeps
his facts as any other.
"""

from __future__ import annotations

import re

from headcount.extract.attach import OWN_FIELDS
from headcount.extract.kin_service import EN_KIN
from headcount.extract.model import Fact
from headcount.extract.persons import Person

_KIN = "|".join(sorted({*EN_KIN, "widow", "parents", "grandmother", "fiancée", "fiance",
                        "fiancee", "girlfriend", "partner", "niece", "aunt"},
                       key=len, reverse=True))
_OFFICE = (r"governor|mayor|head|chief|minister|spokes(?:man|woman|person)|commissar|"
           r"commander|deputy|lawyer|ombudsman|senator|lawmaker|priest|chaplain|official|"
           r"representative|director|headmaster|principal|teacher|coach")
#: a relative's or an official's noun: "his mother", "Petrov's widow", "the governor",
#: "Regional head", "the unit's commander"
_HEAD = re.compile(
    rf"\b(?:his|her|their|the|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_KIN}|{_OFFICE})\b",
    re.I)
#: a noun after a preposition is no subject with appositions of its own ("According to his
#: mother, another conscript …"); a name after "son of" is set inside another's appositions
#: ("Harpreet Singh, 24, son of Gurdev Singh, village Bhadaur, …, Indian citizen")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:according\s+to|to|from|with|by|for|of|about|at|on|in|among)\s+$", re.I)
#: the noun right before a name (a rank, a title, an age between): "His father, retired
#: Major Nikolai Volkov", "her mother, 58-year-old Anna"
_HEAD_BEFORE = re.compile(
    rf"(?:\b(?:{_KIN}|{_OFFICE}))\s*,?\s+(?:[\w.'’-]+\s+){{0,4}}$", re.I)
_AGE_BEFORE = re.compile(r"\b\d{1,2}-year-old\s+$")
#: one apposition set off by a comma: up to the next comma, or the sentence's end
_APPOSED = re.compile(r"\s*,\s*([^,.;!?()\n\"“”]{1,90}?)(?=\s*,|\s*[.;!?\n]|\s*$)")
#: what opens a clause of its own rather than an apposition: a verb of saying, a pronoun
#: subject, a conjunction ("…, said …", "…, and he …")
_NOT_APPOSITION = re.compile(
    r"^(?:said|says|told|tells|wrote|writes|added|recalled|according|and|but|while|as|"
    r"he|she|they|his|her|their|who\s+(?:said|says|told|wrote)|which|when|after|before)\b"
    r"|\b(?:said|says|told|that)\b", re.I)
#: a verb of saying right before a possessive: the speaker's kin is the one the text is about
#: ("his widow said her husband, …", "Anna Petrova told reporters their son, …")
_SPOKEN_OF = re.compile(r"\b(?:said|says|told(?:\s+\w+)?|recalled|recalls|wrote|writes|added|"
                        r"explained|remembered)\s+(?:that\s+)?$", re.I)
#: a fate told of the one named: he is reported, his facts are his own
_FATE = re.compile(r"\b(?:killed|died|dead|missing|captured|perished|fell|wounded|"
                   r"injured|taken\s+prisoner|surrendered|captive)\b", re.I)
#: a predicate of origin with the relative as its subject
_ORIGIN = re.compile(r"\s+(?:(?:was|were)\s+born|lives|lived|is\s+from|was\s+from|comes\s+from|"
                     r"came\s+from|hails\s+from|grew\s+up)\b[^,.;!?\n]*")


def _chain_end(text: str, end: int, subjects: list[tuple[int, int]]) -> int | None:
    """The end of the appositions after ``end`` (``end`` itself when none), or None when a
    fate follows in the clause or one described is named in them."""
    at = end
    while (m := _APPOSED.match(text, at)) is not None:
        if _NOT_APPOSITION.search(m.group(1)) or any(at <= s < m.end() for s, _ in subjects):
            break
        at = m.end()
    clause = re.match(r"[^.;!?\n]*", text[at:]).group(0)  # type: ignore[union-attr]
    if _FATE.search(text, end, at) or re.match(
            r"\s*(?:,\s*)?(?:who\s+|has\s+|had\s+|was\s+|were\s+|is\s+|also\s+|later\s+)*"
            r"(?:been\s+)?(?:killed|died|missing|captured|perished|wounded|injured|"
            r"taken\s+prisoner|surrendered)\b", clause):
        return None
    origin = _ORIGIN.match(text, at)
    return origin.end() if origin else at


def others_phrases(text: str, people: list[Person]) -> list[tuple[int, int, int | None]]:
    """(start, end, person) of each phrase told of a relative or an official: the person
    named in it, or None for a noun with no name ("His wife, 34, born in Omsk, …")."""
    subjects = [(r.start, r.end) for p in people for r in p.refs if r.subject]
    out: list[tuple[int, int, int | None]] = []
    for i, p in enumerate(people):
        for r in p.refs:
            if r.subject:
                continue
            if _AFTER_PREPOSITION.search(text, max(0, r.start - 20), r.start):
                continue
            end = _chain_end(text, r.end, subjects)
            if end is None:
                continue
            start = r.start
            before = _HEAD_BEFORE.search(text, max(0, start - 60), start)
            if before is not None:
                start = before.start()
            elif (age := _AGE_BEFORE.search(text, max(0, start - 15), start)) is not None:
                start = age.start()
            out.append((start, end, i))
    named = [(s, e) for p in people for r in p.refs for s, e in [(r.start, r.end)]]
    for m in _HEAD.finditer(text):
        if any(s < m.end() + 3 and m.start() < e for s, e, _ in out) or (
                _AFTER_PREPOSITION.search(text, max(0, m.start() - 20), m.start())):
            continue
        if re.match(r"(?:his|her|their)\s", m.group(0), re.I) and _SPOKEN_OF.search(
                text, max(0, m.start() - 30), m.start()):
            continue  # "Ivan Petrov's parents said their son, a sergeant …": the one spoken of
        first = re.match(r"\s*,?[^,;:!?\n]{0,40}", text[m.end():])
        reach = m.end() + (len(first.group(0)) if first else 0)
        if any(m.end() <= s < reach for s, _ in named):
            continue  # a name follows, perhaps after a rank: read with the name
        if not re.match(r"\s*,", text[m.end():]):
            continue  # no apposition: "the governor said", "his mother's village"
        end = _chain_end(text, m.end(), subjects)
        if end is not None and end > m.end():
            out.append((m.start(), end, None))
    return out


def split_theirs(text: str, people: list[Person], facts: list[Fact]
                 ) -> tuple[list[Fact], list[tuple[int, Fact]]]:
    """``facts`` without those told of a relative or an official, and those of them whose
    teller is named: (person, fact), for the caller to give if that person is reported."""
    phrases = others_phrases(text, people)
    if not phrases:
        return facts, []
    kept: list[Fact] = []
    theirs: list[tuple[int, Fact]] = []
    for f in facts:
        at = next((p for p in phrases if p[0] <= f.start < p[1]), None)
        if at is None or f.field not in OWN_FIELDS or f.extra.get("plural") or f.extra.get(
                "context"):
            kept.append(f)
        elif at[2] is not None:
            theirs.append((at[2], f))
    return kept, theirs
