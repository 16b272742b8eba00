"""The persons of the registry as one plain table, one row per active person.

Only the columns asked for are read. Derived columns are SQL expressions
defined once here, so the same table can be read row by row
(:func:`person_table`) or counted inside the database (:func:`count_registry`):

- ``month``: ``YYYY-MM`` of the date of death (``basis="death"``) or of the
  earliest date a source reported or confirmed the death (``basis="reported"``);
- ``age``: the age a source states (the highest when sources differ), else
  derived: from the dates of birth and death (exact when both are full dates,
  else year of death minus year of birth), else the year the death was first
  reported or confirmed minus the year of birth, for the dead (lists that
  publish a birth year and a report date). An age outside 0–110, stated or derived,
  is a slip (a year in the age column, a wrong date) and left unknown;
- ``age_basis``: how the age was had, with its precision (:data:`AGE_BASES`);
- ``age_band``: ``under 18``, ``18–24``, five-year bands, ``60 and over``;
- ``channel``, ``branch``, ``rank``, ``unit``, ``settlement``: the canonical
  value chosen by linkage (``person_field``).

Rejected and merged persons are never counted. A date range keeps the persons
whose date (on the basis chosen) lies in it, compared at the date's own
precision: "2022-03" is inside 2022-03-15..2022-04-30.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import (
    Engine,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from headcount.store import schema as s

#: person columns read as they are
PERSON_COLUMNS = ("grade", "status", "region", "citizenship", "name", "birth_date", "death_date")
#: canonical fields that are not columns of ``person``
FIELD_COLUMNS = ("channel", "branch", "rank", "unit", "settlement")
#: derived from the person's mentions
MENTION_COLUMNS = ("age", "reported_date")
DERIVED = ("month", "age_band", "age_basis", "date")
COLUMNS = (*PERSON_COLUMNS, *FIELD_COLUMNS, *MENTION_COLUMNS, *DERIVED)
COUNTED_GRADES = ("confirmed", "pending")
AGE_BANDS = (
    "under 18",
    "18–24",
    "25–29",
    "30–34",
    "35–39",
    "40–44",
    "45–49",
    "50–54",
    "55–59",
    "60 and over",
)
BASES = ("death", "reported")
#: how an age was had: stated by a source; derived from both full dates (exact); from
#: the years of birth and death, or of birth and the report (each may be one too high:
#: the birthday of that year may not have come yet, and a death precedes its report)
AGE_BASES = (
    "stated",
    "birth and death dates",
    "birth and death years",
    "birth year and report date",
)
#: the statuses of the dead: their report date is the date a death was reported
DEATH_STATUSES = ("killed", "declared_dead")
#: how each basis is said in the report and under ``stats --by age``
AGE_BASIS_TEXT = {
    "stated": "stated by a source",
    "birth and death dates": "derived from the dates of birth and death (exact)",
    "birth and death years": "derived as year of death minus year of birth",
    "birth year and report date": "derived as the year the death was reported minus the "
    "year of birth",
}
#: bases that rest on years only: such an age is exact or one year too high
INEXACT_AGE_BASES = ("birth and death years", "birth year and report date")
#: a derived age outside this range is a slip in a date, not an age
AGE_RANGE = (0, 110)


class StatsError(ValueError):
    """A question the registry cannot answer as asked (unknown column, bad date)."""


@dataclass(frozen=True)
class Filter:
    """Which persons to count: a date range on a basis, statuses, grades."""

    date_from: str | None = None
    date_to: str | None = None
    basis: str = "death"
    statuses: tuple[str, ...] = ()
    grades: tuple[str, ...] = COUNTED_GRADES

    def __post_init__(self) -> None:
        if self.basis not in BASES:
            raise StatsError(f"date basis must be one of {', '.join(BASES)}, not {self.basis!r}")
        for d in (self.date_from, self.date_to):
            if d is not None and not _iso_prefix(d):
                raise StatsError(f"dates are YYYY, YYYY-MM or YYYY-MM-DD, not {d!r}")

    @property
    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)


def _iso_prefix(d: str) -> bool:
    pattern = "dddd-dd-dd"
    return len(d) in (4, 7, 10) and all(
        (c.isdigit() if p == "d" else c == p) for c, p in zip(d, pattern, strict=False)
    )


def _mention_facts() -> Any:
    pm, m = s.person_mention, s.mention
    return (
        select(
            pm.c.person_id,
            func.max(_plausible(m.c.age)).label("stated_age"),
            func.min(m.c.reported_date).label("reported_date"),
        )
        .select_from(pm.join(m, m.c.id == pm.c.mention_id))
        .group_by(pm.c.person_id)
        .subquery("facts")
    )


def _year(col: Any) -> ColumnElement[Any]:
    return case((func.length(col) >= 4, cast(func.substr(col, 1, 4), Integer)), else_=None)


def _month(col: Any) -> ColumnElement[Any]:
    return case((func.length(col) >= 7, func.substr(col, 1, 7)), else_=None)


def age_bases_text(bases: dict[str, int]) -> str:
    """How many ages each basis gave, in words, ending with a full stop and, when some
    rest on years only, the precision of those."""
    parts = [f"{k:,} {AGE_BASIS_TEXT.get(b, b)}" for b, k in bases.items() if k]
    text = "; ".join(parts) + ")." if parts else "none)."
    inexact = sum(k for b, k in bases.items() if b in INEXACT_AGE_BASES)
    if inexact:
        text += (
            f" The {inexact:,} ages derived from years only are each exact or one year too "
            "high (the birthday of that year may not have come yet, and a death comes before "
            "its report)."
        )
    return text


def _plausible(age: Any) -> ColumnElement[Any]:
    return case((age.between(*AGE_RANGE), age), else_=None)


def _ages(birth: Any, death: Any, reported: Any, stated: Any, dead: Any) -> tuple[Any, Any]:
    """The ``age`` and ``age_basis`` expressions (see the module); ``dead``: whether the
    person is dead (a report date is the date of a death's report only then)."""
    years = _year(death) - _year(birth)
    full = and_(func.length(death) == 10, func.length(birth) == 10)
    before_birthday = case((func.substr(death, 6, 5) < func.substr(birth, 6, 5), 1), else_=0)
    from_death = _plausible(case((full, years - before_birthday), else_=years))
    from_report = _plausible(case((dead, _year(reported) - _year(birth)), else_=None))
    age = func.coalesce(stated, from_death, from_report)
    basis = case(
        (stated.is_not(None), literal(AGE_BASES[0])),
        (and_(from_death.is_not(None), full), literal(AGE_BASES[1])),
        (from_death.is_not(None), literal(AGE_BASES[2])),
        (from_report.is_not(None), literal(AGE_BASES[3])),
        else_=None,
    )
    return age, basis


def _band(age: Any) -> ColumnElement[Any]:
    whens: list[tuple[Any, Any]] = [
        (age.is_(None), None),
        (age < 18, literal("under 18")),
        (age < 25, literal("18–24")),
    ]
    for lo in range(25, 60, 5):
        whens.append((age < lo + 5, literal(f"{lo}–{lo + 4}")))
    return case(*whens, else_=literal("60 and over"))


def _in_range(col: Any, f: Filter) -> list[ColumnElement[Any]]:
    out: list[ColumnElement[Any]] = [col.is_not(None)]
    if f.date_from:
        out.append(col >= func.substr(literal(f.date_from), 1, func.length(col)))
    if f.date_to:
        out.append(col <= func.substr(literal(f.date_to), 1, func.length(col)))
    return out


def person_select(columns: Sequence[str], flt: Filter | None = None) -> Select[Any]:
    """The SELECT of :func:`person_table` (id, grade and ``columns``)."""
    flt = flt or Filter()
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise StatsError(f"unknown column(s) {', '.join(unknown)}; use {', '.join(COLUMNS)}")
    p = s.person
    wanted = set(columns)
    needs_facts = bool(wanted & {"age", "age_band", "age_basis", "reported_date"}) or (
        flt.basis == "reported" and (flt.dated or bool(wanted & {"month", "date"}))
    )
    frm: Any = p
    facts = None
    if needs_facts:
        facts = _mention_facts()
        frm = frm.outerjoin(facts, facts.c.person_id == p.c.id)
    fields: dict[str, Any] = {}
    for name in FIELD_COLUMNS:
        if name in wanted:
            f = s.person_field.alias(f"f_{name}")
            frm = frm.outerjoin(f, and_(f.c.person_id == p.c.id, f.c.field == name))
            fields[name] = f.c.value
    date = (
        facts.c.reported_date if (flt.basis == "reported" and facts is not None) else p.c.death_date
    )
    exprs: dict[str, Any] = {"id": p.c.id, "grade": p.c.grade}
    age: Any = None
    age_basis: Any = None
    if facts is not None:
        age, age_basis = _ages(
            p.c.birth_date,
            p.c.death_date,
            facts.c.reported_date,
            facts.c.stated_age,
            p.c.status.in_(DEATH_STATUSES),
        )
    for c in columns:
        if c in PERSON_COLUMNS:
            exprs[c] = p.c[c]
        elif c in FIELD_COLUMNS:
            exprs[c] = fields[c]
        elif c == "age":
            exprs[c] = age
        elif c == "reported_date":
            exprs[c] = facts.c.reported_date if facts is not None else None
        elif c == "age_band":
            exprs[c] = _band(age)
        elif c == "age_basis":
            exprs[c] = age_basis
        elif c == "month":
            exprs[c] = _month(date)
        elif c == "date":
            exprs[c] = date
    where: list[ColumnElement[Any]] = [p.c.state == "active", p.c.grade.in_(flt.grades)]
    if flt.statuses:
        where.append(p.c.status.in_(flt.statuses))
    if flt.dated:
        where.extend(_in_range(date, flt))
    return select(*(e.label(k) for k, e in exprs.items())).select_from(frm).where(*where)


def person_table(
    engine: Engine, columns: Sequence[str] = COLUMNS, flt: Filter | None = None
) -> pd.DataFrame:
    """One row per counted person: ``id``, ``grade`` and ``columns`` (see the module)."""
    query = person_select(columns, flt)
    cols = list(query.selected_columns.keys())
    with engine.connect() as conn:
        result = conn.execute(query)
        data = list(zip(*result.all(), strict=False)) or [() for _ in cols]
    frame = pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in zip(cols, data, strict=True)})
    if "age" in frame:
        frame["age"] = pd.to_numeric(frame["age"], errors="coerce").astype("Int64")
    return frame


def age_band(age: Any) -> str | None:
    """The band of :data:`AGE_BANDS` an age falls in: the rule of the ``age_band`` column."""
    if age is None or age != age:
        return None
    if age < 18:
        return AGE_BANDS[0]
    if age < 25:
        return AGE_BANDS[1]
    for i, lo in enumerate(range(25, 60, 5)):
        if age < lo + 5:
            return AGE_BANDS[2 + i]
    return AGE_BANDS[-1]


def count_registry(engine: Engine, by: Sequence[str], flt: Filter | None = None) -> pd.DataFrame:
    """Persons counted inside the database by ``by`` and grade: the long table
    (``by``..., ``grade``, ``n``) that :func:`headcount.stats.aggregate.count_by` widens.

    Age bands are counted by age in the database and banded here (one small
    expression per row instead of a CASE of ten); the rows are the same.
    """
    by = list(by)
    grouped = list(dict.fromkeys("age" if b == "age_band" else b for b in by))
    inner = person_select(grouped, flt).subquery("persons")
    keys = [inner.c[b] for b in grouped]
    query = select(*keys, inner.c.grade, func.count().label("n")).group_by(*keys, inner.c.grade)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    if grouped == by:
        return pd.DataFrame([tuple(r) for r in rows], columns=[*by, "grade", "n"])
    at = {c: i for i, c in enumerate(grouped)}
    totals: dict[tuple[Any, ...], int] = {}
    for r in rows:
        values = {**{c: r[i] for c, i in at.items()}, "age_band": age_band(r[at["age"]])}
        key = (*(values[b] for b in by), r[-2])
        totals[key] = totals.get(key, 0) + int(r[-1])
    return pd.DataFrame([(*k, n) for k, n in totals.items()], columns=[*by, "grade", "n"])


def age_registry(engine: Engine, flt: Filter | None = None) -> dict[str, Any]:
    """How many counted persons have a known age, their mean age, and how many ages
    each basis of :data:`AGE_BASES` gave (``age_bases``; in the database)."""
    inner = person_select(["age", "age_basis"], flt).subquery("persons")
    query = select(inner.c.age_basis, func.count(inner.c.age), func.sum(inner.c.age)).group_by(
        inner.c.age_basis
    )
    with engine.connect() as conn:
        rows = [(b, int(n or 0), int(t or 0)) for b, n, t in conn.execute(query).all() if n]
    n = sum(r[1] for r in rows)
    return {
        "persons_with_age": n,
        "mean_age": round(sum(r[2] for r in rows) / n, 1) if n else None,
        "age_bases": {b: k for b in AGE_BASES for basis, k, _ in rows if basis == b},
    }


def unnamed_registry(engine: Engine, flt: Filter | None = None) -> dict[str, int]:
    """Grade -> counted persons that no record names (lists published with the names
    removed): counted as any other, but never "named" and never confirmed by name."""
    inner = person_select(["name"], flt).subquery("persons")
    no_name = (inner.c.name.is_(None)) | (func.trim(inner.c.name) == "")
    query = select(inner.c.grade, func.count()).where(no_name).group_by(inner.c.grade)
    with engine.connect() as conn:
        return {str(g): int(n) for g, n in conn.execute(query).all()}
