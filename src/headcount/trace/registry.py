"""The registry side of a trace: the mentions of current persons, and what a case
worker needs to see about a candidate person (status and its evidence, the
foreign-recruit facts, the sources)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from sqlalchemy import Engine, func, select

from headcount.link.run import load_mentions
from headcount.store import schema as s

#: foreign-recruit facts shown with a candidate (mention columns of migration 0006)
RECRUIT_SHOWN = ("recruiter", "promised_job", "departure_date", "contract_date", "exchange_list")
#: person fields shown with a candidate besides the person row
FIELDS_SHOWN = ("settlement", "channel", "unit", "rank")


def registry_mentions(
    engine: Engine, exclude_sources: Iterable[str] = ()
) -> tuple[pd.DataFrame, dict[str, str]]:
    """(mentions of active, not rejected persons; mention id -> person id).

    ``exclude_sources``: source names whose mentions are left out (e.g. the case
    list itself, when it was also ingested as a source).
    """
    pm, p = s.person_mention, s.person
    q = (
        select(pm.c.mention_id, pm.c.person_id)
        .join(p, p.c.id == pm.c.person_id)
        .where(p.c.state == "active", p.c.grade != "rejected")
    )
    with engine.connect() as conn:
        person_of = {str(m): str(pid) for m, pid in conn.execute(q)}
    mentions = load_mentions(engine)
    skip = set(exclude_sources)
    keep = mentions["id"].astype(str).isin(person_of.keys())
    if skip:
        keep &= ~mentions["source"].isin(skip)
    return mentions[keep].reset_index(drop=True), person_of


def last_run(engine: Engine) -> int | None:
    """The newest complete link run, or None before the first."""
    with engine.connect() as conn:
        run = conn.scalar(select(func.max(s.link_run.c.id)).where(s.link_run.c.state == "complete"))
    return int(run) if run is not None else None


def _evidence(row: dict[str, Any], fields: Iterable[str]) -> str | None:
    ev = row.get("evidence") or {}
    for f in fields:
        quote = (ev.get(f) or {}).get("quote") if isinstance(ev.get(f), dict) else None
        if quote:
            return str(quote)
    return None


def person_details(engine: Engine, person_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Person id -> what a case worker sees: canonical fields, status, its evidence,
    foreign-recruit facts with their sources, mention ids."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    p, pm, m, d, pf = s.person, s.person_mention, s.mention, s.document, s.person_field
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for r in conn.execute(select(p).where(p.c.id.in_(ids))):
            row = dict(r._mapping)
            out[row["id"]] = {
                "name": row["name"], "birth_date": row["birth_date"],
                "death_date": row["death_date"], "region": row["region"],
                "citizenship": row["citizenship"], "status": row["status"],
                "grade": row["grade"], "mentions": row["mentions"], "sources": row["sources"],
                "status_history": row["status_history"] or [], "mention_ids": [],
                "status_date": None, "status_evidence": None, "recruitment": {},
            }  # fmt: skip
        for r in conn.execute(select(pf.c.person_id, pf.c.field, pf.c.value).where(
                pf.c.person_id.in_(ids), pf.c.field.in_(FIELDS_SHOWN))):  # fmt: skip
            if r.person_id in out and r.value:
                out[r.person_id][r.field] = r.value
        rows = conn.execute(
            select(pm.c.person_id, m, d.c.url.label("doc_url"), d.c.title, d.c.published_at)
            .join(m, m.c.id == pm.c.mention_id)
            .join(d, d.c.id == m.c.document_id)
            .where(pm.c.person_id.in_(ids))
            .order_by(m.c.id)
        ).all()
    by_id: dict[str, dict[str, Any]] = {}
    for r in rows:
        row = dict(r._mapping)
        pid = row["person_id"]
        if pid not in out:
            continue
        out[pid]["mention_ids"].append(row["id"])
        by_id[row["id"]] = row
        for f in RECRUIT_SHOWN:
            if row.get(f) is not None and f not in out[pid]["recruitment"]:
                out[pid]["recruitment"][f] = {
                    "value": row[f], "source": row["source"],
                    "url": row.get("url") or row.get("doc_url"),
                    "quote": _evidence(row, [f]),
                }  # fmt: skip
    for info in out.values():
        history = [h for h in info["status_history"] if h.get("status") == info["status"]]
        dated = [h for h in history if h.get("date")]
        chosen = dated[-1] if dated else (history[-1] if history else None)
        if chosen is None:
            continue
        info["status_date"] = chosen.get("date")
        found = by_id.get(str(chosen.get("mention")))
        if found is not None:
            info["status_evidence"] = {
                "quote": _evidence(found, ["status", "death_date", "status_date"]),
                "source": found["source"], "url": found.get("url") or found.get("doc_url"),
                "title": found.get("title"), "published_at": found.get("published_at"),
                "mention": found["id"],
            }  # fmt: skip
    return out


__all__ = ["RECRUIT_SHOWN", "last_run", "person_details", "registry_mentions"]
