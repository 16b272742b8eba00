"""Human decisions: append-only judgements that always win over the model.

A pair decision says two mentions are the same person, different people, or
that the reviewer is unsure; a person decision confirms or rejects a person
record. Every decision is a new row with who, when and a note. A newer
decision on the same pair (or person) supersedes the older one: the older row
gets ``superseded_by`` and is otherwise never changed, so the whole history
stays. Pairs are stored smaller id first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, and_, insert, select, update

from headcount.link.cluster import Constraints
from headcount.store import schema as s


class Verdict(StrEnum):
    same = "same"
    different = "different"
    unsure = "unsure"


class RecordVerdict(StrEnum):
    confirm = "confirm"
    reject = "reject"


class DecisionError(ValueError):
    """A decision that cannot be recorded (unknown verdict, a pair of one mention...)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def primary_key(result: Any) -> int:
    """The integer primary key an insert created."""
    key = result.inserted_primary_key
    if not key:
        raise RuntimeError("the insert returned no primary key")
    return int(key[0])


def record_decision(
    engine: Engine,
    left: str,
    right: str | None,
    verdict: str,
    who: str,
    note: str | None = None,
) -> int:
    """Store a decision and return its id.

    ``right`` None: a decision on a person record (``left`` is the person id,
    verdict confirm or reject); otherwise on the pair of mentions ``left`` and
    ``right`` (verdict same, different or unsure).
    """
    with engine.begin() as conn:
        return store_decision(conn, left, right, verdict, who, note)


def store_decision(
    conn: Connection,
    left: str,
    right: str | None,
    verdict: str,
    who: str,
    note: str | None = None,
) -> int:
    """:func:`record_decision` in the caller's transaction (what goes with it commits with it)."""
    if not who.strip():
        raise DecisionError("a decision needs who made it (--who)")
    if right is None:
        kind = "person"
        if verdict not in RecordVerdict.__members__:
            raise DecisionError(f"a person decision is confirm or reject, not {verdict!r}")
    else:
        kind = "pair"
        if verdict not in Verdict.__members__:
            raise DecisionError(f"a pair decision is same, different or unsure, not {verdict!r}")
        if left == right:
            raise DecisionError("a pair decision needs two different mentions")
        left, right = sorted((left, right))
    d = s.decision
    if kind == "pair":
        pair = [left, str(right)]
        known = set(
            conn.execute(select(s.mention.c.id).where(s.mention.c.id.in_(pair))).scalars().all()
        )
        missing = set(pair) - known
        if missing:
            raise DecisionError(f"no mention {', '.join(sorted(missing))} in the registry")
    elif conn.execute(select(s.person.c.id).where(s.person.c.id == left)).first() is None:
        raise DecisionError(f"no person {left} in the registry")
    new_id = primary_key(
        conn.execute(
            insert(d).values(
                kind=kind,
                left_id=left,
                right_id=right,
                verdict=verdict,
                who=who.strip(),
                created_at=_now(),
                note=note,
            )
        )
    )
    same_target = and_(
        d.c.kind == kind,
        d.c.left_id == left,
        d.c.right_id == right if right is not None else d.c.right_id.is_(None),
        d.c.superseded_by.is_(None),
        d.c.id != new_id,
    )
    conn.execute(update(d).where(same_target).values(superseded_by=new_id))
    return new_id


def current_decisions(engine: Engine, kind: str | None = None) -> list[dict[str, Any]]:
    """Decisions in force (not superseded), oldest first."""
    d = s.decision
    q = select(d).where(d.c.superseded_by.is_(None)).order_by(d.c.id)
    if kind:
        q = q.where(d.c.kind == kind)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def decision_history(engine: Engine, left: str, right: str | None = None) -> list[dict[str, Any]]:
    """Every decision ever made on a pair (or person), oldest first."""
    d = s.decision
    if right is not None:
        left, right = sorted((left, right))
    cond = d.c.right_id == right if right is not None else d.c.right_id.is_(None)
    q = select(d).where(d.c.left_id == left, cond).order_by(d.c.id)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def constraints(
    decisions: list[dict[str, Any]], groups: dict[str, str] | None = None
) -> Constraints:
    """Must-link and cannot-link constraints from pair decisions in force."""
    con = Constraints(groups=dict(groups or {}))
    for row in decisions:
        if row["kind"] != "pair":
            continue
        pair = (row["left_id"], row["right_id"])
        if row["verdict"] == Verdict.same:
            con.same.append(pair)
        elif row["verdict"] == Verdict.different:
            con.different.append(pair)
    return con


__all__ = [
    "DecisionError",
    "RecordVerdict",
    "Verdict",
    "constraints",
    "current_decisions",
    "decision_history",
    "record_decision",
]
