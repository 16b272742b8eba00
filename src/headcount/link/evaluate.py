"""Evaluation: clusterings against ground truth (pairwise and B-cubed figures).

:func:`scores` compares any clustering with true labels. :func:`demo_labels`
maps the mentions of a registry built from the bundled example
(:func:`headcount.pipeline.build_demo`) to the people of its ground truth
(``truth/mentions.csv``): by document (origin, list row or Telegram message)
and then by name form within the document. Mentions the truth does not know
(names in page chrome, misread words) get a label of their own.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from sqlalchemy import Engine, select

from headcount.names import latin_key
from headcount.store import schema as s


def pair_set(labels: Sequence[Hashable]) -> set[tuple[int, int]]:
    """The pairs of positions that share a label."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    return {p for members in groups.values() for p in combinations(members, 2)}


def _f1(x: float, y: float) -> float:
    return 2 * x * y / (x + y) if x + y else 0.0


def scores(truth: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, float]:
    """Pairwise (p, r, f1) and B-cubed (bp, br, bf1) figures of a clustering."""
    t, p = pair_set(truth), pair_set(pred)
    tp = len(t & p)
    prec = tp / len(p) if p else 1.0
    rec = tp / len(t) if t else 1.0
    by_t: dict[Hashable, set[int]] = defaultdict(set)
    by_p: dict[Hashable, set[int]] = defaultdict(set)
    for i, (a, b) in enumerate(zip(truth, pred, strict=True)):
        by_t[a].add(i)
        by_p[b].add(i)
    bp = br = 0.0
    for a, b in zip(truth, pred, strict=True):
        common = len(by_t[a] & by_p[b])
        bp += common / len(by_p[b])
        br += common / len(by_t[a])
    n = len(truth) or 1
    bp, br = bp / n, br / n
    return {"p": prec, "r": rec, "f1": _f1(prec, rec), "bp": bp, "br": br, "bf1": _f1(bp, br)}


#: the prefix of the label :func:`demo_labels` gives a mention the truth does not know
NOISE = "noise:"


def cluster_errors(truth: Sequence[str], pred: Sequence[Hashable]) -> dict[str, int]:
    """How a clustering's count of persons departs from the true people.

    ``split_people``: true people whose records fall in several clusters
    (``split_extra``: the clusters more than one each); ``merging_clusters``: clusters
    that hold records of several true people (``merged_away``: the people they lose);
    ``noise_records`` / ``noise_clusters``: records whose label starts with
    :data:`NOISE` (not a person) and clusters made only of them. Clusters =
    people + split_extra - merged_away + noise_clusters, up to people both split
    and merged.
    """
    of_person: dict[str, set[Hashable]] = defaultdict(set)
    of_cluster: dict[Hashable, set[str]] = defaultdict(set)
    for t, p in zip(truth, pred, strict=True):
        of_cluster[p].add(t)
        if not t.startswith(NOISE):
            of_person[t].add(p)
    people = [{t for t in ts if not t.startswith(NOISE)} for ts in of_cluster.values()]
    return {
        "people": len(of_person),
        "clusters": len(of_cluster),
        "split_people": sum(len(ps) > 1 for ps in of_person.values()),
        "split_extra": sum(len(ps) - 1 for ps in of_person.values()),
        "merging_clusters": sum(len(ts) > 1 for ts in people),
        "merged_away": sum(max(len(ts) - 1, 0) for ts in people),
        "noise_records": sum(t.startswith(NOISE) for t in truth),
        "noise_clusters": sum(not ts for ts in people),
    }


def _stems(name: str) -> set[str]:
    """First four Latin letters of each word: case forms of one name share them."""
    return {t[:4] for t in latin_key(name).split() if len(t) > 1}


@dataclass
class DemoTruth:
    """Registry mentions with their true person (or a label of their own) and predicted person."""

    mention_ids: list[str]
    truth: list[str]
    persons: list[str]
    unmatched: int  # registry mentions the truth does not know
    missed: int  # truth mentions extraction did not produce
    true_people: int  # people of the truth named by at least one registry mention


def _truth_key(row: dict[str, str]) -> str:
    path, loc = row["path"], row["locator"]
    if not loc:
        return path
    if "/telegram/" in path:
        return f"{path}#message={loc}"
    return f"{path}|row:{int(loc) + 1}"  # the registry counts list rows from 1


def demo_labels(engine: Engine, root: Path) -> DemoTruth:
    """The registry's mentions with true and predicted persons (see the module docstring)."""
    m, d, pm = s.mention, s.document, s.person_mention
    with engine.connect() as conn:
        rows = conn.execute(
            select(m.c.id, m.c.name, m.c.locator, d.c.origin, d.c.format)
            .join(d, d.c.id == m.c.document_id)
            .order_by(m.c.id)
        ).all()
        person = dict(conn.execute(select(pm.c.mention_id, pm.c.person_id)).all())
    with (root / "truth" / "mentions.csv").open(encoding="utf-8") as fh:
        truth_rows = list(csv.DictReader(fh))
    by_key: dict[str, list[dict[str, str]]] = defaultdict(list)
    for t in truth_rows:
        by_key[_truth_key(t)].append(t)
    regs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for mid, name, locator, origin, _fmt in rows:
        key = f"{origin}|{locator}" if locator.startswith("row:") else origin
        regs[key].append((mid, name or ""))
    label: dict[str, str] = {}
    used: set[tuple[str, int]] = set()
    for key, ms in regs.items():
        cands = by_key.get(key, [])
        scored = []
        for mid, name in ms:
            stems = _stems(name)
            for j, t in enumerate(cands):
                common = len(stems & _stems(t["name_form"]))
                if common:
                    scored.append((-common, mid, j))
        for _neg, mid, j in sorted(scored):
            if mid in label or (key, j) in used:
                continue
            label[mid] = cands[j]["person_id"]
            used.add((key, j))
    ids = [str(r[0]) for r in rows]
    truth = [label.get(i, f"{NOISE}{i}") for i in ids]
    return DemoTruth(
        mention_ids=ids,
        truth=truth,
        persons=[person.get(i, f"none:{i}") for i in ids],
        unmatched=sum(i not in label for i in ids),
        missed=len(truth_rows) - len(used),
        true_people=len(set(label.values())),
    )


def demo_scores(engine: Engine, root: Path) -> dict[str, float]:
    """:func:`scores` of the registry's persons against the demo's truth, with counts."""
    dt = demo_labels(engine, root)
    out = scores(dt.truth, dt.persons)
    out.update(cluster_errors(dt.truth, dt.persons))
    out.update(
        mentions=len(dt.mention_ids),
        persons=len(set(dt.persons)),
        true_people=dt.true_people,
        true_clusters=len(set(dt.truth)),
        unmatched=dt.unmatched,
        missed=dt.missed,
    )
    return out


__all__ = [
    "NOISE",
    "DemoTruth",
    "cluster_errors",
    "demo_labels",
    "demo_scores",
    "pair_set",
    "scores",
]
