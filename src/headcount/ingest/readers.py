"""Choosing a reader for a file, and reading it into document records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from headcount.ingest.html import read_html
from headcount.ingest.jsonl import read_jsonl
from headcount.ingest.lists import read_list
from headcount.ingest.records import DocumentRecord, ReadError
from headcount.ingest.source import Source
from headcount.ingest.telegram import read_telegram
from headcount.ingest.text import read_sidecar, read_text, sidecar_for
from headcount.vocab import DocumentFormat

BY_SUFFIX = {
    ".html": DocumentFormat.HTML,
    ".htm": DocumentFormat.HTML,
    ".txt": DocumentFormat.TEXT,
    ".md": DocumentFormat.TEXT,
    ".jsonl": DocumentFormat.JSONL,
    ".ndjson": DocumentFormat.JSONL,
    ".csv": DocumentFormat.CSV,
    ".tsv": DocumentFormat.CSV,
}
SKIPPED_SUFFIXES = {".yml", ".yaml"}


def detect_format(path: Path, raw: bytes, source: Source) -> DocumentFormat:
    """The source's declared format, else one inferred from the file."""
    if source.format is not None:
        return source.format
    if path.suffix.lower() in BY_SUFFIX:
        return BY_SUFFIX[path.suffix.lower()]
    if path.suffix.lower() == ".json":
        head = raw[:4096].lstrip()
        if path.name == "result.json" or (
            head.startswith(b"{") and b'"messages"' in raw[: 1 << 16]
        ):
            return DocumentFormat.TELEGRAM
        return DocumentFormat.JSON
    raise ReadError(
        f"{path}: cannot tell the format from the name; set `format:` in the source YAML "
        f"({', '.join(f.value for f in DocumentFormat)})"
    )


def walk(paths: list[Path]) -> Iterator[Path]:
    """Files under the given paths, sorted; hidden files and sidecars skipped."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if (
                    child.is_file()
                    and not any(p.startswith(".") for p in rel.parts)
                    and (child.suffix.lower() not in SKIPPED_SUFFIXES)
                ):
                    yield child
        elif path.exists():
            yield path


def read_file(path: Path, raw: bytes, source: Source, origin: str) -> list[DocumentRecord]:
    """All document records of one file (raises ReadError naming the file)."""
    fmt = detect_format(path, raw, source)
    defaults = dict(source.defaults)
    defaults.setdefault("language", source.language)
    if fmt is DocumentFormat.HTML:
        return [read_html(raw, origin, defaults)]
    if fmt is DocumentFormat.TEXT:
        sidecar = sidecar_for(path)
        meta = {**defaults, **(read_sidecar(sidecar) if sidecar else {})}
        return [read_text(raw, origin, meta)]
    if fmt is DocumentFormat.TELEGRAM:
        return list(read_telegram(raw, origin, source.url_template, source.language))
    if fmt is DocumentFormat.JSONL:
        return list(read_jsonl(raw, origin, defaults))
    return [read_list(raw, origin, source, fmt.value)]
