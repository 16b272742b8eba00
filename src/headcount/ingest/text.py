"""Plain text files, with metadata from a sidecar or the source's defaults.

A sidecar sits beside the text: ``note.txt`` takes ``note.txt.yml`` or
``note.yml`` (keys: url, published_at, captured_at, title, language).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from headcount.ingest.dates import parse_timestamp
from headcount.ingest.decode import decode
from headcount.ingest.records import DocumentRecord, ReadError

SIDECAR_KEYS = ("url", "published_at", "captured_at", "title", "language")


def sidecar_for(path: Path) -> Path | None:
    for candidate in (path.with_name(path.name + ".yml"), path.with_suffix(".yml")):
        if candidate.is_file() and candidate != path:
            return candidate
    return None


def read_sidecar(path: Path) -> dict[str, str]:
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ReadError(f"{path}: cannot read sidecar: {exc}") from None
    if not isinstance(data, dict):
        raise ReadError(f"{path}: a sidecar is a YAML mapping of {', '.join(SIDECAR_KEYS)}")
    unknown = set(data) - set(SIDECAR_KEYS)
    if unknown:
        raise ReadError(f"{path}: unknown sidecar keys {sorted(unknown)}")
    return {k: str(v) for k, v in data.items() if v is not None}


def read_text(raw: bytes, origin: str, meta: dict[str, str] | None = None) -> DocumentRecord:
    """One text file into one document; ``meta`` is sidecar over source defaults."""
    meta = meta or {}
    text = decode(raw, origin)
    published = meta.get("published_at")
    try:
        published_at = parse_timestamp(published) if published else None
    except ValueError as exc:
        raise ReadError(f"{origin}: published_at: {exc}") from None
    return DocumentRecord(
        raw=raw,
        format="text",
        origin=origin,
        text=text.strip(),
        title=meta.get("title"),
        url=meta.get("url"),
        published_at=published_at,
        captured_at=meta.get("captured_at"),
        language=meta.get("language"),
    )
