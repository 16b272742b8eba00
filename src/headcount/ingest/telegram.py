"""Telegram Desktop channel exports (``result.json``): one document per post.

A post's archived bytes are its message object as canonical JSON, so a post
edited between two exports becomes a new document and an unchanged one is
recognised. The link is built from the source's ``url_template``
(``https://t.me/<channel>/{id}``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from headcount.ingest.dates import parse_timestamp
from headcount.ingest.decode import decode
from headcount.ingest.records import DocumentRecord, ReadError


def post_text(text: Any) -> str:
    """The plain text of a message's ``text`` (a string or a list of entities)."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in text)
    return ""


def canonical(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def read_telegram(
    raw: bytes, origin: str, url_template: str | None = None, language: str | None = None
) -> Iterator[DocumentRecord]:
    """Posts with text from a channel export; service messages and empty posts are skipped."""
    try:
        data = json.loads(decode(raw, origin))
    except json.JSONDecodeError as exc:
        raise ReadError(f"{origin}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ReadError(f"{origin}: not a Telegram export (no 'messages' list)")
    channel = str(data.get("name") or "")
    for i, message in enumerate(data["messages"]):
        if not isinstance(message, dict):
            raise ReadError(f"{origin}: messages[{i}] is not an object")
        if message.get("type", "message") != "message":
            continue
        text = post_text(message.get("text")).strip()
        if not text:
            continue
        msg_id = message.get("id")
        if msg_id is None:
            raise ReadError(f"{origin}: messages[{i}] has no 'id'")
        date = message.get("date")
        try:
            published = parse_timestamp(str(date)) if date else None
        except ValueError:
            raise ReadError(f"{origin}: messages[{i}].date: {date!r} is not a date") from None
        yield DocumentRecord(
            raw=canonical(message),
            format="telegram",
            origin=f"{origin}#message={msg_id}",
            text=text,
            title=None,
            url=url_template.format(id=msg_id) if url_template else None,
            published_at=published,
            language=language,
            meta={"channel": channel, "message_id": msg_id},
        )
