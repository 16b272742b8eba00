"""Dates with their precision, as sources write them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache

from headcount.vocab import DatePrecision

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?-?$")
# "??.12.2024", "??.??.2024", "00.12.2024": a day or month the source does not know
_UNKNOWN_PARTS = re.compile(r"^(\?\?|00|\d{1,2})[./](\?\?|00|\d{1,2})[./](\d{4})$")


def precision_of(fmt: str) -> DatePrecision:
    """The precision a strptime format gives: day, month or year."""
    if "%d" in fmt or "%j" in fmt:
        return DatePrecision.DAY
    if "%m" in fmt or "%b" in fmt or "%B" in fmt:
        return DatePrecision.MONTH
    return DatePrecision.YEAR


_DIRECTIVES = {"%Y": r"(?P<Y>\d{4})", "%m": r"(?P<m>\d{1,2})", "%d": r"(?P<d>\d{1,2})"}


@lru_cache(maxsize=64)
def _fast_pattern(fmt: str) -> re.Pattern[str] | None:
    """A regex equivalent to a strptime format made of %Y, %m, %d and literals.

    strptime is slow; lists hold tens of thousands of dates in a handful of formats.
    """
    parts = re.split(r"(%.)", fmt)
    out = []
    for part in parts:
        if part.startswith("%"):
            if part not in _DIRECTIVES:
                return None
            out.append(_DIRECTIVES[part])
        else:
            out.append(re.escape(part))
    return re.compile("".join(out) + r"\Z")


def _parse_with(text: str, fmt: str) -> date | None:
    pattern = _fast_pattern(fmt)
    if pattern is None:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            return None
    m = pattern.match(text)
    if not m:
        return None
    parts = m.groupdict()
    try:
        return date(int(parts["Y"]), int(parts.get("m") or 1), int(parts.get("d") or 1))
    except ValueError:
        return None


def format_partial(d: date, precision: DatePrecision) -> str:
    """ISO 8601 of reduced precision: 2023, 2023-03 or 2023-03-12."""
    if precision is DatePrecision.YEAR:
        return f"{d.year:04d}"
    if precision is DatePrecision.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def parse_partial(value: str, formats: tuple[str, ...] = ()) -> tuple[str, DatePrecision]:
    """Parse a date as a source writes it, returning (ISO of its precision, precision).

    With ``formats`` each is tried in turn; without, ISO dates of any precision
    ("2023", "2023-03", "2023-03-12", "2023-03-", a full timestamp) are accepted.

    >>> parse_partial("10.02.1969", ("%d.%m.%Y",))
    ('1969-02-10', <DatePrecision.DAY: 'day'>)
    >>> parse_partial("2025-09-")
    ('2025-09', <DatePrecision.MONTH: 'month'>)
    >>> parse_partial("??.12.2024", ("%d.%m.%Y",))
    ('2024-12', <DatePrecision.MONTH: 'month'>)
    """
    text = value.strip()
    unknown = _UNKNOWN_PARTS.match(text)
    if unknown and ("?" in text or text.startswith("00")):
        day, month, year = unknown.groups()
        if month.isdigit() and month != "00":
            if not 1 <= int(month) <= 12:
                raise ValueError(f"{value!r} has no month {month}")
            return f"{year}-{int(month):02d}", DatePrecision.MONTH
        return year, DatePrecision.YEAR
    for fmt in formats:
        parsed = _parse_with(text, fmt)
        if parsed is None:
            continue
        prec = precision_of(fmt)
        return format_partial(parsed, prec), prec
    m = _ISO_PARTIAL.match(text[:10] if len(text) > 10 and text[10] in "T " else text)
    if m:
        year, month, day = m.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat(), DatePrecision.DAY
            if month:
                date(int(year), int(month), 1)
                return f"{int(year):04d}-{int(month):02d}", DatePrecision.MONTH
            return f"{int(year):04d}", DatePrecision.YEAR
        except ValueError:
            pass
    expected = " or ".join(formats) if formats else "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    raise ValueError(f"{value!r} is not a date in the form {expected}")


def parse_timestamp(value: str) -> str:
    """Normalise a timestamp or date to ISO 8601 (UTC when a zone is given)."""
    text = value.strip()
    if len(text) <= 10:  # a date without a time keeps its own precision
        iso, _ = parse_partial(text)
        return iso
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        iso, _ = parse_partial(text)
        return iso
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
        return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")
    return parsed.isoformat()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
