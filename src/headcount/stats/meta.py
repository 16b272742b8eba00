"""What a published number rests on: the registry version, its sources and rules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select, text

from headcount import __version__
from headcount.store import schema as s


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def registry_version(engine: Engine) -> dict[str, Any]:
    """Schema revision, the last complete link run, and counts: which registry a number is of.

    ``version`` is one string to print: ``schema 0005 · link run 12 (2024-05-01T10:00:00+00:00)``.
    """
    with engine.connect() as conn:
        try:
            schema = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # a registry made without Alembic (tests)
            schema = None
        run = conn.execute(
            select(s.link_run.c.id, s.link_run.c.finished_at)
            .where(s.link_run.c.state == "complete")
            .order_by(s.link_run.c.id.desc())
            .limit(1)
        ).first()
        decisions = conn.scalar(select(func.max(s.decision.c.id))) or 0
    version = f"schema {schema or '?'}"
    version += f" · link run {run.id} ({run.finished_at})" if run else " · not linked yet"
    if decisions:
        version += f" · decision {decisions}"
    return {
        "version": version,
        "schema": schema,
        "link_run": run.id if run else None,
        "linked_at": run.finished_at if run else None,
        "last_decision": decisions or None,
        "headcount": __version__,
    }


def source_table(engine: Engine) -> list[dict[str, Any]]:
    """Per source: kind, system, documents and mentions held, persons it names."""
    d, m, src, pm = s.document, s.mention, s.source, s.person_mention
    with engine.connect() as conn:
        docs: dict[str, int] = dict(
            conn.execute(select(d.c.source, func.count()).group_by(d.c.source)).all()
        )
        mentions: dict[str, int] = dict(
            conn.execute(select(m.c.source, func.count()).group_by(m.c.source)).all()
        )
        linked: dict[str, int] = dict(
            conn.execute(
                select(m.c.source, func.count(func.distinct(pm.c.person_id)))
                .select_from(m.join(pm, pm.c.mention_id == m.c.id))
                .group_by(m.c.source)
            ).all()
        )
        rows = conn.execute(
            select(src.c.name, src.c.kind, src.c.publisher, src.c.system).order_by(src.c.name)
        ).all()
    return [
        {
            "source": r.name,
            "kind": r.kind,
            "publisher": r.publisher,
            "system": r.system,
            "documents": int(docs.get(r.name, 0)),
            "mentions": int(mentions.get(r.name, 0)),
            "persons": int(linked.get(r.name, 0)),
        }
        for r in rows
    ]


def grade_rules(engine: Engine) -> list[dict[str, Any]]:
    """How many active persons each confirmation rule graded."""
    p = s.person
    with engine.connect() as conn:
        rows = conn.execute(
            select(p.c.grade, p.c.grade_rule, func.count())
            .where(p.c.state == "active")
            .group_by(p.c.grade, p.c.grade_rule)
            .order_by(func.count().desc())
        ).all()
    return [{"grade": g, "rule": r, "persons": int(n)} for g, r, n in rows]
