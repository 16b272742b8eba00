"""Capture histories counted inside the database, for the report's estimate.

The table is that of :func:`headcount.estimate.registry.capture_histories`
without strata: one 0/1 column per system (sorted by name), ``count``, one row
per capture pattern, patterns in order. Each person is reduced to its pattern
in SQL (a flag per system), so only the few patterns leave the database,
instead of a row per mention. When there is nothing to estimate from (no
persons, fewer than two systems), :func:`capture_table` returns None and the
caller asks ``capture_histories``, which says why.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, case, func, select

from headcount.store import schema as s

COUNT = "count"


def capture_table(engine: Engine, status: str | None = "killed") -> pd.DataFrame | None:
    """Capture-pattern counts of active, not rejected persons with ``status`` (None: any)."""
    p, pm, m, src = s.person, s.person_mention, s.mention, s.source
    with engine.connect() as conn:
        systems = sorted(conn.scalars(select(src.c.system).distinct()).all())
        if len(systems) < 2:
            return None
        flags = [
            func.max(case((src.c.system == name, 1), else_=0)).label(f"s{i}")
            for i, name in enumerate(systems)
        ]
        per_person = (
            select(*flags)
            .select_from(
                p.join(pm, pm.c.person_id == p.c.id)
                .join(m, m.c.id == pm.c.mention_id)
                .join(src, src.c.name == m.c.source)
            )
            .where(p.c.state == "active", p.c.grade != "rejected")
            .group_by(p.c.id)
        )
        if status:
            per_person = per_person.where(p.c.status == status)
        inner = per_person.subquery("patterns")
        keys = [inner.c[f"s{i}"] for i in range(len(systems))]
        rows = conn.execute(select(*keys, func.count().label(COUNT)).group_by(*keys)).all()
    table = pd.DataFrame([tuple(r) for r in rows], columns=[*systems, COUNT], dtype="int64")
    named = [name for name in systems if table[name].any()]  # the others name none of them
    if len(named) < 2:
        return None
    return table[[*named, COUNT]].sort_values(named).reset_index(drop=True)
