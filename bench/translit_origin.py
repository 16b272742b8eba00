"""Does the likely language of a Latin name help the re-ranking? Cross-validated.

A name's language is read from its letter n-grams (1-3 letters, word ends marked)
by a multinomial naive Bayes over the hand-written conventions of
``headcount.names.russian`` (``en``, ``de``, ``fr``, ``es``, …): each dev pair of
``wd_russian_64`` is labelled with the conventions whose spelling of the Latin token
is nearest, letter for letter, to its Cyrillic token (ties share the label; pairs no
convention comes near are left out). Two features follow for a candidate: the
conventions' letter-for-letter similarity to it, and whether their coarse key is its
key, each averaged with the language's shares as weights (the flat ``hand`` and
``agreement`` features take the best and the plain share over all conventions).

For each fold of ``translit_rerank.py``'s cached dev queries, the language model and
the rules are learned from the other folds' dev pairs only (the alignment as in
``translit_rerank.py``: fitted on dev pairs of no cached query); the
fold's candidates are scored again (cached as ``rows-F-of-N.tsv``) and recall@1 is
reported with the shipped weights, with conditional-logit weights fitted on the other
folds (the shipped features), and with the same fitted on the shipped features plus
the language features.

    python bench/translit_origin.py --cache DIR [--folds 5]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translit_rules
from translit_rerank import DATA, _aligned, _load_rules, fold_of, rescore
from translit_search import FEATURES, WEIGHTS, Row, rank, read_tokens, recall_at, wilson
from translit_split import part_of

from headcount.names import russian
from headcount.names.russian import HAND, hand_similarities

ORIGIN_FEATURES = ("origin_hand", "origin_agreement")
#: a pair whose nearest convention is less alike than this is taken for noise
MIN_LABEL = 0.6
#: add-alpha smoothing of the n-gram counts
ALPHA = 0.5
#: naive Bayes is over-confident: its log-odds are divided by this
TEMPERATURE = 3.0


def ngrams(word: str) -> list[str]:
    """The letter 1-, 2- and 3-grams of a lower-case word, its ends marked.

    >>> ngrams("ab")
    ['a', 'b', '^a', 'ab', 'b$', '^ab', 'ab$']
    """
    padded = "^" + word + "$"
    return [padded[i : i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)
            if padded[i : i + n] not in ("^", "$")]  # fmt: skip


@dataclass(frozen=True)
class OriginModel:
    """Per convention (in the order of ``HAND``): log prior, log n-gram probabilities
    and the log probability of an n-gram it has not seen."""

    log_prior: tuple[float, ...]
    log_cond: tuple[Mapping[str, float], ...]
    unseen: tuple[float, ...]


def label(word: str, cyrillic: str) -> dict[str, float] | None:
    """The conventions nearest to a (Latin, Cyrillic) pair, their shares summing to 1;
    None when none comes within :data:`MIN_LABEL`."""
    sims = hand_similarities(word.lower(), cyrillic)
    best = max(sims)
    if best < MIN_LABEL:
        return None
    nearest = [c for c, s in zip(HAND, sims, strict=True) if s == best]
    return {c: 1 / len(nearest) for c in nearest}


def count(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """The labelled n-gram counts of (Latin, Cyrillic) pairs, and each convention's
    share of the labels under the key ``""``."""
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for word, cyr in pairs:
        found = label(word, cyr)
        if found is None:
            continue
        grams = ngrams(word.lower())
        for conv, share in found.items():
            counts[conv][""] += share
            for g in grams:
                counts[conv][g] += share
    return {conv: dict(grams) for conv, grams in counts.items()}


def fit(counts: Mapping[str, Mapping[str, float]]) -> OriginModel:
    """The model of labelled counts (:func:`count`)."""
    vocab = {g for c in counts.values() for g in c if g}
    total = sum(c.get("", 0.0) for c in counts.values())
    log_prior, log_cond, unseen = [], [], []
    for conv in HAND:
        grams = counts.get(conv, {})
        log_prior.append(math.log((grams.get("", 0.0) + 1) / (total + len(HAND))))
        denom = sum(n for g, n in grams.items() if g) + ALPHA * (len(vocab) + 1)
        log_cond.append({g: math.log((n + ALPHA) / denom) for g, n in grams.items() if g})
        unseen.append(math.log(ALPHA / denom))
    return OriginModel(tuple(log_prior), tuple(log_cond), tuple(unseen))


def shares(word: str, model: OriginModel) -> tuple[float, ...]:
    """P(convention | word), in the order of ``HAND``."""
    grams = ngrams(word.lower())
    scores = [(prior + sum(cond.get(g, miss) for g in grams)) / TEMPERATURE
              for prior, cond, miss in zip(model.log_prior, model.log_cond, model.unseen,
                                           strict=True)]  # fmt: skip
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return tuple(x / total for x in exp)


def similarity(word: str, cyrillic: str, model: OriginModel) -> float:
    """The conventions' letter-for-letter similarity to a Cyrillic token
    (``hand_similarities``), weighted by the word's :func:`shares`."""
    return sum(p * s for p, s in zip(shares(word, model), hand_similarities(word.lower(),
                                                                             cyrillic),
                                     strict=True))  # fmt: skip


def origin_features(word: str, cyrillic: str, model: OriginModel) -> tuple[float, float]:
    """The language-weighted letter similarity and key agreement of a candidate."""
    p = shares(word, model)
    key = russian.russian_token(cyrillic)
    agree = [float(russian.russian_token(word, c) == key) for c in russian.HAND]
    return (similarity(word, cyrillic, model),
            sum(a * b for a, b in zip(p, agree, strict=True)))  # fmt: skip


def fit_weights(rows: Sequence[Row], truth: dict[str, set[str]],
                names: Sequence[str]) -> dict[str, float]:  # fmt: skip
    """Conditional-logit weights of ``names`` (the first scaled to 1)."""
    from statsmodels.discrete.conditional_models import ConditionalLogit

    by_q: dict[str, list[tuple[tuple[float, ...], int]]] = defaultdict(list)
    for a, tok, feats in rows:
        by_q[a].append((feats, int(tok in truth[a])))
    x, y, groups = [], [], []
    for g, cands in enumerate(by_q.values()):
        hits = sum(lab for _, lab in cands)
        if hits == 0 or hits == len(cands):
            continue
        for feats, lab in cands:
            x.append(feats)
            y.append(lab)
            groups.append(g)
    model = ConditionalLogit(np.asarray(y), np.asarray(x), groups=np.asarray(groups))
    params = model.fit(disp=0, method="bfgs", maxiter=500).params
    scale = params[0] if params[0] > 0 else 1.0
    return {name: float(p / scale) for name, p in zip(names, params, strict=True)}


def fold_rows(cache: Path, fold: int, folds: int, held: Sequence[str],
              cached: dict[str, list[str]]) -> list[Row]:  # fmt: skip
    """The held fold's candidates with the shipped and the language features, under the
    rules and the language model learned without the fold (cached)."""
    path = cache / f"rows-{fold}-of-{folds}.tsv"
    if path.exists():
        out: list[Row] = []
        for line in path.read_text("utf-8").splitlines():
            a, c, f = line.split("\t")
            out.append((a, c, tuple(float(x) for x in f.split(" "))))
        return out
    aligned = _aligned(cache, fold, folds)
    _load_rules(translit_rules.learn_table(aligned, 3), aligned)
    rows = rescore([(a, c) for a in held for c in cached[a]])
    pairs = [(a, b) for a, b in translit_rules.read_pairs(DATA / "wd_russian_64", part="dev")
             if fold_of(a, folds) != fold]  # fmt: skip
    model = fit(count(pairs))
    out = [(a, c, f + origin_features(a, c, model)) for a, c, f in rows]
    path.write_text("".join(f"{a}\t{c}\t{' '.join(map(repr, f))}\n" for a, c, f in out), "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    _, truth = read_tokens(DATA / "wd_russian_64")
    cached: dict[str, list[str]] = defaultdict(list)
    for line in (args.cache / "candidates.tsv").read_text("utf-8").splitlines():
        a, c = line.split("\t")
        cached[a].append(c)
    latins = sorted(cached)
    assert all(part_of(x) == "dev" for x in latins)  # the test part is never read here
    per_fold = {}
    for f in range(args.folds):
        held = sorted(x for x in latins if fold_of(x, args.folds) == f)
        per_fold[f] = fold_rows(args.cache, f, args.folds, held, cached)
        print(f"fold {f}: {len(held)} queries", flush=True)
    names = (*FEATURES, *ORIGIN_FEATURES)
    n_plain = len(FEATURES)
    all_rows = [r for f in range(args.folds) for r in per_fold[f]]
    plain_rows = [(a, c, feats[:n_plain]) for a, c, feats in all_rows]
    results = [("shipped weights (5-fold rules and alignment)",
                recall_at(rank(plain_rows, WEIGHTS), truth, latins))]  # fmt: skip
    fitted = {"shipped features, weights fitted on the other folds": 0,
              "with the language features, weights fitted on the other folds": 0}
    for f in range(args.folds):
        train = [r for g in range(args.folds) if g != f for r in per_fold[g]]
        held = sorted({a for a, _, _ in per_fold[f]})
        w_plain = fit_weights([(a, c, x[:n_plain]) for a, c, x in train], truth, FEATURES)
        w_all = fit_weights(train, truth, names)
        print(f"fold {f}: " + ", ".join(f"{k} {v:.3f}" for k, v in w_all.items()), flush=True)
        fitted["shipped features, weights fitted on the other folds"] += recall_at(
            rank([(a, c, x[:n_plain]) for a, c, x in per_fold[f]], w_plain), truth, held)
        fitted["with the language features, weights fitted on the other folds"] += recall_at(
            _rank_all(per_fold[f], w_all, names), truth, held)
    results += list(fitted.items())
    n = len(latins)
    print("| re-ranking (1,000 dev queries, 5-fold) | queries | recall@1 | 95 % interval |")
    print("|---|---|---|---|")
    for lab, hits in results:
        lo, hi = wilson(hits, n)
        print(f"| {lab} | {n} | {hits / n:.3f} | {lo:.3f}–{hi:.3f} |")


def _rank_all(rows: Sequence[Row], weights: dict[str, float],
              names: Sequence[str]) -> dict[str, list[str]]:  # fmt: skip
    w = [weights[k] for k in names]
    by_q: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for a, tok, feats in rows:
        by_q[a].append((-sum(x * y for x, y in zip(w, feats, strict=True)), tok))
    return {a: [tok for _, tok in sorted(c)] for a, c in by_q.items()}


if __name__ == "__main__":
    main()
