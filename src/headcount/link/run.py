"""`headcount link` on the registry: mentions -> scored pairs -> persons.

:func:`link_mentions` does the linkage on a plain table of mentions;
:func:`link_registry` reads the registry, runs it with the workspace's trained
model and the human decisions, and writes persons, their mentions, fields,
events and the scored pairs back in one transaction. Unless a cut-off is
given, the registry's pairs are calibrated to the registry's own prior and
clustered at the cut-off the model chooses (:mod:`headcount.link.calibrate`,
as `headcount dedupe` does); the cut-off and the precision and recall the model
expects of it are reported and stored with the run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, delete, insert, select, update

from headcount.link import decisions as dec
from headcount.link import persons as per
from headcount.link.calibrate import Cut, choose_cluster_cut
from headcount.link.cluster import Clusters, Constraints, cluster
from headcount.link.dedupe import calibrated_pairs, within_clusters
from headcount.link.engines import EngineName
from headcount.link.ids import id_array, positions
from headcount.link.predict import predict
from headcount.link.standardise import MENTION_COLUMNS, standardise
from headcount.link.train import (
    MIN_TRAIN,
    Model,
    default_model,
    load_model,
    model_dir,
    save_model,
    train,
)
from headcount.store import schema as s

#: pairs at or above this probability are kept for the review queue
REVIEW_FLOOR = 0.05
#: the cut-off of :func:`link_mentions` (the registry's is the model's unless given)
DEFAULT_THRESHOLD = 0.9
#: the columns a registry model compares (beside the name)
REGISTRY_COLUMNS = ["patronymic_key", "birth_year", "death_year", "lost_ym", "region",
                    "citizenship", "unit"]  # fmt: skip
#: the dated events (extraction's ``other_dates``) that tell when a person was lost to his
#: family, the first one found kept: captured, gone missing, last heard from
LOST_EVENTS = ("captured", "missing", "contact")
#: statuses whose status date is that day (a prisoners' list's date of capture)
LOST_STATUSES = frozenset({"captured", "missing"})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def load_mentions(engine: Engine) -> pd.DataFrame:
    """Every mention with its source's kind, system and deduplicated flag and the
    publication time of its document."""
    m, src, doc = s.mention, s.source, s.document
    q = (
        select(
            m,
            src.c.kind.label("source_kind"),
            src.c.system,
            src.c.deduplicated.label("source_deduplicated"),
            doc.c.published_at,
        )
        .join(src, src.c.name == m.c.source)
        .join(doc, doc.c.id == m.c.document_id)
        .order_by(m.c.id)
    )
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    cols = [c.name for c in m.columns] + ["source_kind", "system", "source_deduplicated",
                                          "published_at"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def lost_dates(mentions: pd.DataFrame) -> pd.Series:
    """Per mention, the date its person went missing, was captured or was last heard
    from (:data:`LOST_EVENTS` in the mention's ``extra``), else the status date of a
    captured or missing person; None when the mention dates no such day."""

    def one(extra: Any, status: Any, status_date: Any) -> str | None:
        if isinstance(extra, str):
            try:
                extra = json.loads(extra)
            except ValueError:
                extra = None
        events = extra.get("other_dates") if isinstance(extra, dict) else None
        if isinstance(events, dict):
            for key in LOST_EVENTS:
                if isinstance(events.get(key), str) and events[key]:
                    return str(events[key])
        if status in LOST_STATUSES and isinstance(status_date, str) and status_date:
            return status_date
        return None

    n = len(mentions)
    cols = [mentions[c] if c in mentions.columns else pd.Series([None] * n, index=mentions.index)
            for c in ("extra", "status", "status_date")]  # fmt: skip
    return pd.Series([one(*row) for row in zip(*cols, strict=True)], index=mentions.index,
                     dtype=object)  # fmt: skip


def standardise_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Standardised mentions with ``dedup_group`` set for deduplicated sources."""
    if MENTION_COLUMNS.lost and MENTION_COLUMNS.lost not in mentions.columns:
        mentions = mentions.assign(**{MENTION_COLUMNS.lost: lost_dates(mentions)})
    std = standardise(mentions, MENTION_COLUMNS)
    if "source_deduplicated" in mentions.columns:
        flag = mentions["source_deduplicated"].fillna(0).astype(int).to_numpy() == 1
        std["dedup_group"] = [src if f else None for src, f in zip(std["source"], flag,
                                                                   strict=True)]  # fmt: skip
    return std


def dedup_groups(std: pd.DataFrame) -> dict[str, str]:
    """Record id -> deduplicated group, for records that have one."""
    if "dedup_group" not in std.columns:
        return {}
    return {
        str(u): str(g)
        for u, g in zip(std["unique_id"], std["dedup_group"], strict=True)
        if isinstance(g, str) and g
    }


def link_mentions(
    mentions: pd.DataFrame,
    model: Model | None = None,
    engine: EngineName | str = EngineName.duckdb,
    threshold: float = DEFAULT_THRESHOLD,
    constraints: Constraints | None = None,
    master: str | None = None,
) -> pd.DataFrame:
    """The mentions (registry columns; ``id`` required) with ``cluster_id`` and
    ``match_probability``. Trains a model on the table itself if none is given.
    The scored pairs are in ``.attrs["pairs"]``, the clusters in ``.attrs["clusters"]``."""
    std = standardise_mentions(mentions)
    if model is None:
        model = train(std.drop(columns=["dedup_group"], errors="ignore"), engine, master=master)
    pairs = predict(std, model, engine, floor=min(REVIEW_FLOOR, threshold), master=master)
    con = constraints or Constraints()
    groups = dedup_groups(std)
    con = Constraints(same=con.same, different=con.different, groups={**groups, **con.groups})
    result = cluster(list(std["unique_id"]), pairs, threshold, con)
    out = mentions.copy()
    out["cluster_id"] = [result.cluster_of[str(u)] for u in std["unique_id"]]
    out["match_probability"] = [result.probability.get(str(u)) for u in std["unique_id"]]
    out.attrs["pairs"] = pairs
    out.attrs["clusters"] = result
    out.attrs["model"] = model
    return out


@dataclass
class LinkReport:
    run_id: int = 0
    model: str = ""
    engine: str = "duckdb"
    mentions: int = 0
    persons: int = 0
    pairs: int = 0
    confirmed: int = 0
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    events: dict[str, int] = field(default_factory=dict)
    contradictions: list[tuple[str, str]] = field(default_factory=list)
    blocked: int = 0
    threshold: float = 0.0  # the cut-off the clusters were made at
    chosen_by: str = "model"  # model | given
    expected_precision: float | None = None  # what the model expects of the cut-off
    expected_recall: float | None = None
    prior: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def link_registry(
    engine: Engine,
    root: Path,
    engine_name: EngineName | str = EngineName.duckdb,
    threshold: float | None = None,
    retrain: bool = False,
    master: str | None = None,
    on_step: Callable[[str], None] | None = None,
) -> LinkReport:
    """Link every mention of the registry into persons (see the module docstring).

    ``retrain``: estimate a new model version first (else the newest saved one
    is used; :class:`~headcount.link.train.ModelMissing` if there is none).
    ``threshold``: the match probability at which pairs join; None (default): the
    cut-off with the best expected F1 under the registry's own prior.
    """
    step = on_step or (lambda _s: None)
    step("read mentions")
    mentions = load_mentions(engine)
    in_force = dec.current_decisions(engine)
    folder = model_dir(root)
    std = standardise_mentions(mentions)
    if retrain:
        step("train")
        same = [(d["left_id"], d["right_id"]) for d in in_force
                if d["kind"] == "pair" and d["verdict"] == "same"]  # fmt: skip
        labels = pd.DataFrame(same, columns=["unique_id_l", "unique_id_r"])
        base = std.drop(columns=["dedup_group"], errors="ignore")
        if len(base) < MIN_TRAIN:
            model = default_model(REGISTRY_COLUMNS, len(base))
        else:
            model = train(base, engine_name, labels=labels, master=master)
        path = save_model(model, folder)
    else:
        model, path = load_model(folder)
    report = LinkReport(model=path.name, engine=str(engine_name), mentions=len(mentions))
    with engine.begin() as conn:
        report.run_id = dec.primary_key(
            conn.execute(
                insert(s.link_run).values(started_at=_now(), state="running",
                                          engine=str(engine_name), model=path.name,
                                          threshold=threshold or 0.0, mentions=len(mentions))
            )
        )  # fmt: skip
    try:
        step("predict")
        pairs, cut = registry_pairs(std, model, engine_name, master)
        report.threshold = threshold if threshold is not None else cut.threshold
        report.chosen_by = "given" if threshold is not None else "model"
        report.expected_precision = round(cut.expected_precision, 4)
        report.expected_recall = round(cut.expected_recall, 4)
        report.prior = cut.prior
        step("cluster")
        groups = dedup_groups(std)
        result = cluster(list(std["unique_id"]), pairs, report.threshold,
                         dec.constraints(in_force, groups))  # fmt: skip
        step("persons")
        verdicts = {d["left_id"]: d["verdict"] for d in in_force if d["kind"] == "person"}
        with engine.begin() as conn:
            _write(conn, report, mentions, pairs, result, verdicts)
    except Exception:
        with engine.begin() as conn:
            conn.execute(update(s.link_run).where(s.link_run.c.id == report.run_id)
                         .values(state="failed", finished_at=_now()))  # fmt: skip
        raise
    return report


def registry_pairs(
    std: pd.DataFrame, model: Model, engine: EngineName | str, master: str | None = None
) -> tuple[pd.DataFrame, Cut]:
    """The pairs worth keeping (probability at least REVIEW_FLOOR, under the prior the
    registry's pairs imply) and the cut-off the model chooses for them."""
    pairs, model, prior = calibrated_pairs(std, model, engine, master)
    ids = id_array(std["unique_id"].astype(str).to_numpy(dtype=object))
    pairs = within_clusters(std, model, engine, pairs, ids, master)
    cut = choose_cluster_cut(
        positions(pairs["unique_id_l"], ids),
        positions(pairs["unique_id_r"], ids),
        pairs["match_probability"].to_numpy(dtype=float),
        len(std),
        prior,
    )
    kept = pairs[pairs["match_probability"] >= REVIEW_FLOOR].reset_index(drop=True)
    return kept, cut


def _write(
    conn: Connection,
    report: LinkReport,
    mentions: pd.DataFrame,
    pairs: pd.DataFrame,
    result: Clusters,
    verdicts: dict[str, str],
) -> None:
    run = report.run_id
    now = _now()
    previous = dict(conn.execute(select(s.person_mention.c.mention_id,
                                        s.person_mention.c.person_id)).all())  # fmt: skip
    taken = set(conn.execute(select(s.person.c.id)).scalars().all())
    members = result.members()
    assignment = per.assign_ids(members, previous, taken)
    clean = mentions.astype(object).where(mentions.notna(), None)
    records = {str(r["id"]): r for r in clean.to_dict("records")}

    conn.execute(delete(s.person_mention))
    conn.execute(delete(s.person_field))
    person_rows, field_rows, link_rows = [], [], []
    for key, ms in members.items():
        pid = assignment.person_of_cluster[key]
        rows = [records[m] for m in ms]
        fields = per.canonical_fields(rows)
        history = per.status_history(rows)
        grade, rule = per.grade(rows, verdicts.get(pid))
        report.persons += 1
        setattr(report, grade, getattr(report, grade) + 1)
        conflicts = sum(f["conflict"] for f in fields.values())
        report.conflicts += conflicts
        person_rows.append(
            {
                "id": pid,
                "state": "active",
                "merged_into": None,
                "grade": grade,
                "grade_rule": rule,
                "name": fields.get("name", {}).get("value"),
                "birth_date": fields.get("birth_date", {}).get("value"),
                "death_date": fields.get("death_date", {}).get("value"),
                "region": fields.get("region", {}).get("value"),
                "citizenship": fields.get("citizenship", {}).get("value"),
                "status": next(
                    (h["status"] for h in reversed(history) if h["date"]),
                    history[-1]["status"] if history else None,
                ),
                "mentions": len(ms),
                "sources": len({r["source"] for r in rows}),
                "conflicts": conflicts,
                "status_history": history,
                "updated_run": run,
                "updated_at": now,
            }
        )
        field_rows += [{"person_id": pid, "field": name, **f} for name, f in fields.items()]
        link_rows += [
            {"mention_id": m, "person_id": pid, "run_id": run,
             "probability": result.probability.get(m), "rule": result.rule.get(m, "single")}
            for m in ms
        ]  # fmt: skip
    existing = set(conn.execute(select(s.person.c.id)).scalars().all())
    fresh = [r | {"created_run": run, "created_at": now} for r in person_rows
             if r["id"] not in existing]  # fmt: skip
    if fresh:
        conn.execute(insert(s.person), fresh)
    for r in person_rows:
        if r["id"] in existing:
            conn.execute(update(s.person).where(s.person.c.id == r["id"]).values(**r))
    for old, into in assignment.merged_into.items():
        conn.execute(
            update(s.person)
            .where(s.person.c.id == old)
            .values(state="merged", merged_into=into, mentions=0, updated_run=run, updated_at=now)
        )
    for old in assignment.retired:
        conn.execute(update(s.person).where(s.person.c.id == old).values(
            state="retired", mentions=0, updated_run=run, updated_at=now))  # fmt: skip
    if field_rows:
        conn.execute(insert(s.person_field), field_rows)
    if link_rows:
        conn.execute(insert(s.person_mention), link_rows)
    if assignment.events:
        conn.execute(
            insert(s.person_event),
            [e | {"run_id": run, "created_at": now} for e in assignment.events],
        )
    conn.execute(delete(s.link_pair))
    pair_rows = [
        {"left_id": a, "right_id": b, "run_id": run, "probability": float(p), "weight": float(w)}
        for a, b, p, w in pairs[["unique_id_l", "unique_id_r", "match_probability",
                                 "match_weight"]].itertuples(index=False, name=None)
    ]  # fmt: skip
    if pair_rows:
        conn.execute(insert(s.link_pair), pair_rows)
    report.pairs = len(pair_rows)
    report.events = dict(
        sorted(pd.Series([e["kind"] for e in assignment.events], dtype=object)
               .value_counts().to_dict().items())
    )  # fmt: skip
    report.contradictions = result.contradictions
    report.blocked = len(result.blocked)
    conn.execute(
        update(s.link_run).where(s.link_run.c.id == run).values(
            state="complete", finished_at=_now(), persons=report.persons, pairs=report.pairs,
            threshold=report.threshold,
            stats={"cut": {"threshold": report.threshold, "chosen_by": report.chosen_by,
                           "expected_precision": report.expected_precision,
                           "expected_recall": report.expected_recall, "prior": report.prior},
                   "events": report.events, "confirmed": report.confirmed,
                   "pending": report.pending, "rejected": report.rejected,
                   "conflicts": report.conflicts, "contradictions": len(result.contradictions),
                   "blocked_by_constraints": len(result.blocked)},
        )
    )  # fmt: skip


__all__ = ["LinkReport", "link_mentions", "link_registry", "load_mentions", "registry_pairs"]
