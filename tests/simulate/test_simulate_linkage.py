"""Linkage draws against known truth: uncertain pair scores widen the interval."""

from __future__ import annotations

import statistics

import numpy as np

from headcount.estimate.linkage import LinkData, draw_table
from headcount.estimate.registry import COUNT
from headcount.simulate.linkage import LinkageSetting, linkage_replicate, make_registry


def test_the_registry_splits_people_and_the_pairs_hold_every_split() -> None:
    registry, truth, size = make_registry(LinkageSetting(size=200, split=0.5), 3)
    assert len(registry.persons) > len(truth.persons)
    owner = {p.split("-")[0] for p in registry.persons if "-" in p}
    assert owner  # some people are split
    split_pairs = [(a, b) for a, b, _ in registry.pairs if a.split("-")[0] == b.split("-")[0]]
    assert len(split_pairs) == len(registry.persons) - len(truth.persons)
    merged = all_merged(registry)
    assert int(draw_table(merged, (), _rng())[COUNT].sum()) <= len(truth.persons)
    assert size == 200


def all_merged(registry: LinkData) -> LinkData:
    return LinkData(registry.persons, registry.status, registry.systems,
                    [(a, b, 1.0) for a, b, _ in registry.pairs])


def _rng() -> np.random.Generator:
    return np.random.default_rng(0)


def test_uncertain_scores_widen_the_interval_and_draws_undo_the_splits() -> None:
    widths: dict[float, list[float]] = {0.0: [], 0.95: []}
    errors: dict[str, list[float]] = {"registry": [], "draws": []}
    for sharp in widths:
        for seed in range(3):
            rows = {r.how: r for r in linkage_replicate(LinkageSetting(sharp=sharp), seed,
                                                        draws=4, bootstrap=30)}
            pooled = rows["4 draws"]
            assert pooled.width is not None
            widths[sharp].append(pooled.width)
            if sharp:
                errors["registry"].append(abs(rows["registry"].estimate / pooled.truth - 1))
                errors["draws"].append(abs(pooled.estimate / pooled.truth - 1))
    assert statistics.median(widths[0.0]) > statistics.median(widths[0.95])
    assert statistics.median(errors["draws"]) < statistics.median(errors["registry"]) / 2
