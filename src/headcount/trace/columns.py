"""A case list as it comes: its columns detected, each row checked and put in the
columns the linkage model compares.

Columns are detected as ``headcount dedupe`` detects them
(:func:`headcount.link.dedupe.detect_columns`), with the headers case lists use
besides (``case_no``, ``passport_name``, ``home_district``, ``date_of_departure``,
``recruiter``, ``last_contact``). Columns that are neither compared nor shown are
named in a message and left alone.

Every row gets messages for what could not be read, and is matched on the
rest: no name (not matched), a name in a script other than Latin or Cyrillic
(matched by its romanisation, with a warning), a name that cannot be romanised
(not matched), an unreadable date of birth, an unknown country or region
(ignored).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd

from headcount.ingest.date_reader import read_date
from headcount.link.dedupe import HEADERS, detect_columns
from headcount.link.standardise import Columns
from headcount.names import latin_key
from headcount.reference import find_country, find_region


class TraceInputError(ValueError):
    """A case list that cannot be matched at all (no name column, not a table)."""


#: headers of case lists beside those of :data:`headcount.link.dedupe.HEADERS`
TRACE_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("case_no", "case_id", "case", "case_number", "case_ref", "ref", "reference",
           "file_no", "no", "number", "sn", "s_no"),
    "name": ("passport_name", "name_in_passport", "name_latin", "latin_name", "full_name_latin",
             "names", "name_of_missing_person", "missing_person"),
    "birth_date": ("date_of_birth_dd_mm_yyyy", "birthday", "d_o_b"),
    "citizenship": ("country_of_citizenship", "nation"),
    "region": ("province", "region_of_russia"),
}  # fmt: skip
#: columns shown with a row's results but not compared (what -> headers)
INFO_HEADERS: dict[str, tuple[str, ...]] = {
    "home": ("home_district", "district", "home_town", "hometown", "address", "village",
             "city", "place", "settlement", "town"),
    "departure": ("date_of_departure", "departure_date", "departure", "departed",
                  "left_on", "date_left"),
    "recruiter": ("recruiter", "agency", "recruiting_agency", "agent", "recruited_by"),
    "last_contact": ("last_contact", "date_of_last_contact", "last_contacted",
                     "last_heard", "last_seen"),
}  # fmt: skip
#: scripts the registry holds names in
EXPECTED_SCRIPTS = frozenset({"LATIN", "CYRILLIC"})
MAX_NAME = 200


def _norm(header: str) -> str:
    return re.sub(r"[^\w]+", "_", header.strip().lower()).strip("_")


@dataclass(frozen=True)
class TraceColumns:
    """Which columns of a case list are compared, shown, and left alone."""

    columns: Columns
    info: dict[str, str] = field(default_factory=dict)  # what -> header
    unused: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        parts = {k: v for k, v in self.columns.__dict__.items() if v and k != "extra"}
        return {"compared": parts, "shown": dict(self.info), "unused": list(self.unused)}


def detect(headers: list[str], **named: Any) -> TraceColumns:
    """The columns of a case list; ``named`` (keyword per Columns field) wins.

    Raises TraceInputError when no column holds a name.
    """
    by_norm = {_norm(h): h for h in headers}
    for part, names in TRACE_HEADERS.items():
        own = HEADERS.get(part, ())
        if named.get(part) or any(n in by_norm for n in own):
            continue
        hit = next((by_norm[n] for n in names if n in by_norm), None)
        if hit:
            named[part] = hit
    try:
        cols = detect_columns(headers, **named)
    except KeyError as exc:
        raise TraceInputError(str(exc.args[0])) from None
    cols = replace(cols, extra=(), unit=None, death_date=None, source=None)
    used = {v for k, v in cols.__dict__.items() if isinstance(v, str) and k != "extra"}
    info: dict[str, str] = {}
    for what, names in INFO_HEADERS.items():
        hit = next((by_norm[n] for n in names if n in by_norm and by_norm[n] not in used), None)
        if hit:
            info[what] = hit
            used.add(hit)
    unused = tuple(h for h in headers if h not in used)
    return TraceColumns(cols, info, unused)


@dataclass
class RowInput:
    """One row of a case list, as read: 1-based row number, reference, what it says."""

    row: int
    reference: str | None
    name: str
    info: dict[str, str]
    messages: list[str]
    matchable: bool


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return " ".join(str(value).split())


def scripts(text: str) -> set[str]:
    """The scripts of the letters of ``text`` (LATIN, CYRILLIC, DEVANAGARI, ARABIC, …)."""
    out = set()
    for ch in text:
        if ch.isalpha():
            try:
                out.add(unicodedata.name(ch).split()[0])
            except ValueError:
                out.add("UNKNOWN")
    return out


def _check_name(name: str, messages: list[str]) -> bool:
    """Messages about a name; whether it can be matched."""
    if not name:
        messages.append("no name: the row is not matched")
        return False
    found = scripts(name)
    if not found:
        messages.append("the name has no letters: the row is not matched")
        return False
    latin = latin_key(name)
    odd = sorted(found - EXPECTED_SCRIPTS)
    if odd and not latin.strip():
        messages.append(f"the name is in {', '.join(s.title() for s in odd)} script and could "
                        "not be romanised: the row is not matched")  # fmt: skip
        return False
    if odd:
        messages.append(
            f"the name is in {', '.join(s.title() for s in odd)} script: matched by its "
            f"romanisation {latin!r}; check the candidates with care"
        )
    if {"LATIN", "CYRILLIC"} <= found and any(
        {"LATIN", "CYRILLIC"} <= scripts(word) for word in name.split()
    ):
        messages.append("the name mixes Latin and Cyrillic letters in one word: check it")
    return True


def _birth_date(text: str, this_year: int, messages: list[str]) -> str:
    """A date of birth as ISO of its precision, read by the one date reader (as list
    cells are); an impossible day keeps its year; what cannot be read is ignored."""
    reading = read_date(text)
    year = int(reading.value[:4]) if reading.value else None
    if reading.exact and year is not None and 1900 <= year <= this_year:
        if reading.repaired or reading.uncertain:
            messages.append(f"date of birth {text!r} read as {reading.value}")
        return str(reading.value)
    found = re.findall(r"\d+", text)
    years = [int(n) for n in found if len(n) == 4 and 1900 <= int(n) <= this_year]
    if reading.reason and len(found) == 3 and len(years) == 1:
        messages.append(f"date of birth {text!r} is not a valid date: only the year "
                        f"{years[0]} is used")
        return str(years[0])
    messages.append(f"date of birth {text!r} not understood: ignored")
    return ""


def prepare(df: pd.DataFrame, tc: TraceColumns) -> tuple[pd.DataFrame, list[RowInput]]:
    """(rows in the registry's mention columns, one RowInput per row) of a case list.

    The first frame holds only matchable rows, with ``id`` "q<row>", citizenship
    and region coded as in the registry (ISO codes).
    """
    cols = tc.columns
    this_year = date.today().year
    records = df.to_dict("records")
    rows: list[dict[str, Any]] = []
    inputs: list[RowInput] = []
    for i, rec in enumerate(records, 1):
        messages: list[str] = []
        parts = {p: _text(rec.get(c)) if c else "" for p, c in (
            ("name", cols.name), ("surname", cols.surname), ("given_name", cols.given_name),
            ("patronymic", cols.patronymic))}  # fmt: skip
        name = parts["name"] or " ".join(
            parts[p] for p in ("given_name", "patronymic", "surname") if parts[p]
        )
        if len(name) > MAX_NAME:
            messages.append(f"the name is longer than {MAX_NAME} characters: cut")
            name = name[:MAX_NAME]
            parts = {"name": name, "surname": "", "given_name": "", "patronymic": ""}
        ok = _check_name(name, messages)
        out: dict[str, Any] = {"id": f"q{i}", **parts}
        born = _text(rec.get(cols.birth_date)) if cols.birth_date else ""
        if born:
            born = _birth_date(born, this_year, messages)
        out["birth_date"] = born or None
        year = _text(rec.get(cols.birth_year)) if cols.birth_year else ""
        if year and not (year.isdigit() and 1900 <= int(year) <= this_year):
            messages.append(f"year of birth {year!r} not understood: ignored")
            year = ""
        out["birth_year"] = year or None
        for part, finder, what in (("citizenship", find_country, "country"),
                                   ("region", find_region, "region")):  # fmt: skip
            header = getattr(cols, part)
            value = _text(rec.get(header)) if header else ""
            found = finder(value) if value else None
            if value and found is None:
                messages.append(f"{what} {value!r} not recognised: ignored")
            out[part] = found.code if found is not None else None
        info = {k: _text(rec.get(h)) for k, h in tc.info.items() if _text(rec.get(h))}
        ref = _text(rec.get(cols.id)) if cols.id else ""
        inputs.append(RowInput(i, ref or None, name, info, messages, ok))
        if ok:
            rows.append(out)
    frame = pd.DataFrame(rows, columns=["id", "name", "surname", "given_name", "patronymic",
                                        "birth_date", "birth_year", "citizenship", "region"])
    return frame, inputs


#: how :func:`prepare`'s frame maps onto the standardised columns
PREPARED = Columns(
    id="id", name="name", surname="surname", given_name="given_name", patronymic="patronymic",
    birth_date="birth_date", birth_year="birth_year", region="region", citizenship="citizenship",
)  # fmt: skip


def read_list(path: Any) -> pd.DataFrame:
    """A case list file (CSV, TSV, Excel-exported CSV with a BOM, Parquet, JSON), as text."""
    from pathlib import Path

    from headcount.link.dedupe import read_table

    p = Path(path)
    try:
        if p.suffix.lower() in (".csv", ".tsv", ".tab", ".txt", ""):
            return read_bytes(p.read_bytes(), "\t" if p.suffix.lower() in (".tsv", ".tab") else ",")
        return read_table(p)
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        raise TraceInputError(f"cannot read {p.name} as a table: {exc}") from None


def read_bytes(raw: bytes, sep: str | None = None) -> pd.DataFrame:
    """A CSV given as bytes (UTF-8 with or without BOM, else cp1252), every value as text."""
    import csv
    import io

    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise TraceInputError("the file is neither UTF-8 nor Windows-1252 text")
    if "\x00" in text:
        raise TraceInputError("the file is not a text table (it has NUL bytes)")
    if sep is None:
        try:
            sep = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
        except csv.Error:
            sep = ","
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                         skipinitialspace=True, on_bad_lines="warn")  # fmt: skip
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise TraceInputError(f"cannot read the file as CSV: {exc}") from None
    df.columns = [str(c).strip() for c in df.columns]
    return df


__all__ = [
    "INFO_HEADERS",
    "PREPARED",
    "TRACE_HEADERS",
    "RowInput",
    "TraceColumns",
    "TraceInputError",
    "detect",
    "prepare",
    "read_bytes",
    "read_list",
]
