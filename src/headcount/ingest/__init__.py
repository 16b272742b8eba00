"""Ingest: files of many kinds into documents (and list rows into mentions).

The readers import HTML tooling, so ``ingest`` and ``read_file`` are loaded on
first use; declarations and records are cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from headcount.ingest.records import DocumentRecord, MentionRecord, ReadError
from headcount.ingest.source import Source, SourceError, load_source, parse_source

if TYPE_CHECKING:
    from headcount.ingest.readers import read_file
    from headcount.ingest.run import IngestReport, ingest

__all__ = [
    "DocumentRecord",
    "IngestReport",
    "MentionRecord",
    "ReadError",
    "Source",
    "SourceError",
    "ingest",
    "load_source",
    "parse_source",
    "read_file",
]


def __getattr__(name: str) -> Any:
    if name == "read_file":
        from headcount.ingest.readers import read_file

        return read_file
    if name in ("ingest", "IngestReport"):
        from headcount.ingest import run

        return getattr(run, name)
    raise AttributeError(name)
