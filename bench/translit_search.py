"""Latin -> Cyrillic token search, in two stages, shared by ``link.py`` and
``translit_rerank.py``.

1. **First stage**: every Cyrillic token of a pairs file is scored against each
   Latin query by the best Jaro-Winkler similarity of the Russian-transcription keys
   over the conventions (the second and third learned spellings 0.01 and 0.02 lower),
   plus 0.1 x Jaro-Winkler of the phonetic keys, 0.05 x of the Latin keys and 0.05
   when a learned spelling is the token letter for letter; the :data:`KEEP` best of
   each query are kept (DuckDB, one pass over all pairs).
2. **Re-ranking**: each kept candidate gets the features of :data:`FEATURES` (the
   first-stage score, the best edit-distance similarity of the keys, the learned
   rules' likelihood, the share of the word written, the nearest hand-written
   convention letter for letter, the conventions' agreement, the nearest learned
   spelling letter for letter, the joint graphone model's log-probability of the pair,
   :mod:`headcount.names.graphones`) and is ranked by a weighted sum (:data:`WEIGHTS`).

The candidates and their features can be cached (``translit_rerank.py``) so that a
change of weights is scored in seconds.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import duckdb
import pandas as pd
from translit_split import part_of

from headcount.names import CONVENTIONS, latin_key, learned_spellings, phonetic_key, russian_key
from headcount.names.graphones import graphone_score
from headcount.names.russian import (
    LEARNED,
    agreement,
    coverage,
    hand_similarity,
    learned_similarity,
    spelling_score,
)

#: candidates of each query kept by the first stage and re-ranked
KEEP = 40
#: the re-ranking features, in the order of a cached row
FEATURES = ("first", "edit", "likelihood", "unwritten", "hand", "agreement", "learned", "graphone")
#: their weights (the first stage's score counts once; the unwritten share subtracts)
WEIGHTS: dict[str, float] = {
    "first": 1.0,
    "edit": 0.5,
    "likelihood": 0.1,
    "unwritten": -0.5,
    "hand": 0.1,
    "agreement": 0.05,
    "learned": 0.0,
    # chosen on the 5-fold dev queries (translit_graphone.py): 0.05 in every fold
    "graphone": 0.05,
}

Truth = dict[str, set[str]]
Row = tuple[str, str, tuple[float, ...]]  # query, candidate, features


def read_tokens(path: Path) -> tuple[list[str], Truth]:
    """The Cyrillic tokens of a pairs file (sorted) and each Latin token's right ones."""
    truth: Truth = defaultdict(set)
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            truth[parts[0]].add(parts[1].replace(" ", ""))
    cyr = sorted({c for cs in truth.values() for c in cs})
    return cyr, truth


def sample_queries(truth: Truth, sample: int, seed: int = 1, part: str | None = None) -> list[str]:
    """``sample`` Latin tokens (of one ``part`` of the split, when given), shuffled by
    ``seed``: the bench's samples, the same on every run."""
    latins = sorted(x for x in truth if part is None or part_of(x) == part)
    random.Random(seed).shuffle(latins)
    return latins[:sample]


def _keys(latins: Sequence[str], cyr: Sequence[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The queries' and the candidates' keys under every convention."""
    q = pd.DataFrame({"q": list(latins), "q_lat": [latin_key(x) for x in latins],
                      "q_ph": [phonetic_key(x) for x in latins]})  # fmt: skip
    c = pd.DataFrame({"c": list(cyr), "c_lat": [latin_key(x) for x in cyr],
                      "c_ph": [phonetic_key(x) for x in cyr]})  # fmt: skip
    # one Russian-transcription key per convention (en, de, …); a Cyrillic token has the
    # same key under every one, so each query's distinct keys are compared with it once,
    # with the lowest of their penalties (the second and third learned spellings 0.01 and
    # 0.02: they count a little less than the first)
    penalty = {k: 0.01 * rank for rank, k in enumerate(LEARNED)}
    keys: list[dict[str, float]] = []
    for x in latins:
        found: dict[str, float] = {}
        for conv in CONVENTIONS:
            key = russian_key(x, conv)
            found[key] = min(found.get(key, 1.0), penalty.get(conv, 0.0))
        keys.append(found)
    q["q_ru"] = [list(k) for k in keys]
    q["q_pen"] = [list(k.values()) for k in keys]
    c["c_ru"] = [russian_key(x) for x in cyr]
    # the learned spellings, unfolded: one that is the Cyrillic token letter for letter
    # breaks a tie between tokens that fold alike (уиллан / вилан)
    q["q_spellings"] = [list(learned_spellings(x.lower())) for x in latins]
    c["c_lower"] = [x.lower() for x in cyr]
    return q, c


def _score_sql() -> tuple[str, str]:
    """The first-stage score and the best edit-distance similarity, in SQL."""
    best_ru = ("list_max(list_transform(q_ru, lambda k, i: "
               "jaro_winkler_similarity(k, c_ru) - q_pen[i]))")  # fmt: skip
    score = (f"{best_ru} + 0.1 * jaro_winkler_similarity(q_ph, c_ph)"
             " + 0.05 * jaro_winkler_similarity(q_lat, c_lat)"
             " + 0.05 * list_contains(q_spellings, c_lower)::INTEGER")  # fmt: skip
    lev = ("list_max(list_transform(q_ru, lambda k: "
           "1 - levenshtein(k, c_ru) / greatest(length(k), length(c_ru), 1)))")  # fmt: skip
    return score, lev


def score_pairs(pairs: pd.DataFrame) -> list[tuple[str, str, float, float]]:
    """The first-stage score and the edit similarity of given (``q``, ``c``) pairs."""
    q, c = _keys(sorted(set(pairs["q"])), sorted(set(pairs["c"])))
    score, edit = _score_sql()
    con = duckdb.connect()
    con.register("q", q)
    con.register("c", c)
    con.register("top", pairs[["q", "c"]])
    return [
        (a, tok, float(sc), float(ed))
        for a, tok, sc, ed in con.execute(
            f"SELECT top.q, top.c, {score}, {edit} FROM top JOIN q USING (q) JOIN c USING (c)"
        ).fetchall()
    ]


def first_stage(latins: Sequence[str], cyr: Sequence[str], keep: int = KEEP,
                with_features: bool = True) -> list[Row]:  # fmt: skip
    """Each query's ``keep`` best Cyrillic tokens by the first-stage score, with the
    re-ranking features of :data:`FEATURES` (none without ``with_features``)."""
    q, c = _keys(latins, cyr)
    score, _ = _score_sql()
    con = duckdb.connect()
    con.register("q", q)
    con.register("c", c)
    # the best of each query kept while scanning (a window over all the pairs would hold
    # them all in memory)
    best = con.execute(
        f"SELECT q, max_by(c, {score}, {keep}) FROM q CROSS JOIN c GROUP BY q"
    ).fetchall()
    top = pd.DataFrame([(a, tok) for a, cands in best for tok in cands], columns=["q", "c"])
    if not with_features:
        return [(a, tok, ()) for a, tok in top.itertuples(index=False)]
    return [(a, tok, features(a, tok, first, edit)) for a, tok, first, edit in score_pairs(top)]


def features(word: str, cyrillic: str, first: float, edit: float) -> tuple[float, ...]:
    """The re-ranking features (:data:`FEATURES`) of one candidate."""
    return (
        first,
        edit,
        spelling_score(word, cyrillic),
        1 - coverage(word, cyrillic),
        hand_similarity(word, cyrillic),
        agreement(word, cyrillic),
        learned_similarity(word, cyrillic),
        graphone_score(word, cyrillic),
    )


def rank(rows: Sequence[Row], weights: Mapping[str, float] = WEIGHTS,
         names: Sequence[str] = FEATURES) -> dict[str, list[str]]:  # fmt: skip
    """Each query's candidates, best first, by the weighted sum of their features
    (``names``, in the order of a row's; ties by the token)."""
    w = [weights.get(name, 0.0) for name in names]
    by_q: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for a, tok, feats in rows:
        by_q[a].append((-sum(x * y for x, y in zip(w, feats, strict=True)), tok))
    return {a: [tok for _, tok in sorted(cands)] for a, cands in by_q.items()}


def recall_at(ranked: Mapping[str, list[str]], truth: Truth, latins: Sequence[str],
              k: int = 1) -> int:  # fmt: skip
    """How many of ``latins`` have a right token among their ``k`` best."""
    return sum(bool(set(ranked.get(x, [])[:k]) & truth[x]) for x in latins)


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95 % by default) of a binomial share ``hits / n``."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))
