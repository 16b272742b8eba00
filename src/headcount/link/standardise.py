"""Standardise people records into the columns the linkage model compares.

One function, :func:`standardise`, takes a table of people (registry mentions,
or any table mapped by :class:`Columns`) and returns one row per record with
script- and order-free name keys, dates split by precision, and coded places.

Name parts come from the record when it has them (extraction writes parts in
the nominative); otherwise the whole name is split by :func:`split_name`.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from headcount.link.fullname import full_name_keys
from headcount.names import (
    latin_key,
    loose_token,
    russian_sorted_keys,
    russian_token,
    script_of,
    sound_keys,
    tokens,
)
from headcount.names.forms import given_forms
from headcount.names.keys import word_russian_keys

#: Cyrillic and Latin endings of patronymics (and the Turkic particles that follow one)
_PATRONYMIC = re.compile(
    r"(ОВИЧ|ЕВИЧ|ЁВИЧ|ЬИЧ|ИЧ|ОВНА|ЕВНА|ИЧНА|ИНИЧНА|OVICH|EVICH|OVNA|EVNA|ICHNA|OGLY|OGLU|UGLI|KYZY)$"
)
#: the second word of a Turkic patronymic ("Ali ogly", "Ali kyzy")
_TURKIC = frozenset({"OGLY", "OGLU", "UGLI", "KYZY", "GYZY"})
#: common surname endings (Russian and other post-Soviet names), in ICAO Latin
_SURNAME = re.compile(
    r"(OV|EV|IN|YN|OVA|EVA|INA|YNA|SKII|SKAIA|SKY|SKAYA|TSKII|ENKO|UK|IUK|CHUK|SHVILI|DZE|IAN|"
    r"YAN|ULIN|OGLU)$"
)
_PARTICLE_WORDS = frozenset({"OGLY", "OGLU", "UGLI", "OGLI", "KYZY", "KIZI", "ULY", "UULU", "GYZY"})

#: names of the standardised columns, for the model and for readers of the output
NAME_COLUMNS = ("name_latin", "name_sorted", "name_key", "name_tokens", "surname_key",
                "given_key", "pair_key", "surname_initial", "given_initial", "surname_latin",
                "given_latin", "given_first", "given_forms", "patronymic_key",
                "patronymic_first", "sound_pair", "sound_pair_ru", "sound_long", "sound_a",
                "sound_b", "part_a", "part_b", "name_ru", "part_ru_a", "part_ru_b",
                "part_wd_a", "part_wd_b")  # fmt: skip
_CYRILLIC_LETTER = "[\u0400-\u04ff]"
#: keys computed over the whole table (see :func:`add_block_keys`)
BLOCK_COLUMNS = ("pair_key_rare", "surname_given_rare", "given_surname_rare", "sound_long_rare",
                 "sound_pair_rare", "sound_pair_ru_rare", "surname_rare", "given_rare",
                 "birth_date_rare", "name_key_rare", "surname_typo_rare")  # fmt: skip
#: the columns holding lists of texts (arrays in the engines' tables)
LIST_COLUMNS = ("name_tokens", "name_ru", "given_forms", "part_ru_a", "part_ru_b")
#: the blocking keys that are lists, each value a key (exploded by the blocking rule)
LIST_BLOCK_COLUMNS = ("surname_typo_rare",)
#: a surname and given name shared by more records than this is blocked on only with a
#: date or a patronymic beside it: without a cap, the pairs of a common name grow with the
#: square of the registry ("Ivanov Aleksandr" thousands of times in a million)
RARE_BLOCK = 100
#: one part of a person alone (a surname, a given name, a birth date) is blocked on only
#: where at most this many records share it: a record whose other parts are missing or
#: misspelt still meets its others, and the pairs stay under ``RARE_SINGLE / 2`` a record
RARE_SINGLE = 20
DATE_COLUMNS = ("birth_date", "birth_ym", "birth_year", "death_date", "death_ym", "death_year",
                "death_day")  # fmt: skip
#: the day a person went missing, was captured or was last heard from (full date, month,
#: day number): the families' appeals and the prisoners' lists date it alike
LOST_COLUMNS = ("lost_date", "lost_ym", "lost_day")


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
    #: when the record was written (a document's publication): an age stated without a
    #: death date dates the birth from it
    reported: str | None = None
    #: the date the person went missing, was captured or was last heard from
    lost: str | None = None
    #: other columns compared by exact match, with term-frequency adjustment
    extra: tuple[str, ...] = field(default_factory=tuple)


#: registry mention columns (extraction's normalised parts preferred when present)
MENTION_COLUMNS = Columns(
    id="id", name="name", surname="surname", given_name="given_name", patronymic="patronymic",
    birth_date="birth_date", death_date="death_date", age="age", region="region",
    citizenship="citizenship", unit="unit", source="source", reported="published_at",
    lost="lost_date",
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
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))


@cache
def _word(word: str) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """A word's Latin tokens, their loose forms, and (a Cyrillic word only) the word
    as Russian writes it: romanisation is letter by letter, so a name's keys are made
    of its words' keys, and words repeat far more often than whole names."""
    toks = _tokens(word)
    return toks, tuple(_loose(t) for t in toks), russian_token(word) if _cyrillic(word) else None


def _full_keys(full: str, russian: bool) -> tuple[Any, ...]:
    """(Latin name, its tokens sorted, loose tokens sorted, loose tokens, Russian keys)."""
    words = [_word(w) for w in full.split()]
    if len(words) == 1:
        toks, loose, ru = words[0]
    else:
        toks = tuple(t for w in words for t in w[0])
        loose = tuple(t for w in words for t in w[1])
    keys: Any = None
    if not russian:
        pass
    elif len(words) == 1 and ru is not None:
        keys = (ru,) if ru else None
    elif all(w[2] is not None for w in words):
        keys = (" ".join(sorted(filter(None, (w[2] for w in words)))),)
        keys = keys if keys[0] else None
    else:
        keys = tuple(sorted({k for k in russian_sorted_keys(full).values() if k})) or None
    return " ".join(toks), " ".join(sorted(toks)), " ".join(sorted(loose)), loose, keys


def _without_patronymic(
    name_sorted: str | None, tokens: Any, patronymic: str | None
) -> tuple[str | None, Any]:
    """The whole name's fuzzy keys (``name_sorted``, ``name_tokens``) without the
    patronymic's token: the patronymic is compared on its own, and a given name and
    patronymic two men share ("Николай Иванович") is no sign that their names agree.
    A name of the patronymic alone keeps it."""
    if not patronymic or not name_sorted:
        return name_sorted, tokens
    kept = [t for t in name_sorted.split() if _loose(t) != patronymic]
    loose = [t for t in tokens if t != patronymic] if tokens is not None else None
    return (" ".join(kept) if kept else name_sorted), (loose if loose else tokens)


@cache
def _cyrillic(word: str) -> bool:
    return script_of(word) == "cyrillic"


@cache
def _loose(token: str) -> str:
    return loose_token(token)


@cache
def _forms(given_latin: str) -> list[str] | None:
    """The loose keys of a given name's forms (Tom, Thomas), one list per distinct name."""
    return list(given_forms(given_latin)) or None


@cache
def _latin(part: str) -> str:
    return latin_key(part)


@cache
def _token_key(part: str) -> str:
    toks = _tokens(part)
    return _loose(toks[0]) if toks else ""


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


def _date_cols(y: int | None, mo: int | None, d: int | None) -> tuple[str | None, str | None]:
    ym = f"{y:04d}-{mo:02d}" if y and mo else None
    full = f"{ym}-{d:02d}" if ym and d else None
    return full, ym


#: a run of digits (any script's) or of letters: "Донецк-2" is "Донецк" and "2"
_PLACE_PARTS = re.compile(r"\d+|[^\W\d_]+")


@cache
def _place(value: str) -> str:
    """A place (or any coded value) in Latin letters with its numbers kept.

    Letters as :func:`latin_key` writes them; each run of digits a token of its own,
    as a number (Arabic-Indic or full-width digits read, leading zeros dropped):
    "Регион 84" is not "Регион 12", "Донецк-2" is "DONETSK 2" however hyphenated,
    "Район №07" is "Район № 7".
    """
    if not value:
        return ""
    out: list[str] = []
    for part in _PLACE_PARTS.findall(unicodedata.normalize("NFKC", value)):
        if part.isdecimal():
            out.append("".join(str(unicodedata.decimal(c)) for c in part).lstrip("0") or "0")
        else:
            out.extend(latin_key(part).split())
    return " ".join(out)


@cache
def _unit(value: str) -> str:
    """A unit in Latin letters with its numbers kept: 'в/ч 32485' is not 'в/ч 77482'."""
    return _place(value)


@cache
def _first_letter(part: str) -> str:
    """The first Latin letter of a name part ('' if none), for initials."""
    toks = _latin(part).split()
    return toks[0][:1] if toks else ""


@cache
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
    birth = (_text(row.get(cols.birth_year)) if cols.birth_year else "",
             _text(row.get(cols.birth_month)) if cols.birth_month else "",
             _text(row.get(cols.birth_day)) if cols.birth_day else "")  # fmt: skip
    values = _record(
        _text(row.get(cols.id)) if cols.id else "",
        _pick(row, cols.name),
        _pick(row, cols.surname, NOMINATIVE_PARTS["surname"]),
        _pick(row, cols.given_name, NOMINATIVE_PARTS["given_name"]),
        _pick(row, cols.patronymic, NOMINATIVE_PARTS["patronymic"]),
        _pick(row, cols.birth_date),
        birth if cols.birth_year else None,
        _pick(row, cols.death_date),
        _text(row.get(cols.age)) if cols.age else "",
        _pick(row, cols.region),
        _pick(row, cols.citizenship),
        _pick(row, cols.unit),
        _pick(row, cols.source),
        _text(row.get(cols.reported)) if cols.reported else "",
        _pick(row, cols.lost),
    )
    out = dict(zip(RECORD_COLUMNS, values, strict=True))
    for col in LIST_COLUMNS:
        out[col] = list(out[col]) if out[col] else None
    for col in cols.extra:
        out[extra_column(col)] = _extra(_text(row.get(col)))
    return out


#: the columns :func:`_record` returns, in its order
RECORD_COLUMNS = ("unique_id", "source", "has_name", *NAME_COLUMNS, *DATE_COLUMNS,
                  "region", "citizenship", "unit", *LOST_COLUMNS)  # fmt: skip


def _name_part(
    surname: str, given: str, patronymic: str, name: str, russian: bool = True
) -> tuple[Any, ...]:
    """The name columns of a record (NAME_COLUMNS' order) and whether it has a name."""
    full, parts = _part_keys(surname, given, patronymic, name)
    name_latin, name_sorted, name_key, loose, ru = (
        _full_keys(full, russian) if full else ("", "", "", (), None)
    )
    ra, wa = _part_texts(parts[PART_COLUMNS.index("part_a")], russian)
    rb, wb = _part_texts(parts[PART_COLUMNS.index("part_b")], russian)
    name_sorted, loose = _without_patronymic(
        name_sorted or None, tuple(loose) or None, parts[PART_COLUMNS.index("patronymic_key")]
    )
    return (bool(name_key), name_latin or None, name_sorted, name_key or None,
            tuple(loose) if loose else None, *parts, ru, ra, rb, wa, wb)  # fmt: skip


@cache
def _part_texts(word: str | None, russian: bool) -> tuple[tuple[str, ...] | None, str | None]:
    """(spellings, one spelling) of a name part to compare it alone: as Russian writes
    it under every convention and its likeliest Russian spelling when the table mixes
    scripts; otherwise its Latin form (fourteen transcriptions a word cost time)."""
    if not word:
        return None, None
    if not russian:
        latin = _latin(word)
        return ((latin,), latin) if latin else (None, None)
    if _cyrillic(word):
        folded = russian_token(word)
        return ((folded,), folded) if folded else (None, None)
    spellings = tuple(sorted({k for k in word_russian_keys(word) if k}))
    return spellings or None, russian_token(word, "wd") or None


#: the columns of :func:`_part_keys`, in NAME_COLUMNS
PART_COLUMNS = NAME_COLUMNS[4 : NAME_COLUMNS.index("name_ru")]


def _part_keys(surname: str, given: str, patronymic: str, name: str) -> tuple[str, tuple[Any, ...]]:
    """The whole name of a record, and its PART_COLUMNS (surname, given name and
    patronymic keys)."""
    if surname or (given and not name):
        full = " ".join(p for p in (surname, given, patronymic) if p)
        if not patronymic:
            given, patronymic = _given_patronymic(given)
        s_lat, g_lat, p_lat = _latin(surname), _latin(given), _latin(patronymic)
        g_init = _is_initial(given)
        p_init = _is_initial(patronymic)
        words = (surname.split()[:1], given.split()[:1])
    elif name:
        full = name
        s_lat, g_lat, p_lat = split_name(name)
        g_init, p_init = len(g_lat) == 1, len(p_lat) == 1
        words = (_originals(name, s_lat), _originals(name, g_lat))
    else:
        full = s_lat = g_lat = p_lat = ""
        g_init = p_init = False
        words = ([], [])
    s_key, g_key = _token_key(s_lat), _token_key(g_lat)
    # an initial is no given name of its own: "Petrov A." meets "Petrov Aleksei" on
    # its own comparison level, never on the given-name key
    p_key = "" if p_init else _token_key(p_lat)
    g_initial = g_key[:1]
    if g_init:
        g_key = ""
    # a surname alone has no pair key: "Petrova" is not "Petrova Anna"
    pair = " ".join(sorted((s_key, g_key))) if s_key and g_key else ""
    return full, (
        s_key or None,
        g_key or None,
        pair or None,
        s_key[:2] or None,  # surname initial: two consonants, Smith/Smyth, not Sokolov
        g_initial or None,
        s_lat or None,
        g_lat or None,
        _first_letter(g_lat) or None,
        None if g_init else _forms(g_lat),
        p_key or None,
        _first_letter(p_lat) or None,
        *_sound_columns([w for w, initial in zip(words, (False, g_init), strict=True)
                         if not initial]),
    )


@cache
def _given_patronymic(given: str) -> tuple[str, str]:
    """A given-name field that holds the patronymic too ("Vitaliy Dmitrievich", as
    Latin-script lists and many forms write it), as (given name, patronymic): compared
    as the given name alone, it met no record that names the patronymic apart."""
    words = given.split()
    last = _latin(words[-1]) if len(words) >= 2 else ""
    if len(words) >= 3 and last in _TURKIC:  # "Ali ogly": two words
        return " ".join(words[:-2]), " ".join(words[-2:])
    if last and _PATRONYMIC.search(last):
        return " ".join(words[:-1]), words[-1]
    return given, ""


def _originals(name: str, latin: str) -> list[str]:
    """The word of ``name`` whose Latin form begins ``latin`` (the word itself if none)."""
    first = latin.split()[:1]
    if not first:
        return []
    return next(([w] for w in name.split() if _tokens(w)[:1] == tuple(first)), first)


def _sound_columns(words: list[list[str]]) -> tuple[str | None, ...]:
    """sound_pair, sound_pair_ru, sound_long, sound_a, sound_b, part_a, part_b of a
    surname's and a given name's first words: each word's sound keys, sorted, so that
    neither the order of the parts nor their script matters; the words themselves in
    the order of their keys (part_a, part_b), to be compared one by one."""
    flat = sorted((sound_keys(w[0], 3)[0], w[0]) for w in words if w)
    short = [sound_keys(w, 2) for _, w in flat]
    long_ = [k for k, _ in flat]
    own = " ".join(sorted(k[0] for k in short)) if short else ""
    ru = " ".join(sorted(k[1] for k in short)) if short else ""
    return (own or None, ru or None, " ".join(long_) or None,
            (long_[0] or None) if long_ else None,
            (long_[-1] or None) if len(long_) > 1 else None,
            flat[0][1] if flat else None, flat[1][1] if len(flat) > 1 else None)  # fmt: skip


def _number(text: str) -> int | None:
    try:
        return int(float(text)) if text else None
    except ValueError:
        return None


def _record(
    uid: str,
    name: str,
    surname: str,
    given: str,
    patronymic: str,
    birth_date: str,
    birth_parts: tuple[str, str, str] | None,
    death_date: str,
    age_text: str,
    region: str,
    citizenship: str,
    unit: str,
    source: str,
    reported: str = "",
    lost: str = "",
) -> tuple[Any, ...]:
    """One record's values in RECORD_COLUMNS' order, from its cleaned texts."""
    has_name, *names = _name_part(surname, given, patronymic, name)
    by, bm, bd = parse_date(birth_date)
    if birth_parts is not None:
        by = by or _number(birth_parts[0])
        bm = bm or _number(birth_parts[1])
        bd = bd or _number(birth_parts[2])
        if by is not None and not 1000 <= by <= 2100:
            by = None
        if bm is not None and not 1 <= bm <= 12:
            bm = bd = None
        if bd is not None and not 1 <= bd <= 31:
            bd = None
    dy, dm, dd = parse_date(death_date)
    age = _number(age_text)
    if by is None and age is not None and 10 <= age <= 100:
        # born in year - age - 1 or year - age: the likelier one by the month of death
        # (of the report when the death is undated: an age in the news is this year's)
        ry, rm = (dy, dm) if dy is not None else parse_date(reported)[:2]
        if ry is not None:
            by = ry - age - (1 if rm is None or rm <= 6 else 0)
    birth_full, birth_ym = _date_cols(by, bm, bd)
    death_full, death_ym = _date_cols(dy, dm, dd)
    death_day = _ordinal(death_full)
    ly, lm, ld = parse_date(lost)
    lost_full, lost_ym = _date_cols(ly, lm, ld)
    return (
        uid,
        source or None,
        has_name,
        *names,
        birth_full,
        birth_ym,
        by,
        death_full,
        death_ym,
        dy,
        death_day,
        _place(region) or None,
        _place(citizenship) or None,
        _unit(unit) or None,
        lost_full,
        lost_ym,
        _ordinal(lost_full),
    )


def _ordinal(full: str | None) -> int | None:
    """The day number of a full ISO date (None without one)."""
    return date.fromisoformat(full).toordinal() if full else None


def _extra(value: str) -> str | None:
    return _place(value).lower() or None


def extra_column(col: str) -> str:
    """The standardised name of an extra column a user compares by exact match."""
    return "x_" + re.sub(r"[^a-z0-9]+", "_", col.lower()).strip("_")


def _texts(df: pd.DataFrame, col: str | None, alternatives: Iterable[str] = ()) -> pd.Series:
    """A column's cleaned texts ('' when empty or absent), as :func:`_text` makes them;
    the first alternative column with a text wins over ``col``."""
    out = _clean(df[col]) if col and col in df.columns else pd.Series([""] * len(df), dtype=object)
    for alt in reversed(tuple(alternatives)):
        if alt in df.columns:
            text = _clean(df[alt])
            out = text.where(text != "", out)
    return out


def _clean(column: pd.Series) -> pd.Series:
    values = column.reset_index(drop=True)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    texts = [u.strip() if type(u) is str else _text(u) for u in np.asarray(uniques, dtype=object)]
    cleaned = np.array([*texts, ""], dtype=object)
    return pd.Series(cleaned[codes], dtype=object)  # code -1 (missing) -> ""


def _by_value(texts: pd.Series, fn: Any) -> list[Any]:
    """``fn`` of every text, computed once per distinct text."""
    codes, uniques = pd.factorize(texts)
    done = [fn(u) for u in uniques]
    return [done[c] for c in codes]


def _numbers(texts: pd.Series) -> pd.Series:
    """Texts as whole numbers (float, NaN when empty or not a number), as :func:`_number`."""
    values = pd.to_numeric(texts.where(texts != ""), errors="coerce").astype("float64")
    return pd.Series(np.trunc(values.to_numpy())).replace([np.inf, -np.inf], np.nan)


def _date_texts(y: pd.Series, m: pd.Series, d: pd.Series) -> tuple[list[Any], list[Any]]:
    """(full date, year-month) texts of year, month and day columns (NaN: unknown)."""
    key = (
        y.fillna(0).astype("int64") * 10000
        + m.fillna(0).astype("int64") * 100
        + d.fillna(0).astype("int64")
    )

    def texts(k: int) -> tuple[str | None, str | None]:
        yy, mm, dd = k // 10000, k // 100 % 100, k % 100
        return _date_cols(yy or None, mm or None, dd or None)

    pairs = _by_value(pd.Series(key), texts)
    return [p[0] for p in pairs], [p[1] for p in pairs]


def standardise(df: pd.DataFrame, cols: Columns = MENTION_COLUMNS) -> pd.DataFrame:
    """The table in the model's columns, one row per input row, in input order.

    Rows without an id get their position as id. Works column by column and
    value by distinct value (names, dates and places repeat across a registry);
    the result equals :func:`standardise_row` applied to every row, except that
    ``name_ru`` is left empty when the table's names are all in one script.
    """
    # millions of small tuples and strings, none of them in a reference cycle: the
    # cyclic collector would only rescan them again and again (a tenth of the time)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _standardise(df, cols)
    finally:
        if enabled:
            gc.enable()


def _standardise(df: pd.DataFrame, cols: Columns) -> pd.DataFrame:
    n = len(df)
    out: dict[str, Any] = {}
    out["unique_id"] = list(_texts(df, cols.id)) if cols.id else [str(i) for i in range(n)]
    out["source"] = [t or None for t in _texts(df, cols.source)]

    # each distinct (surname, given name, patronymic, name) once: the four columns'
    # codes combined into one whole number per row
    columns = [_texts(df, cols.surname, NOMINATIVE_PARTS["surname"]),
               _texts(df, cols.given_name, NOMINATIVE_PARTS["given_name"]),
               _texts(df, cols.patronymic, NOMINATIVE_PARTS["patronymic"]),
               _texts(df, cols.name)]  # fmt: skip
    codes = np.zeros(n, dtype=np.int64)
    distincts = []
    for column in columns:
        part, distinct = pd.factorize(column)
        codes, _ = pd.factorize(codes * len(distinct) + part)
        distincts.append(pd.Series(distinct, dtype=object))
    first = np.zeros(int(codes.max()) + 1 if n else 0, dtype=np.int64)
    first[codes[::-1]] = np.arange(n - 1, -1, -1)  # the first row of each distinct name
    # names as Russian writes them meet across scripts; in a table of one script the
    # loose keys already do that work, and fourteen transcriptions a name cost time
    mixed = any(d.str.contains(_CYRILLIC_LETTER).any() for d in distincts) and any(
        d.str.contains("[A-Za-z]").any() for d in distincts
    )
    rows = [column.to_numpy(dtype=object)[first] for column in columns]
    split = [_part_keys(*four) for four in zip(*rows, strict=True)]
    fulls = [full for full, _ in split]
    parts = pd.DataFrame([keys for _, keys in split], columns=list(PART_COLUMNS))
    # whole-name keys: lists made once per distinct name, shared by its rows (never changed)
    whole = full_name_keys(fulls, mixed, _word)
    trimmed = [_without_patronymic(a, b, c) for a, b, c in zip(
        whole["name_sorted"], whole["name_tokens"], parts["patronymic_key"], strict=True)]
    whole["name_sorted"] = [a for a, _ in trimmed]
    whole["name_tokens"] = [b for _, b in trimmed]
    for col, values in whole.items():
        parts[col] = values
    for side in ("a", "b"):  # each part of the name alone, in any order
        texts = [_part_texts(w if isinstance(w, str) else None, mixed)
                 for w in parts[f"part_{side}"]]  # fmt: skip
        parts[f"part_ru_{side}"] = [list(r) if r else None for r, _ in texts]
        parts[f"part_wd_{side}"] = [w for _, w in texts]
    parts["has_name"] = parts["name_key"].notna()
    parts = parts[["has_name", *NAME_COLUMNS]]
    if n:
        parts = parts.iloc[codes].reset_index(drop=True)
    for col in parts.columns:
        out[col] = parts[col].array if n else []  # texts stay in Arrow: no conversion

    def ymd(texts: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
        triples = _by_value(texts, parse_date)
        frame = pd.DataFrame(triples, columns=["y", "m", "d"], dtype="float64")
        return frame["y"], frame["m"], frame["d"]

    by, bm, bd = ymd(_texts(df, cols.birth_date))
    if cols.birth_year:
        by = by.where(by.notna() & (by != 0), _numbers(_texts(df, cols.birth_year)))
        bm = bm.where(bm.notna() & (bm != 0), _numbers(_texts(df, cols.birth_month)))
        bd = bd.where(bd.notna() & (bd != 0), _numbers(_texts(df, cols.birth_day)))
        by = by.mask(~by.between(1000, 2100))
        bad = bm.notna() & ~bm.between(1, 12)
        bm, bd = bm.mask(bad), bd.mask(bad | ~bd.between(1, 31))
    dy, dm, dd = ymd(_texts(df, cols.death_date))
    age = _numbers(_texts(df, cols.age))
    # born in year - age - 1 or year - age: the likelier one by the month of death
    # (of the report when the death is undated: an age in the news is this year's)
    ry, rm, _ = ymd(_texts(df, cols.reported))
    year, month = dy.where(dy.notna(), ry), dm.where(dy.notna(), rm)
    from_age = year - age - (month.isna() | (month <= 6)).astype("float64")
    by = by.where(~(by.isna() & age.between(10, 100) & year.notna()), from_age)
    out["birth_date"], out["birth_ym"] = _date_texts(by, bm, bd)
    out["birth_year"] = by
    out["death_date"], out["death_ym"] = _date_texts(dy, dm, dd)
    out["death_year"] = dy
    out["death_day"] = _by_value(pd.Series(out["death_date"], dtype=object).fillna(""),
                                 lambda t: _ordinal(t or None))
    for col, fn in (("region", _place), ("citizenship", _place), ("unit", _unit)):
        texts = _texts(df, getattr(cols, col))
        out[col] = [v or None for v in _by_value(texts, fn)]
    ly, lm, ld = ymd(_texts(df, cols.lost))
    out["lost_date"], out["lost_ym"] = _date_texts(ly, lm, ld)
    out["lost_day"] = _by_value(pd.Series(out["lost_date"], dtype=object).fillna(""),
                                lambda t: _ordinal(t or None))
    frame = pd.DataFrame({c: out[c] for c in RECORD_COLUMNS})
    frame["has_name"] = frame["has_name"].astype(bool)
    for col in cols.extra:
        frame[extra_column(col)] = _by_value(_texts(df, col), _extra)
    for c in ("birth_year", "death_year", "death_day", "lost_day"):
        frame[c] = pd.to_numeric(frame[c], errors="coerce").astype("Int64")
    return add_block_keys(frame)


def add_block_keys(
    std: pd.DataFrame, cap: int = RARE_BLOCK, single: int = RARE_SINGLE
) -> pd.DataFrame:
    """``std`` with the blocking keys of rare names: each key only where at most
    ``cap`` records share it, a key of one part alone where at most ``single`` do
    (see BLOCK_COLUMNS)."""
    for col, parts, most in (
        ("pair_key_rare", ("pair_key",), cap),
        ("surname_given_rare", ("surname_key", "given_initial"), cap),
        ("given_surname_rare", ("given_key", "surname_initial"), cap),
        ("sound_long_rare", ("sound_long",), cap),
        ("sound_pair_rare", ("sound_pair",), cap),
        ("sound_pair_ru_rare", ("sound_pair_ru",), cap),
        ("surname_rare", ("surname_key",), single),
        ("given_rare", ("given_key",), single),
        ("birth_date_rare", ("birth_date",), single),
        # the whole name, any order: a name of three words split into parts otherwise
        # ("Rai Ram Bahadur" / "Ram Bahadur Rai") shares no pair key
        ("name_key_rare", ("name_key",), cap),
    ):
        key = std[parts[0]].astype(object)
        for part in parts[1:]:
            other = std[part].astype(object)
            joined = key.astype(str) + "|" + other.astype(str)
            key = joined.where(key.notna() & other.notna())
        sizes = key.groupby(key, dropna=True).transform("size")
        std[col] = key.where(sizes <= most)
    std["surname_typo_rare"] = _typo_keys(
        std["surname_key"], std["surname_latin"], std["given_initial"], cap
    )
    return std


#: the sounds of a surname's key: one Cyrillic letter may be two or three Latin ones
_SOUNDS = re.compile(r"SH|CH|ZH|KH|TS|[A-Z0-9]")
#: the key's sounds left out one at a time are its first three (two letters swapped across
#: the second and third sound change the first two): a typo further on leaves the surname's
#: first two sounds right, which other keys block on (given name + those sounds), and every
#: form more costs a pass over the pairs of its block
_TYPO_AT = 3
#: a surname is taken as misspelt only when its Latin form has at least this many letters:
#: two short names one letter apart are more often two names than one misspelt ("Магар" /
#: "Сагар", "Зуев" / "Туев", "Рай" / "Рой")
TYPO_MIN_LETTERS = 6


def _typo_keys(
    surname: pd.Series, latin: pd.Series, initial: pd.Series, cap: int
) -> list[Any]:
    """Per record, the keys that meet a surname misspelt by one letter in its first
    sounds (one letter left out, added, replaced or two swapped: "Боьшаков" /
    "Большаков", "Атонов" / "Антонов"): the surname key and the forms of it with its
    first, second or third sound left out, each with the given name's initial, kept only
    where at most ``cap`` records share it. A
    letter of the key is a sound ("SH" one, as "Ш" is one letter): "Шевчук" /
    "Бевчук" share "VCHK". Surnames shorter than :data:`TYPO_MIN_LETTERS` letters
    have no such keys.

    Two keys one edit apart at their start share a form (a symmetric-deletion
    neighbourhood), so the rule that explodes this list pairs them without comparing
    every two surnames; the other keys all need the first two consonants right."""
    lists: list[Any] = []
    for key, word, first in zip(surname.tolist(), latin.tolist(), initial.tolist(), strict=True):
        if not (isinstance(key, str) and key and isinstance(first, str) and first
                and isinstance(word, str) and len(word) >= TYPO_MIN_LETTERS):
            lists.append(None)
            continue
        sounds = _SOUNDS.findall(key)
        forms = {key}
        if len(sounds) > 1:
            forms.update("".join(sounds[:i] + sounds[i + 1 :]) for i in range(_TYPO_AT))
        lists.append(sorted(f"{form}|{first}" for form in forms))
    counts = Counter(form for forms in lists if forms for form in forms)
    out: list[Any] = []
    for forms in lists:
        kept = [form for form in forms or () if counts[form] <= cap]
        out.append(kept or None)
    return out


__all__ = [
    "BLOCK_COLUMNS",
    "LIST_BLOCK_COLUMNS",
    "LIST_COLUMNS",
    "LOST_COLUMNS",
    "MENTION_COLUMNS",
    "RARE_BLOCK",
    "RARE_SINGLE",
    "Columns",
    "add_block_keys",
    "parse_date",
    "split_name",
    "standardise",
]
