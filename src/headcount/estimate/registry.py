"""Capture histories from the registry: linked persons × the systems that name them.

Each source belongs to one MSE "system" (``system:`` in its YAML). A person is
"captured" by a system when any mention of theirs comes from one of its
sources. Counting persons by the set of systems that name them gives the
aggregated capture-history table the estimators read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
from sqlalchemy import ColumnElement, Engine, case, func, select

from headcount.estimate.covariates import age_band
from headcount.estimate.errors import EstimationError
from headcount.store import schema as s

#: strata a registry estimate can be split by, and how each is read off a person
STRATA = ("region", "citizenship", "month", "year", "channel", "status", "age")
COUNT = "count"


Statuses = str | Sequence[str] | None


def _statuses(status: Statuses) -> tuple[str, ...]:
    """``None`` or empty: every status; one name or several."""
    if status is None:
        return ()
    return (status,) if isinstance(status, str) else tuple(status)


def age_at(birth: object, death: object) -> float | None:
    """Age at death in whole years from ISO dates (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``); None when either is unknown (None, NaN, "") or the dates disagree."""
    if not isinstance(birth, str) or not isinstance(death, str):
        return None
    if len(birth) < 4 or len(death) < 4:
        return None
    try:
        years = int(death[:4]) - int(birth[:4])
    except ValueError:
        return None
    if len(birth) >= 10 and len(death) >= 10 and death[5:10] < birth[5:10]:
        years -= 1
    return float(years) if 0 <= years <= 120 else None


def two_words(name: ColumnElement[Any]) -> ColumnElement[bool]:
    """SQL: the name has at least two words (a surname and a given name or an initial)."""
    return func.trim(func.coalesce(name, "")).like("% %")


def _person_systems(engine: Engine, status: Statuses) -> pd.DataFrame:
    p, pm, m, src = s.person, s.person_mention, s.mention, s.source
    query = (
        select(
            p.c.id.label("person"),
            case((two_words(m.c.name), 1), else_=0).label("full_name"),
            p.c.region,
            p.c.citizenship,
            p.c.status,
            p.c.death_date,
            p.c.birth_date,
            src.c.system,
        )
        .select_from(
            p.join(pm, pm.c.person_id == p.c.id)
            .join(m, m.c.id == pm.c.mention_id)
            .join(src, src.c.name == m.c.source)
        )
        .where(p.c.state == "active", p.c.grade != "rejected")
    )
    if _statuses(status):
        query = query.where(p.c.status.in_(_statuses(status)))
    with engine.connect() as conn:
        frame = pd.DataFrame(conn.execute(query).all(), columns=list(query.selected_columns.keys()))
        channels = dict(
            conn.execute(
                select(s.person_field.c.person_id, s.person_field.c.value).where(
                    s.person_field.c.field == "channel"
                )
            ).all()
        )
    frame["channel"] = frame["person"].map(channels)
    return frame


def _patterns(
    engine: Engine, status: Statuses, exclude_systems: Sequence[str], identified_only: bool
) -> pd.DataFrame | None:
    """The unstratified table counted in the database (each person reduced to a flag
    per system there, so only the patterns leave it); None when there is nothing to
    estimate from (no persons, fewer than two systems)."""
    p, pm, m, src = s.person, s.person_mention, s.mention, s.source
    with engine.connect() as conn:
        systems = sorted(conn.scalars(select(src.c.system).distinct()).all())
        systems = [name for name in systems if name not in set(exclude_systems)]
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
            .where(p.c.state == "active", p.c.grade != "rejected", src.c.system.in_(systems))
            .group_by(p.c.id)
        )
        if _statuses(status):
            per_person = per_person.where(p.c.status.in_(_statuses(status)))
        if identified_only:
            per_person = per_person.having(
                func.max(case((two_words(m.c.name), 1), else_=0)) == 1)
        inner = per_person.subquery("patterns")
        keys = [inner.c[f"s{i}"] for i in range(len(systems))]
        rows = conn.execute(select(*keys, func.count().label(COUNT)).group_by(*keys)).all()
    table = pd.DataFrame([tuple(r) for r in rows], columns=[*systems, COUNT], dtype="int64")
    named = [name for name in systems if table[name].any()]  # the others name none of them
    if len(named) < 2:
        return None
    return table[[*named, COUNT]].sort_values(named).reset_index(drop=True)


def capture_histories(
    engine: Engine,
    *,
    status: Statuses = "killed",
    by: Sequence[str] = (),
    exclude_systems: Sequence[str] = (),
    identified_only: bool = False,
) -> pd.DataFrame:
    """The capture-history table of the registry's persons, optionally by stratum.

    Returns one row per (stratum, capture pattern): the stratum columns, one 0/1
    column per system and ``count``. Without strata the patterns are counted in
    the database; with them, from a row per mention. Persons whose stratum value is unknown fall
    in the stratum "unknown". Only active, not rejected persons with the given
    canonical ``status`` (a name or several; None or empty: any) are counted;
    ``identified_only``: only persons some mention names with at least two words (a
    person named by one word — a surname alone, or a place misread as a name — can be
    linked to nothing, so it would only ever be a singleton inflating the estimate).
    """
    unknown = [b for b in by if b not in STRATA]
    if unknown:
        raise EstimationError(f"cannot stratify by {', '.join(unknown)}; use {', '.join(STRATA)}")
    if not by:
        table = _patterns(engine, status, exclude_systems, identified_only)
        if table is not None:
            return table
        # nothing to estimate from: the row-per-mention path below says why
    frame = _person_systems(engine, status)
    if identified_only:
        full = frame.groupby("person")["full_name"].transform("max")
        frame = frame[full == 1]
    if exclude_systems:
        frame = frame[~frame["system"].isin(exclude_systems)]
    if frame.empty:
        raise EstimationError(
            "no linked persons to estimate from: run `headcount link` first"
            + (
                f" (or no person has status {' or '.join(_statuses(status))})"
                if _statuses(status)
                else ""
            )
        )
    frame = frame.assign(
        month=frame["death_date"].str.slice(0, 7).where(frame["death_date"].str.len() >= 7),
        year=frame["death_date"].str.slice(0, 4),
    )
    if "age" in by:
        frame["age"] = [age_band(age_at(b, d))
                        for b, d in zip(frame["birth_date"], frame["death_date"], strict=True)]
    systems = sorted(frame["system"].unique())
    if len(systems) < 2:
        raise EstimationError(
            f"the registry's persons are named by {len(systems)} system(s) "
            f"({', '.join(systems)}); estimation needs at least two"
        )
    hits = pd.crosstab(frame["person"], frame["system"]).clip(upper=1)
    hits = hits.reindex(columns=systems, fill_value=0)
    strata = frame.groupby("person")[list(by)].first().fillna("unknown") if by else None
    table = hits if strata is None else strata.join(hits)
    grouped = table.groupby([*by, *systems], sort=True).size().rename(COUNT).reset_index()
    return grouped
