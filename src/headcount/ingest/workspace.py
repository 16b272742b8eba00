"""The sources a workspace declares, and the paths they name."""

from __future__ import annotations

from pathlib import Path

from headcount.ingest.source import Source, SourceError, load_source
from headcount.settings import Workspace


def source_files(ws: Workspace) -> list[Path]:
    if not ws.sources_dir.is_dir():
        return []
    return sorted(p for p in ws.sources_dir.iterdir() if p.suffix in (".yml", ".yaml"))


def load_sources(ws: Workspace) -> list[Source]:
    """Every source declared in ``sources/``; names must be unique."""
    found: dict[str, Source] = {}
    for path in source_files(ws):
        src = load_source(path)
        if src.name in found:
            raise SourceError(
                f"{path}: source name {src.name!r} is also declared in {found[src.name].origin}"
            )
        found[src.name] = src
    return list(found.values())


def resolve_source(ws: Workspace, ref: str) -> Source:
    """A source by name (``sources/<name>.yml``, or any file declaring that name) or by path."""
    as_path = Path(ref)
    if as_path.suffix in (".yml", ".yaml") and as_path.is_file():
        return load_source(as_path)
    for suffix in (".yml", ".yaml"):
        candidate = ws.sources_dir / f"{ref}{suffix}"
        if candidate.is_file():
            return load_source(candidate)
    for src in load_sources(ws):
        if src.name == ref:
            return src
    known = ", ".join(s.name for s in load_sources(ws)) or "none yet"
    raise SourceError(
        f"no source {ref!r} in {ws.sources_dir} (declared: {known}); write "
        f"sources/{ref}.yml first — see `headcount ingest --help`"
    )


def declared_paths(ws: Workspace, source: Source) -> list[Path]:
    """The ``paths:`` of a source, relative to the workspace root."""
    return [(ws.root / p) for p in source.paths]
