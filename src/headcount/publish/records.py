"""What an export holds: persons, their sources and their evidence, as three plain tables.

- ``persons``: one row per counted (confirmed or pending) person, by stable id;
- ``sources``: one row per mention of a person (source, document, URL, date);
- ``evidence``: one row per field a mention supports, with the quoted text.

:func:`apply_privacy` applies the workspace's rules (``[privacy]``; the rules
themselves are :mod:`headcount.privacy`, shared with the web app).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select

from headcount.privacy import HIDDEN_FIELDS, PrivacyRules, restricted
from headcount.stats.frame import person_select
from headcount.stats.places import region_code, region_label
from headcount.store import schema as s

PERSON_FIELDS = (
    "name",
    "grade",
    "status",
    "birth_date",
    "death_date",
    "reported_date",
    "age",
    "region",
    "settlement",
    "citizenship",
    "channel",
    "branch",
    "rank",
    "unit",
)


@dataclass(frozen=True)
class ExportTables:
    persons: pd.DataFrame
    sources: pd.DataFrame
    evidence: pd.DataFrame
    withheld: int = 0  # persons shown without birth date, settlement and unit
    removed: int = 0  # persons left out at their relatives' request


def _frame(conn: Any, query: Any) -> pd.DataFrame:
    cols = list(query.selected_columns.keys())
    rows = conn.execute(query).all()
    data = list(zip(*rows, strict=False)) or [() for _ in cols]
    return pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in zip(cols, data, strict=True)})


def load_tables(engine: Engine) -> ExportTables:
    """Every counted person with sources and evidence (no privacy rules applied)."""
    p, pm, m, d = s.person, s.person_mention, s.mention, s.document
    cols = [c for c in PERSON_FIELDS if c != "grade"]
    base = person_select(cols).subquery("base")
    persons_q = (
        select(
            base,
            p.c.mentions,
            p.c.sources.label("source_count"),
            p.c.conflicts,
            p.c.created_at,
            p.c.updated_at,
        )
        .join(p, p.c.id == base.c.id)
        .order_by(base.c.id)
    )
    sources_q = (
        select(
            pm.c.person_id,
            m.c.id.label("mention_id"),
            m.c.source,
            m.c.document_id,
            m.c.locator,
            m.c.record_id,
            m.c.url.label("mention_url"),
            d.c.url,
            d.c.title,
            d.c.published_at,
            m.c.evidence,
        )
        .select_from(pm.join(m, m.c.id == pm.c.mention_id).join(d, d.c.id == m.c.document_id))
        .join(p, p.c.id == pm.c.person_id)
        .where(p.c.state == "active", p.c.grade != "rejected")
        .order_by(pm.c.person_id, m.c.id)
    )
    with engine.connect() as conn:
        persons = _frame(conn, persons_q)
        raw = _frame(conn, sources_q)
    persons["age"] = pd.to_numeric(persons["age"], errors="coerce").astype("Int64")
    at = persons.columns.get_loc("region") + 1
    persons.insert(
        at, "region_name", persons["region"].map(lambda v: region_label(v) if v else None)
    )
    persons.insert(
        at, "region_code", persons["region"].map(lambda v: region_code(v) if v else None)
    )
    ev_rows: list[tuple[Any, ...]] = []
    for pid, mid, evidence in zip(
        raw["person_id"], raw["mention_id"], raw["evidence"], strict=True
    ):
        ev = json.loads(evidence) if isinstance(evidence, str) else (evidence or {})
        for fld, e in ev.items():
            if isinstance(e, dict) and e.get("quote") is not None:
                ev_rows.append(
                    (pid, mid, fld, str(e["quote"]), e.get("column"), e.get("start"), e.get("end"))
                )
    evidence_df = pd.DataFrame(
        ev_rows, columns=["person_id", "mention_id", "field", "quote", "column", "start", "end"]
    )
    raw["url"] = raw["mention_url"].where(raw["mention_url"].notna(), raw["url"])
    sources = raw.drop(columns=["evidence", "mention_url"])
    return ExportTables(persons=persons, sources=sources, evidence=evidence_df)


def apply_privacy(tables: ExportTables, rules: PrivacyRules, removed: set[str]) -> ExportTables:
    """Leave out removed persons; withhold birth date, settlement and unit (and the
    quotes that give them) of the living and of minors unless ``rules`` allow."""
    persons = tables.persons[~tables.persons["id"].isin(removed)].copy()
    hide = [
        restricted(rules, st, bd, dd, None if pd.isna(age) else int(age))
        for st, bd, dd, age in zip(
            persons["status"],
            persons["birth_date"],
            persons["death_date"],
            persons["age"],
            strict=True,
        )
    ]
    mask = pd.Series(hide, index=persons.index, dtype=bool)
    for col in HIDDEN_FIELDS:
        if col in persons:
            persons[col] = persons[col].astype(object).where(~mask, None)
    hidden_ids = set(persons.loc[mask, "id"])
    sources = tables.sources[~tables.sources["person_id"].isin(removed)]
    ev = tables.evidence
    drop = ev["person_id"].isin(removed) | (
        ev["person_id"].isin(hidden_ids) & ev["field"].isin(HIDDEN_FIELDS)
    )
    return replace(
        tables,
        persons=persons.reset_index(drop=True),
        sources=sources.reset_index(drop=True),
        evidence=ev[~drop].reset_index(drop=True),
        withheld=len(hidden_ids),
        removed=len(tables.persons) - len(persons),
    )
