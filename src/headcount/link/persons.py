"""Persons from clusters: stable ids, canonical fields, conflicts, status, grade.

Stable ids
    A new clustering inherits the ids of the previous one by majority overlap:
    (cluster, previous person) pairs are taken from the largest number of
    shared mentions down (ties: the older, smaller id) and a person id goes to
    at most one cluster. A cluster left without an id gets a new one, a hash of
    its smallest mention id (no personal data in ids). Every change is an
    event: created, grown, shrunk, merged (the surviving person; ``related``
    lists the persons absorbed, which get state "merged"), split (the person
    that kept the id; ``related`` the new persons), retired (no mentions left).

Canonical fields (the rule is stored beside each value)
    - name: a list source's spelling over a text's, then the most frequent
      spelling, then the most recent document;
    - dates (birth, death): the most precise, then the most frequent, then the
      most recent document; a coarser date that agrees (1990 and 1990-05-02)
      is not a conflict;
    - other fields (region, settlement, citizenship, unit, rank, channel,
      branch): the most frequent, then a list source's, then the most recent.
    Two values that disagree are a conflict: kept with the mentions for each
    alternative, counted on the person, never resolved silently.

Status history
    The dated statuses of the mentions, oldest first (undated last); the
    person's status is the latest dated one.

Confirmation grade
    rejected or confirmed when a person decision says so (the newest wins);
    else confirmed when a mention with a name comes from a list, government or
    court source, or when named mentions come from at least two independent
    systems (``source.system``); else pending ("named by one system only", or
    "a record without a name" when no mention names the person, as in lists
    published with the names removed).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONFIRMING_KINDS = frozenset({"list", "government", "court"})
LIST_KINDS = frozenset({"list", "pow_list", "government"})
DATE_FIELDS = ("birth_date", "death_date")
TEXT_FIELDS = ("region", "settlement", "citizenship", "unit", "rank", "channel", "branch")
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def new_person_id(smallest_mention: str, taken: set[str]) -> str:
    """A person id: 'p' and 15 hex digits of a hash of its smallest mention id."""
    salt = 0
    while True:
        raw = f"person|{smallest_mention}|{salt}".encode()
        pid = "p" + hashlib.sha256(raw).hexdigest()[:15]
        if pid not in taken:
            return pid
        salt += 1


@dataclass
class Assignment:
    person_of_cluster: dict[str, str]  # cluster key -> person id
    events: list[dict[str, Any]] = field(default_factory=list)
    merged_into: dict[str, str] = field(default_factory=dict)  # absorbed person -> survivor
    retired: list[str] = field(default_factory=list)


def assign_ids(
    members: Mapping[str, list[str]],
    previous: Mapping[str, str],
    taken: Iterable[str] = (),
) -> Assignment:
    """Person ids for ``members`` (cluster key -> mention ids), given the previous
    person of each mention; ``taken``: every person id ever used."""
    overlap: Counter[tuple[str, str]] = Counter()
    for key, mentions in members.items():
        for m in mentions:
            if m in previous:
                overlap[(key, previous[m])] += 1
    before: dict[str, set[str]] = {}
    for m, pid in previous.items():
        before.setdefault(pid, set()).add(m)
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for (key, pid), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0])):
        if key in chosen or pid in used:
            continue
        chosen[key] = pid
        used.add(pid)
    all_taken = set(taken) | set(before)
    out = Assignment(person_of_cluster={})
    for key in sorted(members, key=lambda k: min(members[k])):
        if key in chosen:
            out.person_of_cluster[key] = chosen[key]
        else:
            pid = new_person_id(min(members[key]), all_taken)
            all_taken.add(pid)
            out.person_of_cluster[key] = pid
    now_of = {m: out.person_of_cluster[k] for k, ms in members.items() for m in ms}
    split_of = {
        pid: sorted({now_of[m] for m in old if m in now_of} - {pid})
        for pid, old in before.items()
        if pid in used
    }
    for key, mentions in members.items():
        pid = out.person_of_cluster[key]
        came_from = {previous[m] for m in mentions if m in previous} - {pid}
        absorbed = sorted(p for p in came_from if p not in used)
        if key not in chosen:
            out.events.append(_event(pid, "created", sorted(came_from), len(mentions)))
        if absorbed:
            out.events.append(_event(pid, "merged", absorbed, len(mentions)))
            out.merged_into.update(dict.fromkeys(absorbed, pid))
        old = before.get(pid, set())
        now = set(mentions)
        if key in chosen and not absorbed and not split_of.get(pid) and now != old:
            kind = "grown" if now > old else "shrunk" if now < old else "changed"
            out.events.append(_event(pid, kind, sorted(came_from), len(mentions)))
    for pid, went_to in sorted(split_of.items()):
        if went_to:
            out.events.append(_event(pid, "split", went_to, len(before[pid])))
    for pid in sorted(before):
        if pid not in used and pid not in out.merged_into:
            out.retired.append(pid)
            out.events.append(_event(pid, "retired", [], 0))
    return out


def _event(pid: str, kind: str, related: list[str], mentions: int) -> dict[str, Any]:
    return {"person_id": pid, "kind": kind, "related": related, "mentions": mentions}


# --- canonical fields --------------------------------------------------------------------


def _recency(m: Mapping[str, Any]) -> str:
    return str(m.get("published_at") or m.get("created_at") or "")


def _by_value(mentions: list[Mapping[str, Any]], col: str) -> dict[str, list[Mapping[str, Any]]]:
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for m in mentions:
        v = m.get(col)
        if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "":
            continue
        groups.setdefault(str(v).strip(), []).append(m)
    return groups


def _ids(ms: list[Mapping[str, Any]]) -> list[str]:
    return sorted(str(m["id"]) for m in ms)


def _field(
    groups: dict[str, list[Mapping[str, Any]]],
    order: list[str],
    rule: str,
    conflicting: set[str],
) -> dict[str, Any]:
    value = order[0]
    return {
        "value": value,
        "rule": rule,
        "mentions": _ids(groups[value]),
        "alternatives": [{"value": v, "mentions": _ids(groups[v])} for v in order[1:]],
        "conflict": int(bool(conflicting)),
    }


def _is_list(m: Mapping[str, Any]) -> bool:
    return str(m.get("source_kind") or "") in LIST_KINDS


def choose_name(mentions: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    groups = _by_value(mentions, "name")
    if not groups:
        return None
    order = sorted(
        groups,
        key=lambda v: (
            not any(_is_list(m) for m in groups[v]),
            -len(groups[v]),
            "".join(chr(0x10FFFF - ord(c)) for c in max(map(_recency, groups[v]))),
            v,
        ),
    )
    return _field(groups, order, "list source over text, then most frequent, then most recent",
                  set())  # fmt: skip


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def choose_date(mentions: list[Mapping[str, Any]], col: str) -> dict[str, Any] | None:
    groups = _by_value(mentions, col)
    if not groups:
        return None

    def precision(v: str) -> int:
        given = [str(m.get(f"{col}_precision") or "") for m in groups[v]]
        known = [_PRECISION_RANK[p] for p in given if p in _PRECISION_RANK]
        return max(known) if known else {10: 3, 7: 2}.get(len(v), 1)

    order = sorted(groups, key=lambda v: (-precision(v), -len(groups[v]),
                                          _neg(max(map(_recency, groups[v]))), v))  # fmt: skip
    best = order[0]
    conflicting = {v for v in order[1:] if not _compatible(best, v)}
    return _field(groups, order, "most precise, then most frequent, then most recent",
                  conflicting)  # fmt: skip


def _neg(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def choose_text(mentions: list[Mapping[str, Any]], col: str) -> dict[str, Any] | None:
    groups = _by_value(mentions, col)
    if not groups:
        return None
    order = sorted(
        groups,
        key=lambda v: (-len(groups[v]), not any(_is_list(m) for m in groups[v]),
                       _neg(max(map(_recency, groups[v]))), v),
    )  # fmt: skip
    conflicting = {v for v in order[1:] if v.casefold() != order[0].casefold()}
    return _field(groups, order, "most frequent, then list source, then most recent",
                  conflicting)  # fmt: skip


def canonical_fields(mentions: list[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Field -> {value, rule, mentions, alternatives, conflict} for one person."""
    out: dict[str, dict[str, Any]] = {}
    name = choose_name(mentions)
    if name:
        out["name"] = name
    for col in DATE_FIELDS:
        f = choose_date(mentions, col)
        if f:
            out[col] = f
    for col in TEXT_FIELDS:
        f = choose_text(mentions, col)
        if f:
            out[col] = f
    return out


def status_history(mentions: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Dated statuses of the mentions, oldest first, undated last."""
    rows = []
    for m in mentions:
        if not m.get("status"):
            continue
        rows.append(
            {
                "status": m["status"],
                "date": m.get("status_date") or m.get("death_date") or None,
                "precision": m.get("status_date_precision") or m.get("death_date_precision"),
                "mention": str(m["id"]),
                "source": m.get("source"),
            }
        )
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["mention"]))


def grade(mentions: list[Mapping[str, Any]], record_verdict: str | None = None) -> tuple[str, str]:
    """(grade, the rule that gave it) — see the module docstring."""
    if record_verdict == "reject":
        return "rejected", "rejected by a reviewer"
    if record_verdict == "confirm":
        return "confirmed", "confirmed by a reviewer"
    named = [m for m in mentions if m.get("name") or m.get("surname")]
    if not named:  # e.g. a list published with the names removed
        return "pending", "a record without a name (cannot be confirmed by name)"
    kinds = {str(m.get("source_kind") or "") for m in named}
    if kinds & CONFIRMING_KINDS:
        return "confirmed", "named by a list, government or court source"
    systems = {m.get("system") or m.get("source") for m in named}
    if len(systems) >= 2:
        return "confirmed", f"named by {len(systems)} independent systems"
    return "pending", "named by one system only"


__all__ = [
    "Assignment",
    "assign_ids",
    "canonical_fields",
    "grade",
    "new_person_id",
    "status_history",
]
