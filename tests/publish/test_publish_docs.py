"""Docs cannot drift: every privacy setting, export format and stats dimension is documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from headcount.privacy import PrivacyRules
from headcount.publish import FORMATS
from headcount.stats import DIMENSIONS

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_privacy_export_and_stats_docs_cover_the_code() -> None:
    privacy = (DOCS / "privacy.md").read_text("utf-8")
    for f in fields(PrivacyRules):
        assert f.name in privacy, f.name
    assert "removed_file" in privacy
    export = (DOCS / "export.md").read_text("utf-8")
    for fmt in FORMATS:
        assert f"`{fmt}`" in export, fmt
    stats = (DOCS / "stats.md").read_text("utf-8")
    for dim in DIMENSIONS:
        assert f"`{dim}`" in stats, dim
