"""Bytes to text: encoding detection and refusal of binary files."""

from __future__ import annotations

import charset_normalizer

from headcount.ingest.records import ReadError

_BOMS = (b"\xef\xbb\xbf",)
_CONTROL = bytes([*range(0, 9), 11, 12, *range(14, 32)])


def looks_binary(raw: bytes) -> bool:
    """True for bytes no text file would hold (NULs, many control bytes)."""
    head = raw[:8192]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    control = len(head) - len(head.translate(None, _CONTROL))
    return control / len(head) > 0.05


def decode(raw: bytes, origin: str) -> str:
    """Decode text bytes: UTF-8 first, then the most likely legacy encoding.

    Raises :class:`ReadError` naming ``origin`` for empty or binary input. NUL
    characters are dropped (no text holds them, and PostgreSQL cannot store them);
    the raw bytes stay untouched in the archive.
    """
    if not raw.strip():
        raise ReadError(f"{origin}: the file is empty")
    if looks_binary(raw):
        raise ReadError(f"{origin}: looks like a binary file, not text")
    if raw.startswith(_BOMS):
        raw = raw[3:]
    try:
        return raw.decode("utf-8").replace("\x00", "")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise ReadError(f"{origin}: cannot determine the text encoding")
    return str(best).replace("\x00", "")
