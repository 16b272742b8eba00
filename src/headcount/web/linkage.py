"""The one place where the web app calls the linkage package (``headcount.link``).

``record_decision`` stores a human verdict through
``headcount.link.decisions.record_decision`` (append-only: older verdicts on
the same pair or record get ``superseded_by``), then updates the person graph
at once, so the reviewer sees the effect without waiting for the next
``headcount link`` run (which replays every decision in force and has the last
word): "same" merges the two persons (the smaller into the larger, which keeps
its id; the other is marked merged into it), "different" on two mentions of
one person splits the second off into a new person (id as linkage makes them),
confirm/reject sets the grade. The decision, the graph update, its audit entry
and the search index update are written in one transaction: all or none. An
unknown mention or person id is a ``ValueError`` naming it (the routes answer 422).

``review_queue`` lists the scored pairs (``link_pair``, written by each link
run) in the uncertain band with no decision in force, in linkage's order: the
decisions that change the counts most first.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, or_, select, update

from headcount.store import schema as s
from headcount.web import audit, index

PAIR_VERDICTS = ("same", "different", "unsure")
PERSON_VERDICTS = ("confirm", "reject")
GRADE_OF = {"confirm": "confirmed", "reject": "rejected"}


@dataclass(frozen=True)
class Pair:
    left_id: str
    right_id: str
    probability: float


def _open_pairs(low: float, high: float) -> Any:
    lp, d = s.link_pair, s.decision
    decided = (
        select(d.c.id)
        .where(
            d.c.kind == "pair",
            d.c.superseded_by.is_(None),
            d.c.verdict != "unsure",
            d.c.left_id == lp.c.left_id,
            d.c.right_id == lp.c.right_id,
        )
        .exists()
    )
    return lp.c.probability.between(low, high), ~decided


def review_queue(
    engine: Engine, *, low: float, high: float, limit: int = 1
) -> tuple[int, list[Pair]]:
    """How many pairs await review, and the next ``limit``.

    The order is linkage's (:func:`headcount.link.review.review_queue`): the
    decisions that change the counts most come first; this keeps its pairs
    within the app's [low, high] band of probabilities.
    """
    from headcount.link.review import review_queue as ranked

    lp = s.link_pair
    with engine.connect() as conn:
        total = int(
            conn.scalar(select(func.count()).select_from(lp).where(*_open_pairs(low, high))) or 0
        )
    pairs: list[Pair] = []
    if total:
        for row in ranked(engine, limit=total, max_probability=high):
            if row["probability"] >= low:
                pairs.append(Pair(row["left"], row["right"], float(row["probability"])))
            if len(pairs) == limit:
                break
    return total, pairs


def person_of(conn: Connection, mention_id: str) -> str | None:
    pm = s.person_mention
    return conn.scalar(select(pm.c.person_id).where(pm.c.mention_id == mention_id))


def record_decision(
    engine: Engine,
    *,
    kind: str,
    left_id: str,
    right_id: str | None,
    verdict: str,
    who: str,
    note: str | None = None,
) -> int:
    """Store a verdict on a pair of mentions or a person record; returns the decision id."""
    if kind == "pair":
        if verdict not in PAIR_VERDICTS or not right_id:
            raise ValueError("a pair verdict is same, different or unsure, on two mentions")
        left_id, right_id = sorted((left_id, right_id))  # smaller id first
    elif kind == "person":
        if verdict not in PERSON_VERDICTS:
            raise ValueError("a record verdict is confirm or reject")
        right_id = None
    else:
        raise ValueError("kind is pair or person")
    from headcount.link.decisions import store_decision

    # one transaction: the decision (linkage stores it, append-only: older verdicts on the
    # same target are superseded), the graph update, the audit entry and the search index
    with engine.begin() as conn:
        decision_id = store_decision(conn, left_id, right_id, verdict, who, note or None)
        touched = _apply(conn, kind, left_id, right_id, verdict, who)
        audit.record(
            conn,
            who,
            f"{kind}_decision",
            _target(left_id, right_id),
            {"verdict": verdict, "decision": decision_id},
        )
        index.reindex(conn, sorted(touched))
    index.changed()  # committed: what a search started meanwhile cached is dropped
    return decision_id


def _target(left_id: str, right_id: str | None) -> str:
    return f"{left_id}|{right_id}" if right_id else left_id


# ----------------------------------------------------------- immediate graph updates


def _recount(conn: Connection, person_id: str, now: str) -> None:
    pm, m = s.person_mention, s.mention
    mentions = int(conn.scalar(select(func.count()).where(pm.c.person_id == person_id)) or 0)
    sources = int(
        conn.scalar(
            select(func.count(func.distinct(m.c.source)))
            .select_from(pm.join(m, m.c.id == pm.c.mention_id))
            .where(pm.c.person_id == person_id)
        )
        or 0
    )
    conn.execute(
        update(s.person)
        .where(s.person.c.id == person_id)
        .values(mentions=mentions, sources=sources, updated_at=now)
    )


def _new_person_id(conn: Connection, smallest_mention: str) -> str:
    try:
        from headcount.link.persons import new_person_id
    except ImportError:
        return "p" + hashlib.sha256(f"person|{smallest_mention}|0".encode()).hexdigest()[:15]
    taken = set(conn.scalars(select(s.person.c.id).where(s.person.c.state == "active")))
    return new_person_id(smallest_mention, taken)


def _apply(
    conn: Connection, kind: str, left_id: str, right_id: str | None, verdict: str, who: str
) -> set[str]:
    p, pm = s.person, s.person_mention
    now = audit.now()
    if kind == "person":
        conn.execute(
            update(p)
            .where(p.c.id == left_id)
            .values(
                grade=GRADE_OF[verdict],
                grade_rule=f"{GRADE_OF[verdict]} by a reviewer",
                updated_at=now,
            )
        )
        return {left_id}
    a, b = person_of(conn, left_id), person_of(conn, right_id or "")
    if verdict == "same" and a and b and a != b:
        sizes = {
            r.id: r.mentions
            for r in conn.execute(select(p.c.id, p.c.mentions).where(p.c.id.in_((a, b))))
        }
        keep, drop = (a, b) if (-sizes.get(a, 0), a) <= (-sizes.get(b, 0), b) else (b, a)
        conn.execute(
            update(pm).where(pm.c.person_id == drop).values(person_id=keep, rule="decision")
        )
        conn.execute(
            update(p)
            .where(p.c.id == drop)
            .values(state="merged", merged_into=keep, mentions=0, updated_at=now)
        )
        _recount(conn, keep, now)
        return {keep, drop}
    if verdict == "different" and a and a == b and right_id:
        new_id = _new_person_id(conn, right_id)
        m = conn.execute(select(s.mention).where(s.mention.c.id == right_id)).one()
        old = conn.execute(select(p).where(p.c.id == a)).one()
        if conn.scalar(select(p.c.id).where(p.c.id == new_id)) is None:
            conn.execute(
                insert(p).values(
                    id=new_id,
                    state="active",
                    grade="pending",
                    grade_rule=f"split by {who}",
                    name=m.name,
                    birth_date=m.birth_date,
                    death_date=m.death_date,
                    region=m.region,
                    citizenship=m.citizenship,
                    status=m.status,
                    mentions=1,
                    sources=1,
                    conflicts=0,
                    status_history=[],
                    created_run=old.updated_run,
                    updated_run=old.updated_run,
                    created_at=now,
                    updated_at=now,
                )
            )
        else:
            conn.execute(update(p).where(p.c.id == new_id).values(state="active", merged_into=None))
        conn.execute(
            update(pm).where(pm.c.mention_id == right_id).values(person_id=new_id, rule="decision")
        )
        _recount(conn, a, now)
        _recount(conn, new_id, now)
        return {a, new_id}
    return set()


def decisions_for(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    """Current and past decisions naming any of these mention or person ids."""
    d = s.decision
    rows = conn.execute(
        select(d).where(or_(d.c.left_id.in_(ids), d.c.right_id.in_(ids))).order_by(d.c.id.desc())
    ).all()
    return [dict(r._mapping) for r in rows]
