"""A list's shared fate with its exceptions: "Усі, крім Пєскова, загинули між 2 і 10
листопада", "Все, кроме Иванова, погибли 3 марта", "Всі, окрім двох останніх, потрапили в
полон".

The sentence tells one status (and its date and place) of everyone the text has named before
it, except those it names after "крім" / "кроме" / "за винятком": they get none of it. A
date range inside one month ("між 2 і 10 листопада", "с 2 по 10 ноября") is that month, not
its last day.
"""

from __future__ import annotations

import re

from headcount.extract.attach import DEATH_FACT_FIELDS, sentence_index
from headcount.extract.model import Fact
from headcount.extract.periods import span_end
from headcount.extract.persons import Person
from headcount.extract.text import Sentence
from headcount.vocab import DatePrecision

#: "усі, крім …," / "всі, за винятком …," / "все, кроме …,": the exceptions run to the comma
_ALL_BUT = re.compile(
    r"(?<![\w-])(?:усі|всі|все|усе)(?:\s+(?:вони|они|бійці|бойцы|морпіхи|морпехи))?\s*,?\s+"
    r"(?:крім|окрім|опріч|за\s+винятком|кроме|за\s+исключением)\s+(?P<who>[^,.;:!?\n]{2,80}?)"
    r"\s*,", re.I)


#: between the exceptions and the status: a relative pronoun (the status is the exception's
#: own: "крім Олега Гнатюка, який загинув") or a clause's break (another clause's status)
_NOT_SHARED = re.compile(r"[,;:—–]|\b(?:який|яка|які|якого|котрий|который|которая|которые|"
                         r"кто|who|а|але|но|однак|однако)\b", re.I)
#: a verb before "всі" in its clause: "вижили всі, крім …" tells the others' fate, not the
#: following one
_VERB_BEFORE = re.compile(r"\b(?:вижи\w*|выжи\w*|уціліл\w*|уцелел\w*|поверну\w*|"
                          r"вернул\w*|залишил\w*|остал\w*)\s+$", re.I)


def _month(f: Fact, text: str) -> Fact:
    """A day read at a range's end as the range's month ("між 2 і 10 листопада" → 2022-11)."""
    if f.field not in ("death_date", "status_date") or f.extra.get("precision") != \
            DatePrecision.DAY or not span_end(text, f.start):
        return f
    return Fact(f.field, str(f.value)[:7], f.start, f.end,
                {**f.extra, "precision": DatePrecision.MONTH})


def share_all_but(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                  sents: list[Sentence], facts: list[Fact]) -> None:
    """Everyone named before "усі, крім X, загинули …" gets the sentence's status, date and
    place, in place; X gets none of them."""
    for m in _ALL_BUT.finditer(text):
        si = sentence_index(sents, m.start())
        end = sents[si].end
        excepted = {i for i, p in enumerate(people) for r in p.refs
                    if m.start("who") <= r.start < m.end("who")}
        before = {i for i, p in enumerate(people) for r in p.refs if r.end <= m.start()}
        given = [f for f in facts if f.field in DEATH_FACT_FIELDS and m.end() <= f.start < end]
        first = next((f for f in given if f.field == "status"), None)
        if not excepted or first is None or _NOT_SHARED.search(text, m.end(), first.start) or \
                _VERB_BEFORE.search(text, sents[si].start, m.start()):
            continue  # "вижили всі, крім X, який загинув"; "всі, крім X, отримали нагороди,
            # а X був поранений": the status is no shared one
        ids = {id(f) for f in given}
        for i in excepted:
            by_person[i][:] = [f for f in by_person[i] if id(f) not in ids]
        for i in before - excepted:
            own = {f.field for f in by_person[i] if id(f) not in ids}
            for f in given:
                if f.field in own or any(g is f for g in by_person[i]):
                    continue
                by_person[i].append(f)
        # a range's end day is the range's month for everyone who got it
        for i in before - excepted:
            by_person[i][:] = [_month(f, text) if id(f) in ids else f for f in by_person[i]]
