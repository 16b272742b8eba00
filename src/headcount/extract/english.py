"""English texts (news about foreign recruits): names, dates, ages, countries, status.

Simpler than the Russian pipeline, and rule-only: a name is a run of two to
four capitalised words that are not places, months, organisations or sentence
openers; a later lone surname joins the person. Facts are attached the same
way as in Russian (attach.py). Units, ranks and regions are not read.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from headcount.extract.attach import attach
from headcount.extract.model import Fact
from headcount.extract.namecase import NameParts
from headcount.extract.persons import Person, PersonRef
from headcount.extract.text import Sentence
from headcount.reference import Country, countries
from headcount.vocab import DatePrecision, Status

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_M = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(
    m[:3].capitalize() + r"\." for m in MONTHS)
_MDY = re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?")
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M})(?:,?\s+(\d{{4}}))?")
_MY = re.compile(rf"\b(?:in\s+)?({_M})\s+(\d{{4}})\b")
_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
_REL = re.compile(r"\b(yesterday|last\s+week|last\s+month|last\s+year)\b", re.I)
_BORN = re.compile(r"\bborn\b", re.I)

_STATUS: tuple[tuple[Status, re.Pattern[str]], ...] = tuple(
    (s, re.compile(p, re.I))
    for s, p in (
        (Status.DECLARED_DEAD, r"\bdeclared\s+(?:legally\s+)?dead\b"),
        (Status.KILLED, r"\b(?:killed|died|dead|death|perished|KIA|fell\s+in\s+battle|"
                        r"funeral|buried)\b"),
        (Status.RETURNED, r"\b(?:returned\s+(?:home\s+)?(?:from\s+captivity|in\s+a\s+"
                          r"(?:prisoner\s+)?(?:swap|exchange))|released\s+in\s+a\s+"
                          r"(?:prisoner\s+)?(?:swap|exchange)|was\s+exchanged|freed)\b"),
        (Status.CAPTURED, r"\b(?:captured|taken\s+prisoner|prisoner\s+of\s+war|POW|"
                          r"in\s+captivity|surrendered)\b"),
        (Status.MISSING, r"\b(?:missing(?:\s+in\s+action)?|MIA|lost\s+contact|"
                         r"unaccounted\s+for)\b"),
        (Status.DESERTED, r"\b(?:deserted|deserter|fled\s+(?:his|her)\s+unit)\b"),
        (Status.WOUNDED, r"\b(?:wounded|injured)\b"),
    )
)
_AGE = (
    re.compile(r"\b(\d{2})-year-old\b"),
    re.compile(r"\baged\s+(\d{2})\b"),
    re.compile(r"(?<=,)\s*(\d{2})\s*(?=,)"),
    re.compile(r"\((\d{2})\)"),
    re.compile(r"\bwas\s+(\d{2})(?:\s+years\s+old)?\s*[.,;]"),
)
_CITIZEN_BEFORE = re.compile(
    r"(?:from|of|citizen\s+of|national\s+of|native\s+of|born\s+in)\s+(?:the\s+)?$", re.I)
_NATIONAL_AFTER = re.compile(
    r"\s+(?!(?:forces|army|military|troops|side|government|officials|authorities|media|"
    r"defen[cs]e|drones?|strikes?|positions|border|president|embassy|language)\b)[a-z]+\b")
_CAP = r"(?:[A-Z][a-zà-ÿ]+(?:[-'][A-Z]?[a-zà-ÿ]+)*|[A-Z][a-z]?\.|[A-Z]{3,}(?![a-z]))"
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:bin\s+|al-|de\s+|da\s+|van\s+)?{_CAP}){{1,5}}(?![\w])")
_SURNAME = re.compile(rf"\b{_CAP}\b")
_STOP_WORDS = (
    "the a an in on at of and but for from to by with as he she they his her their it this "
    "that these those there here when while after before during since about russia russian "
    "russians ukraine ukrainian ukrainians moscow kyiv kiev army armed forces ministry "
    "defence defense brigade battalion regiment division wagner group storm president "
    "minister government embassy family families mr mrs ms dr news reuters associated "
    "press bbc cnn monday tuesday wednesday thursday friday saturday sunday according "
    "police court war special military operation january february march april may june "
    "july august september october november december god lord church state states united "
    "kingdom republic people prime foreign affairs national guard region oblast city "
    "village district junior senior sergeant private lieutenant captain major colonel "
    "corporal lance pvt sgt cpl lt capt col gen general convict father brothers brother "
    "sister mother wife son daughter husband sailor seaman officer soldier volunteer "
    "paratrooper mobilised mobilized rifleman gunner medic nurse book memory our "
)
_STOP = frozenset(_STOP_WORDS.split())


@cache
def _countries() -> list[tuple[re.Pattern[str], Country, bool]]:
    """(pattern, country, is_demonym) for English country names and demonyms."""
    out = []
    for c in countries():
        if c.name_en:
            out.append((re.compile(rf"\b{re.escape(c.name_en)}\b"), c, False))
        for d in c.demonyms_en:
            out.append((re.compile(rf"\b{re.escape(d)}\b"), c, True))
    return out


@cache
def _place_words() -> frozenset[str]:
    words: set[str] = set()
    for c in countries():
        for phrase in (c.name_en, *c.demonyms_en):
            words.update(phrase.lower().split())
    return frozenset(words)


def _stop(word: str) -> bool:
    if re.fullmatch(r"[A-Z][a-z]?\.", word):
        return False  # an initial ("A. V. Ryabov"), not the article
    w = word.lower().strip(".")
    return w in _STOP or w in _place_words()


def _sentences(text: str) -> list[Sentence]:
    out, start, para = [], 0, 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+", text):
        if text[start : m.start()].strip():
            out.append(Sentence(start, m.start(), para))
        if "\n" in m.group(0):
            para += 1
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text), para))
    return out


_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovych|ich|ovna|evna|yevna|ichna|ivna)$")


def _name_parts(words: list[str]) -> NameParts:
    """A Russian name in Latin letters: "Alexei Viktorovich Gorbunov", "ZAKHAROV Andrei
    Mikhailovich", "A. V. Ryabov"; any other name: the last word is the surname."""
    if words[0].isupper() and len(words[0]) > 2 and len(words) >= 2:  # ZAKHAROV Andrei …
        surname, rest = words[0].capitalize(), words[1:]
    else:
        surname, rest = words[-1], words[:-1]
    patr = ""
    if len(rest) >= 2 and (_PATRONYMIC.search(rest[-1]) or (
            rest[-1].endswith(".") and rest[0].endswith("."))):
        patr = rest[-1]
        rest = rest[:-1]
    return NameParts(surname=surname, given=" ".join(rest), patronymic=patr)


def _people(text: str) -> list[Person]:
    people: list[Person] = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        while words and _stop(words[0]):
            words = words[1:]
        while words and _stop(words[-1]):
            words = words[:-1]
        if len(words) < 2 or any(_stop(w) for w in words):
            continue
        start = text.index(words[0], m.start())
        end = start + len(" ".join(words))
        parts = _name_parts(words)
        surname = parts.surname
        same = next((p for p in people if p.refs[0].parts.surname == surname), None)
        ref = PersonRef(start, end, parts)
        if same:
            same.refs.append(ref)
        else:
            people.append(Person([ref]))
    taken = [(r.start, r.end) for p in people for r in p.refs]
    for m in _SURNAME.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        for p in people:
            if p.refs[0].parts.surname == m.group(0):
                p.refs.append(PersonRef(m.start(), m.end(), p.refs[0].parts))
    for p in people:
        p.refs.sort(key=lambda r: r.start)
    return people


def _dates(text: str, published: date | None) -> list[tuple[str, DatePrecision, int, int]]:
    out: list[tuple[str, DatePrecision, int, int]] = []
    taken: list[tuple[int, int]] = []

    def month_no(name: str) -> int:
        return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(name.lower().strip(".")))

    def add(y: int | None, mo: int | None, d: int | None, s: int, e: int) -> None:
        if y is None or any(a < e and s < b for a, b in taken):
            return
        try:
            if d and mo:
                value, prec = date(y, mo, d).isoformat(), DatePrecision.DAY
            elif mo:
                value, prec = f"{y:04d}-{mo:02d}", DatePrecision.MONTH
            else:
                value, prec = f"{y:04d}", DatePrecision.YEAR
        except ValueError:
            return
        if published and value > published.isoformat()[: len(value)]:
            return
        taken.append((s, e))
        out.append((value, prec, s, e))

    def year_for(mo: int, d: int) -> int | None:
        if not published:
            return None
        y = published.year
        return y - 1 if date(y, mo, min(d, 28)) > published else y

    for m in (*_MDY.finditer(text), *_DMY.finditer(text)):
        g = m.groups()
        mo_name, day = (g[0], int(g[1])) if not g[0][0].isdigit() else (g[1], int(g[0]))
        mo = month_no(mo_name)
        y = int(g[2]) if g[2] else year_for(mo, day)
        add(y, mo, day, m.start(), m.end())
    for m in _MY.finditer(text):
        add(int(m.group(2)), month_no(m.group(1)), None, m.start(), m.end())
    for m in _YEAR.finditer(text):
        add(int(m.group(1)), None, None, m.start(), m.end())
    if published:
        for m in _REL.finditer(text):
            w = " ".join(m.group(1).lower().split())
            if w == "yesterday":
                d = published - timedelta(days=1)
                add(d.year, d.month, d.day, m.start(), m.end())
            elif w == "last week":
                d = published - timedelta(days=published.weekday() + 4)
                add(d.year, d.month, None, m.start(), m.end())
            elif w == "last month":
                d = published.replace(day=1) - timedelta(days=1)
                add(d.year, d.month, None, m.start(), m.end())
            else:
                add(published.year - 1, None, None, m.start(), m.end())
    return sorted(out, key=lambda x: x[2])


def extract_english(text: str, published: date | None) -> list[dict[str, Any]]:
    from headcount.extract.pipeline import assemble

    people = _people(text)
    if not people:
        return []
    sents = _sentences(text)
    facts: list[Fact] = []
    statuses: list[Fact] = []
    for status, pattern in _STATUS:
        for m in pattern.finditer(text):
            if not any(f.start < m.end() and m.start() < f.end for f in statuses):
                statuses.append(Fact("status", status, m.start(), m.end()))
    facts += statuses
    for value, prec, s, e in _dates(text, published):
        extra = {"precision": prec, "relative": False}
        window = text[max(0, s - 60) : s]
        if _BORN.search(window):
            facts.append(Fact("birth_date", value, s, e, extra))
            continue
        near = [f for f in statuses if abs(f.start - s) < 80]
        if near:
            st = min(near, key=lambda f: abs(f.start - s))
            facts.append(Fact("status_date", value, s, e, {**extra, "status": st.value}))
            if st.value is Status.KILLED:
                facts.append(Fact("death_date", value, s, e, extra))
    for pattern in _AGE:
        for m in pattern.finditer(text):
            age = int(m.group(1))
            if 14 <= age <= 99 and not any(f.field == "age" and f.start == m.start(1)
                                           for f in facts):
                facts.append(Fact("age", age, m.start(1), m.end(1)))
    for pattern, c, demonym in _countries():
        for m in pattern.finditer(text):
            ok = (_NATIONAL_AFTER.match(text, m.end()) if demonym
                  else _CITIZEN_BEFORE.search(text[max(0, m.start() - 30) : m.start()]))
            if ok or (not demonym and re.match(r"\s*(?:national|citizen)", text[m.end():])):
                facts.append(Fact("citizenship", c.code, m.start(), m.end(),
                                  {"contested": c.contested}))
    facts = [f for f in facts if not any(r.start <= f.start < r.end
                                         for p in people for r in p.refs)]
    by_person = attach(sorted(facts, key=lambda f: f.start), people, sents)
    _share_coordinated(text, people, by_person)
    out = []
    for i, person in enumerate(people):
        mention = assemble(text, person, by_person[i])
        if mention is not None:
            out.append(mention)
    return out


def _share_coordinated(text: str, people: list[Person], by_person: dict[int, list[Fact]]) -> None:
    """"A and B were killed": facts after B in that sentence are A's too."""
    refs = sorted((r.start, r.end, i) for i, p in enumerate(people) for r in p.refs)
    for (_, e1, a), (s2, e2, b) in itertools.pairwise(refs):
        if a != b and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[e1:s2]):
            end = text.find(".", e2)
            end = len(text) if end < 0 else end
            shared = [f for f in by_person[b] if e2 <= f.start < end and f.field != "age"]
            by_person[a].extend(f for f in shared if f not in by_person[a])
