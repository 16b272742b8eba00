"""Which person a fact is about, by natasha/slovnet's dependency tree of the sentence.

"Простились с капитаном Лебедевым и рядовым Козловым, который погиб под Бахмутом":
"капитаном" heads "Лебедевым" (one step), "рядовым" modifies "Козловым" (one step),
"погиб" hangs on "Козловым" through the relative clause. A fact in a sentence that names
several people goes to the person whose words are fewest tree steps from the fact's words;
a tie is left to the caller. The parser ships inside the ``natasha`` package (offline) and
is loaded on first use; only sentences naming two people or more are parsed.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Tree:
    """A parsed sentence: token character spans (absolute) and undirected tree edges."""

    spans: tuple[tuple[int, int], ...]
    edges: tuple[tuple[int, ...], ...]

    def tokens(self, start: int, end: int) -> list[int]:
        return [i for i, (s, e) in enumerate(self.spans) if s < end and start < e]

    def distances(self, sources: list[int]) -> list[int]:
        far = len(self.spans) + 1
        dist = [far] * len(self.spans)
        queue = deque(sources)
        for s in sources:
            dist[s] = 0
        while queue:
            i = queue.popleft()
            for j in self.edges[i]:
                if dist[j] > dist[i] + 1:
                    dist[j] = dist[i] + 1
                    queue.append(j)
        return dist


@cache
def _tools() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsSyntaxParser, Segmenter

    return Segmenter(), NewsSyntaxParser(NewsEmbedding())


def parse(text: str, start: int, end: int) -> Tree | None:
    """The dependency tree of ``text[start:end]`` (one sentence), or None if unparsable."""
    from natasha import Doc

    segmenter, parser = _tools()
    doc = Doc(text[start:end])
    doc.segment(segmenter)
    doc.parse_syntax(parser)
    spans: list[tuple[int, int]] = []
    index: dict[str, int] = {}
    heads: list[str] = []
    for sent in doc.sents:
        for tok in sent.tokens:
            index[tok.id] = len(spans)
            spans.append((start + tok.start, start + tok.stop))
            heads.append(tok.head_id)
    if not spans:
        return None
    edges: list[set[int]] = [set() for _ in spans]
    for i, head in enumerate(heads):
        j = index.get(head)
        if j is not None and j != i:
            edges[i].add(j)
            edges[j].add(i)
    return Tree(tuple(spans), tuple(tuple(sorted(e)) for e in edges))


def nearest(tree: Tree, fact: tuple[int, int],
            candidates: list[tuple[int, int, int]]) -> int | None:
    """The person (index) of ``candidates`` (start, end, person) fewest tree steps from the
    fact's words, or None when no one is strictly nearest."""
    sources = tree.tokens(*fact)
    if not sources:
        return None
    dist = tree.distances(sources)
    best: dict[int, int] = {}
    for s, e, person in candidates:
        toks = tree.tokens(s, e)
        if toks:
            d = min(dist[t] for t in toks)
            best[person] = min(best.get(person, d), d)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
