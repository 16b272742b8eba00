"""The prior from the scored pairs themselves, and a cut-off chosen from the model."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from headcount.link.calibrate import (
    MIN_CUT,
    choose_cluster_cut,
    choose_cut,
    components,
    refit_prior,
    total_pairs,
)


def _pairs(bayes_bits: np.ndarray, prior: float) -> pd.DataFrame:
    weight = bayes_bits + np.log2(prior / (1 - prior))
    return pd.DataFrame({"match_weight": weight,
                         "match_probability": 1 / (1 + np.exp2(-weight))})  # fmt: skip


@pytest.mark.parametrize("true_prior", [1e-4, 1e-3, 1e-2])
def test_the_prior_the_pairs_imply_is_found_whatever_the_prior_trained(true_prior: float) -> None:
    """Pairs whose Bayes factors are drawn so that they are calibrated under a known prior:
    the refitted prior comes back close to it from a prior ten times off either way."""
    rng = np.random.default_rng(1)
    total = 2_000_000.0
    matches = int(true_prior * total)
    # matches strongly for, non-matches (among the blocked pairs) weakly against
    bayes = np.concatenate([rng.normal(25, 3, matches), rng.normal(-12, 3, 20 * matches)])
    for trained in (true_prior / 10, true_prior * 10):
        out, prior = refit_prior(_pairs(bayes, trained), total, trained)
        assert prior == pytest.approx(true_prior, rel=0.15)
        assert out["match_probability"].sum() == pytest.approx(prior * total, rel=1e-2)


def test_a_prior_of_zero_is_left_alone() -> None:
    """A model whose deterministic rules found no pair has prior 0: every probability is
    0 and no Bayes factor is left to refit; the pairs come back as they are."""
    pairs = pd.DataFrame({"match_weight": [-np.inf, -np.inf], "match_probability": [0.0, 0.0]})
    out, prior = refit_prior(pairs, 1000.0, 0.0)
    assert prior == 0.0 and out["match_probability"].tolist() == [0.0, 0.0]
    assert choose_cluster_cut(np.array([0, 1]), np.array([1, 2]), np.zeros(2), 3).threshold == 1


def test_refit_keeps_the_order_of_the_pairs() -> None:
    bayes = np.array([30.0, 10.0, 0.0, -5.0])
    out, _ = refit_prior(_pairs(bayes, 1e-4), 1000.0, 1e-4)
    assert list(np.argsort(-out["match_probability"].to_numpy())) == [0, 1, 2, 3]


def test_the_cut_off_has_the_best_expected_f1_and_says_what_it_expects() -> None:
    p = np.array([0.999] * 90 + [0.9] * 10 + [0.6] * 10 + [0.2] * 50)
    cut = choose_cut(p)
    assert MIN_CUT <= cut.threshold <= 0.9
    kept = p[p >= cut.threshold]
    assert cut.expected_precision == pytest.approx(kept.mean())
    assert cut.expected_recall == pytest.approx(kept.sum() / p.sum())
    # no other cut-off is expected to do better
    for t in (0.999, 0.9, 0.6, 0.2):
        k = p[p >= t]
        assert 2 * k.sum() / (len(k) + p.sum()) <= 2 * kept.sum() / (len(kept) + p.sum()) + 1e-12


def test_pairs_all_unlikely_link_nothing() -> None:
    cut = choose_cut(np.array([0.3, 0.1]))
    assert cut.threshold == 1.0 and cut.expected_links == 0


def test_total_pairs_leave_out_those_within_a_deduplicated_group() -> None:
    groups = pd.Series(["a", "a", "a", "b", None])
    assert total_pairs(5) == 10
    assert total_pairs(5, groups) == 10 - 3


def test_a_weak_link_between_two_big_clusters_is_judged_by_the_pairs_it_adds() -> None:
    """Two people of ten records each, every pair within them certain, one link of 0.7
    between them: pair by pair 0.7 is worth taking, cluster by cluster it is not (it
    would put 100 false pairs in one cluster)."""
    left, right, p = [], [], []
    for base in (0, 10):
        for i in range(base, base + 10):
            for j in range(i + 1, base + 10):
                left.append(i)
                right.append(j)
                p.append(0.999)
    left.append(0)
    right.append(10)
    p.append(0.7)
    a, b, probs = np.array(left), np.array(right), np.array(p)
    assert choose_cut(probs).threshold <= 0.7
    assert choose_cluster_cut(a, b, probs, 20).threshold > 0.7
    label = components(a[:90], b[:90], 20)  # without the weak link: two people
    assert len(set(label[:10])) == 1 and len(set(label[10:])) == 1 and label[0] != label[10]
