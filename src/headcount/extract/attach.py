"""Facts → the person they are about, by sentence and proximity.

A fact goes to a person named in its own sentence (the nearest naming; one
before the fact is preferred, since Russian obituaries name the person, then
state the facts). A sentence that names nobody ("Ему было 34 года.") speaks of
the person in focus: the last one named before it, else the first one named
after it. Namings of officials and relatives never receive facts.
"""

from __future__ import annotations

import bisect
import functools
import re

from headcount.extract.dates import FoundDate
from headcount.extract.model import Fact
from headcount.extract.persons import Person
from headcount.extract.status import DEATH_STATUSES
from headcount.extract.text import Sentence
from headcount.vocab import Status

#: a naming after the fact counts this much farther than one before it
AFTER_PENALTY = 2.0
#: how far (characters) a date may be from the cue that gives it its meaning
CUE_DISTANCE = 90

_BIRTH = re.compile(r"родил(?:ся|ась)|рождени\w*|\bг\.\s*р\.|\bрожд\.|\bр\.\s*$", re.I)


def sentence_index(sents: list[Sentence], pos: int) -> int:
    starts = [s.start for s in sents]
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)


def _distance(ref: tuple[int, int, int], f: Fact) -> float:
    s, e, _ = ref
    return f.start - e if e <= f.start else (s - f.end) * AFTER_PENALTY


def attach(
    facts: list[Fact], people: list[Person], sents: list[Sentence]
) -> dict[int, list[Fact]]:
    """Person index → the facts about that person."""
    refs = sorted(
        ((r.start, r.end, i) for i, p in enumerate(people) for r in p.refs if r.subject),
        key=lambda x: x[0],
    )
    out: dict[int, list[Fact]] = {i: [] for i in range(len(people))}
    if not refs or not sents:
        return out
    ref_sent = [sentence_index(sents, s) for s, _, _ in refs]
    for f in facts:
        si = sentence_index(sents, f.start)
        here = [(s, e, i) for (s, e, i), rs in zip(refs, ref_sent, strict=True) if rs == si]
        here = [(s, e, i) for s, e, i in here if not (s <= f.start < e)] or here
        if here:
            who = min(here, key=functools.partial(_distance, f=f))[2]
        else:
            before = [i for s, _, i in refs if s < f.start]
            who = before[-1] if before else refs[0][2]
        out[who].append(f)
    return out


def date_facts(text: str, dates: list[FoundDate], statuses: list[Fact],
               sents: list[Sentence]) -> list[Fact]:
    """Dates given a meaning by the nearest cue in their sentence: birth, death, a status."""
    out: list[Fact] = []
    for d in dates:
        extra = {"precision": d.precision, "relative": d.relative}
        if d.kind in ("birth_year", "range_birth"):
            out.append(Fact("birth_date", d.value, d.start, d.end, extra))
            continue
        if d.kind == "range_death":
            out.append(Fact("death_date", d.value, d.start, d.end, extra))
            continue
        sent = sents[sentence_index(sents, d.start)] if sents else None
        lo = max(d.start - CUE_DISTANCE, sent.start if sent else 0)
        hi = min(d.end + CUE_DISTANCE, sent.end if sent else len(text))
        best: tuple[float, str, Status | None] | None = None
        for m in _BIRTH.finditer(text, lo, hi):
            dist = d.start - m.end() if m.end() <= d.start else (m.start() - d.end) * 1.5
            if best is None or dist < best[0]:
                best = (dist, "birth", None)
        for s in statuses:
            if s.end <= lo or s.start >= hi:
                continue
            dist = d.start - s.end if s.end <= d.start else (s.start - d.end) * 1.5
            if best is None or dist < best[0]:
                best = (dist, "status", s.value)
        if best is None:
            continue
        _, kind, status = best
        if kind == "birth":
            out.append(Fact("birth_date", d.value, d.start, d.end, extra))
            continue
        out.append(Fact("status_date", d.value, d.start, d.end, {**extra, "status": status}))
        if status in DEATH_STATUSES:
            out.append(Fact("death_date", d.value, d.start, d.end, extra))
    return out
