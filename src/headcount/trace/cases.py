"""Saved case lists and their watches, kept apart from the public registry.

A case list is stored only when the user asks (:func:`save_case`): its rows
as uploaded, the detected columns, and for every row a *watch* on each person
it matched (at least the ``possible`` probability) with the mentions already
seen. :func:`check_watches` traces the saved rows again when a link run has
finished since the last check, and records a *hit* for every person newly
matched and every new mention of a watched person (a later ingest that names
him). :func:`pending_hits` lists hits not yet acknowledged;
:func:`delete_case` removes a case with its rows, watches and hits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, delete, func, insert, select, update

from headcount.store import schema as s
from headcount.trace.columns import TraceColumns, detect
from headcount.trace.match import TraceResult, trace_table
from headcount.trace.registry import last_run


class CaseError(ValueError):
    """A case name already taken, or a case that does not exist."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _clean(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return str(value)


def _watches(result: TraceResult) -> list[tuple[int, str, float, list[str]]]:
    return [(r.row, c.person_id, c.probability, list(c.person.get("mention_ids") or []))
            for r in result.rows for c in r.candidates]  # fmt: skip


def save_case(
    engine: Engine,
    name: str,
    df: pd.DataFrame,
    result: TraceResult,
    who: str | None = None,
    options: dict[str, Any] | None = None,
) -> int:
    """Store a traced case list and watch its matches; returns the case id."""
    name = " ".join(name.split())[:128]
    if not name:
        raise CaseError("a saved case needs a name")
    now = _now()
    records = df.to_dict("records")
    by_row = {r.row: r for r in result.rows}
    with engine.begin() as conn:
        c = s.trace_case
        owner = c.c.created_by.is_(None) if who is None else c.c.created_by == who
        # names are unique per owner: another user's case of this name is no concern here,
        # and a refusal must not tell that it exists
        if conn.scalar(select(c.c.id).where(owner, c.c.name == name)):
            raise CaseError(f"you have a case named {name!r} already")
        inserted = conn.execute(insert(s.trace_case).values(
            name=name, created_by=who, created_at=now, updated_at=now, rows=len(records),
            columns=result.columns, checked_run=result.link_run, checked_at=now,
            options={"match": result.match, "possible": result.possible, **(options or {})},
        )).inserted_primary_key  # fmt: skip
        assert inserted is not None
        case_id = inserted[0]
        if records:
            conn.execute(insert(s.trace_row), [
                {"case_id": case_id, "row": i, "data": {str(k): _clean(v) for k, v in rec.items()},
                 "messages": by_row[i].messages if i in by_row else []}
                for i, rec in enumerate(records, 1)
            ])  # fmt: skip
        watches = _watches(result)
        if watches:
            conn.execute(insert(s.trace_watch), [
                {"case_id": case_id, "row": row, "person_id": pid, "probability": p,
                 "mentions": ms, "created_at": now, "updated_at": now}
                for row, pid, p, ms in watches
            ])  # fmt: skip
    return int(case_id)


def list_cases(engine: Engine, who: str | None = None) -> list[dict[str, Any]]:
    """Saved cases (of ``who`` only, when given), with their unseen hits, newest first."""
    c, h = s.trace_case, s.trace_hit
    unseen = (select(h.c.case_id, func.count().label("n")).where(h.c.seen_at.is_(None))
              .group_by(h.c.case_id).subquery())  # fmt: skip
    q = (select(c.c.id, c.c.name, c.c.created_by, c.c.created_at, c.c.rows, c.c.checked_run,
                func.coalesce(unseen.c.n, 0).label("new_hits"))
         .outerjoin(unseen, unseen.c.case_id == c.c.id).order_by(c.c.id.desc()))  # fmt: skip
    if who is not None:
        q = q.where(c.c.created_by == who)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def get_case(engine: Engine, case_id: int) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(s.trace_case).where(s.trace_case.c.id == case_id)).first()
    return dict(row._mapping) if row else None


def case_table(engine: Engine, case_id: int) -> pd.DataFrame:
    """The saved rows of a case, as uploaded (columns in their first order)."""
    with engine.connect() as conn:
        rows = conn.execute(select(s.trace_row.c.data).where(s.trace_row.c.case_id == case_id)
                            .order_by(s.trace_row.c.row)).scalars().all()  # fmt: skip
    return pd.DataFrame(list(rows))


def delete_case(engine: Engine, case_id: int) -> bool:
    """Delete a case with its rows, watches and hits; False if there was none."""
    with engine.begin() as conn:
        for table in (s.trace_hit, s.trace_watch, s.trace_row):
            conn.execute(delete(table).where(table.c.case_id == case_id))
        gone = conn.execute(delete(s.trace_case).where(s.trace_case.c.id == case_id))
    return bool(gone.rowcount)


def retrace(engine: Engine, case_id: int, root: Path | None = None) -> TraceResult:
    """Trace a saved case again against the registry as it is now."""
    case = get_case(engine, case_id)
    if case is None:
        raise CaseError(f"no case {case_id}")
    df = case_table(engine, case_id)
    named = {k: v for k, v in (case["columns"].get("compared") or {}).items() if v in df.columns}
    opts = case["options"] or {}
    tc: TraceColumns = detect(list(df.columns), **named)
    return trace_table(df, engine, root, columns=tc, match=opts.get("match", 0.9),
                       possible=opts.get("possible", 0.5),
                       exclude_sources=opts.get("exclude_sources", ()))  # fmt: skip


@dataclass
class Hit:
    case_id: int
    case: str
    row: int
    person_id: str
    kind: str  # candidate: a person newly matched; mention: a watched person named again
    probability: float
    mentions: list[str]
    created_at: str


def check_watches(engine: Engine, root: Path | None = None, force: bool = False) -> int:
    """Re-trace every saved case not checked since the newest link run; record new hits.

    Returns the number of hits recorded.
    """
    run = last_run(engine)
    with engine.connect() as conn:
        cases = conn.execute(select(s.trace_case.c.id, s.trace_case.c.checked_run)).all()
    added = 0
    for case_id, checked in cases:
        if not force and (run is None or checked == run):
            continue
        result = retrace(engine, case_id, root)
        added += _record(engine, case_id, result, run)
    return added


def _record(engine: Engine, case_id: int, result: TraceResult, run: int | None) -> int:
    now = _now()
    w = s.trace_watch
    with engine.begin() as conn:
        known = {(r.row, r.person_id): list(r.mentions) for r in conn.execute(
            select(w.c.row, w.c.person_id, w.c.mentions).where(w.c.case_id == case_id))}
        hits = []
        for row, pid, p, ms in _watches(result):
            seen = known.get((row, pid))
            if seen is None:
                hits.append({"row": row, "person_id": pid, "kind": "candidate",
                             "probability": p, "mentions": ms})
                conn.execute(insert(w).values(case_id=case_id, row=row, person_id=pid,
                                              probability=p, mentions=ms, created_at=now,
                                              updated_at=now))
                continue
            new = [m for m in ms if m not in set(seen)]
            if new:
                hits.append({"row": row, "person_id": pid, "kind": "mention",
                             "probability": p, "mentions": new})
                conn.execute(update(w).where(w.c.case_id == case_id, w.c.row == row,
                                             w.c.person_id == pid)
                             .values(mentions=[*seen, *new], probability=p, updated_at=now))
        if hits:
            conn.execute(insert(s.trace_hit), [h | {"case_id": case_id, "run_id": run,
                                                    "created_at": now} for h in hits])
        conn.execute(update(s.trace_case).where(s.trace_case.c.id == case_id)
                     .values(checked_run=run, checked_at=now, updated_at=now))
    return len(hits)  # fmt: skip


def pending_hits(engine: Engine, case_id: int | None = None) -> list[Hit]:
    """Hits not yet acknowledged, oldest first."""
    h, c = s.trace_hit, s.trace_case
    q = (select(h, c.c.name).join(c, c.c.id == h.c.case_id).where(h.c.seen_at.is_(None))
         .order_by(h.c.id))  # fmt: skip
    if case_id is not None:
        q = q.where(h.c.case_id == case_id)
    with engine.connect() as conn:
        return [Hit(r.case_id, r.name, r.row, r.person_id, r.kind, r.probability,
                    list(r.mentions), r.created_at) for r in conn.execute(q)]  # fmt: skip


def acknowledge(engine: Engine, case_id: int | None = None) -> int:
    """Mark pending hits (of one case, or all) as seen; returns how many."""
    h = s.trace_hit
    q = update(h).where(h.c.seen_at.is_(None)).values(seen_at=_now())
    if case_id is not None:
        q = q.where(h.c.case_id == case_id)
    with engine.begin() as conn:
        return int(conn.execute(q).rowcount or 0)


__all__ = [
    "CaseError",
    "Hit",
    "acknowledge",
    "case_table",
    "check_watches",
    "delete_case",
    "get_case",
    "list_cases",
    "pending_hits",
    "retrace",
    "save_case",
]
