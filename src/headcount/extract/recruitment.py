"""Foreign-recruit facts: who recruited a person, the job promised, when they left, when
they signed, and whether they are on a prisoner-exchange list (Russian and English).

The facts are found in the whole text and given to the person named nearest
them (in the same sentence, a naming before the fact preferred; in a sentence
that names nobody, the person last named), after the person's other facts are
read, so they never decide on their own whether a text is about someone.

- ``recruiter`` — an agency or a person, as written: "через агентство «Global
  Jobs»", "вербовщик Рустам", "recruited by an agent named Ram Kumar", "through
  the Sunrise Manpower agency";
- ``promised_job`` — "обещали работу охранником", "promised a job as a
  security guard", "lured with offers of jobs as helpers";
- ``departure_date`` — a date near "уехал в Россию", "left for Russia";
- ``contract_date`` — a date near "подписал контракт", "signed a contract";
- ``exchange_list`` — 1 when the person is said to be on an exchange list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from headcount.extract.model import Fact
from headcount.extract.sentences import sentence_bounds

#: fields this module adds to a mention (dates come with ``<field>_precision``)
RECRUIT_FIELDS: tuple[str, ...] = (
    "recruiter", "promised_job", "departure_date", "departure_date_precision",
    "contract_date", "contract_date_precision", "exchange_list",
)  # fmt: skip
#: how far (characters) a date may follow its cue, or precede it
AFTER, BEFORE = 70, 35

_I = re.I
_UP = r"[A-ZА-ЯЁ][\w&'’.-]*"
_ORG_NAME = rf"[«\"“]?({_UP}(?:\s+{_UP}){{0,4}})[»\"”]?"

_RECRUITER = [
    re.compile(p, f)
    for p, f in (
        # Russian: an agency or firm by name, or a recruiter by name
        (r"(?:через|при\s+помощи|с\s+помощью|от)\s+(?:\w+\s+){0,2}?"
         r"(?:агентств\w*|фирм\w*|компани\w*|контор\w*)\s+" + _ORG_NAME, 0),
        (r"(?:вербовщик\w*|посредник\w*|рекрутер\w*|агент\w*)\s+(?:по\s+имени\s+)?"
         r"([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){0,2})", 0),
        (r"(?:завербовал\w*|привёз|привез)\s+(?:\w+\s+)?"
         r"([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){0,2})", 0),
        # English
        (r"\b(?:recruitment|manpower|employment|travel|recruiting)\s+(?:agency|firm|company)\s+"
         r"(?:called\s+|named\s+)?" + _ORG_NAME, 0),
        (r"\b(?:through|via|by)\s+(?:an?\s+|the\s+)?" + _ORG_NAME +
         r"\s+(?:recruitment|manpower|employment|travel)?\s*(?:agency|agents?|firm)\b", 0),
        (r"\b(?:recruited|hired|lured|sent|taken)\b(?:\s+\w+){0,3}?\s+(?:by|through|via)\s+"
         r"(?:an?\s+|the\s+)?(?:local\s+)?(?:agent|recruiter|middleman|broker)s?\s+"
         r"(?:called\s+|named\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})", 0),
        (r"\b(?:agent|recruiter|middleman|broker)\s+(?:called\s+|named\s+)"
         r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})", 0),
    )
]
_JOB = [
    re.compile(p, _I)
    for p in (
        r"обеща\w*\s+(?:\w+\s+){0,3}?работ\w*\s+((?:в\s+качестве\s+)?[^,.;:\n()]{3,60}?)"
        r"(?=\s*(?:[,.;:\n()]|$|\s+(?:но|а|за|с\s+зарплат|в\s+России|в\s+Москве)\b))",
        r"(?:устроиться|работать)\s+((?:охранник|повар|водител|грузчик|строител|разнорабоч|"
        r"помощник|уборщик|сварщик|курьер)\w*(?:\s+на\s+\w+)?)",
        r"\bpromised\s+(?:\w+\s+){0,3}?(?:jobs?|work|employment)\s+((?:as|in)\s+[^,.;:\n()]{3,60}?)"
        r"(?=\s*(?:[,.;:\n()]|$|\s+(?:but|and|with|for|in\s+Russia)\b))",
        r"\b(?:jobs?|work)\s+offers?\s+(?:of\s+jobs?\s+)?((?:as|in)\s+[^,.;:\n()]{3,50}?)"
        r"(?=\s*(?:[,.;:\n()]|$|\s+(?:but|and|with|for|in\s+Russia)\b))",
        r"\b(?:promise|promised|offer|offers|offered)\s+(?:of\s+|him\s+|them\s+)?(?:an?\s+|the\s+)?"
        r"((?:(?!job|jobs|work)[a-z-]+\s+){1,2}(?:jobs?|work|employment))\b",
        r"\b(?:hired|recruited|employed)\s+as\s+(?:an?\s+)?((?:army\s+)?(?:helpers?|cooks?|"
        r"drivers?|security\s+guards?|guards?|loaders?|builders?|labou?rers?|assistants?))\b",
    )
]
_DEPARTURE = re.compile(
    r"(?:уехал\w*|улетел\w*|выехал\w*|вылетел\w*|отправил\w*)(?:\s+\w+){0,2}?\s+"
    r"(?:в\s+(?:Россию|Москву|РФ)|на\s+заработки)|"
    r"\b(?:left|departed|flew|travell?ed|went)\b(?:\s+\w+){0,3}?\s+(?:for|to)\s+"
    r"(?:Russia|Moscow|St\.?\s*Petersburg)\b|\bdate\s+of\s+departure\b|\bdeparted\b",
    _I,
)
_CONTRACT = re.compile(
    r"(?:подписал\w*|заключил\w*)\s+(?:\w+\s+){0,2}?контракт\w*|"
    r"\bsigned\s+(?:\w+\s+){0,3}?contract\b|\bcontract\s+(?:was\s+)?signed\b",
    _I,
)
_EXCHANGE = re.compile(
    r"спис\w+\s+(?:\w+\s+){0,2}?(?:на|для)\s+обмен\w*|обменн\w+\s+спис\w+|"
    r"\b(?:prisoner[- ]exchange|prisoner[- ]swap|exchange|swap)\s+lists?\b|"
    r"\blists?\s+(?:of\s+\w+\s+)?(?:for|of)\s+(?:an?\s+|the\s+)?(?:prisoner\s+)?(?:exchange|swap)",
    _I,
)
_LEADING = re.compile(r"^(?:as\s+(?:an?\s+)?|in\s+(?:an?\s+)?|в\s+качестве\s+)", _I)
#: words a captured name must not end on (they start the next clause)
_TRAILING = re.compile(r"\s+(?:who|which|that|and|in|for|to|в|и|на|за)$", _I)


@dataclass(frozen=True)
class Dated:
    """A date found in the text: ISO value of its precision, the precision, the span."""

    value: str
    precision: str
    start: int
    end: int


def _near_date(dates: Sequence[Dated], start: int, end: int) -> Dated | None:
    after = [d for d in dates if d.start >= end and d.start - end <= AFTER]
    if after:
        return min(after, key=lambda d: d.start)
    before = [d for d in dates if d.end <= start and start - d.end <= BEFORE]
    return max(before, key=lambda d: d.end) if before else None


def _clean(value: str) -> str:
    value = _TRAILING.sub("", value.strip(" «»\"“”'"))
    value = _LEADING.sub("", value)
    return " ".join(value.split())


def find_recruitment(text: str, dates: Sequence[Dated]) -> list[Fact]:
    """Every foreign-recruit fact in ``text`` (dates: every date the language rules found)."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(field: str, value: Any, start: int, end: int, extra: dict[str, Any]) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        facts.append(Fact(field, value, start, end, extra))

    for pattern in _RECRUITER:
        for m in pattern.finditer(text):
            value = _clean(m.group(1))
            if len(value) >= 2:
                add("recruiter", value, m.start(), m.end(), {})
    for pattern in _JOB:
        for m in pattern.finditer(text):
            value = _clean(m.group(1))
            if len(value) >= 3:
                add("promised_job", value, m.start(), m.end(), {})
    for field, pattern in (("departure_date", _DEPARTURE), ("contract_date", _CONTRACT)):
        for m in pattern.finditer(text):
            d = _near_date(dates, m.start(), m.end())
            if d is not None:
                start, end = min(m.start(), d.start), max(m.end(), d.end)
                facts.append(Fact(field, d.value, start, end, {"precision": d.precision}))
    for m in _EXCHANGE.finditer(text):
        facts.append(Fact("exchange_list", 1, m.start(), m.end(), {}))
    return sorted(facts, key=lambda f: f.start)


def text_dates(text: str, language: str, published: date | None) -> list[Dated]:
    """The dates of ``text`` as the language's own rules read them."""
    if language == "en":
        from headcount.extract.en_dates import find_dates as find_en_dates

        return [Dated(d.value, str(d.precision), d.start, d.end)
                for d in find_en_dates(text, published)]
    from headcount.extract.dates import find_dates

    return [Dated(d.value, str(d.precision), d.start, d.end) for d in find_dates(text, published)]


def attach_recruitment(
    text: str, mentions: list[dict[str, Any]], language: str, published: date | None
) -> None:
    """Add the foreign-recruit fields (and their evidence) to ``mentions`` in place.

    Every mention gets every field of :data:`RECRUIT_FIELDS` (None when not stated).
    """
    for m in mentions:
        for name in RECRUIT_FIELDS:
            m.setdefault(name, None)
    if not mentions:
        return
    facts = find_recruitment(text, text_dates(text, language, published))
    if not facts:
        return
    bounds = sentence_bounds(text)

    def sentence(pos: int) -> int:
        return next((i for i, (s, e) in enumerate(bounds) if s <= pos <= e), len(bounds) - 1)

    refs = sorted(
        (s, e, i) for i, m in enumerate(mentions) for s, e in (m.get("spans") or [])
    )
    for f in facts:
        si = sentence(f.start)
        here = [(s, e, i) for s, e, i in refs if sentence(s) == si]
        if here:
            who = min(here, key=lambda r: f.start - r[1] if r[1] <= f.start
                      else 2 * (r[0] - f.end))[2]  # fmt: skip
        else:
            before = [i for s, _, i in refs if s < f.start]
            who = before[-1] if before else refs[0][2] if refs else 0
        m = mentions[who]
        if m.get(f.field) is not None:
            continue
        m[f.field] = f.value
        if f.field.endswith("_date"):
            m[f"{f.field}_precision"] = str(f.extra["precision"])
        m.setdefault("evidence", {})[f.field] = f.evidence(text)


__all__ = ["RECRUIT_FIELDS", "Dated", "attach_recruitment", "find_recruitment", "text_dates"]
