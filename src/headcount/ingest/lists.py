"""Structured person lists (CSV, JSON): each row becomes a mention directly.

Columns are mapped onto mention fields by the source declaration (or a
built-in profile). A mapped column missing from the file is an error; columns
the mapping does not use, and that are not declared in ``ignore``, are
reported and kept verbatim in the mention's ``extra``.

A bad cell never rejects its row, and a bad row never rejects its file: every
row becomes a mention, a cell that cannot be read stays quoted in the evidence
and gives exactly one :class:`CellWarning` (row, column, raw value, reason).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from headcount.ingest.date_reader import read_date
from headcount.ingest.decode import decode
from headcount.ingest.list_names import order_names, read_name
from headcount.ingest.ranks import read_rank
from headcount.ingest.records import CellWarning, DocumentRecord, MentionRecord, ReadError
from headcount.ingest.source import ColumnRule, Source
from headcount.reference import find_country, find_region
from headcount.vocab import DATE_FIELDS, Branch, Channel, Status

#: fields holding a code of a controlled vocabulary
CODED: dict[str, frozenset[str]] = {
    "channel": frozenset(c.value for c in Channel),
    "branch": frozenset(b.value for b in Branch),
    "status": frozenset(s.value for s in Status),
}
EXTRA_CELLS = "_extra_cells"


def parse_csv(text: str, origin: str) -> tuple[list[str], list[dict[str, Any]], list[CellWarning]]:
    """Header, rows, and a warning per row whose cells do not fit the header.

    A short row is padded with empty cells, a long one keeps its extra cells in
    ``_extra_cells``: the row is stored either way.
    """
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ReadError(f"{origin}: the CSV has no header row") from None
    header = [h.strip() for h in header]
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        raise ReadError(f"{origin}: duplicated column names {dupes}")
    rows: list[dict[str, Any]] = []
    problems: list[CellWarning] = []
    width = len(header)
    for lineno, cells in enumerate(reader, start=2):
        if len(cells) == width:
            rows.append(dict(zip(header, cells, strict=True)))
            continue
        if not any(c.strip() for c in cells):
            continue
        row: dict[str, Any] = dict(zip(header, cells, strict=False))
        if len(cells) > width:
            row[EXTRA_CELLS] = cells[width:]
        rows.append(row)
        problems.append(
            CellWarning(
                row=len(rows),
                column=None,
                field=None,
                raw=None,
                reason=f"line {lineno}: {len(cells)} cells, the header has {width}; "
                "the row is kept as far as its cells go",
                kind="row",
            )
        )
    return header, rows, problems


def parse_json(
    text: str, origin: str, records_key: str | None
) -> tuple[list[str], list[dict[str, Any]], list[CellWarning]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{origin}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if isinstance(data, dict):
        key = records_key or next((k for k, v in data.items() if isinstance(v, list)), None)
        if key is None or not isinstance(data.get(key), list):
            raise ReadError(f"{origin}: expected an array of records (or `records:` key)")
        data = data[key]
    if not isinstance(data, list):
        raise ReadError(f"{origin}: expected an array of records")
    header: dict[str, None] = {}
    rows: list[dict[str, Any]] = []
    problems: list[CellWarning] = []
    for i, row in enumerate(data, start=1):
        if isinstance(row, dict):
            header.update(dict.fromkeys(row))
            rows.append(row)
            continue
        rows.append({})
        problems.append(
            CellWarning(
                row=i,
                column=None,
                field=None,
                raw=str(row)[:200],
                reason=f"record {i} is a {type(row).__name__}, not an object: kept empty",
                kind="row",
            )
        )
    return list(header), rows, problems


def _cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def lookup_key(value: str) -> str:
    """A value as lookups compare it: case, ё/е and spacing folded."""
    return " ".join(value.casefold().replace("ё", "е").split())


@dataclass(frozen=True)
class _Cell:
    """What one rule makes of one cell (the same for every row holding that cell)."""

    fields: tuple[tuple[str, Any], ...] = ()  # field values to set
    evidence: bool = False  # quote the cell even when no field is set
    qualifier: dict[str, Any] | None = None
    warning: tuple[str, str] | None = None  # (reason, kind)


_NOTHING = _Cell()
_READ_FIELDS = DATE_FIELDS | set(CODED) | {"age", "rank", "name"}
_MEMO_MAX = 200_000


class _Plan:
    """The column rules of one source, with their lookups folded once per file and
    each distinct cell read once per rule (lists repeat their dates, places and codes)."""

    def __init__(self, rules: Iterable[ColumnRule]) -> None:
        self.rules = tuple(rules)
        self.lookups: list[dict[str, str]] = [
            {lookup_key(k): v for k, v in r.values.items()} for r in self.rules
        ]
        known: dict[str, set[str]] = {}
        for rule, lookup in zip(self.rules, self.lookups, strict=True):
            if rule.column and lookup:
                known.setdefault(rule.column, set()).update(lookup)
        self.known = known  # every value some lookup of the column knows
        self.memo: dict[tuple[int, str], _Cell] = {}
        # rules that copy their cell as it is (ids, URLs, free text): no reading to remember
        plain = [
            not (r.pattern or lookup or r.field in _READ_FIELDS)
            for r, lookup in zip(self.rules, self.lookups, strict=True)
        ]
        # what map_row needs of each rule, unpacked once
        self.steps = tuple(
            (i, r.column, r.field, tuple(r.when.items()), r.value, plain[i])
            for i, r in enumerate(self.rules)
        )

    def cell(self, i: int, raw: str) -> _Cell:
        key = (i, raw)
        hit = self.memo.get(key)
        if hit is None:
            if len(self.memo) > _MEMO_MAX:
                self.memo.clear()
            hit = self.memo[key] = self._read(self.rules[i], self.lookups[i], raw)
        return hit

    def _read(self, rule: ColumnRule, lookup: dict[str, str], raw: str) -> _Cell:
        value: Any = raw
        if rule.pattern:
            m = re.search(rule.pattern, raw)
            value = m.group(1) if m else None
        if value is not None and lookup:
            key = lookup_key(value)
            if key in lookup:
                value = lookup[key] or None
            elif rule.field in CODED:
                if rule.column is not None and key not in self.known.get(rule.column, ()):
                    return _Cell(
                        evidence=True,
                        warning=("not in the source's lookup: unmapped", "unmapped"),
                    )
                return _NOTHING
        if value is None:
            return _NOTHING
        field = rule.field
        if field in DATE_FIELDS:
            reading = read_date(str(value), rule.formats)
            if reading.reason is not None:
                return _Cell(
                    evidence=True,
                    warning=(f"not a date: {reading.reason}; kept as written", "date"),
                )
            values: tuple[tuple[str, Any], ...] = ()
            if reading.bound is None and reading.precision is not None:
                values = ((field, reading.value), (f"{field}_precision", reading.precision.value))
            return _Cell(values, True, reading.flags() or None)
        if field == "age":
            m_age = _AGE.match(str(value))
            number = int(m_age.group(1)) if m_age else None
            if number is None or not 0 <= number < 130:
                return _Cell(
                    evidence=True, warning=("not an age in whole years; kept as written", "age")
                )
            return _Cell(((field, number),), True)
        if field in CODED and value not in CODED[field]:
            allowed = ", ".join(sorted(CODED[field]))
            return _Cell(
                evidence=True, warning=(f"not a code (one of {allowed}); kept as written", "code")
            )
        if field == "rank":
            rank = read_rank(str(value))
            if rank is None:
                return _Cell(
                    ((field, value),),
                    True,
                    warning=("rank not in the vocabulary: unmapped, kept as written", "unmapped"),
                )
            quals = dict(rank.qualifiers) or None
            return _Cell(((field, rank.rank), ("rank_guards", int(rank.guards))), True, quals)
        if field == "name":
            name = read_name(str(value))
            out: list[tuple[str, Any]] = []
            if name.callsign:
                out.append(("callsign", name.callsign))
            if name.name is not None:
                out.append((field, name.name))
            warning = (name.reason, "name") if name.reason else None
            return _Cell(tuple(out), True, warning=warning)
        return _Cell(((field, value),), True)


_AGE = re.compile(r"^(\d{1,3})(?:[.,]0+)?\s*(?:лет|года|год|г\.?|years?|y\.?o\.?)?$", re.I)


def map_row(
    row: dict[str, Any], rules: Iterable[ColumnRule] | _Plan, row_no: int | None = None
) -> MentionRecord:
    """Apply the column rules to one row. Never raises: a cell that cannot be read
    leaves its field empty, stays quoted in the evidence and gives one warning."""
    plan = rules if isinstance(rules, _Plan) else _Plan(rules)
    fields: dict[str, Any] = {}
    evidence: dict[str, dict[str, Any]] = {}
    qualifiers: dict[str, dict[str, Any]] = {}
    warnings: dict[str | None, CellWarning] = {}
    memo, cell_of = plan.memo, plan.cell
    for i, column, field, when, constant, plain in plan.steps:
        if when and not all((row.get(c) == v or _cell_text(row.get(c)) == v) for c, v in when):
            continue
        if column is None:
            raw = constant
            if raw is None:
                continue
            ev: dict[str, Any] = {"constant": raw}
        else:
            cell_value = row.get(column)
            if isinstance(cell_value, str):  # the common case, without a call
                raw = cell_value.strip() or None
            else:
                raw = _cell_text(cell_value)
            if raw is None:
                continue
            ev = {"column": column, "quote": raw}
        if plain:
            fields[field] = raw
            evidence[field] = ev
            continue
        cell = memo.get((i, raw)) or cell_of(i, raw)
        if cell is _NOTHING:
            continue
        for name, value in cell.fields:
            fields[name] = value
        if cell.evidence and (cell.fields or field not in evidence):
            evidence[field] = ev
        if cell.qualifier:
            qualifiers[field] = cell.qualifier
        if cell.warning is not None:
            key = column if column is not None else f"={field}"
            if key not in warnings:  # one warning per cell, however many fields read it
                reason, kind = cell.warning
                warnings[key] = CellWarning(row_no, column, field, raw, reason, kind)
    _code_places(fields, evidence, warnings, row_no)
    if qualifiers:
        fields["qualifiers"] = qualifiers
    return MentionRecord(
        locator="", fields=fields, evidence=evidence, warnings=list(warnings.values())
    )


def _code_places(
    fields: dict[str, Any],
    evidence: dict[str, dict[str, Any]],
    warnings: dict[str | None, CellWarning],
    row_no: int | None,
) -> None:
    """Region and citizenship as ISO codes when the reference tables know the name.

    A region they do not know stays as written. A citizenship must be a country
    (or a contested entity): an occupied region of Ukraine written as one becomes
    the region; anything else leaves the citizenship unknown, quoted, with a warning.
    """
    if "region" in fields:
        region = find_region(str(fields["region"]))
        if region is not None:
            fields["region"] = region.code
            fields["region_occupied"] = int(region.occupied)
    if "citizenship" not in fields:
        return
    raw = str(fields.pop("citizenship"))
    country = find_country(raw)
    if country is not None:
        fields["citizenship"] = country.code
        fields["citizenship_contested"] = int(country.contested)
        return
    column = evidence.get("citizenship", {}).get("column")
    region = find_region(raw)
    if region is not None:
        reason = "a region, not a country: stored as the region, citizenship unknown"
        if "region" not in fields:
            fields["region"] = region.code
            fields["region_occupied"] = int(region.occupied)
            evidence["region"] = evidence["citizenship"]
    else:
        reason = "not a country: citizenship unknown, kept as written"
    key = column if column is not None else "=citizenship"
    warnings.setdefault(key, CellWarning(row_no, column, "citizenship", raw, reason, "place"))


def read_list(raw: bytes, origin: str, source: Source, fmt: str) -> DocumentRecord:
    """A list file into one document whose mentions are its rows: every row, always.

    Cells that cannot be read give warnings (``DocumentRecord.warnings``); only a
    file that cannot be parsed at all, or a mapped column missing from it, fails.
    """
    text = decode(raw, origin)
    if fmt == "csv":
        header, rows, problems = parse_csv(text, origin)
    else:
        header, rows, problems = parse_json(text, origin, source.records)
    if not source.mapping:
        raise ReadError(
            f"{origin}: source {source.name!r} has no column mapping; add `mapping:` or "
            "`profile:` to its YAML"
        )
    columns = set(header)
    for rule in source.mapping:
        needed = ([rule.column] if rule.column else []) + list(rule.when)
        for col in needed:
            if col not in columns:
                raise ReadError(
                    f"{origin}: mapped column {col!r} (field {rule.field}) is missing; "
                    f"the file has columns: {', '.join(header)}"
                )
    used = {r.column for r in source.mapping if r.column} | {
        c for r in source.mapping for c in r.when
    }
    unmapped = [c for c in header if c not in used and c not in source.ignore]
    n = len(rows)
    if source.expect.min_rows is not None and n < source.expect.min_rows:
        raise ReadError(
            f"{origin}: {n} rows, source {source.name!r} expects at least "
            f"{source.expect.min_rows} (expect.min_rows)"
        )
    if source.expect.max_rows is not None and n > source.expect.max_rows:
        raise ReadError(
            f"{origin}: {n} rows, source {source.name!r} expects at most "
            f"{source.expect.max_rows} (expect.max_rows)"
        )
    plan = _Plan(source.mapping)
    mentions: list[MentionRecord] = []
    warnings: list[CellWarning] = list(problems)
    keep = [*unmapped, EXTRA_CELLS]
    for i, row in enumerate(rows, start=1):
        mention = map_row(row, plan, i)
        mention.locator = f"row:{i}"
        mention.extra = {c: row[c] for c in keep if row.get(c) not in (None, "")}
        mentions.append(mention)
        warnings.extend(mention.warnings)
    order_names(mentions)
    warnings.sort(key=lambda w: w.row or 0)
    return DocumentRecord(
        raw=raw,
        format=fmt,
        origin=origin,
        title=None,
        url=source.defaults.get("url"),
        published_at=source.defaults.get("published_at"),
        captured_at=source.defaults.get("captured_at"),
        language=source.language,
        meta={"rows": n, "columns": header, "unmapped_columns": unmapped},
        mentions=mentions,
        warnings=warnings,
    )
