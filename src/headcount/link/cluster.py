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
i.e. Splink's own clustering.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd


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
