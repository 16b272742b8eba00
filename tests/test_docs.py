"""Docs cannot drift: every source key and mention field is documented."""

from __future__ import annotations

from pathlib import Path

from headcount.ingest.source import _KNOWN_KEYS, profile_names
from headcount.vocab import MENTION_FIELDS, SourceKind

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_every_source_key_field_kind_and_profile_is_documented() -> None:
    text = (DOCS / "sources.md").read_text("utf-8")
    for key in _KNOWN_KEYS:
        assert f"{key}:" in text, key
    for field in MENTION_FIELDS:
        assert field in text, field
    for kind in SourceKind:
        assert kind.value in text, kind
    for profile in profile_names():
        assert f"`{profile}`" in text, profile
