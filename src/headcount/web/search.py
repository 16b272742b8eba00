"""Search by name in any script and any case form, best matches first.

Each query word becomes a set of loose name tokens: the word itself and, for
Cyrillic words, its nominative forms by pymorphy3 ("Ивана" → "Иван",
"Петровой" → "Петрова", "Петров"). A person matches a word when one of its
name tokens is in that set. Persons matching every word come first; when a
query has several words, persons matching all but one follow. Within those,
exact spellings (after romanisation) and confirmed records rank higher.

The public never reaches rejected records: their keys are kept apart in the index
(:data:`headcount.web.index.HIDDEN`), so a public search reads the token index
alone unless a filter needs a person's fields.

The work a search repeats is cached per app (:class:`SearchCache`): how many index
rows a set of keys has, the count of full matches, and whole result pages for a
few seconds. Every cached value is dropped when any process writes the index
(:func:`headcount.web.index.generation`, read once per search), and after its time
to live.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, exists, func, select

from headcount.names import latin_key, loose_token, plain_text, script_of, tokens
from headcount.names.keys import PARTICLES
from headcount.names.morph import analyzer
from headcount.store import schema as s
from headcount.web import index
from headcount.web.index import pair

RANK_CAP = 300  # full matches ranked in Python; past that, ordered by name in SQL
PARTIAL_ROWS = 100  # candidates for partial matches looked at (five pages of them)
PARTIAL_CAP = 5000  # a word matching more persons than this gives no partial candidates
MAX_WORDS = 6
FILTERS = ("region", "citizenship", "status", "channel", "grade")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=20_000)
def nominatives(word: str) -> tuple[str, ...]:
    """Nominative forms of a Cyrillic word: the lemma and the same-gender nominative."""
    forms = {word.lower()}
    for p in analyzer().parse(word.lower())[:4]:
        forms.add(p.normal_form)
        nom = p.inflect({"nomn", "sing"})
        if nom is not None:
            forms.add(nom.word)
    return tuple(sorted(forms))


@dataclass(frozen=True)
class Word:
    text: str
    loose: frozenset[str]  # tokens that match
    exact: frozenset[str]  # romanised forms that count as an exact spelling


def parse_query(q: str) -> list[Word]:
    return list(_parse(q))


@lru_cache(maxsize=20_000)
def _parse(q: str) -> tuple[Word, ...]:
    words = []
    # as the index reads names (romanisation): a stress mark or an invisible character
    # neither splits a word nor joins two
    for w in _WORD.findall(plain_text(q))[:MAX_WORDS]:
        forms = nominatives(w) if script_of(w) == "cyrillic" else (w,)
        exact = {t for f in forms for t in tokens(f)}
        loose = {loose_token(t)[:31] for t in exact} - {""}
        if loose:
            words.append(Word(w, frozenset(loose), frozenset(exact)))
    return tuple(words)


@dataclass
class Filters:
    region: str | None = None
    citizenship: str | None = None
    status: str | None = None
    channel: str | None = None
    grade: str | None = None
    date_from: str | None = None  # date of death (or of the status) from…
    date_to: str | None = None  # …to, ISO, any precision

    def active(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass
class Hit:
    person_id: str
    name: str | None
    grade: str | None
    status: str | None
    region: str | None
    citizenship: str | None
    channel: str | None
    birth_date: str | None
    death_date: str | None
    matched: int = 0  # query words matched
    exact: int = 0  # of which spelt exactly


_ALL_HIT_FIELDS = tuple(Hit.__dataclass_fields__)


@dataclass
class Result:
    total: int
    hits: list[Hit] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    full: int = 0  # persons matching every word

    def copy(self) -> Result:
        return Result(self.total, [replace(h) for h in self.hits], list(self.words), self.full)

    def packed(self) -> tuple[Any, ...]:
        """The result as nested tuples of plain values: kept in the cache, the garbage
        collector stops tracking it (thousands of cached pages would otherwise lengthen
        every full collection)."""
        hits = tuple(tuple(getattr(h, k) for k in _ALL_HIT_FIELDS) for h in self.hits)
        return (self.total, hits, tuple(self.words), self.full)

    @classmethod
    def unpack(cls, packed: tuple[Any, ...]) -> Result:
        total, hits, words, full = packed
        return cls(total, [Hit(*h) for h in hits], list(words), full)


class SearchCache:
    """Values a search computed, kept until the index changes or ``ttl`` seconds pass.

    One per app (per worker process). Entries carry the index generation they were
    computed at; a write to the index by any process (a refresh, a review decision)
    makes them stale at once.
    """

    def __init__(
        self, counts_ttl: float = 30.0, pages_ttl: float = 5.0, max_entries: int = 50_000
    ) -> None:
        self.counts_ttl, self.pages_ttl, self.max_entries = counts_ttl, pages_ttl, max_entries
        self._store: dict[Hashable, tuple[float, Hashable, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, generation: Hashable = None) -> Any:
        """The value, if computed at ``generation`` (default: this process's) and still fresh."""
        entry = self._store.get(key)
        gen = index.generation() if generation is None else generation
        if entry is None or entry[1] != gen or entry[0] < time.monotonic():
            return None
        return entry[2]

    def put(self, key: Hashable, value: Any, ttl: float, generation: Hashable) -> None:
        if ttl <= 0:
            return
        with self._lock:
            if len(self._store) >= self.max_entries:
                self._store.clear()
            self._store[key] = (time.monotonic() + ttl, generation, value)

    def clear(self) -> None:
        with self._lock:
            self._store.clear()


@dataclass
class _Ctx:
    """What one search passes around: its cache (or none) and the index generation."""

    cache: SearchCache | None
    generation: Hashable
    public: bool = True

    def get(self, key: Hashable) -> Any:
        return self.cache.get(key, self.generation) if self.cache is not None else None

    def put(self, key: Hashable, value: Any, pages: bool = False) -> None:
        if self.cache is not None:
            ttl = self.cache.pages_ttl if pages else self.cache.counts_ttl
            self.cache.put(key, value, ttl, self.generation)


def _where(sp: Any, f: Filters, removed: frozenset[str], public: bool) -> list[Any]:
    cond: list[Any] = []
    for name in FILTERS:
        value = getattr(f, name)
        if value:
            cond.append(getattr(sp.c, name) == value)
    if f.date_from:
        cond.append(sp.c.death_date >= f.date_from)
    if f.date_to:
        cond.append(sp.c.death_date <= f.date_to + "\uffff")
    if public:
        cond.append(func.coalesce(sp.c.grade, "") != "rejected")
    if removed:
        cond.append(sp.c.person_id.not_in(sorted(removed)))
    return cond


def _keys(keys: frozenset[str] | set[str], ctx: _Ctx) -> list[str]:
    return index.public_keys(keys, ctx.public)


@lru_cache(maxsize=8)
def _count_stmt(cap: int) -> Select[Any]:
    t = s.search_token
    inner = (
        select(t.c.person_id)
        .where(t.c.token.in_(bindparam("keys", expanding=True)))
        .limit(cap)
        .subquery()
    )
    return select(func.count()).select_from(inner)


def _count(conn: Connection, keys: frozenset[str] | set[str], cap: int, ctx: _Ctx) -> int:
    """How many index rows have one of these keys (counting stops at ``cap``)."""
    ordered = tuple(sorted(keys))
    key = ("count", ordered, cap, ctx.public)
    n = ctx.get(key)
    if n is None:
        n = int(conn.scalar(_count_stmt(cap), {"keys": _keys(keys, ctx)}) or 0)
        ctx.put(key, n)
    return int(n)


def _pairs(a: Word, b: Word) -> set[str]:
    return {pair(x, y) for x in a.loose for y in b.loose if x != y}


def _plan(conn: Connection, words: list[Word], ctx: _Ctx) -> tuple[set[str], list[Word]]:
    """The index keys to start from (the rarest pair of words, or the word) and the rest."""
    if len(words) == 1:
        return set(words[0].loose), []
    candidates = [
        (keys, i, j)
        for i, j in combinations(range(len(words)), 2)
        if (keys := _pairs(words[i], words[j]))
    ]
    best: tuple[int, set[str], list[Word]] | None = None
    for keys, i, j in candidates:
        # one candidate pair (two words): no need to count it; past the rarest so far, no
        # need to count on (the same choice as full counts, at a fraction of the reading)
        cap = 1_000_000 if best is None else best[0] + 1
        n = _count(conn, keys, cap, ctx) if len(candidates) > 1 else 0
        if best is None or n < best[0]:
            best = (n, keys, [w for k, w in enumerate(words) if k not in (i, j)])
    if best is None:  # the same word twice
        return set(words[0].loose), words[1:]
    return best[1], best[2]


def _full_ids(
    keys: set[str], rest: list[Word], cond: list[Any], removed: frozenset[str], ctx: _Ctx
) -> Select[Any]:
    """Persons matching every word; ``search_person`` is joined only for ``cond``."""
    t, sp = s.search_token, s.search_person
    first = t.alias("t0")
    q = select(first.c.person_id).where(first.c.token.in_(_keys(keys, ctx)))
    if removed:
        q = q.where(first.c.person_id.not_in(sorted(removed)))
    for i, w in enumerate(rest, 1):
        ti = t.alias(f"t{i}")
        q = q.where(
            exists().where(
                and_(ti.c.person_id == first.c.person_id, ti.c.token.in_(_keys(w.loose, ctx)))
            )
        )
    if cond:
        q = q.join(sp, sp.c.person_id == first.c.person_id).where(*cond)
    return q.distinct()


def _full_count(
    conn: Connection,
    keys: set[str],
    rest: list[Word],
    cond: list[Any],
    removed: frozenset[str],
    ctx: _Ctx,
) -> int:
    """How many persons match every word: from the token index alone, or with conditions,
    counted over ``search_person`` (one look-up per person rather than a join and a
    DISTINCT; about a quarter faster)."""
    sp = s.search_person
    if not cond:
        full = _full_ids(keys, rest, cond, removed, ctx)
        return int(conn.scalar(select(func.count()).select_from(full.subquery())) or 0)
    ids = _full_ids(keys, rest, [], removed, ctx).order_by(None)
    stmt = select(func.count()).select_from(sp).where(sp.c.person_id.in_(ids), *cond)
    return int(conn.scalar(stmt) or 0)


_HIT_FIELDS = tuple(k for k in Hit.__dataclass_fields__ if k not in ("matched", "exact"))


@lru_cache(maxsize=1)
def _rows_stmt() -> Select[Any]:
    sp = s.search_person
    return select(sp).where(sp.c.person_id.in_(bindparam("ids", expanding=True)))


def _rows(conn: Connection, ids: list[str]) -> list[tuple[Hit, str]]:
    """The index rows of these persons, each with the Latin key of its name."""
    if not ids:
        return []
    return [_hit_key(r) for r in conn.execute(_rows_stmt(), {"ids": ids})]


_BRIEF = ("person_id", "name", "sort_key", "grade")  # what ranking reads


@lru_cache(maxsize=1)
def _brief_stmt() -> Select[Any]:
    sp = s.search_person
    cols = [sp.c[k] for k in _BRIEF]
    return select(*cols).where(sp.c.person_id.in_(bindparam("ids", expanding=True)))


def _brief(rows: Any) -> list[tuple[Hit, str]]:
    """Hits with only what ranking reads (id, name, grade), each with its name's Latin key;
    :func:`_complete` fills in the rest for the page shown."""
    out = []
    for pid, name, key, grade in rows:
        if key is None or len(key) >= 128:
            key = latin_key(name or "")
        out.append((Hit(pid, name, grade, None, None, None, None, None, None), key))
    return out


def _complete(conn: Connection, hits: list[Hit]) -> list[Hit]:
    """The page's brief hits with every field, in the same order."""
    if not hits:
        return []
    full = {h.person_id: h for h, _ in _rows(conn, [h.person_id for h in hits])}
    out = []
    for h in hits:
        f = full[h.person_id]
        f.matched, f.exact = h.matched, h.exact
        out.append(f)
    return out


def _hit(row: Any) -> Hit:
    m = row._mapping
    return Hit(*[m[k] for k in _HIT_FIELDS])


def _hit_key(row: Any) -> tuple[Hit, str]:
    """A hit and ``latin_key`` of its name: the index's sort key, unless it was cut short."""
    hit = _hit(row)
    key = row._mapping["sort_key"]
    if key is None or len(key) >= 128:
        key = latin_key(hit.name or "")
    return hit, key


@lru_cache(maxsize=100_000)
def _loose(token: str) -> str:
    return loose_token(token)


@lru_cache(maxsize=200_000)
def _name_keys(key: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """Loose tokens, Latin tokens and their number, of a name's ``latin_key``.

    Tuples of strings, not sets: the garbage collector stops tracking them, so a full
    cache does not lengthen every full collection (pauses of a few hundred ms).
    """
    latin = tuple(x for x in key.split() if x not in PARTICLES)  # = names.tokens(name)
    return tuple(_loose(x) for x in latin), latin, len(latin)


def _score(hit: Hit, key: str, words: list[Word]) -> Hit:
    loose, exact, _ = _name_keys(key)
    hit.matched = sum(1 for w in words if not w.loose.isdisjoint(loose)) or hit.matched
    hit.exact = sum(1 for w in words if not w.exact.isdisjoint(exact))
    return hit


def _rank_key(hit: Hit, key: str, n: int) -> tuple[Any, ...]:
    length = _name_keys(key)[2]
    return (-hit.matched, -hit.exact, hit.grade != "confirmed", abs(length - n), key)


def _ranked(pairs: list[tuple[Hit, str]], words: list[Word], n: int) -> list[Hit]:
    scored = [(_score(h, k, words), k) for h, k in pairs]
    scored.sort(key=lambda hk: _rank_key(hk[0], hk[1], n))
    return [h for h, _ in scored]


def search(
    conn: Connection,
    q: str,
    filters: Filters | None = None,
    *,
    offset: int = 0,
    limit: int = 20,
    removed: frozenset[str] = frozenset(),
    public: bool = True,
    cache: SearchCache | None = None,
) -> Result:
    """One page of the persons matching ``q``, best first (``cache``: reuse repeated work)."""
    f = filters or Filters()
    ctx = _Ctx(cache, index.generation(conn) if cache is not None else 0, public)
    scope = (tuple(sorted(f.active().items())), removed, public)
    page_key = ("page", q, scope, offset, limit)
    cached = ctx.get(page_key)
    if cached is not None:
        return Result.unpack(cached)
    result = _search(conn, q, f, offset, limit, removed, public, scope, ctx)
    if cache is not None:
        ctx.put(page_key, result.packed(), pages=True)
    return result


def _search(
    conn: Connection,
    q: str,
    f: Filters,
    offset: int,
    limit: int,
    removed: frozenset[str],
    public: bool,
    scope: Hashable,
    ctx: _Ctx,
) -> Result:
    sp = s.search_person
    words = parse_query(q)
    if not words:  # browse by the filters, in name order
        cond = _where(sp, f, removed, public)
        total = int(conn.scalar(select(func.count()).select_from(sp).where(*cond)) or 0)
        rows = conn.execute(
            select(sp)
            .where(*cond)
            .order_by(sp.c.sort_key, sp.c.person_id)
            .offset(offset)
            .limit(limit)
        ).all()
        return Result(total, [_hit(r) for r in rows], [], total)
    cond = _where(sp, f, frozenset(), False)  # the index keys leave out the rest
    n = len(words)
    texts = [w.text for w in words]
    keys, rest = _plan(conn, words, ctx)
    full = _full_ids(keys, rest, cond, removed, ctx)
    ids = list(conn.scalars(full.limit(RANK_CAP + 1)))
    if len(ids) > RANK_CAP:  # many: count them, and page in index order
        others = tuple(tuple(sorted(w.loose)) for w in rest)
        count_key = ("full", tuple(sorted(keys)), others, scope)
        full_total = ctx.get(count_key)
        if full_total is None:
            full_total = _full_count(conn, keys, rest, cond, removed, ctx)
            ctx.put(count_key, full_total)
        if offset + limit <= len(ids):  # the same statement: its first rows are these
            page = ids[offset : offset + limit]
        else:
            page = list(conn.scalars(full.order_by(None).offset(offset).limit(limit)))
        return Result(full_total, _ranked(_rows(conn, page), words, n), texts, full_total)
    pairs = _brief(conn.execute(_brief_stmt(), {"ids": ids})) if ids else []
    for h, k in pairs:
        _score(h, k, words)
        h.matched = n
    pairs.sort(key=lambda hk: _rank_key(hk[0], hk[1], n))
    ranked = [h for h, _ in pairs]
    full_total = total = len(ranked)
    if n > 1 and offset + limit > full_total:
        partial = _partial(conn, words, cond, set(ids), removed, ctx)
        total += len(partial)
        ranked += partial
    return Result(total, _complete(conn, ranked[offset : offset + limit]), texts, full_total)


def _partial(
    conn: Connection,
    words: list[Word],
    cond: list[Any],
    seen: set[str],
    removed: frozenset[str],
    ctx: _Ctx,
) -> list[Hit]:
    """Persons matching all words but one: by pairs of words (three words or more), or by a
    word rare enough to list (two words)."""
    sp, t = s.search_person, s.search_token
    n, need = len(words), max(1, len(words) - 1)
    keys: set[str] = set()
    if n >= 3:
        for a, b in combinations(words, 2):
            keys |= _pairs(a, b)
    else:
        for w in words:
            if _count(conn, w.loose, PARTIAL_CAP + 1, ctx) <= PARTIAL_CAP:
                keys |= w.loose
    if not keys:
        return []
    ids = select(t.c.person_id).where(t.c.token.in_(_keys(keys, ctx)))
    if removed:
        ids = ids.where(t.c.person_id.not_in(sorted(removed)))
    ids = ids.limit(PARTIAL_ROWS * 4)
    brief = [sp.c[k] for k in _BRIEF]
    rows = conn.execute(select(*brief).where(sp.c.person_id.in_(ids), *cond).limit(PARTIAL_ROWS))
    hits = []
    for h, k in _brief(r for r in rows if r[0] not in seen):
        _score(h, k, words)
        if h.matched >= need:
            hits.append((h, k))
    hits.sort(key=lambda hk: _rank_key(hk[0], hk[1], n))
    return [h for h, _ in hits]
