"""Structured person lists (CSV, JSON): each row becomes a mention directly.

Columns are mapped onto mention fields by the source declaration (or a
built-in profile). A mapped column missing from the file is an error; columns
the mapping does not use, and that are not declared in ``ignore``, are
reported and kept verbatim in the mention's ``extra``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from headcount.ingest.dates import parse_partial
from headcount.ingest.decode import decode
from headcount.ingest.records import DocumentRecord, MentionRecord, ReadError
from headcount.ingest.source import ColumnRule, Source
from headcount.reference import find_country, find_region
from headcount.vocab import DATE_FIELDS, Branch, Channel, Status

#: fields holding a code of a controlled vocabulary
CODED: dict[str, frozenset[str]] = {
    "channel": frozenset(c.value for c in Channel),
    "branch": frozenset(b.value for b in Branch),
    "status": frozenset(s.value for s in Status),
}
MAX_ERRORS_SHOWN = 5


def parse_csv(text: str, origin: str) -> tuple[list[str], list[dict[str, Any]]]:
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
    for lineno, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise ReadError(
                f"{origin}: line {lineno}: {len(cells)} cells, the header has {len(header)}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return header, rows


def parse_json(text: str, origin: str, records_key: str | None) -> tuple[list[str], list[Any]]:
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
    for i, row in enumerate(data):
        if not isinstance(row, dict):
            raise ReadError(f"{origin}: record {i + 1} is not an object")
        header.update(dict.fromkeys(row))
    return list(header), data


def _cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def map_row(row: dict[str, Any], rules: Iterable[ColumnRule], where: str) -> MentionRecord:
    """Apply the column rules to one row. Raises ReadError naming the row and field."""
    fields: dict[str, Any] = {}
    evidence: dict[str, dict[str, Any]] = {}
    for rule in rules:
        if rule.when and any(_cell_text(row.get(c)) != v for c, v in rule.when.items()):
            continue
        if rule.column is None:
            raw, ev = rule.value, {"constant": rule.value}
        else:
            raw = _cell_text(row.get(rule.column))
            ev = {"column": rule.column, "quote": raw}
        if raw is None:
            continue
        value: Any = raw
        if rule.pattern:
            m = re.search(rule.pattern, raw)
            value = m.group(1) if m else None
        if value is not None and rule.values:
            if value in rule.values:
                value = rule.values[value] or None
            elif rule.field in CODED:
                value = None  # unknown to the lookup: stays only in the evidence
        if value is None:
            continue  # nothing coded; the raw file stays in the archive
        ctx = f"{where}: field {rule.field}" + (f" (column {rule.column!r})" if rule.column else "")
        if rule.field in DATE_FIELDS:
            try:
                value, precision = parse_partial(str(value), rule.formats)
            except ValueError as exc:
                raise ReadError(f"{ctx}: {exc}") from None
            fields[f"{rule.field}_precision"] = precision.value
        elif rule.field == "age":
            try:
                number = float(value)
            except ValueError:
                raise ReadError(f"{ctx}: {value!r} is not an age") from None
            if not number.is_integer() or not 0 <= number < 130:
                raise ReadError(f"{ctx}: {value!r} is not an age in whole years")
            value = int(number)
        elif rule.field in CODED and value not in CODED[rule.field]:
            allowed = ", ".join(sorted(CODED[rule.field]))
            raise ReadError(f"{ctx}: {value!r} is not a code; use one of {allowed}")
        fields[rule.field] = value
        evidence[rule.field] = ev
    _code_places(fields)
    return MentionRecord(locator="", fields=fields, evidence=evidence)


def _code_places(fields: dict[str, Any]) -> None:
    """Region and citizenship as ISO codes when the reference tables know the name.

    A name they do not know stays as written; the quoted cell is in the evidence.
    """
    if "region" in fields:
        region = find_region(str(fields["region"]))
        if region is not None:
            fields["region"] = region.code
            fields["region_occupied"] = int(region.occupied)
    if "citizenship" in fields:
        country = find_country(str(fields["citizenship"]))
        if country is not None:
            fields["citizenship"] = country.code
            fields["citizenship_contested"] = int(country.contested)


def read_list(raw: bytes, origin: str, source: Source, fmt: str) -> DocumentRecord:
    """A list file into one document whose mentions are its rows."""
    text = decode(raw, origin)
    if fmt == "csv":
        header, rows = parse_csv(text, origin)
    else:
        header, rows = parse_json(text, origin, source.records)
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
    mentions: list[MentionRecord] = []
    errors: list[str] = []
    for i, row in enumerate(rows, start=1):
        try:
            mention = map_row(row, source.mapping, f"{origin}: row {i}")
        except ReadError as exc:
            errors.append(str(exc))
            continue
        mention.locator = f"row:{i}"
        mention.extra = {c: row[c] for c in unmapped if row.get(c) not in (None, "")}
        mentions.append(mention)
    if errors:
        more = f" (and {len(errors) - MAX_ERRORS_SHOWN} more rows)" if len(errors) > 5 else ""
        raise ReadError("; ".join(errors[:MAX_ERRORS_SHOWN]) + more)
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
    )
