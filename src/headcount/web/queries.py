"""What the pages and the API read from the registry: persons with provenance, pairs, counts."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, case, func, select

from headcount import privacy
from headcount.names import loose_token, tokens
from headcount.privacy import PrivacyRules
from headcount.redact import public_quote, withheld_of
from headcount.store import schema as s

#: fields shown for a person and for a mention, in this order
FIELDS = (
    "name",
    "birth_date",
    "death_date",
    "age",
    "status",
    "status_date",
    "reported_date",
    "region",
    "settlement",
    "citizenship",
    "unit",
    "rank",
    "channel",
    "branch",
    "place_of_death",
)
LABELS = {
    "name": "Name",
    "birth_date": "Born",
    "death_date": "Died",
    "age": "Age",
    "status": "Status",
    "status_date": "Status date",
    "reported_date": "Reported",
    "region": "Region",
    "settlement": "Settlement",
    "citizenship": "Citizenship",
    "unit": "Unit",
    "rank": "Rank",
    "channel": "Recruitment",
    "branch": "Branch",
    "place_of_death": "Place of death",
}


@dataclass
class Support:
    """One mention that gives a value: where it comes from and the words that say it."""

    mention_id: str
    source: str
    publisher: str
    document_id: str
    url: str | None
    published_at: str | None
    quote: str | None
    archived: bool = True


@dataclass
class FieldView:
    field: str
    label: str
    value: Any
    rule: str
    conflict: bool
    support: list[Support] = dataclasses.field(default_factory=list)
    alternatives: list[tuple[Any, list[Support]]] = dataclasses.field(default_factory=list)


@dataclass
class PersonView:
    id: str
    name: str | None
    grade: str
    grade_rule: str
    status: str | None
    fields: list[FieldView]
    status_history: list[dict[str, Any]]
    mentions: int
    sources: int
    restricted: bool  # details withheld from the public
    withheld: list[str] = dataclasses.field(default_factory=list)
    decisions: list[dict[str, Any]] = dataclasses.field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def sup(x: Support) -> dict[str, Any]:
            return {
                "source": x.source,
                "publisher": x.publisher,
                "document": x.document_id,
                "url": x.url,
                "published_at": x.published_at,
                "quote": x.quote,
                "mention": x.mention_id,
                "archive": f"/document/{x.document_id}/archive" if x.archived else None,
            }

        return {
            "id": self.id,
            "name": self.name,
            "grade": self.grade,
            "grade_rule": self.grade_rule,
            "status": self.status,
            "mentions": self.mentions,
            "sources": self.sources,
            "restricted": self.restricted,
            "withheld": self.withheld,
            "status_history": self.status_history,
            "fields": [
                {
                    "field": f.field,
                    "value": f.value,
                    "rule": f.rule,
                    "conflict": f.conflict,
                    "sources": [sup(x) for x in f.support],
                    "alternatives": [
                        {"value": v, "sources": [sup(x) for x in xs]} for v, xs in f.alternatives
                    ],
                }
                for f in self.fields
            ],
        }


def _mentions(conn: Connection, person_id: str) -> list[Any]:
    pm, m, d, src = s.person_mention, s.mention, s.document, s.source
    return list(
        conn.execute(
            select(
                m,
                d.c.url.label("doc_url"),
                d.c.published_at.label("doc_published"),
                src.c.publisher,
                d.c.title.label("doc_title"),
            )
            .select_from(
                pm.join(m, m.c.id == pm.c.mention_id)
                .join(d, d.c.id == m.c.document_id)
                .join(src, src.c.name == m.c.source)
            )
            .where(pm.c.person_id == person_id)
            .order_by(d.c.published_at, m.c.id)
        ).all()
    )


def _support(m: Any, name: str) -> Support:
    ev = (m.evidence or {}).get(name) or {}
    quote = ev.get("quote") if isinstance(ev, dict) else None
    return Support(
        mention_id=m.id,
        source=m.source,
        publisher=m.publisher or m.source,
        document_id=m.document_id,
        url=m.url or m.doc_url,
        published_at=m.doc_published,
        quote=quote,
    )


def _norm(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip().casefold()


def _from_mentions(name: str, chosen: Any, mentions: list[Any]) -> FieldView | None:
    groups: dict[str, tuple[Any, list[Support]]] = {}
    for m in mentions:
        v = m._mapping.get(name)
        if v is None or v == "":
            continue
        key = _norm(v)
        groups.setdefault(key, (v, []))[1].append(_support(m, name))
    if not groups and chosen is None:
        return None
    ordered = sorted(groups.items(), key=lambda kv: -len(kv[1][1]))
    first = _norm(chosen) if chosen is not None else (ordered[0][0] if ordered else "")
    main = groups.get(first, (chosen, []))
    alts = [g for k, g in ordered if k != first]
    conflicting = alts
    if name == "name":  # other scripts, spellings and fewer names are not conflicts
        mine = _name_keys(main[0])
        conflicting = [
            g for g in alts if not (_name_keys(g[0]) <= mine or mine <= _name_keys(g[0]))
        ]
    return FieldView(name, LABELS[name], main[0], "most sources", bool(conflicting), main[1], alts)


def _name_keys(value: Any) -> set[str]:
    return {loose_token(t) for t in tokens(str(value))}


def person_view(
    conn: Connection, person_id: str, rules: PrivacyRules, full_access: bool
) -> PersonView | str | None:
    """The person's page; a person id (str) when the record was merged into another; None."""
    p, pf = s.person, s.person_field
    row = conn.execute(select(p).where(p.c.id == person_id)).first()
    if row is None:
        return None
    if not full_access and (privacy.removed(rules, person_id) or row.grade == "rejected"):
        return None  # before any redirect: a removed id never leads to where it went
    if row.state == "merged" and row.merged_into:
        if not full_access and privacy.removed(rules, str(row.merged_into)):
            return None
        return str(row.merged_into)
    mentions = _mentions(conn, person_id)
    by_id = {m.id: m for m in mentions}
    stored = {r.field: r for r in conn.execute(select(pf).where(pf.c.person_id == person_id))}
    restricted = privacy.restricted(
        rules, row.status, row.birth_date, row.death_date, privacy.youngest(m.age for m in mentions)
    )
    fields: list[FieldView] = []
    for name in FIELDS:
        if name in stored:
            r = stored[name]
            sup = [_support(by_id[i], name) for i in (r.mentions or []) if i in by_id]
            alts = [
                (
                    a.get("value"),
                    [_support(by_id[i], name) for i in a.get("mentions", []) if i in by_id],
                )
                for a in (r.alternatives or [])
                if isinstance(a, dict)
            ]
            fv: FieldView | None = FieldView(
                name, LABELS[name], r.value, r.rule, bool(r.conflict), sup, alts
            )
        else:
            fv = _from_mentions(name, row._mapping.get(name), mentions)
        if fv is not None:
            fields.append(fv)
    withheld: list[str] = []
    if restricted and not full_access:
        withheld = [f.field for f in fields if f.field in privacy.HIDDEN_FIELDS]
        fields = [f for f in fields if f.field not in privacy.HIDDEN_FIELDS]
        secret = withheld_of(
            privacy.HIDDEN_FIELDS, [dict(row._mapping), *(dict(m._mapping) for m in mentions)]
        )
        for f in fields:
            for x in [*f.support, *(y for _, ys in f.alternatives for y in ys)]:
                x.archived = False
                ev = by_id[x.mention_id].evidence if x.mention_id in by_id else None
                x.quote = public_quote(x.quote, f.field, secret, evidence=ev)
    history = row.status_history if isinstance(row.status_history, list) else []
    return PersonView(
        id=row.id,
        name=row.name,
        grade=row.grade,
        grade_rule=row.grade_rule,
        status=row.status,
        fields=fields,
        status_history=[h for h in history if isinstance(h, dict)],
        mentions=row.mentions,
        sources=row.sources,
        restricted=restricted,
        withheld=withheld,
    )


def document_access(conn: Connection, document_id: str, rules: PrivacyRules) -> tuple[Any, bool]:
    """The document row, and whether the public may read its archived copy."""
    d, pm, p, m = s.document, s.person_mention, s.person, s.mention
    doc = conn.execute(select(d).where(d.c.id == document_id)).first()
    if doc is None:
        return None, False
    # every person the document names, with the ages all their sources give, and the
    # document's own mentions not linked to anyone (judged by what they say themselves)
    named = (
        select(pm.c.person_id)
        .select_from(m.join(pm, pm.c.mention_id == m.c.id))
        .where(m.c.document_id == document_id)
    )
    people = conn.execute(
        select(p.c.id, p.c.status, p.c.birth_date, p.c.death_date, m.c.age)
        .select_from(p.join(pm, pm.c.person_id == p.c.id).join(m, m.c.id == pm.c.mention_id))
        .where(p.c.id.in_(named))
    ).all()
    loose = conn.execute(
        select(m.c.status, m.c.birth_date, m.c.death_date, m.c.age)
        .select_from(m.outerjoin(pm, pm.c.mention_id == m.c.id))
        .where(m.c.document_id == document_id, pm.c.person_id.is_(None))
    ).all()
    ages: dict[str, list[Any]] = {}
    for r in people:
        ages.setdefault(r.id, []).append(r.age)
    public = all(
        not privacy.removed(rules, r.id)
        and not privacy.restricted(
            rules, r.status, r.birth_date, r.death_date, privacy.youngest(ages[r.id])
        )
        for r in people
    ) and not any(
        privacy.restricted(rules, r.status, r.birth_date, r.death_date, privacy.youngest([r.age]))
        for r in loose
    )
    return doc, public


# ---------------------------------------------------------------------- review pairs


def _words(value: Any) -> list[str]:
    return re.findall(r"\S+", str(value)) if value not in (None, "") else []


def _key(word: str) -> str:
    latin = tokens(word)
    return " ".join(loose_token(t) for t in latin) if latin else word.casefold()


def highlight(left: Any, right: Any) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Each side's words, flagged when the other side lacks them (compared across scripts)."""
    lw, rw = _words(left), _words(right)
    lk, rk = Counter(_key(w) for w in lw), Counter(_key(w) for w in rw)
    return [(w, _key(w) not in rk) for w in lw], [(w, _key(w) not in lk) for w in rw]


def mention_card(conn: Connection, mention_id: str) -> dict[str, Any] | None:
    m, d, src, pm = s.mention, s.document, s.source, s.person_mention
    row = conn.execute(
        select(
            m,
            d.c.url.label("doc_url"),
            d.c.published_at.label("doc_published"),
            d.c.title.label("doc_title"),
            src.c.publisher,
            pm.c.person_id,
        )
        .select_from(
            m.join(d, d.c.id == m.c.document_id)
            .join(src, src.c.name == m.c.source)
            .outerjoin(pm, pm.c.mention_id == m.c.id)
        )
        .where(m.c.id == mention_id)
    ).first()
    if row is None:
        return None
    ev = row.evidence or {}
    return {
        "id": row.id,
        "person_id": row.person_id,
        "source": row.source,
        "publisher": row.publisher or row.source,
        "document_id": row.document_id,
        "url": row.url or row.doc_url,
        "published_at": row.doc_published,
        "title": row.doc_title,
        "values": {f: row._mapping.get(f) for f in FIELDS},
        "quotes": {
            f: (ev.get(f) or {}).get("quote") for f in FIELDS if isinstance(ev.get(f), dict)
        },
    }


def pair_rows(left: dict[str, Any], right: dict[str, Any]) -> list[dict[str, Any]]:
    """Field by field, both sides with their differing words flagged."""
    out = []
    for f in FIELDS:
        a, b = left["values"].get(f), right["values"].get(f)
        if a in (None, "") and b in (None, ""):
            continue
        la, lb = highlight(a, b)
        out.append(
            {
                "field": f,
                "label": LABELS[f],
                "left": la,
                "right": lb,
                "same": a not in (None, "")
                and b not in (None, "")
                and not any(x for _, x in la + lb),
                "left_quote": left["quotes"].get(f),
                "right_quote": right["quotes"].get(f),
            }
        )
    return out


# ---------------------------------------------------------------------- counts


def _group(
    conn: Connection, col: Any, where: list[Any], limit: int | None = None
) -> list[dict[str, Any]]:
    sp = s.search_person
    confirmed = func.sum(case((sp.c.grade == "confirmed", 1), else_=0))
    q = (
        select(col.label("key"), func.count().label("total"), confirmed.label("confirmed"))
        .where(*where)
        .group_by(col)
        .order_by(func.count().desc(), col)
    )
    if limit:
        q = q.limit(limit)
    return [
        {
            "key": r.key,
            "total": int(r.total),
            "confirmed": int(r.confirmed or 0),
            "pending": int(r.total) - int(r.confirmed or 0),
        }
        for r in conn.execute(q)
    ]


def stats(conn: Connection, removed: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Headline numbers and breakdowns of the persons the public may see."""
    sp = s.search_person
    where: list[Any] = [func.coalesce(sp.c.grade, "") != "rejected"]
    if removed:
        where.append(sp.c.person_id.not_in(sorted(removed)))
    grades = {r["key"]: r["total"] for r in _group(conn, sp.c.grade, where)}
    month = func.substr(sp.c.death_date, 1, 7)
    dead = [*where, sp.c.status.in_(tuple(privacy.DEAD)), func.length(sp.c.death_date) >= 7]
    # records no source names (lists published with the names removed): not "pending"
    no_name = (sp.c.name.is_(None)) | (func.trim(sp.c.name) == "")
    unnamed = int(
        conn.scalar(select(func.count()).where(*where, sp.c.grade == "pending", no_name)) or 0
    )
    return {
        "persons": sum(grades.values()),
        "confirmed": grades.get("confirmed", 0),
        "pending": grades.get("pending", 0) - unnamed,
        "unnamed": unnamed,
        "documents": int(conn.scalar(select(func.count()).select_from(s.document)) or 0),
        "mentions": int(conn.scalar(select(func.count()).select_from(s.mention)) or 0),
        "sources": int(conn.scalar(select(func.count()).select_from(s.source)) or 0),
        "by_status": _group(conn, sp.c.status, where),
        "by_month": sorted(_group(conn, month, dead), key=lambda r: r["key"] or ""),
        "by_region_all": (regions := _group(conn, sp.c.region, [*where, sp.c.region.is_not(None)])),
        "by_region": regions[:15],
        "by_channel": _group(conn, sp.c.channel, [*where, sp.c.channel.is_not(None)]),
        "by_citizenship": _group(
            conn, sp.c.citizenship, [*where, sp.c.citizenship.is_not(None)], 12
        ),
    }


def filter_options(stats_: dict[str, Any]) -> dict[str, list[str]]:
    def keys(rows: list[dict[str, Any]]) -> list[str]:
        return sorted(str(r["key"]) for r in rows if r["key"])

    return {
        "status": keys(stats_["by_status"]),
        "region": keys(stats_["by_region_all"]),
        "channel": keys(stats_["by_channel"]),
        "citizenship": keys(stats_["by_citizenship"]),
    }
