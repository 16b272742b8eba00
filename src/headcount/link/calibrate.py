"""Calibration of scored pairs: the prior from the table itself, a cut-off from the model.

The prior (the probability that two records drawn at random match) that
deterministic rules estimate depends on how many matches those rules find,
which is assumed, not known. Here it is re-estimated from the scored pairs: the
expected number of matches is the sum of the pairs' match probabilities, and
the prior is that over the number of pairs the table has; probabilities are
recomputed with the new prior (their Bayes factors unchanged) until it settles.

The cut-off is then chosen from the probabilities rather than fixed: with the
pairs sorted by probability, the expected true links above a cut-off are the
sum of the probabilities above it, the expected matches the sum of them all;
the cut-off with the best expected F1 is taken, with its expected precision
and recall (what a reader of the clusters should expect).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: the prior is never let above this (a table of one person's records) nor below MIN_PRIOR
MAX_PRIOR = 0.5
MIN_PRIOR = 1e-9
#: no cut-off below this: a pair as likely apart as together is never linked
MIN_CUT = 0.5


@dataclass(frozen=True)
class Cut:
    """A chosen cut-off and what the model expects of it."""

    threshold: float
    expected_precision: float
    expected_recall: float
    expected_links: float  # expected true links at or above the cut-off
    prior: float  # the prior the probabilities were recomputed with

    def describe(self) -> str:
        return (f"cut-off {self.threshold:.3f}: expected precision {self.expected_precision:.3f}, "
                f"recall {self.expected_recall:.3f} (prior {self.prior:.3g})")  # fmt: skip


def _logit2(p: float) -> float:
    return float(np.log2(p / (1 - p)))


def refit_prior(
    pairs: pd.DataFrame, total_pairs: float, prior: float, iterations: int = 50
) -> tuple[pd.DataFrame, float]:
    """``pairs`` (``match_weight`` in bits, prior included) with ``match_probability``
    and ``match_weight`` recomputed under the prior the pairs themselves imply."""
    if pairs.empty or total_pairs <= 0 or not 0 < prior < 1:
        return pairs, prior  # nothing to refit; a prior of 0 left no Bayes factor to keep
    bayes = pairs["match_weight"].to_numpy(dtype=float) - _logit2(prior)
    lam = prior
    for _ in range(iterations):
        prob = 1.0 / (1.0 + np.exp2(-(bayes + _logit2(lam))))
        new = float(np.clip(prob.sum() / total_pairs, MIN_PRIOR, MAX_PRIOR))
        if abs(new - lam) <= 1e-3 * lam:
            lam = new
            break
        lam = new
    out = pairs.copy()
    out["match_weight"] = bayes + _logit2(lam)
    out["match_probability"] = 1.0 / (1.0 + np.exp2(-out["match_weight"].to_numpy()))
    return out, lam


def choose_cut(probabilities: np.ndarray | pd.Series, prior: float = 0.0) -> Cut:
    """The cut-off with the best expected pairwise F1 (at least MIN_CUT)."""
    p = np.sort(np.asarray(probabilities, dtype=float))[::-1]
    if not len(p) or p[0] < MIN_CUT:
        return Cut(1.0, 1.0, 0.0, 0.0, prior)
    expected = p.sum()
    tp = np.cumsum(p)
    k = np.arange(1, len(p) + 1)
    f1 = 2 * tp / (k + expected)
    f1[p < MIN_CUT] = -1.0
    best = int(np.argmax(f1))
    return Cut(float(p[best]), float(tp[best] / (best + 1)), float(tp[best] / expected),
               float(tp[best]), prior)  # fmt: skip


def components(left: np.ndarray, right: np.ndarray, n: int) -> np.ndarray:
    """The connected component of each of ``n`` records linked by pairs (positions)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(left)), (left, right)), shape=(n, n))
    return np.asarray(connected_components(graph, directed=False)[1])


#: cut-offs tried when clusters are weighed: every distinct probability above MIN_CUT
#: when there are at most EXACT of them, else CANDIDATES quantiles of them and SPACED
#: cut-offs evenly apart in match weight (most pairs score near 1: quantiles alone leave
#: a few cut-offs where the clusters change, and the best of them by chance)
EXACT = 2000
CANDIDATES = 40
SPACED = 60


def cut_candidates(above: np.ndarray) -> np.ndarray:
    """The cut-offs tried among ``above`` (distinct probabilities at least MIN_CUT)."""
    if len(above) <= EXACT:
        return above
    quantiles = np.quantile(above, np.linspace(0, 1, CANDIDATES))
    p = np.clip(above, MIN_CUT, 1 - 1e-12)
    weight = np.log2(p / (1 - p))
    spaced = np.linspace(weight.min(), weight.max(), SPACED)
    # each spaced weight rounded up to a probability that occurs (the clusters change there)
    index = np.clip(np.searchsorted(weight, spaced), 0, len(above) - 1)
    return np.unique(np.concatenate([quantiles, above[index]]))


def choose_cluster_cut(
    left: np.ndarray, right: np.ndarray, probabilities: np.ndarray, n: int, prior: float = 0.0
) -> Cut:
    """The cut-off with the best expected F1 of the *clusters* it makes (connected
    components of the pairs at or above it; ``left``, ``right``: record positions).

    Links chain: one false link between two people of ten records each puts a
    hundred false pairs in a cluster. So each cut-off is judged by the pairs its
    clusters hold: those scored count with their probability, those never scored
    as non-matches; the expected matches are the sum of all probabilities.
    """
    p = np.asarray(probabilities, dtype=float)
    expected = float(p.sum())
    above = np.unique(p[p >= MIN_CUT])
    if not len(above) or expected <= 0:
        return Cut(1.0, 1.0, 0.0, 0.0, prior)
    tries = cut_candidates(above)
    best: Cut | None = None
    best_f1 = -1.0
    for t in tries:
        keep = p >= t
        label = components(left[keep], right[keep], n)
        sizes = np.bincount(label).astype(float)
        within = float((sizes * (sizes - 1) / 2).sum())
        tp = float(p[label[left] == label[right]].sum())
        if within <= 0:
            continue
        f1 = 2 * tp / (within + expected)
        if f1 > best_f1:
            best_f1 = f1
            best = Cut(float(t), tp / within, tp / expected, tp, prior)
    return best or Cut(1.0, 1.0, 0.0, 0.0, prior)


def total_pairs(n: int, groups: pd.Series | None = None) -> float:
    """Pairs a table of ``n`` records has, less those within one deduplicated group."""
    total = n * (n - 1) / 2
    if groups is not None:
        sizes = groups.dropna().value_counts().to_numpy(dtype=float)
        total -= float((sizes * (sizes - 1) / 2).sum())
    return total


__all__ = [
    "Cut",
    "choose_cluster_cut",
    "choose_cut",
    "components",
    "cut_candidates",
    "refit_prior",
    "total_pairs",
]
