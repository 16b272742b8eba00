"""Unknown covariate values: missing data, not a group of people.

A covariate of the covariate model (region, channel, age band, citizenship) is what the
sources *record* about a person, and a person named by several sources has several
chances to have it recorded. "unknown" therefore falls mostly on the people one source
names: read as a level of its own it is a stratum of people the sources seem to reach
poorly (nearly all named once), and the model fills it with a large unseen count —
the estimate of a registry whose citizenship is unknown for forty singletons can come
out twice the truth.

An unknown value is treated instead as missing at random given the capture pattern
(the systems naming the person): the persons of each cell whose value of a covariate is
unknown are shared out over its known levels in proportion to the known values of the
persons with the same capture pattern — the expectation step of the EM algorithm for
multiple system estimation with covariates that linking leaves incomplete (van der
Heijden, Smith, Cruyff & Bakker 2018; with missing values, van der Heijden et al. 2022),
done once with the pattern's observed distribution (fractional imputation, Kim 2011).
A pattern with few known persons borrows from the patterns of the same number of
systems (weight of one person), and only over the levels where each of its systems
names someone, so a system that does not reach a level (a structural zero) gets no one
there by sharing.

A bootstrap replicate resamples the table *before* sharing (unknowns included) and
shares again (:meth:`Completion.resampled`), so the interval carries the uncertainty of
the shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import numpy as np
from scipy import sparse

UNKNOWN = "unknown"
#: how many persons' weight the distribution of the patterns of the same size carries
#: in a pattern's shares
PRIOR_WEIGHT = 1.0


@dataclass(frozen=True)
class Completion:
    """How the cells with unknown values (``raw``) are shared out over known levels.

    ``raw``: counts by raw cell (a raw cell's level of a covariate may be unknown) and
    pattern; ``raw_levels[c]``: each raw cell's level index of ``c`` among the known
    levels (−1: unknown). Each *pair* sends a raw cell's persons to one completed cell;
    ``pair_levels[c]`` is the level the pair gives ``c`` when the raw cell's is unknown
    (−1 when it is known)."""

    raw: np.ndarray
    raw_levels: dict[str, np.ndarray]
    sizes: np.ndarray  # number of systems in each pattern
    members: np.ndarray  # (patterns, systems) 0/1
    pair_raw: np.ndarray
    pair_target: np.ndarray
    pair_levels: dict[str, np.ndarray]
    targets: int
    #: persons whose value was unknown, by covariate
    unknown: dict[str, int]
    #: (targets, pairs) 0/1: which completed cell each pair sends its persons to
    spread: sparse.csr_matrix | None = None

    def counts(self, raw: np.ndarray | None = None) -> np.ndarray:
        """The completed cells' counts (float) from raw counts (default: :attr:`raw`)."""
        raw = self.raw if raw is None else raw
        weight = np.ones((self.pair_raw.size, raw.shape[1]))
        for c, lv in self.pair_levels.items():
            free = lv >= 0
            if not free.any():
                continue
            shares = _shares(raw, self.raw_levels[c], self.sizes, self.members)
            weight[free] *= shares[lv[free]]
        spread = self.spread
        if spread is None:
            spread = sparse.csr_matrix(
                (np.ones(self.pair_target.size), (self.pair_target,
                                                  np.arange(self.pair_target.size))),
                shape=(self.targets, self.pair_target.size))
        return np.asarray(spread @ (raw[self.pair_raw] * weight))

    def resampled(self, rng: np.random.Generator,
                  total: int | None = None) -> tuple[Completion, np.ndarray]:
        """A multinomial draw of ``total`` persons (default: the raw table's) over the raw
        table (unknowns included), and its completed counts."""
        flat = self.raw.ravel().astype(float)
        total = round(float(flat.sum())) if total is None else total
        draw = rng.multinomial(total, flat / flat.sum()).reshape(self.raw.shape)
        again = Completion(draw, self.raw_levels, self.sizes, self.members, self.pair_raw,
                           self.pair_target, self.pair_levels, self.targets, self.unknown,
                           self.spread)
        return again, again.counts()


def _shares(raw: np.ndarray, levels: np.ndarray, sizes: np.ndarray,
            members: np.ndarray) -> np.ndarray:
    """(known levels, patterns): the share of each known level among the persons of each
    pattern whose value is known, with :data:`PRIOR_WEIGHT` persons' weight of the
    patterns of the same size, over the levels where each of the pattern's systems names
    a person whose value is known."""
    nlev = int(levels.max()) + 1
    known = np.zeros((nlev, raw.shape[1]))
    np.add.at(known, levels[levels >= 0], raw[levels >= 0])
    overall = known.sum(axis=1)
    overall = overall / overall.sum() if overall.sum() > 0 else np.full(nlev, 1 / nlev)
    by_size = np.zeros((nlev, int(sizes.max()) + 1))
    np.add.at(by_size.T, sizes, known.T)
    size_share = (by_size + overall[:, None]) / (by_size.sum(axis=0) + 1)[None, :]
    reached = (known @ members) > 0  # (levels, systems): the system names someone there
    compatible = np.all(reached[:, None, :] | (members[None, :, :] == 0), axis=2)
    prior = size_share[:, sizes] * compatible
    total = prior.sum(axis=0)
    prior = np.where(total > 0, prior / np.where(total > 0, total, 1), size_share[:, sizes])
    return (known + PRIOR_WEIGHT * prior) / (known.sum(axis=0) + PRIOR_WEIGHT)[None, :]


def complete(raw_index: dict[str, np.ndarray], labels: dict[str, tuple[str, ...]],
             raw: np.ndarray, patterns: np.ndarray
             ) -> tuple[dict[str, np.ndarray], dict[str, tuple[str, ...]], Completion | None]:
    """The completed cells' levels and labels (no unknown level) and the
    :class:`Completion` that fills them, for raw cells whose covariate ``c`` has level
    index ``raw_index[c]`` into ``labels[c]`` (which may hold :data:`UNKNOWN`).
    ``patterns``: (patterns, systems) 0/1. None for the completion when no value is
    unknown (the raw cells are the completed cells)."""
    covs = list(raw_index)
    known_names: dict[str, tuple[str, ...]] = {}
    raw_levels: dict[str, np.ndarray] = {}
    for c in covs:
        names = labels[c]
        kept = tuple(n for n in names if n != UNKNOWN)
        if not kept:  # nothing known: the covariate is one level
            kept = (UNKNOWN,)
        known_names[c] = kept
        remap = np.array([kept.index(n) if n in kept else -1 for n in names], dtype=int)
        raw_levels[c] = remap[raw_index[c]]
    unknown = {c: int(raw[raw_levels[c] < 0].sum()) for c in covs}
    if not any(unknown.values()):
        return raw_levels, known_names, None
    keys: dict[tuple[int, ...], int] = {}
    pair_raw: list[int] = []
    pair_target: list[int] = []
    pair_levels: dict[str, list[int]] = {c: [] for c in covs}
    for r in range(raw.shape[0]):
        own = [int(raw_levels[c][r]) for c in covs]
        options = [range(len(known_names[c])) if v < 0 else (v,)
                   for c, v in zip(covs, own, strict=True)]
        for combo in product(*options):
            target = keys.setdefault(combo, len(keys))
            pair_raw.append(r)
            pair_target.append(target)
            for c, v, lv in zip(covs, own, combo, strict=True):
                pair_levels[c].append(lv if v < 0 else -1)
    members = patterns.astype(int)
    spread = sparse.csr_matrix((np.ones(len(pair_target)), (pair_target,
                                                            np.arange(len(pair_target)))),
                               shape=(len(keys), len(pair_target)))
    completion = Completion(
        raw=raw, raw_levels=raw_levels, sizes=members.sum(axis=1), members=members,
        pair_raw=np.array(pair_raw), pair_target=np.array(pair_target),
        pair_levels={c: np.array(v) for c, v in pair_levels.items()},
        targets=len(keys), unknown={c: n for c, n in unknown.items() if n}, spread=spread)
    order = np.array(list(keys), dtype=int).reshape(len(keys), len(covs))
    levels = {c: order[:, i] for i, c in enumerate(covs)}
    return levels, known_names, completion
