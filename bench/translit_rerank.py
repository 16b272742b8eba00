"""Fast, cross-validated scoring of the Latin -> Cyrillic token search's re-ranking.

The first stage (``translit_search.first_stage``: every Cyrillic token of
``wd_russian_64`` against each query) takes minutes for a thousand queries; the
re-ranking takes seconds. So:

1. ``candidates`` runs the first stage once for a sample of the **dev** part of the
   split (``translit_split``) and caches each query's :data:`CACHE_KEEP` best tokens
   (a wider net than the bench's 40, so that rules learned without a query still find
   their 40 among them), a hundred queries at a time (an interrupted run resumes).
2. ``score`` cuts the cached queries into ``--folds`` folds by a hash of the Latin
   token (not the hash of the dev/test split), and for each fold learns the transcription
   rules (``translit_rules.learn_table``) and the graphone model
   (``headcount.names.graphones``) from the dev pairs of the other folds only,
   aligned letter by letter by an alignment fitted on dev pairs of no cached query
   (``align`` fits and caches it beforehand), scores the fold's candidates with them
   (first-stage score and re-ranking features again), and reports recall@1 with a 95 %
   Wilson interval: with the shipped weights (``translit_search.WEIGHTS``), with weights
   fitted on the other folds by a conditional logit (statsmodels; one choice among each
   query's candidates), and, in the same run, with the shipped rules (learned on all the
   dev part: in-sample).

3. ``priors`` scores, on the same 5-fold rows (cached as ``fold-rows-*.tsv``), a
   frequency prior of the Cyrillic candidate added to the shipped weights
   (:class:`Commonness`, counted on the dev pairs of the other
   folds only); ``misses`` prints one fold's misses with their features and priors.

Only ``test-candidates`` and ``test`` read the test part, and write no misses.

    python bench/translit_rerank.py candidates --cache DIR [--sample 1000]
    python bench/translit_rerank.py align --cache DIR
    python bench/translit_rerank.py score --cache DIR [--folds 5] [--min-count 3]
    python bench/translit_rerank.py grid --cache DIR [--folds 5] --settings 3:0:0.1,2:1:0.1
    python bench/translit_rerank.py priors --cache DIR [--folds 5]
    python bench/translit_rerank.py misses --cache DIR [--fold 0] [--count 40]
    python bench/translit_rerank.py test-candidates --cache DIR --sample 300
    python bench/translit_rerank.py test --cache DIR --weights first=1,edit=0.5,…

``test-candidates`` and ``test`` measure the test part once, at the end, with the
shipped rules: the shipped weights beside the weights chosen on the dev folds.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translit_rules
from translit_search import (
    FEATURES,
    KEEP,
    WEIGHTS,
    Row,
    features,
    first_stage,
    rank,
    read_tokens,
    recall_at,
    sample_queries,
    score_pairs,
    wilson,
)
from translit_split import part_of

from headcount.names import graphones, russian
from headcount.names.graphones import GraphoneModel

ROOT = Path(__file__).resolve().parents[1]
DATA = (
    Path(os.environ.get("HEADCOUNT_SHARED_DATA", ROOT.parent / "shared" / "data"))
    / "linkage"
    / "translit_ru"
)
#: candidates of each query cached by the first stage
CACHE_KEEP = 80
CHUNK = 100


def fold_of(latin: str, folds: int) -> int:
    """The fold of a dev Latin token: a SHA-256 of it, bytes other than the split's."""
    digest = hashlib.sha256(latin.strip().lower().encode("utf-8")).digest()
    return int.from_bytes(digest[4:8], "big") % folds


def cache_candidates(cache: Path, sample: int, seed: int = 1) -> None:
    """Run the first stage for ``sample`` dev queries, a hundred at a time, appending
    each query's :data:`CACHE_KEEP` best tokens to ``cache/candidates.tsv``."""
    cyr, truth = read_tokens(DATA / "wd_russian_64")
    latins = sample_queries(truth, sample, seed, part="dev")
    out = cache / "candidates.tsv"
    done = {line.split("\t")[0] for line in out.read_text("utf-8").splitlines()} if (
        out.exists()) else set()  # fmt: skip
    todo = [x for x in latins if x not in done]
    for start in range(0, len(todo), CHUNK):
        rows = first_stage(todo[start : start + CHUNK], cyr, CACHE_KEEP, with_features=False)
        with out.open("a", encoding="utf-8") as f:
            f.writelines(f"{a}\t{c}\n" for a, c, _ in rows)
        print(f"{len(done) + start + CHUNK} queries cached", flush=True)


def cache_test(cache: Path, sample: int, seed: int = 1) -> None:
    """The bench's first ``sample`` queries of the **test** part (``link.py``'s sample),
    each with its :data:`KEEP` best tokens and their features under the shipped rules,
    to ``cache/test.tsv``: scored once, at the end, by ``test`` (never read by
    ``score``; their misses are never written)."""
    cyr, truth = read_tokens(DATA / "wd_russian_64")
    latins = sample_queries(truth, sample, seed, part="test")
    rows = first_stage(latins, cyr)
    (cache / "test.tsv").write_text(
        "".join(f"{a}\t{c}\t{' '.join(map(repr, f))}\n" for a, c, f in rows), "utf-8"
    )


def report_test(cache: Path, weights: dict[str, float]) -> list[str]:
    """Recall@1 of the cached test queries under the shipped and the given weights."""
    _, truth = read_tokens(DATA / "wd_russian_64")
    rows: list[Row] = []
    for line in (cache / "test.tsv").read_text("utf-8").splitlines():
        a, c, f = line.split("\t")
        rows.append((a, c, tuple(float(x) for x in f.split(" "))))
    latins = sorted({a for a, _, _ in rows})
    assert all(part_of(x) == "test" for x in latins)
    n = len(latins)
    lines = ["| re-ranking (test part, reported only) | queries | recall@1 | 95 % interval |",
             "|---|---|---|---|"]  # fmt: skip
    for label, w in (("shipped weights", WEIGHTS), ("weights fitted on the dev folds", weights)):
        hits = recall_at(rank(rows, w), truth, latins)
        lo, hi = wilson(hits, n)
        lines.append(f"| {label} | {n} | {hits / n:.3f} | {lo:.3f}–{hi:.3f} |")
    return lines


def _load_rules(table: dict[str, list[tuple[str, float]]],
                aligned: Sequence[tuple[str, Sequence[str]]]) -> None:  # fmt: skip
    """Make ``headcount.names.russian`` spell with ``table`` (a fold's rules) and
    ``headcount.names.graphones`` score with a model learned from ``aligned`` (the
    fold's aligned pairs, the ones ``table`` was learned from)."""
    graphones.use(GraphoneModel.learn(aligned))
    rules = {key: tuple((c, math.log(p)) for c, p in chunks) for key, chunks in table.items()}
    for fn in (russian._learned_letter, russian.learned_spellings, russian.spelling_score,
               russian.coverage, russian.hand_similarity, russian.agreement,
               russian.learned_similarity,
               russian.russian_token, russian.russian_key):  # fmt: skip
        clear = getattr(fn, "cache_clear", None)
        if clear is not None:
            clear()
    russian._rules = lambda: rules  # type: ignore[assignment]


def rescore(pairs: Sequence[tuple[str, str]], keep: int = KEEP) -> list[Row]:
    """The first-stage score of cached (query, candidate) pairs under the rules loaded
    now, each query's ``keep`` best, with their re-ranking features."""
    rows = score_pairs(pd.DataFrame(pairs, columns=["q", "c"]))
    by_q: dict[str, list[tuple[float, str, float]]] = defaultdict(list)
    for a, tok, first, edit in rows:
        by_q[a].append((first, tok, edit))
    out: list[Row] = []
    for a, cands in by_q.items():
        cands.sort(key=lambda x: (-x[0], x[1]))
        out += [(a, tok, features(a, tok, first, edit)) for first, tok, edit in cands[:keep]]
    return out


def fit_weights(rows: Sequence[Row], truth: dict[str, set[str]],
                names: Sequence[str] = FEATURES) -> dict[str, float]:  # fmt: skip
    """Weights of the features ``names`` (:data:`FEATURES` by default, in the order of a
    row's) by a conditional logit over each query's candidates (queries whose right token
    is not among them, or is every one, left out), scaled so the first stage's score
    weighs 1 (the ranking is the same)."""
    from statsmodels.discrete.conditional_models import ConditionalLogit

    by_q: dict[str, list[tuple[tuple[float, ...], int]]] = defaultdict(list)
    for a, tok, feats in rows:
        by_q[a].append((feats, int(tok in truth[a])))
    x, y, groups = [], [], []
    for g, cands in enumerate(by_q.values()):
        hits = sum(label for _, label in cands)
        if hits == 0 or hits == len(cands):
            continue
        for feats, label in cands:
            x.append(feats)
            y.append(label)
            groups.append(g)
    model = ConditionalLogit(np.asarray(y), np.asarray(x), groups=np.asarray(groups))
    params = model.fit(disp=0, method="bfgs", maxiter=500).params
    scale = params[0] if params[0] > 0 else 1.0
    return {name: float(p / scale) for name, p in zip(names, params, strict=True)}


def score(cache: Path, folds: int, min_count: int) -> list[str]:
    """The cross-validated table (markdown lines)."""
    _, truth = read_tokens(DATA / "wd_russian_64")
    cached: dict[str, list[str]] = defaultdict(list)
    for line in (cache / "candidates.tsv").read_text("utf-8").splitlines():
        a, c = line.split("\t")
        cached[a].append(c)
    latins = sorted(cached)
    assert all(part_of(x) == "dev" for x in latins)  # the test part is never read here
    in_sample = rescore([(a, c) for a in latins for c in cached[a]])
    per_fold: dict[int, list[Row]] = {}
    for f in range(folds):
        held = {x for x in latins if fold_of(x, folds) == f}
        aligned = _aligned(cache, f, folds)
        table = translit_rules.learn_table(aligned, min_count)
        _load_rules(table, aligned)
        per_fold[f] = rescore([(a, c) for a in sorted(held) for c in cached[a]])
        print(f"fold {f}: {len(held)} queries, {len(table)} rules", flush=True)
    cv_rows = [r for f in range(folds) for r in per_fold[f]]
    results = [
        ("shipped weights, rules learned on all the dev part (in-sample)",
         recall_at(rank(in_sample), truth, latins)),
        (f"shipped weights, rules learned without the query's fold ({folds}-fold)",
         recall_at(rank(cv_rows), truth, latins)),
    ]  # fmt: skip
    fitted_hits = 0
    for f in range(folds):
        train = [r for g in range(folds) if g != f for r in per_fold[g]]
        weights = fit_weights(train, truth)
        print(f"fold {f} weights: " + ", ".join(f"{k} {v:.3f}" for k, v in weights.items()))
        held_q = sorted({a for a, _, _ in per_fold[f]})
        fitted_hits += recall_at(rank(per_fold[f], weights), truth, held_q)
    results.append((f"conditional-logit weights fitted on the other folds ({folds}-fold)",
                    fitted_hits))  # fmt: skip
    cv_ranked = rank(cv_rows)
    ceiling = sum(bool(set(cv_ranked.get(x, [])) & truth[x]) for x in latins)
    results.append((f"right token among the {KEEP} re-ranked ({folds}-fold rules)", ceiling))
    n = len(latins)
    lines = ["| re-ranking | queries | recall@1 | 95 % interval |", "|---|---|---|---|"]
    for label, hits in results:
        lo, hi = wilson(hits, n)
        lines.append(f"| {label} | {n} | {hits / n:.3f} | {lo:.3f}–{hi:.3f} |")
    return lines


def grid(cache: Path, folds: int, settings: Sequence[tuple[int, float, float]],
         sample: int | None = None) -> list[str]:  # fmt: skip
    """The cross-validated recall@1 (shipped weights) and the share of queries with a
    right token among the re-ranked, for each (min count, prior, delta) of the rules'
    learning: the quick way to choose them (no in-sample rules, no fitted weights);
    ``sample`` takes the first cached queries only."""
    _, truth = read_tokens(DATA / "wd_russian_64")
    cached: dict[str, list[str]] = defaultdict(list)
    for line in (cache / "candidates.tsv").read_text("utf-8").splitlines():
        a, c = line.split("\t")
        cached[a].append(c)
    latins = sorted(cached)[:sample] if sample else sorted(cached)
    assert all(part_of(x) == "dev" for x in latins)  # the test part is never read here
    n = len(latins)
    lines = ["| min count | prior | delta | rules (mean) | queries | recall@1 | 95 % interval "
             f"| right among the {KEEP} |", "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for min_count, prior, delta in settings:
        rows: list[Row] = []
        sizes = []
        for f in range(folds):
            held = sorted(x for x in latins if fold_of(x, folds) == f)
            aligned = _aligned(cache, f, folds)
            table = translit_rules.learn_table(aligned, min_count, delta, prior)
            sizes.append(len(table))
            _load_rules(table, aligned)
            rows += rescore([(a, c) for a in held for c in cached[a]])
        ranked = rank(rows)
        hits = recall_at(ranked, truth, latins)
        ceiling = recall_at(ranked, truth, latins, KEEP)
        lo, hi = wilson(hits, n)
        lines.append(f"| {min_count} | {prior:g} | {delta:g} | {sum(sizes) / folds:.0f} | {n} "
                     f"| {hits / n:.3f} | {lo:.3f}–{hi:.3f} | {ceiling / n:.3f} |")  # fmt: skip
        print(lines[-1], flush=True)
    return lines


def _cached(cache: Path) -> dict[str, list[str]]:
    """Each cached (dev) query's first-stage candidates."""
    cached: dict[str, list[str]] = defaultdict(list)
    for line in (cache / "candidates.tsv").read_text("utf-8").splitlines():
        a, c = line.split("\t")
        cached[a].append(c)
    assert all(part_of(x) == "dev" for x in cached)  # the test part is never read here
    return cached


def fold_rows(cache: Path, folds: int, min_count: int = 3) -> dict[int, list[Row]]:
    """Each fold's queries with their :data:`KEEP` re-ranked candidates and features,
    under the rules learned without the fold (as ``score`` computes them), cached as
    ``fold-rows-{folds}-{min_count}.tsv`` (the slow part: later runs read it)."""
    path = cache / f"fold-rows-{folds}-{min_count}.tsv"
    if path.exists():  # rows of other features (an older cache) are scored again
        first = path.read_text("utf-8").partition("\n")[0]
        if first and len(first.split("\t")[3].split(" ")) != len(FEATURES):
            path.unlink()
    if not path.exists():
        cached = _cached(cache)
        lines = []
        for f in range(folds):
            held = sorted(x for x in cached if fold_of(x, folds) == f)
            aligned = _aligned(cache, f, folds)
            _load_rules(translit_rules.learn_table(aligned, min_count), aligned)
            scored = rescore([(a, c) for a in held for c in cached[a]])
            lines += [f"{f}\t{a}\t{c}\t{' '.join(map(repr, x))}\n" for a, c, x in scored]
            print(f"fold {f}: {len(held)} queries re-scored", flush=True)
        tmp = path.with_suffix(".part")
        tmp.write_text("".join(lines), "utf-8")
        tmp.rename(path)
    out: dict[int, list[Row]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        fold, a, c, x = line.split("\t")
        out[int(fold)].append((a, c, tuple(float(v) for v in x.split(" "))))
    return out


class Commonness:
    """How common a Cyrillic token is: the log of 1 + its count / ``smoothing`` among
    the tokens of a table (or the Cyrillic sides of known name pairs), 0 for a token
    never seen. Among Cyrillic spellings equally near a Latin word, the one many people
    carry (Иванов) is likelier than a rare misspelling or a foreign-looking one
    (Ивановъ, Иваноф). Case does not count; letters do (Коллери is no Колери).

    >>> prior = Commonness(["Иванов", "Иванов", "иванов", "Иваноф"])
    >>> prior("ИВАНОВ") > prior("Иваноф") > prior("Ивано") == 0.0
    True
    """

    def __init__(self, tokens: Iterable[str] | Iterable[tuple[str, float]],
                 smoothing: float = 1.0) -> None:  # fmt: skip
        if smoothing <= 0:
            raise ValueError("smoothing must be positive")
        self.smoothing = smoothing
        self.counts: dict[str, float] = {}
        for item in tokens:
            token, count = (item, 1.0) if isinstance(item, str) else item
            key = token.lower()
            self.counts[key] = self.counts.get(key, 0.0) + count

    def __call__(self, cyrillic: str) -> float:
        return math.log1p(self.counts.get(cyrillic.lower(), 0.0) / self.smoothing)


#: the frequency priors of a Cyrillic candidate (:class:`Commonness`),
#: counted on the dev pairs of the other folds only: ``people``, the persons carrying it
#: (the pairs file's third column); ``spellings``, the Latin tokens it is the Cyrillic
#: spelling of
PRIORS = ("people", "spellings")
#: the persons prior counted on all the dev pairs, the query's own among them: it leaks
#: (a query's right token is counted because it is right), an upper bound reported only
LEAKY = "people_all"


def dev_pairs_counted() -> list[tuple[str, str, float]]:
    """The dev pairs of ``wd_russian_64``: Latin token, Cyrillic token, persons."""
    out = []
    for line in (DATA / "wd_russian_64").read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] and parts[1] and part_of(parts[0]) == "dev":
            out.append((parts[0], parts[1].replace(" ", ""), float(parts[2])))
    return out


def with_priors(rows_by_fold: dict[int, list[Row]], folds: int) -> dict[int, list[Row]]:
    """The rows with the :data:`PRIORS` of each candidate appended, counted without
    the pairs of the query's fold, then :data:`LEAKY` (counted with them)."""
    pairs = dev_pairs_counted()
    leaky = Commonness((c, n) for _, c, n in pairs)
    out: dict[int, list[Row]] = {}
    for f, rows in rows_by_fold.items():
        other = [(c, n) for a, c, n in pairs if fold_of(a, folds) != f]
        people = Commonness(other)
        spellings = Commonness(c for c, _ in other)
        out[f] = [(a, c, (*x, people(c), spellings(c), leaky(c))) for a, c, x in rows]
    return out


#: the weights of a prior tried on the folds
PRIOR_GRID = (0.0025, 0.005, 0.01, 0.02, 0.03, 0.05)


def score_priors(cache: Path, folds: int, min_count: int) -> list[str]:
    """Recall@1 of the 5-fold rows with the shipped weights and with each prior of
    :data:`PRIORS` added: at each weight of :data:`PRIOR_GRID` (set on all folds), at
    the weight best on the other folds (nested), and with every weight fitted on the
    other folds by the conditional logit; in one run, on the same queries, with the
    queries the prior wins and loses against the shipped weights."""
    _, truth = read_tokens(DATA / "wd_russian_64")
    by_fold = with_priors(fold_rows(cache, folds, min_count), folds)
    names = (*FEATURES, *PRIORS, LEAKY)
    rows = [r for f in sorted(by_fold) for r in by_fold[f]]
    latins = sorted({a for a, _, _ in rows})
    n = len(latins)

    def hits_of(ranked: dict[str, list[str]], qs: Sequence[str]) -> set[str]:
        return {x for x in qs if set(ranked.get(x, [])[:1]) & truth[x]}

    shipped = hits_of(rank(rows, WEIGHTS, names), latins)
    results: list[tuple[str, set[str]]] = [("shipped weights", shipped)]
    for prior in (*PRIORS, LEAKY):
        for w in PRIOR_GRID:
            ranked = rank(rows, {**WEIGHTS, prior: w}, names)
            results.append((f"shipped + {prior} × {w:g} (all folds)", hits_of(ranked, latins)))
        nested: set[str] = set()
        chosen = []
        for f in sorted(by_fold):
            train = [r for g in sorted(by_fold) if g != f for r in by_fold[g]]
            train_q = sorted({a for a, _, _ in train})
            on_train = {w: len(hits_of(rank(train, {**WEIGHTS, prior: w}, names), train_q))
                        for w in (0.0, *PRIOR_GRID)}  # fmt: skip
            best = max(on_train, key=lambda w: (on_train[w], -w))
            chosen.append(best)
            held = sorted({a for a, _, _ in by_fold[f]})
            nested |= hits_of(rank(by_fold[f], {**WEIGHTS, prior: best}, names), held)
        results.append((f"shipped + {prior}, weight chosen on the other folds "
                        f"({'/'.join(f'{w:g}' for w in chosen)})", nested))  # fmt: skip
    for label, extra in (("shipped features", ()), ("with people", ("people",)),
                         ("with both priors", PRIORS)):  # fmt: skip
        sub = (*FEATURES, *extra)
        idx = [names.index(x) for x in sub]
        fitted: set[str] = set()
        for f in sorted(by_fold):
            train = [(a, c, tuple(x[i] for i in idx)) for g in sorted(by_fold) if g != f
                     for a, c, x in by_fold[g]]  # fmt: skip
            weights = fit_weights(train, truth, sub)
            print(f"{label}, fold {f}: " + ", ".join(f"{k} {v:.3f}" for k, v in weights.items()))
            held = sorted({a for a, _, _ in by_fold[f]})
            fitted |= hits_of(rank(by_fold[f], weights, names), held)
        results.append((f"{label}, conditional-logit weights fitted on the other folds", fitted))
    ceiling = recall_at(rank(rows, WEIGHTS, names), truth, latins, KEEP)
    lines = ["| re-ranking (5-fold rules and priors) | queries | recall@1 | 95 % interval "
             "| won / lost against shipped |", "|---|---|---|---|---|"]  # fmt: skip
    for label, hits in results:
        lo, hi = wilson(len(hits), n)
        lines.append(f"| {label} | {n} | {len(hits) / n:.3f} | {lo:.3f}–{hi:.3f} "
                     f"| {len(hits - shipped)} / {len(shipped - hits)} |")  # fmt: skip
    lo, hi = wilson(ceiling, n)
    lines.append(f"| right token among the {KEEP} re-ranked | {n} | {ceiling / n:.3f} "
                 f"| {lo:.3f}–{hi:.3f} | |")  # fmt: skip
    return lines


def print_misses(cache: Path, folds: int, fold: int, count: int, min_count: int = 3) -> None:
    """The first ``count`` misses of one fold under the shipped weights: the query, the
    right token and the chosen one, each with its rank, total score, features and
    priors (dev queries only)."""
    _, truth = read_tokens(DATA / "wd_russian_64")
    rows = with_priors(fold_rows(cache, folds, min_count), folds)[fold]
    names = (*FEATURES, *PRIORS, LEAKY)
    w = [WEIGHTS.get(x, 0.0) for x in names]
    by_q: dict[str, list[tuple[float, str, tuple[float, ...]]]] = defaultdict(list)
    for a, c, x in rows:
        by_q[a].append((sum(p * q for p, q in zip(w, x, strict=True)), c, x))
    shown = 0
    print("query\tright (rank)\tchosen\tscores right/chosen\tfeatures right | chosen")
    for a in sorted(by_q):
        cands = sorted(by_q[a], key=lambda t: (-t[0], t[1]))
        if cands[0][1] in truth[a]:
            continue
        right = [(i, t) for i, t in enumerate(cands) if t[1] in truth[a]]
        r_rank, (r_score, r_tok, r_x) = right[0] if right else (-1, (math.nan, "—", ()))
        c_score, c_tok, c_x = cands[0]
        fmt = lambda x: " ".join(f"{v:.2f}" for v in x)  # noqa: E731
        print(f"{a}\t{r_tok} ({r_rank + 1})\t{c_tok}\t{r_score:.3f}/{c_score:.3f}\t"
              f"{fmt(r_x)} | {fmt(c_x)}  all right: {'/'.join(sorted(truth[a]))}")  # fmt: skip
        shown += 1
        if shown >= count:
            break


#: the share of the dev pairs (of no cached query) the letter alignment is fitted on
ALIGN_SHARE = 0.3


def _aligned(cache: Path, fold: int, folds: int) -> list[tuple[str, list[str]]]:
    """The dev pairs outside ``fold``, aligned letter by letter.

    The alignment (EM over letter-chunk probabilities) is fitted once, on a share
    (:data:`ALIGN_SHARE`, drawn by a hash of the Latin token) of the dev pairs whose
    Latin token is **none of the cached queries**: nothing of a scored query, not even
    its letter-chunk probabilities, is learned, whichever fold it is in. Every dev pair
    is then aligned by Viterbi (cached as ``aligned-heldout.tsv``), and a fold's rules
    are counted from the pairs of the other folds only."""
    path = cache / "aligned-heldout.tsv"
    if not path.exists():
        queries = {line.split("\t")[0] for line in
                   (cache / "candidates.tsv").read_text("utf-8").splitlines()}  # fmt: skip
        pairs = translit_rules.read_pairs(DATA / "wd_russian_64", part="dev")
        train = [(a, b) for a, b in pairs if a not in queries
                 and fold_of(a, 1000) < 1000 * ALIGN_SHARE]  # fmt: skip
        print(f"alignment fitted on {len(train)} of {len(pairs)} dev pairs", flush=True)
        prob = translit_rules.fit_alignment(train)
        aligned = []
        for a, b in pairs:
            found = translit_rules.viterbi(a, b, prob)
            if found is not None and found[1] <= translit_rules.MAX_COST:
                aligned.append((a, found[0]))
        tmp = path.with_suffix(".part")
        tmp.write_text("".join(f"{a}\t{' '.join(ch)}\n" for a, ch in aligned), "utf-8")
        tmp.rename(path)  # an interrupted run leaves no half-written file
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines())
    return [(a, chunks.split(" ")) for a, chunks in rows if fold_of(a, folds) != fold]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["candidates", "align", "score", "grid", "priors",
                                         "misses", "test-candidates", "test"])  # fmt: skip
    parser.add_argument("--fold", type=int, default=0, help="with misses: the fold shown")
    parser.add_argument("--count", type=int, default=40, help="with misses: how many")
    parser.add_argument("--settings", default="3:0:0.1",
                        help="with grid: min_count:prior:delta,…")  # fmt: skip
    parser.add_argument("--weights", help="with test: name=weight,… (from score)")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--grid-sample", type=int, help="with grid: the first N cached queries")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.mode == "candidates":
        cache_candidates(args.cache, args.sample)
    elif args.mode == "align":
        print(f"{len(_aligned(args.cache, -1, args.folds))} dev pairs aligned")
    elif args.mode == "test-candidates":
        cache_test(args.cache, args.sample)
    elif args.mode == "grid":
        settings = [(int(m), float(p), float(d)) for m, p, d in
                    (x.split(":") for x in args.settings.split(","))]  # fmt: skip
        print("\n".join(grid(args.cache, args.folds, settings, args.grid_sample)))
    elif args.mode == "priors":
        print("\n".join(score_priors(args.cache, args.folds, args.min_count)))
    elif args.mode == "misses":
        print_misses(args.cache, args.folds, args.fold, args.count, args.min_count)
    elif args.mode == "test":
        weights = {k: float(v) for k, v in (kv.split("=") for kv in args.weights.split(","))}
        print("\n".join(report_test(args.cache, weights)))
    else:
        print("\n".join(score(args.cache, args.folds, args.min_count)))


if __name__ == "__main__":
    main()
