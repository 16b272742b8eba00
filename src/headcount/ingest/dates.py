"""Dates with their precision, as sources write them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache

from headcount.vocab import DatePrecision


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


def parse_with(text: str, fmt: str) -> tuple[str, DatePrecision] | None:
    """``text`` read by one strptime format: (ISO of its precision, precision), or None."""
    pattern = _fast_pattern(fmt)
    if pattern is None:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            return None
    else:
        m = pattern.match(text)
        if not m:
            return None
        parts = m.groupdict()
        try:
            parsed = date(int(parts["Y"]), int(parts.get("m") or 1), int(parts.get("d") or 1))
        except ValueError:
            return None
    prec = precision_of(fmt)
    return format_partial(parsed, prec), prec


def format_partial(d: date, precision: DatePrecision) -> str:
    """ISO 8601 of reduced precision: 2023, 2023-03 or 2023-03-12."""
    if precision is DatePrecision.YEAR:
        return f"{d.year:04d}"
    if precision is DatePrecision.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def parse_partial(value: str, formats: tuple[str, ...] = ()) -> tuple[str, DatePrecision]:
    """A date as a source writes it: (ISO of its precision, precision).

    Read by :func:`headcount.ingest.date_reader.read_date` (declared ``formats``
    first). Raises ValueError, with the reason, for a cell that is not one exact
    date: unreadable, ambiguous, or a bound ("до 2023").

    >>> parse_partial("10.02.1969", ("%d.%m.%Y",))
    ('1969-02-10', <DatePrecision.DAY: 'day'>)
    >>> parse_partial("2025-09-")
    ('2025-09', <DatePrecision.MONTH: 'month'>)
    >>> parse_partial("??.12.2024", ("%d.%m.%Y",))
    ('2024-12', <DatePrecision.MONTH: 'month'>)
    """
    from headcount.ingest.date_reader import read_date

    reading = read_date(value, tuple(formats))
    if reading.reason is not None:
        raise ValueError(f"{value!r} is not a date: {reading.reason}")
    if reading.bound is not None or reading.value is None or reading.precision is None:
        raise ValueError(f"{value!r} is a bound ({reading.bound}), not a date")
    return reading.value, reading.precision


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
