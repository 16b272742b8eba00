"""Request bodies are limited per route, before anything reads or parses them.

A pure ASGI middleware: a request whose ``Content-Length`` is over its route's
limit is answered 413 at once, unread; a body sent without a length (chunked)
is counted as it streams, and the request fails with 413 as soon as it passes
the limit. Nothing past the limit is read, parsed, kept in memory or spooled
to disk. The largest limit (a trace list) stays below the size up to which
multipart files are kept in memory, so uploads never touch the disk.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import HTTPException

KIB = 1024
#: every route not listed: forms and API writes are small
DEFAULT = 64 * KIB
#: (method, path pattern, limit in bytes), first match wins
LIMITS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("POST", re.compile(r"^/trace$"), 2_000_000 + 64 * KIB),  # a list up to 2 MB, and the form
    ("POST", re.compile(r"^/login$"), 4 * KIB),
    ("POST", re.compile(r"^/logout$"), 1 * KIB),
    ("POST", re.compile(r"^/account/password$"), 8 * KIB),
    ("POST", re.compile(r"^/admin/users(/[^/]+)?$"), 8 * KIB),
    ("POST", re.compile(r"^/(review/decision|api/v1/decisions|person/[^/]+/grade)$"), 8 * KIB),
    ("GET", re.compile(r"."), 0),
    ("HEAD", re.compile(r"."), 0),
)
#: multipart files up to this size stay in memory (starlette spools larger ones to disk)
IN_MEMORY = max(n for _, _, n in LIMITS)


def limit_for(method: str, path: str) -> int:
    for m, pattern, limit in LIMITS:
        if m == method and pattern.match(path):
            return limit
    return DEFAULT


class TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request is too large: at most {limit:,} bytes here.")


def keep_uploads_in_memory() -> None:
    """Starlette spools multipart files over 1 MB to disk; bodies are bounded above
    by :data:`IN_MEMORY`, so keep every part in memory instead."""
    from starlette.formparsers import MultiPartParser

    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, IN_MEMORY + 1)


class BodyLimit:
    """The ASGI middleware; ``limits``: a function (method, path) -> bytes allowed."""

    def __init__(self, app: Any, limits: Any = limit_for) -> None:
        self.app, self.limits = app, limits

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits(scope["method"], scope["path"])
        length = _content_length(scope)
        if (length is not None and length > limit) or length == -1:
            await _refuse(scope, send, limit)
            return
        seen = 0
        started = False

        async def counted() -> dict[str, Any]:
            nonlocal seen
            message: dict[str, Any] = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(limit)
            return message

        async def watched(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except TooLarge:
            if not started:
                await _refuse(scope, send, limit)


def _content_length(scope: dict[str, Any]) -> int | None:
    """The declared length; -1 when it is malformed (refused like an oversized one)."""
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                n = int(value)
            except ValueError:
                return -1
            return n if n >= 0 else -1
    return None


async def _refuse(scope: dict[str, Any], send: Any, limit: int) -> None:
    message = f"The request is too large: at most {limit:,} bytes here."
    if scope["path"].startswith("/api/"):
        body, kind = json.dumps({"error": message}).encode(), b"application/json"
    else:
        body = (
            "<!doctype html><meta charset=utf-8><title>413</title>"
            f"<h1>Too large</h1><p>{message}</p>"
        ).encode()
        kind = b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
