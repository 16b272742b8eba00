"""A list already ingested is recognised by its bytes, so that it does not find itself."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from headcount.ingest import ingest, parse_source
from headcount.trace.selfmatch import ingested_as


def test_an_ingested_list_is_recognised_by_its_bytes(engine: Engine, tmp_path: Path) -> None:
    listed = tmp_path / "missing.csv"
    listed.write_text("full_name,country\nRam Bahadur Thapa,Nepal\n", "utf-8")
    other = tmp_path / "other.csv"
    other.write_text("full_name,country\nBikram Gurung,Nepal\n", "utf-8")
    src = parse_source(
        {
            "name": "consulate",
            "kind": "family_report",
            "mapping": {"name": "full_name", "citizenship": "country"},
        }
    )
    assert ingested_as(engine, listed) is None
    report = ingest(engine, tmp_path / "archive", src, [listed])
    assert report.ok
    assert ingested_as(engine, listed) == "consulate"
    assert ingested_as(engine, other) is None
