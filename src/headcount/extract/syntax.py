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
from functools import cache, lru_cache
from typing import Any


@dataclass(frozen=True)
class Tree:
    """A parsed sentence: token character spans (absolute) and undirected tree edges."""

    spans: tuple[tuple[int, int], ...]
    edges: tuple[tuple[int, ...], ...]
    #: each token's head (-1 for a root) and its relation to it (UD: nsubj, obl, nmod, …)
    heads: tuple[int, ...] = ()
    rels: tuple[str, ...] = ()

    def tokens(self, start: int, end: int) -> list[int]:
        return [i for i, (s, e) in enumerate(self.spans) if s < end and start < e]

    def span_heads(self, start: int, end: int) -> list[int]:
        """The tokens of a span whose head lies outside it (one for a well-formed phrase)."""
        inside = set(self.tokens(start, end))
        return sorted(i for i in inside if self.heads[i] not in inside)

    def _cost(self, i: int, j: int) -> int:
        """Steps between neighbours i and j: a possessor ("советника Путина": Путин is the
        nmod of the noun) is two steps from the noun, since the noun is someone else."""
        child = i if self.heads and self.heads[i] == j else j
        if self.rels and self.rels[child] == "nmod":
            return 2
        return 1

    def distances(self, sources: list[int]) -> list[int]:
        far = 2 * len(self.spans) + 1
        dist = [far] * len(self.spans)
        queue = deque(sources)
        for s in sources:
            dist[s] = 0
        while queue:
            i = queue.popleft()
            for j in self.edges[i]:
                d = dist[i] + self._cost(i, j)
                if dist[j] > d:
                    dist[j] = d
                    queue.append(j)
        return dist

    def path_up(self, i: int, steps: int) -> list[int]:
        """Token ``i`` and its heads, at most ``steps`` of them."""
        out = [i]
        while self.heads and len(out) <= steps and self.heads[out[-1]] >= 0:
            out.append(self.heads[out[-1]])
        return out


@cache
def _tools() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsSyntaxParser, Segmenter

    return Segmenter(), NewsSyntaxParser(NewsEmbedding())


@lru_cache(maxsize=64)
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
    rels: list[str] = []
    for sent in doc.sents:
        for tok in sent.tokens:
            index[tok.id] = len(spans)
            spans.append((start + tok.start, start + tok.stop))
            heads.append(tok.head_id)
            rels.append(str(tok.rel or ""))
    if not spans:
        return None
    edges: list[set[int]] = [set() for _ in spans]
    head_index: list[int] = []
    for i, head in enumerate(heads):
        j = index.get(head)
        head_index.append(j if j is not None and j != i else -1)
        if j is not None and j != i:
            edges[i].add(j)
            edges[j].add(i)
    return Tree(tuple(spans), tuple(tuple(sorted(e)) for e in edges), tuple(head_index),
                tuple(rels))


def nearest(tree: Tree, fact: tuple[int, int],
            candidates: list[tuple[int, int, int]], role: str = "nsubj") -> int | None:
    """The person (index) of ``candidates`` (start, end, person) fewest tree steps from the
    fact's words, or None when no one is strictly nearest."""
    sources = tree.tokens(*fact)
    if not sources:
        return None
    subject = _subject(tree, sources, candidates, role)
    if subject is not None:
        return subject
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


#: relations that keep a word inside the naming of one person ("ефрейтор Андрей Белов")
_SAME_PERSON = frozenset({"appos", "flat", "flat:name", "flat:foreign"})


def _subject(tree: Tree, sources: list[int], candidates: list[tuple[int, int, int]],
             role: str = "nsubj") -> int | None:
    """The one person who is the grammatical subject (or, with ``role="obj"``, the object) of
    the fact's words ("скончался от ран ефрейтор Андрей Белов", "убил Чжан Инъин"), or None."""
    if not tree.heads:
        return None
    roles = ("nsubj", "nsubj:pass") if role == "nsubj" else (role,)
    subjects = {i for i, h in enumerate(tree.heads) if h in sources and tree.rels[i] in roles}
    found: set[int] = set()
    for s, e, person in candidates:
        for t in tree.tokens(s, e):
            chain = [t]
            while (len(chain) < 4 and tree.rels[chain[-1]] in _SAME_PERSON
                   and tree.heads[chain[-1]] >= 0):
                chain.append(tree.heads[chain[-1]])
            if subjects & set(chain):
                found.add(person)
    return found.pop() if len(found) == 1 else None


def by_role(tree: Tree, fact: tuple[int, int], candidates: list[tuple[int, int, int]],
            role: str) -> int | None:
    """The one person of ``candidates`` that is the ``role`` ("nsubj", "obj") of the fact's
    words, or None."""
    sources = tree.tokens(*fact)
    return _subject(tree, sources, candidates, role) if sources else None


def has_role(tree: Tree, fact: tuple[int, int], role: str) -> bool:
    """The fact's words have a dependent in ``role`` ("nsubj": a subject, named or not)."""
    sources = set(tree.tokens(*fact))
    return any(h in sources and tree.rels[i] == role for i, h in enumerate(tree.heads))


#: relations that open a clause of its own: a subject above it is another clause's ("Мать
#: рассказала, что погиб 5 мая": the date is not the mother's)
_CLAUSE = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "root"})


def told_of(tree: Tree, fact: tuple[int, int],
            candidates: list[tuple[int, int, int]]) -> int | None:
    """The person of ``candidates`` (start, end, person) the fact is told of by the tree, or
    None: the fact stands in that person's own phrase — a modifier or an apposition of the
    name or of the noun the name is set beside ("Губернатор Вячеслав Гладков, 54 года,",
    "сослуживца Олега Кравца, уроженца Омска") — or in a clause whose subject that person is
    ("Его мать Анна Петрова родилась в 1960 году"). A clause whose subject is no one of
    ``candidates`` (a pronoun, a noun) gives None, and so does a clause boundary."""
    sources = tree.tokens(*fact)
    if not sources or not tree.heads:
        return None
    nodes: dict[int, int | None] = {}
    names: set[int] = set()  # the words of the namings themselves
    for s, e, person in candidates:
        names.update(tree.tokens(s, e))
        for t in tree.tokens(s, e):
            chain = [t]
            while (len(chain) < 4 and tree.heads[chain[-1]] >= 0 and (
                    tree.rels[chain[-1]] in _SAME_PERSON or (
                        len(chain) > 1 and tree.rels[chain[-1]] == "conj"))):
                # and the first of the nouns a title is joined to ("Писатель, поэт и
                # журналист Дмитрий Быков")
                chain.append(tree.heads[chain[-1]])
            for node in chain:  # a word two people share is nobody's
                nodes[node] = person if nodes.get(node, person) == person else None
    inside = set(sources)
    named = {nodes[t] for t in sources if t in nodes and t not in names}
    if named:  # the fact's own word is the noun a name is set beside ("младшего сержанта
        # Дениса Орлова"); not a name inside it ("батальон имени Шаймуратова", a town
        # "Ефремов" the tagger took for a surname)
        return named.pop() if len(named) == 1 else None
    owners: set[int | None] = set()
    for head in (t for t in sources if tree.heads[t] not in inside):
        x, owner = tree.heads[head], None
        for _ in range(8):
            if x < 0:
                break
            if x in nodes:
                owner = nodes[x]
                break
            subjects = [i for i, h in enumerate(tree.heads)
                        if h == x and tree.rels[i] in ("nsubj", "nsubj:pass")]
            if subjects:
                owner = nodes.get(subjects[0])
                break
            if tree.rels[x] in _CLAUSE:
                break
            x = tree.heads[x]
        owners.add(owner)
    return owners.pop() if len(owners) == 1 else None
