"""What an export holds: persons, their sources and their evidence, as three plain tables.

- ``persons``: one row per counted (confirmed or pending) person, by stable id;
- ``sources``: one row per mention of a person (source, document, URL, date);
- ``evidence``: one row per field a mention supports, with the quoted text.

:func:`iter_tables` reads them a chunk of persons at a time (in id order, each
person's sources and evidence in the same chunk), so an export never holds the
whole registry; :func:`load_tables` is all the chunks in one.
:func:`apply_privacy` applies the workspace's rules (``[privacy]``; the rules
themselves are :mod:`headcount.privacy`, shared with the web app).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine, select

from headcount.privacy import HIDDEN_FIELDS, PrivacyRules, restricted, youngest
from headcount.redact import public_quote, withheld_of
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
    "age_basis",
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
    #: each mention's evidence and withheld-field values, for the privacy rules; never written
    mentions: pd.DataFrame | None = None


#: persons per chunk of :func:`iter_tables`
CHUNK = 50_000
SECRET_COLUMNS = ("settlement", "unit", "birth_date", "age")
EVIDENCE_COLUMNS = ["person_id", "mention_id", "field", "quote", "column", "start", "end"]


def _frame(cols: list[str], rows: Any) -> pd.DataFrame:
    """Rows as a frame of Python objects (None stays None; no type guessing)."""
    if rows:
        try:
            grid = np.array([tuple(r) for r in rows], dtype=object)  # plain tuples: fast
        except ValueError:  # a value is itself a sequence
            grid = None
        if grid is not None and grid.shape == (len(rows), len(cols)):
            return pd.DataFrame(grid, columns=cols, dtype=object)
    data = list(zip(*rows, strict=False)) or [() for _ in cols]
    return pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in zip(cols, data, strict=True)})


def _queries() -> tuple[Any, Any]:
    """The persons (in id order) and their sources (by person, then mention)."""
    p, pm, m, d = s.person, s.person_mention, s.mention, s.document
    cols = [c for c in PERSON_FIELDS if c != "grade"]
    base = person_select(cols).subquery("base")
    persons = (
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
    sources = (
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
            *(m.c[c].label(f"secret_{c}") for c in SECRET_COLUMNS),
        )
        .select_from(pm.join(m, m.c.id == pm.c.mention_id).join(d, d.c.id == m.c.document_id))
        .join(p, p.c.id == pm.c.person_id)
        .where(p.c.state == "active", p.c.grade != "rejected")
        .order_by(pm.c.person_id, m.c.id)
    )
    return persons, sources


def _tables(persons: pd.DataFrame, raw: pd.DataFrame) -> ExportTables:
    """Persons, and the source rows of those persons, into the three export tables."""
    persons["age"] = pd.to_numeric(persons["age"], errors="coerce").astype("Int64")
    regions = {v: (region_code(v), region_label(v)) for v in persons["region"].dropna().unique()}
    at = persons.columns.get_loc("region") + 1
    persons.insert(at, "region_name", persons["region"].map(lambda v: regions[v][1] if v else None))
    persons.insert(at, "region_code", persons["region"].map(lambda v: regions[v][0] if v else None))
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
    evidence_df = pd.DataFrame(ev_rows, columns=EVIDENCE_COLUMNS)
    for col in ("start", "end"):  # the same type in every chunk
        evidence_df[col] = pd.to_numeric(evidence_df[col], errors="coerce").astype("Int64")
    raw["url"] = raw["mention_url"].where(raw["mention_url"].notna(), raw["url"])
    secret = [f"secret_{c}" for c in SECRET_COLUMNS]
    mentions = raw[["person_id", "mention_id", "evidence", *secret]].rename(
        columns=dict(zip(secret, SECRET_COLUMNS, strict=True))
    )
    sources = raw.drop(columns=["evidence", "mention_url", *secret])
    return ExportTables(persons=persons, sources=sources, evidence=evidence_df, mentions=mentions)


def iter_tables(engine: Engine, chunk: int | None = None) -> Iterator[ExportTables]:
    """Every counted person with sources and evidence, ``chunk`` persons (default
    :data:`CHUNK`) at a time, in id order (no privacy rules applied). Yields one
    empty chunk when there are none."""
    chunk = chunk or CHUNK
    persons_q, sources_q = _queries()
    pcols = list(persons_q.selected_columns.keys())
    scols = list(sources_q.selected_columns.keys())
    pid = s.person_mention.c.person_id
    stream = {"stream_results": True} if engine.dialect.supports_server_side_cursors else {}
    with engine.connect() as pconn, engine.connect() as sconn:
        result = pconn.execution_options(**stream).execute(persons_q)
        first = True
        while rows := result.fetchmany(chunk):
            first = False
            persons = _frame(pcols, rows)
            lo, hi = rows[0][0], rows[-1][0]
            raw = _frame(scols, sconn.execute(sources_q.where(pid >= lo, pid <= hi)).all())
            raw = raw[raw["person_id"].isin(set(persons["id"]))].reset_index(drop=True)
            yield _tables(persons, raw)
        if first:
            yield _tables(_frame(pcols, []), _frame(scols, []))


def load_tables(engine: Engine) -> ExportTables:
    """Every counted person with sources and evidence (no privacy rules applied)."""
    parts = list(iter_tables(engine))
    if len(parts) == 1:
        return parts[0]
    return ExportTables(
        persons=pd.concat([t.persons for t in parts], ignore_index=True),
        sources=pd.concat([t.sources for t in parts], ignore_index=True),
        evidence=pd.concat([t.evidence for t in parts], ignore_index=True),
        mentions=pd.concat(
            [t.mentions for t in parts if t.mentions is not None], ignore_index=True
        ),
    )


def apply_privacy(tables: ExportTables, rules: PrivacyRules, removed: set[str]) -> ExportTables:
    """Leave out removed persons; withhold birth date, settlement and unit (and the
    quotes that give them) of the living and of minors unless ``rules`` allow."""
    persons = tables.persons[~tables.persons["id"].isin(removed)].copy()
    ages: dict[str, list[Any]] = {}
    if tables.mentions is not None:
        for pid, age in zip(tables.mentions["person_id"], tables.mentions["age"], strict=True):
            ages.setdefault(pid, []).append(None if pd.isna(age) else age)
    hide = [
        restricted(rules, st, bd, dd, youngest([None if pd.isna(age) else age, *ages.get(pid, [])]))
        for pid, st, bd, dd, age in zip(
            persons["id"],
            persons["status"],
            persons["birth_date"],
            persons["death_date"],
            persons["age"],
            strict=True,
        )
    ]
    mask = pd.Series(hide, index=persons.index, dtype=bool)
    before = persons[mask].copy()
    for col in (*HIDDEN_FIELDS, "age_basis"):  # how the age was had goes with it
        if col in persons:
            persons[col] = persons[col].astype(object).where(~mask, None)
    hidden_ids = set(persons.loc[mask, "id"])
    sources = tables.sources[~tables.sources["person_id"].isin(removed)]
    ev = _public_quotes(tables, tables.evidence[~tables.evidence["person_id"].isin(removed)],
                        before, hidden_ids)  # fmt: skip
    return replace(
        tables,
        persons=persons.reset_index(drop=True),
        sources=sources.reset_index(drop=True),
        evidence=ev.reset_index(drop=True),
        mentions=None,
        withheld=len(hidden_ids),
        removed=len(tables.persons) - len(persons),
    )


def _evidence_dict(value: Any) -> dict[str, Any]:
    ev = json.loads(value) if isinstance(value, str) else value
    return ev if isinstance(ev, dict) else {}


def _public_quotes(
    tables: ExportTables, ev: pd.DataFrame, hidden: pd.DataFrame, hidden_ids: set[str]
) -> pd.DataFrame:
    """The evidence rows of hidden persons cut by :func:`headcount.redact.public_quote`
    (rows whose quote is withheld whole are dropped; cut quotes lose their offsets)."""
    if not hidden_ids or ev.empty:
        return ev
    mentions = tables.mentions
    rows_of: dict[str, list[dict[str, Any]]] = {
        pid: [dict(r)] for pid, r in zip(hidden["id"], hidden.to_dict("records"), strict=True)
    }
    evidence_of: dict[str, dict[str, Any]] = {}
    if mentions is not None:
        mine = mentions[mentions["person_id"].isin(hidden_ids)]
        for r in mine.to_dict("records"):
            rows_of.setdefault(r["person_id"], []).append(r)
            evidence_of[r["mention_id"]] = _evidence_dict(r["evidence"])
    secrets = {pid: withheld_of(HIDDEN_FIELDS, rows) for pid, rows in rows_of.items()}
    ev = ev.copy()
    keep = pd.Series(True, index=ev.index)
    sel = ev["person_id"].isin(hidden_ids)
    for i, pid, mid, fld, quote in zip(
        ev.index[sel],
        ev.loc[sel, "person_id"],
        ev.loc[sel, "mention_id"],
        ev.loc[sel, "field"],
        ev.loc[sel, "quote"],
        strict=True,
    ):
        public = public_quote(quote, fld, secrets[pid], evidence=evidence_of.get(mid))
        if public is None:
            keep[i] = False
        elif public != quote:
            ev.loc[i, ["quote", "start", "end"]] = [public, pd.NA, pd.NA]
    return ev[keep]
