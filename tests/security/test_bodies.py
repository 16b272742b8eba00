"""Oversized and malformed bodies: refused with a clear 413 (or 4xx) before they are read,
parsed, kept in memory or written to disk; the app stays up."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from headcount.web.limits import DEFAULT, limit_for


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        n = min(size, total - sent)
        sent += n
        yield b"a" * n


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/login", "multipart/form-data; boundary=x"),
        ("/login", "application/x-www-form-urlencoded"),
        ("/api/v1/decisions", "application/json"),
        ("/review/decision", "application/x-www-form-urlencoded"),
        ("/trace", "multipart/form-data; boundary=x"),
        ("/nowhere", "application/octet-stream"),
    ],
)
def test_an_oversized_declared_body_is_refused_unread(
    demo_client: Any, path: str, kind: str
) -> None:
    client = demo_client()
    limit = limit_for("POST", path)
    r = client.post(path, content=b"x" * (limit + 1), headers={"content-type": kind})
    assert r.status_code == 413, (path, r.status_code)
    assert "too large" in r.text
    if path.startswith("/api/"):
        assert r.json()["error"].startswith("The request is too large")
    assert client.get("/api/v1/health").text == "ok"


def test_a_streamed_body_without_length_is_counted(demo_client: Any) -> None:
    client = demo_client()
    r = client.post(
        "/login",
        content=_chunks(50 * limit_for("POST", "/login")),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 413


def test_many_large_fields_are_refused(demo_client: Any) -> None:
    client = demo_client()
    fields = {f"f{i}": "x" * 100_000 for i in range(20)}
    r = client.post("/login", data=fields)
    assert r.status_code == 413


def test_a_trace_list_stays_in_memory(demo_client: Any, monkeypatch: Any) -> None:
    """A 1.5 MB list (over starlette's 1 MB spool) is parsed without a temporary file."""
    made: list[Any] = []
    real = tempfile.SpooledTemporaryFile

    class Watch(real):  # type: ignore[misc,valid-type]
        def rollover(self) -> None:
            made.append(self)
            super().rollover()

    import starlette.formparsers as fp

    monkeypatch.setattr(fp, "SpooledTemporaryFile", Watch)
    rita = demo_client("rita")
    token = rita.get("/api/v1/session").json()["csrf_token"]
    rows = "full_name,dob\n" + "".join(f"Ivan Petrov{i:06d},1990-01-01\n" for i in range(4999))
    body = rows.encode() + b" " * max(0, 1_500_000 - len(rows))
    r = rita.post(
        "/trace",
        files={"file": ("list.csv", body, "text/csv")},
        data={"csrf_token": token},
    )
    assert r.status_code in (200, 422), r.status_code
    assert made == [], "the upload was written to disk"


@pytest.mark.parametrize(
    ("path", "body", "kind"),
    [
        ("/api/v1/decisions", b"{not json", "application/json"),
        ("/api/v1/decisions", b"\xff\xfe\x00", "application/json"),
        ("/api/v1/decisions", b'{"kind": "pair", "left_id": [1,2]}', "application/json"),
        (
            "/login",
            b"--x\r\nContent-Disposition: form-data\r\n\r\n",
            "multipart/form-data; boundary=x",
        ),
        ("/login", b"\x00\x01%%%===&&", "application/x-www-form-urlencoded"),
        ("/trace", b"garbage", "multipart/form-data"),
    ],
)
def test_malformed_bodies_get_a_clear_client_error(
    demo_client: Any, path: str, body: bytes, kind: str
) -> None:
    client = demo_client("rita")
    token = client.get("/api/v1/session").json()["csrf_token"]
    r = client.post(path, content=body, headers={"content-type": kind, "X-CSRF-Token": token})
    assert 400 <= r.status_code < 500, (path, r.status_code, r.text[:200])
    assert "Traceback" not in r.text
    assert client.get("/api/v1/health").text == "ok"


def test_every_limit_is_below_the_in_memory_bound() -> None:
    from headcount.web.limits import IN_MEMORY, LIMITS

    assert DEFAULT <= IN_MEMORY and all(n <= IN_MEMORY for _, _, n in LIMITS)
    assert Path(__file__).exists()
