"""What readers produce: documents, and for lists the mentions of their rows.

Readers are pure: bytes and a source declaration in, records out. The store
writes them (see :mod:`headcount.ingest.run`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


class ReadError(ValueError):
    """A file cannot be read. The message names the file (and row or field)."""


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class CellWarning:
    """A cell that could not be read, or was read with a doubt worth a person's look.

    The row is stored all the same; the cell stays verbatim in the mention's
    evidence. ``kind``: date, age, code, unmapped, place, name, row.
    """

    row: int | None  # 1-based data row of the list
    column: str | None
    field: str | None
    raw: str | None
    reason: str
    kind: str

    def message(self, origin: str) -> str:
        where = f"{origin}: row {self.row}" if self.row is not None else origin
        if self.column is not None:
            where += f": column {self.column!r}"
        if self.field is not None:
            where += f" (field {self.field})"
        raw = f" {self.raw!r}" if self.raw is not None else ""
        return f"{where}:{raw} {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "field": self.field,
            "raw": self.raw,
            "reason": self.reason,
            "kind": self.kind,
        }


@dataclass
class MentionRecord:
    """One person as one list row (or one text) describes them.

    ``fields`` holds coded values by mention field name; ``evidence`` holds,
    for each field, what supports it: the quoted cell and its column for list
    rows, the quoted span with start and end offsets for texts.
    """

    locator: str
    fields: dict[str, Any]
    evidence: dict[str, dict[str, Any]]
    extra: dict[str, Any] = field(default_factory=dict)
    warnings: list[CellWarning] = field(default_factory=list)


@dataclass
class DocumentRecord:
    """One document: its raw bytes (archived; their SHA-256 is the id) and metadata."""

    raw: bytes
    format: str
    origin: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published_at: str | None = None
    captured_at: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    mentions: list[MentionRecord] = field(default_factory=list)
    warnings: list[CellWarning] = field(default_factory=list)

    @cached_property
    def id(self) -> str:
        """The SHA-256 of the raw bytes (computed once)."""
        return sha256(self.raw)
