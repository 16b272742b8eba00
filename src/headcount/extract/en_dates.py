"""Dates in English text: "March 3, 2024", "3 March 2024", "12.04.1990", "11.1968", "in 2021",
"in early September", "(1991–2024)", "03.02.1979 – 28.12.2022", "b. 1985", "yesterday".

Each date has a precision (day, month, year); a day or month without a year is the
latest one not after ``published`` (none without it). Two dates joined by a dash are a
range: its ends are marked ``range_birth`` / ``range_death`` (a life only where the caller
says so: right after a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from headcount.extract.dates import DIED_BEFORE
from headcount.extract.day_anaphora import pointed_days
from headcount.extract.same_time import same_times
from headcount.extract.sentences import sentence_around
from headcount.extract.weekdays import (
    ANNOUNCE_EN,
    CEREMONY_EN,
    WEEKDAY_STEMS,
    announced_en,
    direction,
    weekday_date,
)
from headcount.vocab import DatePrecision

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_M = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(
    m[:3].capitalize() + r"\.?" for m in MONTHS if m != "may") + "|Sept\\.?"
_Y = r"(?:1[89]|20)\d\d"
#: days written as ordinal words ("the second of March", "March third,"), first to thirty-first
_ORD_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth")
ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_ORD_UNITS)},
    **{w: i + 10 for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth",
                                        "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                        "eighteenth", "nineteenth"))},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORD_UNITS) for sep in ("-", " ")},
}
ORDINALS["thirty first"] = 31
_ORD = "|".join(sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True))
_MDY = re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+({_Y})\b)?|"
                  # a word day only where the date ends: "on March third, …", "March 3rd"
                  rf"\b({_M})\s+(?:the\s+)?((?i:{_ORD}))(?=\s*(?:[,.;)]|$)|,?\s+{_Y}\b)"
                  rf"(?:,?\s+({_Y})\b)?")
_DMY = re.compile(rf"(?:\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?|"
                  rf"\b(?:(?i:the)\s+)?((?i:{_ORD}))\s+of\s+)({_M})(?![a-z])(?:,?\s+({_Y})\b)?")
_MY = re.compile(rf"\b({_M})(?![a-z])(?:\s+of)?,?\s+({_Y})\b")
#: a month at a line's end and a list item's number on the next: "… 21–27 August\n1. PETROV"
_LIST_NUMBER = re.compile(rf"(?:{_M})[ \t]*\n[ \t]*\d{{1,3}}[.)](?!\d)", re.I)
#: a month at a line's end after a word that takes no day ("Deaths confirmed in August\n15
#: servicemen …": a count opens the next line), unlike "Killed on August\n12, near Bakhmut"
_MONTH_ALONE = re.compile(r"\b(?:in|since|during|until|throughout|through|for)\s+$", re.I)
_LINE_END = re.compile(rf"(?:{_M})[ \t]*\n", re.I)
_NUM_DMY = re.compile(rf"(?<![\d.])(\d{{1,2}})[./](\d{{1,2}})[./]({_Y})(?![\d])")
_NUM_MY = re.compile(rf"(?<![\d.])(\d{{1,2}})[./]({_Y})(?![\d.])")
_BARE_MONTH = re.compile(rf"\b(?i:in|since|until|by|of|during|early|mid|late|end\s+of)\s+"
                         rf"(?:(?:early|mid|late)[- ])?({_M})(?![a-z])(?!\s*\d)")
#: a month or a season told from publication: "last November", "this March", "March of last
#: year", "in May this year", "last summer", "this spring" (not winter: it straddles two years)
_MONTH_REL = re.compile(rf"\b(?:(?i:last|this|past)\s+({_M})(?![a-z])|({_M})(?![a-z])\s+(?:of\s+)?"
                        rf"(?i:(last|this)\s+year))\b")
_SEASON_REL = re.compile(r"\b(last|this|past)\s+(spring|summer|autumn|fall)\b", re.I)
#: the last month of each season
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
#: (not four digits of a longer number: "military unit 19612", "No. 20115")
_YEAR = re.compile(rf"(?<![\d./])({_Y})(?!\d|\.\d|\s*(?:years?|km|people|men)\b)")
_SEASON = re.compile(rf"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?({_Y})\b", re.I)
_REL = re.compile(r"\b(yesterday|the\s+day\s+before\s+yesterday|last\s+week|last\s+month|"
                  r"last\s+year|(?:earlier\s+|late\s+|early\s+)?this\s+(?:month|year)|"
                  r"(?:at\s+the\s+(?:start|beginning|end)\s+of|in\s+the\s+middle\s+of)\s+"
                  r"(?:the|this|last)\s+month)\b", re.I)
#: a day of the month of publication or the one before: "on the 3rd of this month", "the
#: twenty-third of last month"
_DAY_OF_MONTH = re.compile(rf"\b(?:(?i:the)\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)|((?i:{_ORD})))\s+"
                           r"(?i:of\s+(this|last|the\s+current|the\s+previous|the\s+same)\s+"
                           r"month)\b")
WEEKDAYS = tuple(stems[0] for stems in WEEKDAY_STEMS["en"])
_AGO = re.compile(r"\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(day|week|month|year)s?\s+ago\b", re.I)
#: a weekday told as the day of an event ("on Tuesday", "last Friday", "next Monday", "On
#: Saturday, …" opening a sentence); not
#: the day something was said ("the ministry said on Tuesday") nor "Friday's exchange"
_WEEKDAY = re.compile(r"\b((?i:on|last|next|this|since|until|by))\s+(?:(?i:(?:the\s+)?(?:morning|"
                      r"night|evening|afternoon)\s+of)\s+)?(" + "|".join(
                          w.capitalize() for w in WEEKDAYS) + r")\b(?!['’]s)")
#: "Kenyan officials on Wednesday released …", "a court on Tuesday sentenced …": a weekday
#: before the verb of its sentence is the day of the news
_NEWS_VERB = re.compile(r"\s+(?!(?:in|at|near|and|after|before|when|while|morning|night|evening|"
                        r"afternoon|outside|during|as|by|with|from|on|to|of|for|the|a|an|but)\b)"
                        r"[a-z]+(?:ed|s)\b")
_SAID = re.compile(r"\b(?:said|says|told|announced|reported|stated|wrote|added|confirmed|"
                   r"according|statement|posted|tweeted)\s*(?:\w+\s+)?$", re.I)
#: words that announce an event: a day after publication is this year's
_FUTURE = re.compile(r"\b(?:will|to\s+be\s+held|is\s+due|are\s+due|scheduled|planned|"
                     r"take\s+place|farewell|funeral|memorial|burial|be\s+buried|"
                     # an invitation: "Everyone is invited to say goodbye to … on 2 October"
                     r"invited|invite|say\s+goodbye|bid\s+farewell|can\s+pay|"
                     r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)\b",
                     re.I)
_ANNOUNCED_DAYS = 21
_DASH = re.compile(r"\s*(?:[-–—]{1,2}|to)\s*$")
_UPDATED = re.compile(r"\b(?:(?:last\s+)?updated(?:\s+on)?|(?:current\s+|correct\s+)?as\s+of|"
                      r"as\s+at)\s*[:(]?\s*$", re.I)


@dataclass(frozen=True)
class EnDate:
    value: str
    precision: DatePrecision
    start: int
    end: int
    kind: str = "date"  # date, weekday ("on Tuesday"), range_birth, range_death, same_time
    relative: bool = False


def _day_of_month(m: re.Match[str], published: date) -> date | None:
    """The day "the 3rd of this month" or "the 23rd of last month" names."""
    day = int(m.group(1)) if m.group(1) else ORDINALS[" ".join(m.group(2).lower().split())]
    first = published.replace(day=1)
    if m.group(3).lower() in ("last", "the previous"):
        first = (first - timedelta(days=1)).replace(day=1)
    try:
        return first.replace(day=day)
    except ValueError:
        return None


def month_like(word: str) -> bool:
    """A month's name or abbreviation, not a day in figures or words."""
    return not word[0].isdigit() and word.lower() not in ORDINALS


def month_no(name: str) -> int:
    low = name.lower().strip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(low[:3]))


def _format(y: int, mo: int | None, d: int | None) -> tuple[str, DatePrecision] | None:
    try:
        if d and mo:
            return date(y, mo, d).isoformat(), DatePrecision.DAY
    except ValueError:
        return None
    if mo:
        return (f"{y:04d}-{mo:02d}", DatePrecision.MONTH) if 1 <= mo <= 12 else None
    return f"{y:04d}", DatePrecision.YEAR


def find_dates(text: str, published: date | None) -> list[EnDate]:
    """Every date in ``text``, in order; the longest reading of a place wins."""
    found: list[EnDate] = []
    taken: list[tuple[int, int]] = []

    def add(y: int | None, mo: int | None, d: int | None, s: int, e: int,
            relative: bool = False, kind: str = "date") -> None:
        if y is None or any(a < e and s < b for a, b in taken):
            return
        got = _format(y, mo, d)
        if got is None:
            return
        value, prec = got
        if published and value > published.isoformat()[: len(value)] and not (
                relative and d and date.fromisoformat(value) <= published + timedelta(
                    days=_ANNOUNCED_DAYS)):
            return
        taken.append((s, e))
        found.append(EnDate(value, prec, s, e, kind, relative))

    def year_for(mo: int, d: int, start: int) -> int | None:
        """The latest such day not after publication — or, for an announced event (a
        farewell "on 3 January" published on 30 December), the one just after it."""
        if not published:
            return None
        near = text[max(0, start - 80) : start + 80]
        if _FUTURE.search(near):
            for y in (published.year, published.year + 1):
                ahead = (date(y, mo, min(d, 28)) - published).days
                if 0 < ahead <= _ANNOUNCED_DAYS:
                    return y
        y = published.year
        return y - 1 if date(y, mo, min(d, 28)) > published else y

    for m in _NUM_DMY.finditer(text):
        add(int(m.group(3)), int(m.group(2)), int(m.group(1)), m.start(), m.end())
    for m in (*_MDY.finditer(text), *_DMY.finditer(text)):
        g = [x for x in m.groups() if x is not None]
        mo_name, day_word, year = (g[0], g[1], g[2:]) if month_like(g[0]) else (g[1], g[0], g[2:])
        mo = month_no(mo_name)
        day = int(day_word) if day_word.isdigit() else ORDINALS[day_word.lower()]
        if not 1 <= day <= 31 or _LIST_NUMBER.match(text, m.start()) or (
                _LINE_END.match(text, m.start())
                and _MONTH_ALONE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "deaths confirmed 21–27 August\n1. PETROV …": an item's number
        y = int(year[0]) if year else year_for(mo, day, m.start())
        add(y, mo, day, m.start(), m.end(), relative=not year)
    for m in _MY.finditer(text):
        add(int(m.group(2)), month_no(m.group(1)), None, m.start(), m.end())
    for m in _NUM_MY.finditer(text):
        add(int(m.group(2)), int(m.group(1)), None, m.start(), m.end())
    for m in _SEASON.finditer(text):
        add(int(m.group(1)), None, None, m.start(), m.end())
    if published:
        for m in _MONTH_REL.finditer(text):
            mo = month_no(m.group(1) or m.group(2))
            if m.group(3):  # "March of last year", "in May this year"
                y = published.year - (m.group(3).lower() == "last")
            elif m.group(0).lower().startswith("this"):
                y = published.year
            else:  # "last November": the latest one before the month of publication
                y = published.year if mo < published.month else published.year - 1
            add(y, mo, None, m.start(), m.end(), relative=True)
        for m in _SEASON_REL.finditer(text):
            end = _SEASON_END[m.group(2).lower()]
            y = published.year
            if m.group(1).lower() != "this" and end >= published.month:
                y -= 1  # "last summer" told in May: the summer of the year before
            add(y, None, None, m.start(), m.end(), relative=True)
        for m in _BARE_MONTH.finditer(text):
            mo = month_no(m.group(1))
            y = published.year if mo <= published.month else published.year - 1
            add(y, mo, None, m.start(1), m.end(1), relative=True)
    for m in _YEAR.finditer(text):
        add(int(m.group(1)), None, None, m.start(), m.end())
    if published:
        for m in _DAY_OF_MONTH.finditer(text):
            when = _day_of_month(m, published)
            if when is not None:
                add(when.year, when.month, when.day, m.start(), m.end(), True)
        for m in _REL.finditer(text):
            w = " ".join(m.group(1).lower().split())
            if w == "yesterday":
                d = published - timedelta(days=1)
                add(d.year, d.month, d.day, m.start(), m.end(), True)
            elif w.startswith("the day"):
                d = published - timedelta(days=2)
                add(d.year, d.month, d.day, m.start(), m.end(), True)
            elif w == "last week":
                d = published - timedelta(days=published.weekday() + 4)
                add(d.year, d.month, None, m.start(), m.end(), True)
            elif w.endswith("last month"):  # "at the end of last month"
                d = published.replace(day=1) - timedelta(days=1)
                add(d.year, d.month, None, m.start(), m.end(), True)
            elif w == "last year":
                add(published.year - 1, None, None, m.start(), m.end(), True)
            elif w.endswith("month"):
                add(published.year, published.month, None, m.start(), m.end(), True)
            else:
                add(published.year, None, None, m.start(), m.end(), True)
        for m in _AGO.finditer(text):  # "two weeks ago": at the precision of its unit
            n = _count(m.group(1))
            unit = m.group(2).lower()
            if n is None:
                continue
            if unit == "day":
                when = published - timedelta(days=n)
                add(when.year, when.month, when.day, m.start(), m.end(), True)
            elif unit in ("week", "month"):
                when = published - timedelta(days=7 * n if unit == "week" else 30 * n)
                add(when.year, when.month, None, m.start(), m.end(), True)
            else:
                add(published.year - n, None, None, m.start(), m.end(), True)
        for m in _WEEKDAY.finditer(text):
            if _SAID.search(text, max(0, m.start() - 30), m.start()) or any(
                    0 <= d.start - m.end() <= 3 for d in found) or _NEWS_VERB.match(text, m.end()):
                continue  # "Farewell on Friday, 13 October": the date itself
            when = _weekday(text, m, published)
            add(when.year, when.month, when.day, m.start(), m.end(), True, "weekday")
    found.sort(key=lambda d: d.start)
    # the day a list or a page was brought up to date is nobody's ("list updated on 20.10.2024",
    # "as of March 3, 2024")
    found = [d for d in found if not _UPDATED.search(text, max(0, d.start - 40), d.start)]
    # (a life's ends are pointed at by no "same day": the ranges first)
    return _same_time(text, _ranges(text, _pointed_back(text, found, published)))


def _pointed_back(text: str, found: list[EnDate], published: date | None) -> list[EnDate]:
    """"The next day", "a day later": the day after the one told last before it
    (day_anaphora); never a day after publication."""
    days = [(d.start, d.end, d.value) for d in found
            if d.precision == DatePrecision.DAY and d.kind in ("date", "weekday")]
    out = list(found)
    for start, end, value in pointed_days(text, days, "en"):
        if published is None or value <= published.isoformat():
            out.append(EnDate(value, DatePrecision.DAY, start, end, relative=True))
    out.sort(key=lambda d: d.start)
    return out


#: a ceremony told in a sentence: "after the ceremony" points at its day ("said goodbye on
#: 12 March … buried straight after the ceremony")
_CEREMONY_TOLD = re.compile(rf"{CEREMONY_EN.pattern}|\b(?:said\s+goodbye|ceremony)\b", re.I)


def _same_time(text: str, found: list[EnDate]) -> list[EnDate]:
    """"The same day", "later that month": the date (or month) told last before it
    (same_time), marked ``same_time``: it dates an event, never a fate."""
    told = [(d.start, d.end, d.value, d.precision) for d in found
            if d.kind in ("date", "weekday")]
    out = list(found)
    for start, end, value, precision in same_times(text, told, "en", _CEREMONY_TOLD, DIED_BEFORE):
        out.append(EnDate(value, precision, start, end, "same_time", relative=True))
    out.sort(key=lambda d: d.start)
    return out


def _count(word: str) -> int | None:
    low = word.lower()
    if low.isdigit():
        return int(low)
    return {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}.get(low)


def _weekday(text: str, m: re.Match[str], published: date) -> date:
    """The day a weekday names (weekdays.weekday_date): the latest one not after publication,
    or — "next Friday", an announced event ("will be held on Friday") — the first one after."""
    wd = WEEKDAYS.index(m.group(2).lower())
    near = text[max(0, m.start() - 80) : m.end() + 40]
    lo, hi = sentence_around(text, m.start(), m.end())
    sentence = text[lo:hi]
    lead = m.group(1).lower()
    way = direction(lead, "en")
    ahead = way == "next" or (lead in ("on", "this") and (
        bool(ANNOUNCE_EN.search(near)) or announced_en(sentence)))
    return weekday_date(published, wd, ahead, last=way == "last")


def _ranges(text: str, found: list[EnDate]) -> list[EnDate]:
    """Mark the two ends of "A – B" (and "(A–B)") as a range."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if len(gap) <= 5 and _DASH.match(gap) and a.value[:4] <= b.value[:4]:
            out[i] = EnDate(a.value, a.precision, a.start, a.end, "range_birth", a.relative)
            out[i + 1] = EnDate(b.value, b.precision, b.start, b.end, "range_death", b.relative)
    return out
