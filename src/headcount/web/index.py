"""The search index: one row per active person and its loose name tokens.

Derived from ``person`` and ``person_field`` (every spelling of the name the
sources give), kept up to date incrementally by ``person.updated_at``, and
rebuilt at will. Tokens are :func:`headcount.names.loose_token` keys, so
Cyrillic, Latin and other scripts, and the usual transliteration variants, meet.

The keys of a rejected record are kept apart, under ``HIDDEN + key``: a public
search never reaches them and needs no look-up of each person's grade (counting
the 80,000 namesakes of a common surname reads the token index alone), while
researchers search both. Every write to the index bumps ``search_state.generation``
in the same transaction, so the search caches of every worker process drop what
they hold at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import Connection, Engine, Select, delete, func, insert, select, update

from headcount.names import latin_key, loose_token, tokens
from headcount.store import schema as s

CHUNK = 2000
HIDDEN = "~"  # prefix of the keys of a rejected record (not a character of a loose token)
_generation = [0]  # bumped whenever this process writes the index: search caches key on it


def generation(conn: Connection | None = None) -> tuple[int, int]:
    """Changes whenever the index is written: by this process, or (read through ``conn``)
    by any process. Search caches are keyed on it."""
    if conn is None:
        return _generation[0], 0
    return _generation[0], int(conn.scalar(_state_stmt()) or 0)


def changed(conn: Connection | None = None) -> None:
    """Invalidate the search caches of this process (called before and after index writes),
    and with ``conn`` (in the writing transaction) those of every process."""
    _generation[0] += 1
    if conn is not None:
        st = s.search_state
        bumped = conn.execute(update(st).values(generation=st.c.generation + 1)).rowcount
        if not bumped:
            conn.execute(insert(st).values(id=1, generation=1))


@lru_cache(maxsize=1)
def _state_stmt() -> Select[Any]:
    return select(s.search_state.c.generation).where(s.search_state.c.id == 1)


def public_keys(keys: Iterable[str], public: bool) -> list[str]:
    """The index keys a search looks up: the public's, or (researchers) rejected records' too."""
    ordered = sorted(set(keys))
    return ordered if public else ordered + [HIDDEN + k for k in ordered]


def pair(a: str, b: str) -> str:
    """The key of two tokens of one name, in either order."""
    return f"{a}|{b}" if a < b else f"{b}|{a}"


def token_keys(loose: Iterable[str]) -> set[str]:
    """A name's tokens and every pair of them (a pair finds two words at one index look-up)."""
    singles = sorted({t[:31] for t in loose if t})
    return set(singles) | {pair(a, b) for a, b in combinations(singles, 2)}


def name_tokens(names: Iterable[str | None]) -> set[str]:
    out: set[str] = set()
    for name in names:
        if name:
            out |= token_keys(loose_token(x) for x in tokens(name))
    return out


def _chunks(ids: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _alternatives(value: Any) -> list[str]:
    out = []
    for alt in value or []:
        v = alt.get("value") if isinstance(alt, dict) else alt
        if isinstance(v, str):
            out.append(v)
    return out


def _mention_channels(conn: Connection, ids: list[str]) -> dict[str, str]:
    """The most frequent recruitment channel among each person's mentions."""
    if not ids:
        return {}
    pm, m = s.person_mention, s.mention
    counts: dict[str, dict[str, int]] = {}
    for r in conn.execute(
        select(pm.c.person_id, m.c.channel, func.count().label("n"))
        .select_from(pm.join(m, m.c.id == pm.c.mention_id))
        .where(pm.c.person_id.in_(ids), m.c.channel.is_not(None))
        .group_by(pm.c.person_id, m.c.channel)
    ):
        counts.setdefault(r.person_id, {})[r.channel] = int(r.n)
    return {pid: max(c, key=lambda k: (c[k], k)) for pid, c in counts.items()}


def index_rows(
    conn: Connection, ids: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The search rows and token rows of these persons (active ones only)."""
    p, f = s.person, s.person_field
    people = conn.execute(select(p).where(p.c.id.in_(ids), p.c.state == "active")).all()
    fields: dict[str, dict[str, Any]] = {}
    for r in conn.execute(
        select(f.c.person_id, f.c.field, f.c.value, f.c.alternatives).where(
            f.c.person_id.in_(ids), f.c.field.in_(("name", "channel"))
        )
    ):
        fields.setdefault(r.person_id, {})[r.field] = r
    channels = _mention_channels(conn, [i for i in ids if "channel" not in fields.get(i, {})])
    rows, toks = [], []
    for person in people:
        pf = fields.get(person.id, {})
        names = [person.name]
        if "name" in pf:
            names += [pf["name"].value, *_alternatives(pf["name"].alternatives)]
        keys = name_tokens(names)
        rows.append(
            {
                "person_id": person.id,
                "name": person.name,
                "sort_key": latin_key(person.name or "")[:128],
                "tokens": sum(1 for k in keys if "|" not in k),
                "grade": person.grade,
                "status": person.status,
                "channel": pf["channel"].value if "channel" in pf else channels.get(person.id),
                "region": person.region,
                "citizenship": person.citizenship,
                "birth_date": person.birth_date,
                "death_date": person.death_date,
                "updated_at": person.updated_at,
            }
        )
        mark = HIDDEN if person.grade == "rejected" else ""
        toks += [{"token": mark + t, "person_id": person.id} for t in sorted(keys)]
    return rows, toks


def reindex(conn: Connection, ids: list[str]) -> None:
    """Replace the index rows of these persons (gone or inactive ones are dropped)."""
    if not ids:
        return
    changed(conn)
    for chunk in _chunks(ids):
        rows, toks = index_rows(conn, chunk)
        conn.execute(delete(s.search_token).where(s.search_token.c.person_id.in_(chunk)))
        conn.execute(delete(s.search_person).where(s.search_person.c.person_id.in_(chunk)))
        if rows:
            conn.execute(insert(s.search_person), rows)
        if toks:
            conn.execute(insert(s.search_token), toks)
    changed()


def last_run(engine: Engine) -> int:
    """Id of the newest finished link run (0: none): a change tells the index to refresh."""
    lr = s.link_run
    with engine.connect() as conn:
        return int(conn.scalar(select(func.max(lr.c.id)).where(lr.c.state == "complete")) or 0)


def refresh(engine: Engine, full: bool = False) -> int:
    """Index the persons changed since the last refresh; returns how many were looked at."""
    p, sp = s.person, s.search_person
    with engine.begin() as conn:
        mark = None if full else conn.scalar(select(func.max(sp.c.updated_at)))
        q = select(p.c.id)
        if mark:  # a link run writes its persons with one time, later than the last
            q = q.where(p.c.updated_at > mark)
        ids = list(conn.scalars(q))
        if full:
            changed(conn)
            conn.execute(delete(s.search_token))
            conn.execute(delete(sp))
        reindex(conn, ids)
    if ids or full:
        changed()  # committed: what a search started meanwhile cached is dropped
    return len(ids)
