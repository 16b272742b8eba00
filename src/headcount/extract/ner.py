"""natasha / slovnet named-entity recognition, loaded once per process, offline.

The model ships inside the ``natasha`` package (navec embeddings + slovnet NER);
nothing is downloaded. Long texts are tagged in chunks cut at line breaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

#: chunk size handed to the tagger (characters); sentences are never cut
CHUNK_CHARS = 6_000


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    type: str  # PER, LOC, ORG


@cache
def tagger() -> Any:
    """The slovnet NER tagger (natasha's NewsNERTagger), loaded on first use."""
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most about ``size`` characters, cut at line breaks."""
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 3, end)
            if cut < 0:
                cut = text.rfind(". ", start + size // 3, end)
                cut = cut + 1 if cut >= 0 else end
            end = cut
        out.append((start, text[start:end]))
        start = end
    return [(o, p) for o, p in out if p.strip()]


def entities(text: str) -> list[EntitySpan]:
    """PER, LOC and ORG spans of a Russian text."""
    pieces = chunks(text)
    if not pieces:
        return []
    out: list[EntitySpan] = []
    for (offset, _), markup in zip(pieces, tagger().map([p for _, p in pieces]), strict=True):
        out.extend(EntitySpan(offset + s.start, offset + s.stop, s.type) for s in markup.spans)
    return out
