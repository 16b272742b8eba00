"""Standardise people records into the columns the linkage model compares.

One function, :func:`standardise`, takes a table of people (registry mentions,
or any table mapped by :class:`Columns`) and returns one row per record with
script- and order-free name keys, dates split by precision, and coded places.

Name parts come from the record when it has them (extraction writes parts in
the nominative); otherwise the whole name is split by :func:`split_name`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import pandas as pd

from headcount.names import latin_key, loose_token, script_of, tokens

#: Cyrillic and Latin endings of patronymics (and the Turkic particles that follow one)
_PATRONYMIC = re.compile(
    r"(ОВИЧ|ЕВИЧ|ЁВИЧ|ЬИЧ|ИЧ|ОВНА|ЕВНА|ИЧНА|ИНИЧНА|OVICH|EVICH|OVNA|EVNA|ICHNA|OGLY|OGLU|UGLI|KYZY)$"
)
#: common surname endings (Russian and other post-Soviet names), in ICAO Latin
_SURNAME = re.compile(
    r"(OV|EV|IN|YN|OVA|EVA|INA|YNA|SKII|SKAIA|SKY|SKAYA|TSKII|ENKO|UK|IUK|CHUK|SHVILI|DZE|IAN|"
    r"YAN|ULIN|OGLU)$"
)
_PARTICLE_WORDS = frozenset({"OGLY", "OGLU", "UGLI", "OGLI", "KYZY", "KIZI", "ULY", "UULU", "GYZY"})

#: names of the standardised columns, for the model and for readers of the output
NAME_COLUMNS = ("name_latin", "name_sorted", "name_key", "name_tokens", "surname_key",
                "given_key", "pair_key", "surname_initial", "given_initial", "surname_latin",
                "given_latin", "given_first", "patronymic_key",
                "patronymic_first")  # fmt: skip
DATE_COLUMNS = ("birth_date", "birth_ym", "birth_year", "death_date", "death_ym", "death_year",
                "death_day")  # fmt: skip


@dataclass(frozen=True)
class Columns:
    """Which input columns hold which part of a person (None: absent)."""

    id: str | None = None
    name: str | None = None
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    birth_date: str | None = None
    birth_year: str | None = None
    birth_month: str | None = None
    birth_day: str | None = None
    death_date: str | None = None
    age: str | None = None
    region: str | None = None
    citizenship: str | None = None
    unit: str | None = None
    source: str | None = None
    #: other columns compared by exact match, with term-frequency adjustment
    extra: tuple[str, ...] = field(default_factory=tuple)


#: registry mention columns (extraction's normalised parts preferred when present)
MENTION_COLUMNS = Columns(
    id="id", name="name", surname="surname", given_name="given_name", patronymic="patronymic",
    birth_date="birth_date", death_date="death_date", age="age", region="region",
    citizenship="citizenship", unit="unit", source="source",
)  # fmt: skip

#: columns extraction may add with the name parts in the nominative (first found wins)
NOMINATIVE_PARTS = {
    "surname": ("surname_nom", "surname_norm", "surname_nominative"),
    "given_name": ("given_name_nom", "given_name_norm", "given_name_nominative"),
    "patronymic": ("patronymic_nom", "patronymic_norm", "patronymic_nominative"),
}


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value).strip()


@cache
def split_name(name: str) -> tuple[str, str, str]:
    """(surname, given name, patronymic) of a whole name, in Latin (ICAO) letters.

    Lists in Russian write "Surname Given Patronymic"; texts write "Given
    Patronymic Surname"; Latin-script sources write "Given [Middle] Surname".
    A patronymic, or a typical surname ending, decides; otherwise the script's
    usual order is assumed.

    >>> split_name("Иванов Иван Иванович")
    ('IVANOV', 'IVAN', 'IVANOVICH')
    >>> split_name("Ram Bahadur Thapa")
    ('THAPA', 'RAM', '')
    """
    toks = [t for t in latin_key(name).split() if t not in _PARTICLE_WORDS]
    if not toks:
        return "", "", ""
    if len(toks) == 1:
        return toks[0], "", ""
    cyrillic = script_of(name) == "cyrillic"
    if len(toks) >= 3 and _PATRONYMIC.search(toks[2]):
        return toks[0], toks[1], toks[2]
    if len(toks) >= 3 and _PATRONYMIC.search(toks[1]):
        return toks[-1], toks[0], toks[1]
    first_is_surname = bool(_SURNAME.search(toks[0]))
    last_is_surname = bool(_SURNAME.search(toks[-1]))
    if first_is_surname and not last_is_surname:
        return toks[0], toks[1], " ".join(toks[2:])
    if last_is_surname and not first_is_surname:
        return toks[-1], toks[0], " ".join(toks[1:-1])
    if cyrillic:  # list order
        return toks[0], toks[1], " ".join(toks[2:])
    return toks[-1], toks[0], " ".join(toks[1:-1])


@cache
def _name_keys(full: str) -> tuple[str, str, str, tuple[str, ...]]:
    toks = tokens(full)
    loose = tuple(loose_token(t) for t in toks)
    return " ".join(toks), " ".join(sorted(toks)), " ".join(sorted(loose)), loose


@cache
def _token_key(part: str) -> str:
    toks = tokens(part)
    return loose_token(toks[0]) if toks else ""


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


@cache
def parse_date(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date as people write it; parts it lacks are None.

    Accepts ISO of any precision, YYYYMMDD, DD.MM.YYYY and DD/MM/YYYY.
    """
    text = value.strip()
    if not text:
        return None, None, None
    for pattern, order in ((_COMPACT, (0, 1, 2)), (_DOTTED, (2, 1, 0)), (_ISO, (0, 1, 2))):
        m = pattern.match(text)
        if not m:
            continue
        parts = [int(g) if g else None for g in m.groups()]
        y, mo, d = (parts[i] for i in order)
        if y is None or not 1000 <= y <= 2100:
            return None, None, None
        if mo is not None and not 1 <= mo <= 12:
            return y, None, None
        if d is not None and mo is not None:
            try:
                date(y, mo, d)
            except ValueError:
                d = None
        return y, mo, d
    return None, None, None


def _int(value: Any) -> int | None:
    text = _text(value)
    try:
        return int(float(text)) if text else None
    except ValueError:
        return None


def _date_cols(y: int | None, mo: int | None, d: int | None) -> tuple[str | None, str | None]:
    ym = f"{y:04d}-{mo:02d}" if y and mo else None
    full = f"{ym}-{d:02d}" if ym and d else None
    return full, ym


@cache
def _place(value: str) -> str:
    return " ".join(latin_key(value).split()) if value else ""


_UNIT_PARTS = re.compile(r"\d+|[^\W\d_]+")


@cache
def _unit(value: str) -> str:
    """A unit in Latin letters with its numbers kept: 'в/ч 32485' is not 'в/ч 77482'."""
    return " ".join(p if p.isdigit() else latin_key(p) for p in _UNIT_PARTS.findall(value))


def _first_letter(part: str) -> str:
    """The first Latin letter of a name part ('' if none), for initials."""
    toks = latin_key(part).split()
    return toks[0][:1] if toks else ""


def _is_initial(part: str) -> bool:
    """True when a name part is only initials ('А.', 'A', 'А. П.')."""
    toks = [t.strip(".") for t in part.replace(".", ". ").split()]
    toks = [t for t in toks if t]
    return bool(toks) and all(len(t) == 1 for t in toks)


def _pick(row: dict[str, Any], col: str | None, alternatives: Iterable[str] = ()) -> str:
    for c in alternatives:
        if c in row and _text(row[c]):
            return _text(row[c])
    return _text(row.get(col)) if col else ""


def standardise_row(row: dict[str, Any], cols: Columns) -> dict[str, Any]:
    """One record in the model's columns (see the module docstring)."""
    name = _pick(row, cols.name)
    surname = _pick(row, cols.surname, NOMINATIVE_PARTS["surname"])
    given = _pick(row, cols.given_name, NOMINATIVE_PARTS["given_name"])
    patronymic = _pick(row, cols.patronymic, NOMINATIVE_PARTS["patronymic"])
    if surname or (given and not name):
        full = " ".join(p for p in (surname, given, patronymic) if p)
        s_lat, g_lat, p_lat = latin_key(surname), latin_key(given), latin_key(patronymic)
        g_init = _is_initial(given)
        p_init = _is_initial(patronymic)
    elif name:
        full = name
        s_lat, g_lat, p_lat = split_name(name)
        g_init, p_init = len(g_lat) == 1, len(p_lat) == 1
    else:
        full = s_lat = g_lat = p_lat = ""
        g_init = p_init = False
    name_latin, name_sorted, name_key, loose = _name_keys(full) if full else ("", "", "", ())
    s_key, g_key = _token_key(s_lat), _token_key(g_lat)
    # an initial is no given name of its own: "Petrov A." meets "Petrov Aleksei" on
    # its own comparison level, never on the given-name key
    p_key = "" if p_init else _token_key(p_lat)
    g_initial = g_key[:1]
    if g_init:
        g_key = ""
    # a surname alone has no pair key: "Petrova" is not "Petrova Anna"
    pair = " ".join(sorted((s_key, g_key))) if s_key and g_key else ""

    by, bm, bd = parse_date(_pick(row, cols.birth_date))
    if cols.birth_year:
        by = by or _int(row.get(cols.birth_year))
        bm = bm or (_int(row.get(cols.birth_month)) if cols.birth_month else None)
        bd = bd or (_int(row.get(cols.birth_day)) if cols.birth_day else None)
        if bm is not None and not 1 <= bm <= 12:
            bm = bd = None
    dy, dm, dd = parse_date(_pick(row, cols.death_date))
    age = _int(row.get(cols.age)) if cols.age else None
    if by is None and age is not None and dy is not None and 10 <= age <= 100:
        # born in year - age - 1 or year - age: the likelier one by the month of death
        by = dy - age - (1 if dm is None or dm <= 6 else 0)
    birth_full, birth_ym = _date_cols(by, bm, bd)
    death_full, death_ym = _date_cols(dy, dm, dd)
    death_day = date.fromisoformat(death_full).toordinal() if death_full else None

    out: dict[str, Any] = {
        "unique_id": _text(row.get(cols.id)) if cols.id else "",
        "source": _pick(row, cols.source) or None,
        "has_name": bool(name_key),
        "name_latin": name_latin or None,
        "name_sorted": name_sorted or None,
        "name_key": name_key or None,
        "name_tokens": list(loose) if loose else None,
        "surname_key": s_key or None,
        "given_key": g_key or None,
        "pair_key": pair or None,
        "surname_initial": s_key[:2] or None,  # two consonants: Smith/Smyth, not Sokolov
        "given_initial": g_initial or None,
        "surname_latin": s_lat or None,
        "given_latin": g_lat or None,
        "given_first": _first_letter(g_lat) or None,
        "patronymic_key": p_key or None,
        "patronymic_first": _first_letter(p_lat) or None,
        "birth_date": birth_full,
        "birth_ym": birth_ym,
        "birth_year": by,
        "death_date": death_full,
        "death_ym": death_ym,
        "death_year": dy,
        "death_day": death_day,
        "region": _place(_pick(row, cols.region)) or None,
        "citizenship": _place(_pick(row, cols.citizenship)) or None,
        "unit": _unit(_pick(row, cols.unit)) or None,
    }
    for col in cols.extra:
        out[extra_column(col)] = _place(_text(row.get(col))).lower() or None
    return out


def extra_column(col: str) -> str:
    """The standardised name of an extra column a user compares by exact match."""
    return "x_" + re.sub(r"[^a-z0-9]+", "_", col.lower()).strip("_")


def standardise(df: pd.DataFrame, cols: Columns = MENTION_COLUMNS) -> pd.DataFrame:
    """The table in the model's columns, one row per input row, in input order.

    Rows without an id get their position as id.
    """
    records = df.to_dict("records")
    rows = [standardise_row(r, cols) for r in records]
    out = pd.DataFrame(rows)
    if out.empty:
        out = pd.DataFrame(columns=["unique_id", "source", "has_name", *NAME_COLUMNS,
                                    *DATE_COLUMNS, "region", "citizenship", "unit"])  # fmt: skip
    if not cols.id:
        out["unique_id"] = [str(i) for i in range(len(out))]
    for c in ("birth_year", "death_year", "death_day"):
        out[c] = out[c].astype("Int64")
    return out


__all__ = ["MENTION_COLUMNS", "Columns", "parse_date", "split_name", "standardise"]
