"""The audit log: every change made through the app or the user commands, with who and when."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from headcount.store import schema as s


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(
    conn: Connection,
    who: str | None,
    action: str,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Add one entry, in the caller's transaction (the change and its entry commit together)."""
    conn.execute(
        insert(s.audit_log).values(at=now(), who=who, action=action, target=target, detail=detail)
    )


def entries(
    engine: Engine, *, limit: int = 100, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """The newest entries first, and how many there are."""
    a = s.audit_log
    with engine.connect() as conn:
        total = int(conn.scalar(select(func.count()).select_from(a)) or 0)
        rows = conn.execute(select(a).order_by(a.c.id.desc()).limit(limit).offset(offset)).all()
    return total, [dict(r._mapping) for r in rows]
