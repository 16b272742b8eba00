"""Ingest: files of many kinds into documents (and list rows into mentions)."""

from headcount.ingest.readers import read_file
from headcount.ingest.records import DocumentRecord, MentionRecord, ReadError
from headcount.ingest.run import IngestReport, ingest
from headcount.ingest.source import Source, SourceError, load_source, parse_source

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
