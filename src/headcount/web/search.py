"""Search by name in any script and any case form, best matches first.

Each query word becomes a set of loose name tokens: the word itself and, for
Cyrillic words, its nominative forms by pymorphy3 ("Ивана" → "Иван",
"Петровой" → "Петрова", "Петров"). A person matches a word when one of its
name tokens is in that set. Persons matching every word come first; when a
query has several words, persons matching all but one follow. Within those,
exact spellings (after romanisation) and confirmed records rank higher.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, Select, and_, exists, func, select

from headcount.names import latin_key, loose_token, script_of, tokens
from headcount.store import schema as s
from headcount.web.index import pair

RANK_CAP = 300  # full matches ranked in Python; past that, ordered by name in SQL
PARTIAL_ROWS = 200  # candidates for partial matches looked at
PARTIAL_CAP = 5000  # a word matching more persons than this gives no partial candidates
MAX_WORDS = 6
FILTERS = ("region", "citizenship", "status", "channel", "grade")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_morph_lock = threading.Lock()
_morph: Any = None


def _analyzer() -> Any:
    global _morph
    with _morph_lock:
        if _morph is None:
            import pymorphy3

            _morph = pymorphy3.MorphAnalyzer()
    return _morph


@lru_cache(maxsize=20_000)
def nominatives(word: str) -> tuple[str, ...]:
    """Nominative forms of a Cyrillic word: the lemma and the same-gender nominative."""
    forms = {word.lower()}
    for p in _analyzer().parse(word.lower())[:4]:
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
    words = []
    for w in _WORD.findall(q)[:MAX_WORDS]:
        forms = nominatives(w) if script_of(w) == "cyrillic" else (w,)
        exact = {t for f in forms for t in tokens(f)}
        loose = {loose_token(t)[:31] for t in exact} - {""}
        if loose:
            words.append(Word(w, frozenset(loose), frozenset(exact)))
    return words


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


@dataclass
class Result:
    total: int
    hits: list[Hit] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    full: int = 0  # persons matching every word


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


def _count(conn: Connection, keys: frozenset[str] | set[str], cap: int) -> int:
    """How many index rows have one of these keys (counting stops at ``cap``)."""
    t = s.search_token
    inner = select(t.c.person_id).where(t.c.token.in_(sorted(keys))).limit(cap).subquery()
    return int(conn.scalar(select(func.count()).select_from(inner)) or 0)


def _pairs(a: Word, b: Word) -> set[str]:
    return {pair(x, y) for x in a.loose for y in b.loose if x != y}


def _plan(conn: Connection, words: list[Word]) -> tuple[set[str], list[Word]]:
    """The index keys to start from (the rarest pair of words, or the word) and the rest."""
    if len(words) == 1:
        return set(words[0].loose), []
    best: tuple[int, set[str], list[Word]] | None = None
    for i, j in combinations(range(len(words)), 2):
        keys = _pairs(words[i], words[j])
        if not keys:
            continue
        n = _count(conn, keys, 1_000_000)
        if best is None or n < best[0]:
            best = (n, keys, [w for k, w in enumerate(words) if k not in (i, j)])
    if best is None:  # the same word twice
        return set(words[0].loose), words[1:]
    return best[1], best[2]


def _full_ids(keys: set[str], rest: list[Word], cond: list[Any]) -> Select[Any]:
    t, sp = s.search_token, s.search_person
    first = t.alias("t0")
    q = select(first.c.person_id).where(first.c.token.in_(sorted(keys)))
    for i, w in enumerate(rest, 1):
        ti = t.alias(f"t{i}")
        q = q.where(
            exists().where(and_(ti.c.person_id == first.c.person_id, ti.c.token.in_(w.loose)))
        )
    if cond:
        q = q.join(sp, sp.c.person_id == first.c.person_id).where(*cond)
    return q.distinct()


def _rows(conn: Connection, ids: list[str]) -> list[Hit]:
    sp = s.search_person
    return [_hit(r) for r in conn.execute(select(sp).where(sp.c.person_id.in_(ids)))]


def _hit(row: Any) -> Hit:
    m = row._mapping
    return Hit(
        **{k: m[k] for k in Hit.__dataclass_fields__ if k in m and k not in ("matched", "exact")}
    )


@lru_cache(maxsize=200_000)
def _name_keys(name: str) -> tuple[frozenset[str], frozenset[str], int, str]:
    latin = tokens(name)
    return frozenset(loose_token(x) for x in latin), frozenset(latin), len(latin), latin_key(name)


def _score(hit: Hit, words: list[Word]) -> Hit:
    loose, exact_set, _, _ = _name_keys(hit.name or "")
    hit.matched = sum(1 for w in words if w.loose & loose) or hit.matched
    hit.exact = sum(1 for w in words if w.exact & exact_set)
    return hit


def _rank_key(hit: Hit, n: int) -> tuple[Any, ...]:
    _, _, length, key = _name_keys(hit.name or "")
    return (-hit.matched, -hit.exact, hit.grade != "confirmed", abs(length - n), key)


def search(
    conn: Connection,
    q: str,
    filters: Filters | None = None,
    *,
    offset: int = 0,
    limit: int = 20,
    removed: frozenset[str] = frozenset(),
    public: bool = True,
) -> Result:
    f = filters or Filters()
    sp = s.search_person
    cond = _where(sp, f, removed, public)
    words = parse_query(q)
    if not words:  # browse by the filters, in name order
        total = int(conn.scalar(select(func.count()).select_from(sp).where(*cond)) or 0)
        rows = conn.execute(
            select(sp)
            .where(*cond)
            .order_by(sp.c.sort_key, sp.c.person_id)
            .offset(offset)
            .limit(limit)
        ).all()
        return Result(total, [_hit(r) for r in rows], [], total)
    n = len(words)
    keys, rest = _plan(conn, words)
    ids = list(conn.scalars(_full_ids(keys, rest, cond).limit(RANK_CAP + 1)))
    if len(ids) > RANK_CAP:  # many: count them, and page in index order
        full = _full_ids(keys, rest, cond)
        full_total = int(conn.scalar(select(func.count()).select_from(full.subquery())) or 0)
        page = list(conn.scalars(full.order_by(None).offset(offset).limit(limit)))
        hits = sorted((_score(h, words) for h in _rows(conn, page)), key=lambda h: _rank_key(h, n))
        return Result(full_total, hits, [w.text for w in words], full_total)
    ranked = [_score(h, words) for h in _rows(conn, ids)]
    for h in ranked:
        h.matched = n
    ranked.sort(key=lambda h: _rank_key(h, n))
    full_total = total = len(ranked)
    if n > 1 and offset + limit > full_total:
        partial = _partial(conn, words, cond, set(ids))
        total += len(partial)
        ranked += partial
    return Result(total, ranked[offset : offset + limit], [w.text for w in words], full_total)


def _partial(conn: Connection, words: list[Word], cond: list[Any], seen: set[str]) -> list[Hit]:
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
            if _count(conn, w.loose, PARTIAL_CAP + 1) <= PARTIAL_CAP:
                keys |= w.loose
    if not keys:
        return []
    ids = select(t.c.person_id).where(t.c.token.in_(sorted(keys))).limit(PARTIAL_ROWS * 4)
    rows = conn.execute(
        select(sp).where(sp.c.person_id.in_(ids), *cond).limit(PARTIAL_ROWS)
    ).all()
    hits = []
    for r in rows:
        if r.person_id in seen:
            continue
        h = _score(_hit(r), words)
        if h.matched >= need:
            hits.append(h)
    hits.sort(key=lambda h: _rank_key(h, n))
    return hits
