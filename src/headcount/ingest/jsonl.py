"""JSON lines: one document per line.

Each line is an object with the text under ``text`` (or ``body`` /
``content``) and optionally ``url``, ``title``, ``published_at`` (or
``date``), ``captured_at`` and ``language``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from headcount.ingest.dates import parse_timestamp
from headcount.ingest.decode import decode
from headcount.ingest.records import DocumentRecord, ReadError

TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published_at", "date", "published")


def read_jsonl(
    raw: bytes, origin: str, defaults: dict[str, str] | None = None
) -> Iterator[DocumentRecord]:
    defaults = defaults or {}
    body = decode(raw, origin)
    for lineno, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}: line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReadError(f"{where}: invalid JSON: {exc.msg}") from None
        if not isinstance(obj, dict):
            raise ReadError(f"{where}: expected an object")
        text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)), None)
        if not text or not text.strip():
            raise ReadError(f"{where}: no text (one of {', '.join(TEXT_KEYS)})")
        published = next((obj[k] for k in DATE_KEYS if obj.get(k)), None)
        published = published or defaults.get("published_at")
        try:
            published_at = parse_timestamp(str(published)) if published else None
        except ValueError:
            raise ReadError(f"{where}: published_at {published!r} is not a date") from None
        yield DocumentRecord(
            raw=line.encode("utf-8"),
            format="jsonl",
            origin=f"{origin}#line={lineno}",
            text=text.strip(),
            title=obj.get("title") or defaults.get("title"),
            url=obj.get("url") or defaults.get("url"),
            published_at=published_at,
            captured_at=obj.get("captured_at") or defaults.get("captured_at"),
            language=obj.get("language") or defaults.get("language"),
        )
