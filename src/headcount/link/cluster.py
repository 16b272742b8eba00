"""Clustering of scored pairs, under human decisions and source constraints.

Greedy, strongest pair first, with constraints (correlation-clustering style
"merge unless forbidden"):

1. "different" decisions forbid their two records from ever sharing a cluster,
   and a deduplicated source (``dedup_group``) may have at most one record in a
   cluster (cannot-link constraints);
2. "same" decisions are applied next, in the order they were made, whatever the
   model says; a "same" that would join records a "different" decision keeps
   apart (directly or through other "same" decisions) is not applied and is
   reported as a contradiction for a reviewer;
3. model pairs at or above the threshold are merged from the most probable
   down, each merge skipped when it would break a cannot-link constraint. This
   is the cut that keeps two records a human called different apart while
   everything else stays together.

Without constraints the result equals connected components at the threshold,
i.e. Splink's own clustering. So connected components (of the pairs at the
threshold and the "same" decisions) are found first, all at once; the greedy
pass above runs only inside the components that hold a constraint (a
"different" pair, or two records of one deduplicated source). Elsewhere it
could change nothing, and a registry of a million records has few such
components.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from headcount.link.ids import id_array, positions


@dataclass
class Constraints:
    same: list[tuple[str, str]] = field(default_factory=list)  # in decision order
    different: list[tuple[str, str]] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)  # record id -> deduplicated group


@dataclass
class Clusters:
    """Cluster of each record (keyed by its smallest member id) and how it got there."""

    cluster_of: dict[str, str]
    rule: dict[str, str]  # record -> model | decision | single
    probability: dict[str, float]  # record -> best probability of a pair that joined it
    contradictions: list[tuple[str, str]]  # "same" decisions not applied
    blocked: list[tuple[str, str, float]]  # model pairs a constraint kept apart

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for rec, c in self.cluster_of.items():
            out.setdefault(c, []).append(rec)
        return {c: sorted(m) for c, m in out.items()}

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "unique_id": list(self.cluster_of),
                "cluster_id": list(self.cluster_of.values()),
                "match_probability": [self.probability.get(r) for r in self.cluster_of],
            }
        )


class _Forest:
    def __init__(self, ids: Iterable[str], groups: dict[str, str]) -> None:
        self.parent: dict[str, str] = {i: i for i in ids}
        self.groups: dict[str, set[str]] = {
            i: ({groups[i]} if i in groups else set()) for i in self.parent
        }
        self.forbid: dict[str, set[str]] = {i: set() for i in self.parent}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def conflict(self, a: str, b: str, groups: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if groups and self.groups[ra] & self.groups[rb]:
            return True
        small, other = (ra, rb) if len(self.forbid[ra]) <= len(self.forbid[rb]) else (rb, ra)
        return any(self.find(x) == other for x in self.forbid[small])

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.forbid[ra]) + len(self.groups[ra]) < len(self.forbid[rb]) + len(
            self.groups[rb]
        ):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.groups[ra] |= self.groups.pop(rb)
        self.forbid[ra] |= self.forbid.pop(rb)


def cluster(
    ids: Sequence[str],
    pairs: pd.DataFrame,
    threshold: float = 0.9,
    constraints: Constraints | None = None,
) -> Clusters:
    """Cluster records ``ids`` from scored ``pairs``.

    ``pairs`` has columns unique_id_l, unique_id_r and match_probability.
    """
    con = constraints or Constraints()
    order = sorted(set(map(str, ids)))
    where = {rec: i for i, rec in enumerate(order)}
    ordered = np.array(order, dtype=object)
    n = len(order)
    if pairs.empty:
        pairs = pd.DataFrame({"unique_id_l": [], "unique_id_r": [], "match_probability": []})
    strong = pairs[pairs["match_probability"] >= threshold]
    table = id_array(order)
    li, ri = positions(strong["unique_id_l"], table), positions(strong["unique_id_r"], table)
    known = (li >= 0) & (ri >= 0)
    strong, li, ri = strong[known], li[known], ri[known]
    prob = strong["match_probability"].astype(float).to_numpy()
    same = [(a, b) for a, b in con.same if a in where and b in where]
    sa = np.array([where[a] for a, _ in same], dtype=np.int64)
    sb = np.array([where[b] for _, b in same], dtype=np.int64)
    rows, cols = np.concatenate([li, sa]), np.concatenate([ri, sb])
    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    # components where a constraint could bite: a "different" pair inside, or two
    # records of one deduplicated source
    tight: set[int] = set()
    for a, b in con.different:
        if a in where and b in where and label[where[a]] == label[where[b]]:
            tight.add(int(label[where[a]]))
    grouped = {k: v for k, v in con.groups.items() if k in where}
    if grouped:
        g = pd.DataFrame({"label": label[[where[k] for k in grouped]],
                          "group": list(grouped.values())})  # fmt: skip
        tight |= set(g.loc[g.duplicated(["label", "group"]), "label"].astype(int))
    # unconstrained components: every pair at the threshold and every "same" applies
    first = np.full(n, n, dtype=np.int64)
    np.minimum.at(first, label, np.arange(n))  # smallest member (ids are sorted)
    cluster_of = dict(zip(order, ordered[first[label]].tolist(), strict=True))
    best = np.zeros(n)
    np.maximum.at(best, li, prob)
    np.maximum.at(best, ri, prob)
    best[sa], best[sb] = 1.0, 1.0
    rule_codes = np.zeros(n, dtype=np.int8)  # single
    rule_codes[li], rule_codes[ri] = 1, 1  # model
    rule_codes[sa], rule_codes[sb] = 2, 2  # decision
    names = np.array(["single", "model", "decision"], dtype=object)
    rule = dict(zip(order, names[rule_codes].tolist(), strict=True))
    joined = rule_codes > 0
    probability = dict(zip(ordered[joined].tolist(), best[joined].tolist(), strict=True))
    contradictions: list[tuple[str, str]] = []
    blocked: list[tuple[str, str, float]] = []
    if tight:
        inside = np.isin(label, sorted(tight))
        members = set(ordered[inside].tolist())
        part = strong[np.isin(label[li], sorted(tight))]
        sub = _greedy(
            sorted(members),
            part,
            threshold,
            Constraints(
                same=[(a, b) for a, b in same if a in members],
                different=[(a, b) for a, b in con.different if a in members and b in members],
                groups={k: v for k, v in grouped.items() if k in members},
            ),
        )
        cluster_of.update(sub.cluster_of)
        rule.update(sub.rule)
        for rec in members:
            probability.pop(rec, None)
        probability.update(sub.probability)
        contradictions, blocked = sub.contradictions, sub.blocked
    return Clusters(cluster_of, rule, probability, contradictions, blocked)


def _greedy(
    ids: Sequence[str],
    pairs: pd.DataFrame,
    threshold: float = 0.9,
    constraints: Constraints | None = None,
) -> Clusters:
    """The greedy pass (see the module docstring) over ``ids`` and ``pairs`` alone."""
    con = constraints or Constraints()
    known = set(map(str, ids))
    forest = _Forest(sorted(known), {k: v for k, v in con.groups.items() if k in known})
    rule = dict.fromkeys(known, "single")
    prob: dict[str, float] = {}
    for a, b in con.different:
        if a in known and b in known:
            forest.forbid[forest.find(a)].add(b)
            forest.forbid[forest.find(b)].add(a)
    contradictions = []
    for a, b in con.same:
        if a not in known or b not in known:
            continue
        if forest.conflict(a, b, groups=False):
            contradictions.append((a, b))
            continue
        forest.union(a, b)
        rule[a] = rule[b] = "decision"
        prob[a] = prob[b] = 1.0
    blocked = []
    if not pairs.empty:
        strong = pairs[pairs["match_probability"] >= threshold]
        strong = strong.sort_values(
            ["match_probability", "unique_id_l", "unique_id_r"], ascending=[False, True, True]
        )
        for a, b, p in zip(
            strong["unique_id_l"].astype(str),
            strong["unique_id_r"].astype(str),
            strong["match_probability"].astype(float),
            strict=True,
        ):
            if a not in known or b not in known:
                continue
            if forest.conflict(a, b):
                blocked.append((a, b, p))
                continue
            forest.union(a, b)
            for r in (a, b):
                if rule[r] == "single":
                    rule[r] = "model"
                prob[r] = max(prob.get(r, 0.0), p)
    roots: dict[str, str] = {}
    for rec in sorted(known):
        roots.setdefault(forest.find(rec), rec)  # smallest member names the cluster
    cluster_of = {rec: roots[forest.find(rec)] for rec in sorted(known)}
    return Clusters(cluster_of, rule, prob, contradictions, blocked)


__all__ = ["Clusters", "Constraints", "cluster"]
