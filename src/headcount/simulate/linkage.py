"""Linkage error with known truth: registries that split people, scored pairs that say so.

A population of ``size`` people is named by independent systems. The registry splits
some people named by two systems or more into one person per system (missed links),
and the link model scores candidate pairs of persons with a probability that is
calibrated: a pair scored ``q`` is one person with chance ``q``. Every split is among
the candidates; the others join persons of different people. ``sharp`` pushes the
scores towards 0 and 1 (a confident link model), ``sharp = 0`` spreads them evenly.

:func:`linkage_replicate` estimates one such registry three ways against the true
total: as the registry clusters it, pooled over clusterings drawn from the pair
probabilities (:mod:`headcount.estimate.linkage`), and with the true linkage.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import pandas as pd

from headcount.estimate import estimate
from headcount.estimate.linkage import LinkData, draw_table, pool
from headcount.estimate.registry import COUNT
from headcount.estimate.result import EstimateResult

SYSTEMS = ("A", "B", "C")


@dataclass(frozen=True)
class LinkageSetting:
    """One way of making a registry (see the module docstring)."""

    size: int = 400
    rates: tuple[float, ...] = (0.45, 0.4, 0.5)
    split: float = 0.3  # share of people on two systems or more split into persons
    sharp: float = 0.0  # 0: scores uniform on (0, 1); towards 1: near 0 or 1


def _score(rng: np.random.Generator, sharp: float) -> float:
    u = float(rng.random())
    if sharp <= 0:
        return u
    # a symmetric Beta(a, a) with a < 1 puts the scores near 0 and 1
    a = max(1.0 - sharp, 0.02)
    return float(rng.beta(a, a))


def make_registry(setting: LinkageSetting, seed: int) -> tuple[LinkData, LinkData, int]:
    """The registry with its scored pairs, the true linkage, and the true total."""
    rng = np.random.default_rng(seed)
    caught = rng.random((setting.size, len(setting.rates))) < np.array(setting.rates)
    persons: list[str] = []
    systems: dict[str, frozenset[str]] = {}
    owner: dict[str, int] = {}
    truth_systems: dict[str, frozenset[str]] = {}
    splits: list[tuple[str, str]] = []
    for i, row in enumerate(caught):
        named = frozenset(s for s, c in zip(SYSTEMS, row, strict=True) if c)
        if not named:
            continue
        truth_systems[f"t{i}"] = named
        if len(named) >= 2 and rng.random() < setting.split:
            parts = [f"p{i}-{s}" for s in sorted(named)]
            for part, s in zip(parts, sorted(named), strict=True):
                systems[part] = frozenset({s})
            splits += list(pairwise(parts))
        else:
            parts = [f"p{i}"]
            systems[parts[0]] = named
        for part in parts:
            persons.append(part)
            owner[part] = i
    pairs: list[tuple[str, str, float]] = []
    todo = list(splits)
    rng.shuffle(todo)
    while todo:
        q = _score(rng, setting.sharp)
        if rng.random() < q:
            a, b = todo.pop()
        else:
            a, b = (str(x) for x in rng.choice(persons, 2, replace=False))
            if owner[a] == owner[b]:
                continue
        pairs.append((a, b, q))
    status: dict[str, str | None] = {p: "killed" for p in persons}
    registry = LinkData(persons, status, systems, pairs)
    people = sorted(truth_systems)
    truth = LinkData(people, {p: "killed" for p in people}, truth_systems, [])
    return registry, truth, setting.size


@dataclass
class LinkageRow:
    """One registry estimated three ways."""

    how: str
    estimate: float
    lower: float | None
    upper: float | None
    observed: int
    truth: int

    @property
    def covered(self) -> bool:
        return self.lower is not None and self.upper is not None and (
            self.lower <= self.truth <= self.upper)

    @property
    def width(self) -> float | None:
        if self.lower is None or self.upper is None:
            return None
        return (self.upper - self.lower) / self.truth


def _row(how: str, res: EstimateResult, truth: int) -> LinkageRow:
    return LinkageRow(how, res.estimate, res.lower, res.upper, res.observed, truth)


def linkage_replicate(setting: LinkageSetting, seed: int, draws: int = 10,
                      bootstrap: int = 50) -> list[LinkageRow]:
    """The registry's clustering, ``draws`` linkage draws pooled, and the truth."""
    registry, truth, total = make_registry(setting, seed)
    rng = np.random.default_rng(seed + 1)

    def fit(table: pd.DataFrame, i: int) -> EstimateResult:
        return estimate(table, "loglinear", bootstrap_samples=bootstrap,
                        interval="percentile", seed=seed * 100 + i, count_column=COUNT)

    no_merge = LinkData(registry.persons, registry.status, registry.systems, [])
    out = [_row("registry", fit(draw_table(no_merge, (), rng), 0), total)]
    pooled = pool([fit(draw_table(registry, (), rng), i + 1) for i in range(draws)], 0.95)
    out.append(_row(f"{draws} draws", pooled, total))
    out.append(_row("truth", fit(draw_table(truth, (), rng), 0), total))
    return out
