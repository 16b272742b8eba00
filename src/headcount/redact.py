"""Quotes leave the registry only if every fact they state is published.

A quote supports one field, but its words may state more: the region inferred
from a town quotes the town ("Чадана"), a name may carry an age
("Шестнадцатилетний Иван Петров"), a channel may name the unit ("Шторм Z").
When a person's birth date, age, settlement or unit are withheld
(:mod:`headcount.privacy`), :func:`public_quote` cuts out of every other
quote the words that state a withheld fact:

- spans the mention's own evidence gives for a withheld field (same document);
- the withheld values themselves, in any case form or script (lemmas from
  pymorphy3, word stems, loose Latin keys): every settlement, unit, birth date
  and age any mention of the person gives;
- any age ("16-летний", "шестнадцатилетний", "в возрасте 16 лет", "aged 16",
  "16-year-old"), any birth year or date of birth, and any military unit the
  extraction rules recognise, whatever its value.

What is left is published, with "…" where words were cut, if it still has a
word that can support the field; otherwise the quote is withheld (None). Quotes
of withheld fields are withheld whole. One function, called by every output:
person pages, the API, public exports (all formats) and search.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CUT = "…"

_NUM_STEMS = (
    "одн|один|одна|одно|дв[ау]х?|две|тр[её]х|три|четыр[её]х|четыре|пят|шест|сем|восем|восьм|девят"
    "|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат"
    "|восемнадцат|девятнадцат|двадцат|тридцат|сорок|пятидесят|пятьдесят|шестидесят|шестьдесят"
    "|семидесят|семьдесят|восьмидесят|восемьдесят|девяност|полут"
)
_NUM_WORD = rf"(?:{_NUM_STEMS})[а-яё]*"
_EN_NUM = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_AGE = re.compile(
    "|".join(
        (
            # 16-летний, шестнадцатилетний, двадцатипятилетнего, 16 летний
            rf"\b(?:\d{{1,3}}\s?[-‐–]?\s?|(?:{_NUM_WORD}[\s-]?){{1,3}})летн[а-яё]*",
            # 16 лет, шестнадцати лет, 21 год, двадцать один год, (в возрасте) 16 лет
            rf"\b(?:в\s+возрасте\s+)?(?:\d{{1,3}}|(?:{_NUM_WORD}\s+){{0,2}}{_NUM_WORD})"
            r"\s+(?:лет|года?|годам?)\b(?:\s+от\s+роду)?",
            r"\bв\s+возрасте\s+\S+",
            # English: 16-year-old, sixteen years old, aged 16, age 16, (16)
            rf"\b(?:\d{{1,3}}|{_EN_NUM})[\s-]+years?[\s-]+old\b",
            rf"\b(?:aged|age)\s+(?:\d{{1,3}}|{_EN_NUM})\b",
            r"(?<=[,(])\s*\d{1,2}\s*(?=[,)])",
        )
    ),
    re.IGNORECASE,
)
_BORN = re.compile(
    r"\b(?:\d{4}\s*(?:г\.?\s*р\.?|года?\s+рождения|р\.)|(?:родил(?:ся|ась)|уроженец|уроженка"
    r"|born|b\.)\s+(?:в\s+|in\s+|on\s+)?(?:\d{1,2}[./ ]\s*)?(?:\d{1,2}[./]|[а-яёa-z]+\s+)?\d{4}"
    r"(?:\s*(?:г\.|года?))?)",
    re.IGNORECASE,
)
_DAY = (
    r"\s*(?:янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: words that cannot support a field on their own
_GENERIC = frozenset(
    str.split(
        "область области областью край края крае республика республики республике город города "
        "городе село села селе деревня деревни посёлок поселок поселка посёлка район района "
        "районе округ округа пгт the of in from region oblast krai city town village district "
        "republic"
    )
)
_ENDINGS = re.compile(r"(?:ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ам|ям|ах|ях|ую|юю|ью|[аяоеиыуюьй])$")


@dataclass(frozen=True)
class Withheld:
    """What a person's quotes must not state: the hidden fields and the values they hold."""

    fields: frozenset[str]
    settlements: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    birth_years: tuple[str, ...] = ()
    ages: tuple[int, ...] = ()


def withheld_of(fields: Collection[str], rows: Iterable[Mapping[str, Any]]) -> Withheld:
    """The withheld values given by any of ``rows`` (a person's mentions, the person row)."""
    settlements: set[str] = set()
    units: set[str] = set()
    years: set[str] = set()
    ages: set[int] = set()
    for r in rows:
        if r.get("settlement"):
            settlements.add(str(r["settlement"]))
        if r.get("unit"):
            units.add(str(r["unit"]))
        bd = str(r.get("birth_date") or "")
        if len(bd) >= 4 and bd[:4].isdigit():
            years.add(bd[:4])
        age = r.get("age")
        if age is not None and str(age).isdigit():
            ages.add(int(age))
    hidden = frozenset(fields)
    return Withheld(
        fields=hidden,
        settlements=tuple(sorted(settlements)) if "settlement" in hidden else (),
        units=tuple(sorted(units)) if "unit" in hidden else (),
        birth_years=tuple(sorted(years)) if {"birth_date", "age"} & hidden else (),
        ages=tuple(sorted(ages)) if {"birth_date", "age"} & hidden else (),
    )


@lru_cache(maxsize=100_000)
def word_keys(word: str) -> frozenset[str]:
    """Keys under which two forms of one word meet: lemmas, stem, loose Latin key."""
    low = word.casefold().replace("ё", "е")
    keys = {low, _ENDINGS.sub("", low) or low}
    if any("а" <= c <= "я" for c in low):
        from headcount.extract.morph import lemmas

        keys |= {x for x in lemmas(low)}
        keys |= {_ENDINGS.sub("", x) or x for x in lemmas(low)}
    try:
        from headcount.names import loose_token

        loose = loose_token(low)
        if loose:
            keys.add("~" + (_ENDINGS.sub("", loose) if len(loose) > 4 else loose))
    except ImportError:  # pragma: no cover
        pass
    return frozenset(k for k in keys if len(k) >= 3)


@lru_cache(maxsize=20_000)
def _value_keys(value: str) -> frozenset[str]:
    out: set[str] = set()
    for w in _WORD.findall(value):
        if len(w) < 3 or w.casefold() in _GENERIC or w.casefold() in _UNIT_WORDS:
            continue
        out |= word_keys(w)
    return frozenset(out)


_UNIT_WORDS = frozenset(
    str.split(
        "в/ч воинская воинской часть части отряд отряда полк полка бригада бригады батальон "
        "батальона дивизия дивизии рота роты армия армии корпус корпуса отдельный отдельной "
        "гвардейский гвардейской мотострелковый мотострелковой штурмовой штурмового "
        "unit brigade regiment battalion division"
    )
)


def withheld_spans(
    quote: str, w: Withheld, own: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans of ``quote`` that state a withheld fact (``own``: known spans, quote-relative)."""
    spans = [(max(0, a), min(len(quote), b)) for a, b in own if b > 0 and a < len(quote)]
    if {"age", "birth_date"} & w.fields:
        spans += [m.span() for m in _AGE.finditer(quote)]
        spans += [m.span() for m in _BORN.finditer(quote)]
        for age in w.ages:  # the bare number, unless it is the day of a date
            bare = rf"(?<![\d./-]){age}(?![\d./-]|{_DAY})"
            spans += [m.span() for m in re.finditer(bare, quote, re.I)]
        for year in w.birth_years:
            for m in re.finditer(rf"(?<!\d)(?:\d{{1,2}}[./-]\d{{1,2}}[./-])?{year}(?!\d)", quote):
                spans.append(m.span())
    if "unit" in w.fields:
        from headcount.extract.military import find_units

        spans += [(f.start, f.end) for f in find_units(quote)]
        for unit in w.units:
            for num in re.findall(r"\d{2,}", unit):
                spans += [m.span() for m in re.finditer(rf"(?<!\d){num}(?!\d)", quote)]
    secret_keys = frozenset().union(*(_value_keys(v) for v in (*w.settlements, *w.units)))
    if secret_keys:
        for m in _WORD.finditer(quote):
            if len(m.group()) >= 3 and word_keys(m.group()) & secret_keys:
                spans.append(m.span())
    return sorted(s for s in spans if s[1] > s[0])


def cut(quote: str, spans: list[tuple[int, int]]) -> str:
    """``quote`` with ``spans`` replaced by "…" (overlapping spans merged)."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        out.append(quote[pos:a])
        if not out[-1].endswith(CUT):
            out.append(CUT)
        pos = b
    out.append(quote[pos:])
    text = "".join(out)
    text = re.sub(r"(?:\s*…\s*)+", " … ", text).strip()
    return text


def supports(text: str) -> bool:
    """Whether what is left of a quote still has a word that can support a value."""
    return any(
        len(w) >= 3 and w.casefold() not in _GENERIC and not w.isdigit()
        for w in _WORD.findall(text)
    ) or bool(re.search(r"\d", text.replace(CUT, "")))


def public_quote(
    quote: str | None,
    field: str,
    w: Withheld,
    *,
    evidence: Mapping[str, Any] | None = None,
) -> str | None:
    """The part of ``quote`` (supporting ``field``) the public may read, or None.

    ``evidence``: the mention's whole evidence (field → {"quote", "start", "end",
    "rule"}), whose spans for withheld fields are cut where they overlap.
    """
    if quote is None or not w.fields:
        return quote
    if field in w.fields:
        return None
    quote = str(quote)
    own: list[tuple[int, int]] = []
    ev = evidence or {}
    mine = ev.get(field) if isinstance(ev.get(field), dict) else None
    if mine is not None:
        if field == "region" and mine.get("rule") == "settlement" and "settlement" in w.fields:
            return None  # the region was read off the town: the quote is the town
        start = mine.get("start")
        if isinstance(start, int):
            for name in w.fields:
                other = ev.get(name)
                if isinstance(other, dict) and isinstance(other.get("start"), int):
                    own.append((other["start"] - start, int(other.get("end") or 0) - start))
    spans = withheld_spans(quote, w, own)
    if not spans:
        return quote
    rest = cut(quote, spans)
    return rest if supports(rest) else None
