"""Read-only questions asked of the registry by several commands."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from headcount.store import schema as s


def source_status(engine: Engine) -> list[dict[str, Any]]:
    """Per source: what the registry holds at each stage, and the last ingest run."""
    d, m, src, run = s.document, s.mention, s.source, s.ingest_run
    with engine.connect() as conn:
        sources = conn.execute(
            select(src.c.name, src.c.kind, src.c.system).order_by(src.c.name)
        ).all()
        docs: dict[str, int] = dict(
            conn.execute(select(d.c.source, func.count()).group_by(d.c.source)).all()
        )
        extracted: dict[str, int] = dict(
            conn.execute(
                select(d.c.source, func.count())
                .where(d.c.extracted_version.is_not(None))
                .group_by(d.c.source)
            ).all()
        )
        rows: dict[str, int] = dict(
            conn.execute(
                select(m.c.source, func.count()).where(m.c.extractor == "list").group_by(m.c.source)
            ).all()
        )
        mentions: dict[str, int] = dict(
            conn.execute(select(m.c.source, func.count()).group_by(m.c.source)).all()
        )
        w = s.ingest_warning
        warnings: dict[str, int] = dict(
            conn.execute(select(w.c.source, func.count()).group_by(w.c.source)).all()
        )
        last_ids = (
            select(run.c.source, func.max(run.c.id).label("id")).group_by(run.c.source).subquery()
        )
        last = {
            r.source: r
            for r in conn.execute(select(run).join(last_ids, run.c.id == last_ids.c.id)).all()
        }
    out = []
    for name, kind, system in sources:
        r = last.get(name)
        out.append(
            {
                "source": name,
                "kind": kind,
                "system": system,
                "documents": docs.get(name, 0),
                "extracted": extracted.get(name, 0),
                "list_rows": rows.get(name, 0),
                "mentions": mentions.get(name, 0),
                "last_run": r.state if r else None,
                "last_run_at": (r.finished_at or r.started_at) if r else None,
                "last_run_errors": r.errors if r else 0,
                "warnings": warnings.get(name, 0),
            }
        )
    return out


def totals(engine: Engine) -> dict[str, int]:
    """Headline counts of the registry."""
    with engine.connect() as conn:

        def count(table: Any, *where: Any) -> int:
            return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)

        return {
            "sources": count(s.source),
            "documents": count(s.document),
            "list_rows": count(s.mention, s.mention.c.extractor == "list"),
            "mentions": count(s.mention),
        }


def warning_counts(engine: Engine) -> list[dict[str, Any]]:
    """Cell warnings held per source and kind; for unmapped vocabulary values, per
    column and value too (most frequent first), so a missing lookup entry shows."""
    w = s.ingest_warning
    with engine.connect() as conn:
        by_kind = conn.execute(
            select(w.c.source, w.c.kind, func.count())
            .where(w.c.kind != "unmapped")
            .group_by(w.c.source, w.c.kind)
        ).all()
        unmapped = conn.execute(
            select(w.c.source, w.c.kind, w.c.column_name, w.c.raw, func.count())
            .where(w.c.kind == "unmapped")
            .group_by(w.c.source, w.c.kind, w.c.column_name, w.c.raw)
        ).all()
    out = [
        {"source": src, "kind": kind, "column": None, "value": None, "count": n}
        for src, kind, n in by_kind
    ]
    out += [
        {"source": src, "kind": kind, "column": col, "value": raw, "count": n}
        for src, kind, col, raw, n in unmapped
    ]
    out.sort(key=lambda r: (r["source"], r["kind"], -r["count"], str(r["value"])))
    return out
