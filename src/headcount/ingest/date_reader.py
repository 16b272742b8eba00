"""One reader for dates as people write them: in list cells, texts and trace uploads.

:func:`read_date` returns what a cell says and how surely, never a silent guess:

- **precision** — a day, a month (``01.2023``, ``2023-01``, ``??.01.2023``) or a
  year (``2023``, ``хх.хх.2023``). Unknown parts are written as placeholders in
  either script — ``хх``, ``xx``, ``??``, ``00`` — for the day, month or year.
- **uncertain** — ``?``, ``(?)``, ``около``, ``ок.``, ``~``, ``примерно``, ``circa``.
- **bound** — ``до …``, ``не позднее …``, ``before …`` (*before*); ``после …``,
  ``не ранее …``, ``after …`` (*after*); ``между … и …``, ``с … по …``, ``… – …``
  (*between*, with ``until``). A bound is not an exact date.
- **repaired** — typing slips read because only one reading exists: doubled,
  missing or mixed separators (``12..03.2023``, ``12.03-2023``, ``12 03 2023``),
  trailing or leading dots (``12.03.2023.``), day and month run together
  (``1203.2023``, ``12032023``).
- **reason** — why a cell could not be read; the value is then None and the cell
  stays raw. Ambiguous cells (``103.2023``: 1 March or 10 March; ``12.03.23``:
  which century) are not read.

Day-first order (``12.03.2023`` is 12 March) is the order of the lists this
project reads; a source whose formats put the month first (``%m/%d/%Y``) is read
month-first. Why not dateparser: it fills a missing day or month with today's
(a false precision), guesses the order of ambiguous dates silently, knows no
bounds or placeholders, and reads two orders of magnitude slower than a list
needs (a 20,000-row list in well under a second here).

>>> read_date("1203.2023")
DateReading(value='2023-03-12', precision=<DatePrecision.DAY: 'day'>, uncertain=False, \
repaired=True, bound=None, until=None, until_precision=None, reason=None)
>>> read_date("до 05.2023").bound, read_date("около 1990").uncertain
('before', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from headcount.vocab import DatePrecision

YEAR_MIN, YEAR_MAX = 1850, 2100

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "январь января январе янв january jan",
        "февраль февраля феврале фев февр february feb",
        "март марта марте мар march mar",
        "апрель апреля апреле апр april apr",
        "май мая мае may",
        "июнь июня июне июн june jun",
        "июль июля июле июл july jul",
        "август августа августе авг august aug",
        "сентябрь сентября сентябре сен сент september sep sept",
        "октябрь октября октябре окт october oct",
        "ноябрь ноября ноябре ноя нояб november nov",
        "декабрь декабря декабре дек december dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _i

_SPACE = re.compile(r"\s+")
_TIME = re.compile(r"[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$")
_UNCERTAIN_PREFIX = re.compile(
    r"^(?:около|примерно|приблизительно|ориентировочно|предположительно|ок\.?|"
    r"circa|ca\.|c\.|approx\.?|approximately|about|~|≈)\s*"
)
_UNCERTAIN_SUFFIX = re.compile(r"\s*(?:\(\?\)|\(предположительно\)|предположительно)$")
_BETWEEN = (
    re.compile(r"^(?:в период |в промежутке )?(?:между|between)\s+(.+?)\s+(?:и|and)\s+(.+)$"),
    re.compile(r"^(?:с|from)\s+(.+?)\s+(?:по|до|to|until)\s+(.+)$"),
    re.compile(r"^(.+?)\s*(?:–|—|\s-\s)\s*(.+)$"),
    re.compile(r"^((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)$"),
)
_BEFORE = re.compile(
    r"^(?:до|не позднее|не позже|ранее|раньше|before|by|not later than|no later than)\s+(.+)$"
)
_AFTER = re.compile(
    r"^(?:после|не ранее|не раньше|позднее|позже|с|after|since|not earlier than|"
    r"no earlier than)\s+(.+)$"
)
# "начало марта 2023", "конец 2022": the month or year is right at its own precision
_PART_OF = re.compile(
    r"^(?:в\s+)?(?:начало|начале|конец|конце|середина|середине|первая половина|"
    r"вторая половина|early|late|mid|end of|beginning of)[\s-]+"
)
_SEASONS = {"весна": (3, 5), "весной": (3, 5), "лето": (6, 8), "летом": (6, 8),
            "осень": (9, 11), "осенью": (9, 11), "spring": (3, 5), "summer": (6, 8),
            "autumn": (9, 11), "fall": (9, 11)}  # fmt: skip
_SEASON = re.compile(r"^(?:в\s+)?([a-zа-яё]+)\s+(\d{4})(?:\s*(?:г\.?|года|году))?$")
_YEAR_WORDS = re.compile(r"\s*(?:г\.?\s*р\.?|гг?\.?|года|году|год|y\.?)$")
_NAMED = re.compile(r"^(?:(\d{1,2}|[?xх]{1,2})(?:-?го)?[\s.]+)?([a-zа-яё]+)\.?[\s.,]+(\d{4})$")
_NAMED_EN = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")  # March 12, 2023
_PLACEHOLDER = re.compile(r"^[?xх_*]+$")
_GROUP = re.compile(r"[0-9]+|[?xх_*]+")
_SEPARATORS = re.compile(r"[.\-/,\s]+")
_NUMERIC_BODY = re.compile(r"^(?:[0-9]+|[?xх_*]+)(?:[.\-/,\s]+(?:[0-9]+|[?xх_*]+))*$")
_CANONICAL_SEP = frozenset(".-/")
_ISO_HEAD = re.compile(r"^\d{4}-")


@dataclass(frozen=True)
class DateReading:
    """What a written date says. ``value`` is ISO of its precision (the earlier end
    of a *between* bound); ``reason`` says why it is None."""

    value: str | None
    precision: DatePrecision | None
    uncertain: bool = False
    repaired: bool = False
    bound: str | None = None  # before, after, between
    until: str | None = None  # between: the later end
    until_precision: DatePrecision | None = None
    reason: str | None = None

    @property
    def exact(self) -> bool:
        """A date (of its precision), not a bound and not unreadable."""
        return self.value is not None and self.bound is None

    def flags(self) -> dict[str, Any]:
        """The qualifiers worth storing beside the value (empty for a plain date)."""
        out: dict[str, Any] = {}
        if self.uncertain:
            out["uncertain"] = True
        if self.repaired:
            out["repaired"] = True
        if self.bound:
            out["bound"] = self.bound
            out["value"] = self.value
            out["precision"] = self.precision.value if self.precision else None
            if self.until:
                out["until"] = self.until
                out["until_precision"] = (
                    self.until_precision.value if self.until_precision else None
                )
        return out


class _Unreadable(ValueError):
    pass


_Core = tuple[str, DatePrecision, bool]  # ISO, precision, repaired


def _iso(y: int, m: int | None, d: int | None) -> tuple[str, DatePrecision]:
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise _Unreadable(f"year {y} is out of range ({YEAR_MIN}–{YEAR_MAX})")
    if m is None:
        return f"{y:04d}", DatePrecision.YEAR
    if not 1 <= m <= 12:
        raise _Unreadable(f"there is no month {m}")
    if d is None:
        return f"{y:04d}-{m:02d}", DatePrecision.MONTH
    try:
        return date(y, m, d).isoformat(), DatePrecision.DAY
    except ValueError:
        raise _Unreadable(f"there is no day {d} in {y:04d}-{m:02d}") from None


def _part(text: str, what: str) -> int | None:
    """A day or month group: None when a placeholder (хх, xx, ??, 0, 00)."""
    if _PLACEHOLDER.match(text) or (text.isdigit() and int(text) == 0 and len(text) <= 2):
        return None
    if not text.isdigit() or len(text) > 2:
        raise _Unreadable(f"{text!r} is not a {what}")
    return int(text)


def _year(text: str) -> int:
    if _PLACEHOLDER.match(text) or text == "0000":
        raise _Unreadable("the year is unknown")
    if len(text) == 2 and text.isdigit():
        raise _Unreadable("a two-digit year: the century is not known")
    if len(text) != 4 or not text.isdigit():
        raise _Unreadable(f"{text!r} is not a year")
    return int(text)


def _ymd(y: str, m: str, d: str | None) -> tuple[str, DatePrecision]:
    year = _year(y)
    month = _part(m, "month")
    day = _part(d, "day") if d is not None else None
    if month is None:
        day = None  # a day without its month tells nothing
    return _iso(year, month, day)


def _one(candidates: list[tuple[str, str, str | None]], text: str) -> tuple[str, DatePrecision]:
    """The single valid reading of run-together digits, or unreadable."""
    found: dict[str, DatePrecision] = {}
    for y, m, d in candidates:
        try:
            iso, prec = _ymd(y, m, d)
        except _Unreadable:
            continue
        found[iso] = prec
    if len(found) == 1:
        [(iso, prec)] = found.items()
        return iso, prec
    if found:
        raise _Unreadable(f"{text!r} reads as {' or '.join(sorted(found))}: ambiguous")
    raise _Unreadable(f"{text!r} is not a date")


def _split_dm(digits: str) -> list[tuple[str, str]]:
    """Day and month run together: every split into a day and a month."""
    return [(digits[:i], digits[i:]) for i in (1, 2) if 1 <= len(digits) - i <= 2]


def _numeric(text: str, dayfirst: bool) -> _Core:
    body = text
    trailing_dash = False
    repaired = False
    stripped = body.strip(".,/- ")
    if stripped != body:
        tail = body[len(body.rstrip(".,/- ")) :]
        # "2025-09-": an ISO date with its unknown day left blank, as lostarmour writes it
        trailing_dash = tail == "-" and body.startswith(stripped) and bool(_ISO_HEAD.match(body))
        repaired = not trailing_dash
        body = stripped
    if not _NUMERIC_BODY.match(body):
        raise _Unreadable(f"{text!r} is not a date")
    groups = _GROUP.findall(body)
    seps = _SEPARATORS.findall(body)
    if len(seps) != max(len(groups) - 1, 0):
        raise _Unreadable(f"{text!r} is not a date")
    if any(len(s) > 1 or s not in _CANONICAL_SEP for s in seps) or len(set(seps)) > 1:
        repaired = True
    n = len(groups)
    if n == 3:
        a, b, c = groups
        if len(a) == 4:
            return (*_ymd(a, b, c), repaired)
        if len(c) == 4 or len(c) == 2 or _PLACEHOLDER.match(c):
            d, m = (a, b) if dayfirst else (b, a)
            return (*_ymd(c, m, d), repaired)
        raise _Unreadable(f"{text!r} is not a date")
    if n == 2:
        a, b = groups
        if len(a) == 4 and len(b) == 4 and a.isdigit() and b.isdigit():
            cands = [(b, m, d) for d, m in [(a[:2], a[2:])]] + [(a, b[:2], b[2:])]
            if not dayfirst:
                cands = [(b, a[:2], a[2:]), (a, b[:2], b[2:])]
            return (*_one(cands, text), True)
        if len(a) == 4:  # ISO year-month
            if len(b) <= 2:
                return (*_ymd(a, b, None), repaired)
            return (*_one([(a, m, d) for m, d in _split_dm(b)], text), True)
        if len(b) == 4 or (_PLACEHOLDER.match(b) and len(b) >= 2):
            if len(a) <= 2:
                return (*_ymd(b, a, None), repaired)
            pairs = _split_dm(a) if dayfirst else [(d, m) for m, d in _split_dm(a)]
            return (*_one([(b, m, d) for d, m in pairs], text), True)
        if len(b) == 6 and len(a) <= 2:  # 12.032023: month and year run together
            d, m = (a, b[:2]) if dayfirst else (b[:2], a)
            return (*_ymd(b[2:], m, d), True)
        if len(b) == 2:
            raise _Unreadable("a two-digit year: the century is not known")
        raise _Unreadable(f"{text!r} is not a date")
    if n == 1:
        [g] = groups
        if len(g) == 4:
            return (*_ymd(g, "xx", None), repaired)
        if len(g) == 6 and g.isdigit():  # MMYYYY or YYYYMM
            return (*_one([(g[2:], g[:2], None), (g[:4], g[4:], None)], text), True)
        if len(g) == 8 and g.isdigit():  # YYYYMMDD (ISO basic) or DDMMYYYY
            dmy = (g[4:], g[2:4], g[:2]) if dayfirst else (g[4:], g[:2], g[2:4])
            return (*_one([(g[:4], g[4:6], g[6:]), dmy], text), not _basic_iso(g))
        if _PLACEHOLDER.match(g):
            raise _Unreadable("the year is unknown")
    raise _Unreadable(f"{text!r} is not a date")


def _basic_iso(g: str) -> bool:
    try:
        _ymd(g[:4], g[4:6], g[6:])
    except _Unreadable:
        return False
    return True


def _core(text: str, dayfirst: bool) -> _Core:
    text = _TIME.sub("", text).strip()
    text = _YEAR_WORDS.sub("", text).strip()
    if not text:
        raise _Unreadable("no date")
    named = _NAMED.match(text)
    if named and not _PLACEHOLDER.match(named.group(2)):
        day, word, year = named.groups()
        month = MONTHS.get(word)
        if month is None:
            raise _Unreadable(f"{word!r} is not a month")
        return (*_ymd(year, str(month), day), False)
    named = _NAMED_EN.match(text)
    if named and named.group(1) in MONTHS:
        word, day, year = named.groups()
        return (*_ymd(year, str(MONTHS[word]), day), False)
    if any(ch.isalpha() and ch not in "xх" for ch in text):
        raise _Unreadable(f"{text!r} is not a date")
    return _numeric(text, dayfirst)


def _dayfirst(formats: tuple[str, ...]) -> bool:
    """Day before month, unless a declared format puts the month first (%m/%d/%Y).
    Year-first formats (ISO) say nothing about the order of the other kind."""
    for fmt in formats:
        if "%d" in fmt and "%m" in fmt and not fmt.startswith("%Y"):
            return fmt.index("%d") < fmt.index("%m")
    return True


def _strip_uncertainty(text: str) -> tuple[str, bool]:
    uncertain = False
    m = _UNCERTAIN_PREFIX.match(text)
    if m and m.end() < len(text):
        text, uncertain = text[m.end() :], True
    m2 = _UNCERTAIN_SUFFIX.search(text)
    if m2 and m2.start() > 0:
        text, uncertain = text[: m2.start()], True
    # a trailing "?" after a digit or a space marks doubt; after a separator it is a placeholder
    if text.endswith("?"):
        body = text.rstrip("?")
        if len(text) - len(body) == 1 and body and (body[-1].isdigit() or body[-1] == " "):
            text, uncertain = body.rstrip(), True
    return text, uncertain


@lru_cache(maxsize=65536)
def read_date(value: str, formats: tuple[str, ...] = ()) -> DateReading:
    """Read one written date (see the module docstring). Never raises.

    ``formats`` are the strptime formats a source declares; they are tried first
    and set the order of day and month.
    """
    from headcount.ingest.dates import parse_with  # the fast path for declared formats

    text = _SPACE.sub(" ", value).strip()
    if not text:
        return DateReading(None, None, reason="empty")
    for fmt in formats:
        hit = parse_with(text, fmt)
        if hit is not None:
            return DateReading(*hit)
    low = text.casefold()
    dayfirst = _dayfirst(formats)
    low, uncertain = _strip_uncertainty(low)
    low = _PART_OF.sub("", low)
    season = _SEASON.match(low)
    if season and season.group(1) in _SEASONS:
        first, last = _SEASONS[season.group(1)]
        year = season.group(2)
        return DateReading(
            f"{year}-{first:02d}", DatePrecision.MONTH, uncertain, False, "between",
            f"{year}-{last:02d}", DatePrecision.MONTH,
        )  # fmt: skip
    try:
        for pattern in _BETWEEN:
            m = pattern.match(low)
            if m:
                a_iso, a_prec, a_rep = _core(m.group(1), dayfirst)
                b_iso, b_prec, b_rep = _core(m.group(2), dayfirst)
                if b_iso[: len(a_iso)] < a_iso[: len(b_iso)]:
                    raise _Unreadable("the range ends before it begins")
                return DateReading(
                    a_iso, a_prec, uncertain, a_rep or b_rep, "between", b_iso, b_prec
                )
        for bound, pattern in (("before", _BEFORE), ("after", _AFTER)):
            m = pattern.match(low)
            if m:
                iso, prec, rep = _core(m.group(1), dayfirst)
                return DateReading(iso, prec, uncertain, rep, bound)
        iso, prec, rep = _core(low, dayfirst)
        return DateReading(iso, prec, uncertain, rep)
    except _Unreadable as exc:
        return DateReading(None, None, uncertain, reason=str(exc))
