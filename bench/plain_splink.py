"""The simplest honest baselines, run on the same tables as headcount.

1. A plain Splink model of the kind its tutorials build: names folded to ASCII
   by unidecode; given name and surname compared as a pair in either order
   (exact, reversed, Jaro-Winkler either way, one part agreeing), birth-date
   levels, every other identifying column of the table (patronymic, death date,
   region, place, postcode, ...) by exact match, blocking rules in both name
   orders, u by random sampling, m by EM. Its pairs are scored once and
   clustered (connected components) at three cut-offs: headcount's, the one
   :mod:`headcount.link.calibrate` chooses from the plain model's own weights,
   and the best over a grid of cut-offs (an oracle that knows the truth).
   A training step that fails is not hidden: it is named in ``failures``.
2. unidecode + Jaro-Winkler of the whole name (tokens sorted), on the pairs of
   the same blocking rules, clustered by connected components at 0.9 and at the
   best cut-off of a grid (oracle).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
from unidecode import unidecode

from headcount.link.calibrate import (
    Cut,
    choose_cluster_cut,
    components,
    refit_prior,
    total_pairs,
)
from headcount.link.standardise import Columns, extra_column, parse_date
from headcount.link.train import U_SAMPLING

#: columns of a person compared by exact match beside the name and birth date
IDENTIFYING = ("patronymic", "death_date", "age", "region", "citizenship", "unit")
#: pairs scored down to this probability (as headcount's dedupe does)
FLOOR = 1e-3


def _fold(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).map(lambda s: " ".join(unidecode(s).lower().split()))


def plain_table(df: pd.DataFrame, cols: Columns) -> pd.DataFrame:
    """Names folded by unidecode, the birth date as ISO text and year, the other
    identifying columns as text."""

    def col(name: str | None) -> pd.Series:
        return _fold(df[name]) if name else pd.Series([""] * len(df), index=df.index)

    full, first, last = col(cols.name), col(cols.given_name), col(cols.surname)
    words = full.str.split()
    # a whole name: its first and last word (which is which, the comparison need not know)
    first = first.where(first != "", words.str[0].fillna(""))
    last = last.where(last != "", words.str[-1].fillna(""))
    whole = (last + " " + first).where(full == "", full)
    out = pd.DataFrame(
        {
            "unique_id": np.arange(len(df)),
            "first": first.to_numpy(),
            "last": last.to_numpy(),
            "name": whole.str.split().map(lambda t: " ".join(sorted(t))).to_numpy(),
        }
    )
    ymd = col(cols.birth_date).map(parse_date)
    if cols.birth_year:  # year, month and day in columns of their own
        parts = zip(col(cols.birth_year), col(cols.birth_month), col(cols.birth_day), strict=True)
        ymd = pd.Series([parse_date(f"{y}-{m or 1}-{d or 1}") if y else (None, None, None)
                         for y, m, d in parts])  # fmt: skip
    out["yob"] = [y for y, _, _ in ymd]
    out["dob"] = [f"{y}-{m:02d}-{d:02d}" if y and m and d else None for y, m, d in ymd]
    for c in [*(getattr(cols, f) for f in IDENTIFYING), *cols.extra]:
        if c:
            out[extra_column(c)] = col(c).to_numpy()
    return out.replace("", None)


_JW = "jaro_winkler_similarity"


def _part(col: str, other: str) -> object:
    """One name part: exact (term-frequency adjusted), Jaro-Winkler, or equal to the
    other part of the other record (the two written in the other order)."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    def crossed(t: float) -> object:
        return cll.CustomLevel(
            f'{_JW}("{col}_l", "{other}_r") >= {t} OR {_JW}("{other}_l", "{col}_r") >= {t}',
            f"{col} ~ {other} >= {t}",
        )

    return cl.CustomComparison(output_column_name=col, comparison_levels=[
        cll.NullLevel(col), cll.ExactMatchLevel(col, term_frequency_adjustments=True),
        cll.JaroWinklerLevel(col, 0.92), crossed(0.92), cll.JaroWinklerLevel(col, 0.8),
        crossed(0.8), cll.ElseLevel()])  # fmt: skip


#: blocking: names in both orders, a name part with the birth year, the birth date
BLOCKING = [
    "l.first = r.first AND l.last = r.last", "l.first = r.last AND l.last = r.first",
    "l.last = r.last AND l.yob = r.yob", "l.first = r.first AND l.yob = r.yob",
    "l.first = r.last AND l.yob = r.yob", "l.last = r.first AND l.yob = r.yob",
    "l.dob = r.dob", "l.name = r.name",
]  # fmt: skip


def _settings(table: pd.DataFrame) -> object:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator

    extras = [c for c in table.columns if c.startswith("x_") and table[c].notna().any()]
    birth = cl.CustomComparison(
        output_column_name="dob",
        comparison_levels=[
            cll.NullLevel("yob"),
            cll.ExactMatchLevel("dob"),
            cll.DamerauLevenshteinLevel("dob", 1),
            cll.ExactMatchLevel("yob"),
            cll.AbsoluteDifferenceLevel("yob", 1),
            cll.ElseLevel(),
        ],
    )
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[_part("first", "last"), _part("last", "first"), birth,
                     *[cl.ExactMatch(c) for c in extras]],
        blocking_rules_to_generate_predictions=BLOCKING,
    )  # fmt: skip


#: deterministic rules of the prior (at recall 0.7)
PRIOR_RULES = ["l.last = r.last AND l.dob = r.dob", "l.first = r.first AND l.dob = r.dob",
               "l.first = r.last AND l.last = r.first AND l.yob = r.yob"]  # fmt: skip


@dataclass
class Scored:
    """The plain model's pairs (positions and probabilities), its prior and what failed."""

    left: np.ndarray
    right: np.ndarray
    probability: np.ndarray
    n: int
    prior: float
    failures: list[str] = field(default_factory=list)


def _step(name: str, run: Callable[[], object], failures: list[str]) -> None:
    """Run one training step; a failure is recorded (and shown), not hidden."""
    try:
        run()
    except Exception as exc:  # any failure is reported in the table
        failures.append(f"{name}: {type(exc).__name__}")


def plain_scores(table: pd.DataFrame) -> Scored:
    """Pairs of a :func:`plain_table` scored by the plain Splink model (down to FLOOR)."""
    from splink import DuckDBAPI, Linker, block_on

    failures: list[str] = []
    linker = Linker(DuckDBAPI().register(table), _settings(table), log_level=None)
    t = linker.training
    _step("prior", lambda: t.estimate_probability_two_random_records_match(PRIOR_RULES,
        recall=0.7), failures)  # fmt: skip
    _step("u", lambda: t.estimate_u_using_random_sampling(max_pairs=1e6, seed=1,
        **U_SAMPLING), failures)  # fmt: skip
    for col in ("dob", "last"):
        _step(f"EM on {col}", lambda c=col: t.estimate_parameters_using_expectation_maximisation(
            block_on(c)), failures)  # fmt: skip
    prior = float(linker.misc.save_model_to_json()["probability_two_random_records_match"])
    if not prior > 0:
        failures.append(f"prior: {prior:g}")
    pairs = linker.inference.predict(threshold_match_probability=FLOOR).as_pandas_dataframe()
    return Scored(
        pairs["unique_id_l"].to_numpy(dtype=np.int64),
        pairs["unique_id_r"].to_numpy(dtype=np.int64),
        pairs["match_probability"].to_numpy(dtype=float),
        len(table),
        prior,
        failures,
    )


def own_cut(s: Scored) -> tuple[Cut, np.ndarray]:
    """The cut-off headcount's calibration chooses from the plain model's own weights
    (prior refitted to the pairs, then the best expected cluster F1), and the clusters
    at it."""
    p = np.clip(s.probability, 1e-12, 1 - 1e-12)
    pairs = pd.DataFrame({"match_weight": np.log2(p / (1 - p))})
    pairs, prior = refit_prior(pairs, total_pairs(s.n), s.prior)
    refit = replace(s, probability=pairs["match_probability"].to_numpy(dtype=float))
    cut = choose_cluster_cut(s.left, s.right, refit.probability, s.n, prior)
    return cut, clusters_at(refit, cut.threshold)


def clusters_at(s: Scored, threshold: float) -> np.ndarray:
    """Connected components of the pairs at or above ``threshold``."""
    keep = s.probability >= threshold
    return components(s.left[keep], s.right[keep], s.n)


def unidecode_jw(table: pd.DataFrame, floor: float = 0.7) -> Scored:
    """Whole names (tokens sorted) scored by Jaro-Winkler (down to ``floor``), on the
    pairs of the plain model's blocking rules; the score stands in for a probability."""
    import duckdb

    con = duckdb.connect()
    con.register("t", table)
    union = " UNION ".join(
        "SELECT l.unique_id AS l, r.unique_id AS r, jaro_winkler_similarity(l.name, r.name) AS s"
        f" FROM t l JOIN t r ON l.unique_id < r.unique_id AND {rule}"
        f" WHERE jaro_winkler_similarity(l.name, r.name) >= {floor}"
        for rule in BLOCKING
    )
    pairs = con.execute(union).df()
    return Scored(pairs["l"].to_numpy(dtype=np.int64), pairs["r"].to_numpy(dtype=np.int64),
                  pairs["s"].to_numpy(dtype=float), len(table), 0.0)  # fmt: skip


def pair_scores(
    truth: Sequence[Hashable], pred: Sequence[Hashable] | np.ndarray
) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering (by counting, for grids)."""
    df = pd.DataFrame({"t": pd.factorize(pd.Series(list(truth), dtype=object))[0],
                       "p": pd.factorize(pd.Series(list(pred), dtype=object))[0]})  # fmt: skip

    def pairs(sizes: pd.Series) -> float:
        n = sizes.to_numpy(dtype=float)
        return float((n * (n - 1) / 2).sum())

    tp, pp, tt = pairs(df.value_counts()), pairs(df["p"].value_counts()), pairs(
        df["t"].value_counts())  # fmt: skip
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def oracle(s: Scored, truth: Sequence[Hashable], grid: Sequence[float]
           ) -> tuple[float, tuple[float, float, float]]:  # fmt: skip
    """The cut-off of ``grid`` with the best F1 against the truth, and its P, R, F1."""
    best = max(((t, pair_scores(truth, clusters_at(s, t))) for t in grid),
               key=lambda x: (x[1][2], -x[0]))  # fmt: skip
    return best


#: cut-offs an oracle tries: match probabilities, and Jaro-Winkler similarities
PROBABILITY_GRID = (0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
                    0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999)  # fmt: skip
JW_GRID = tuple(round(0.70 + 0.01 * i, 2) for i in range(30))

__all__ = ["JW_GRID", "PROBABILITY_GRID", "Scored", "clusters_at", "oracle", "own_cut",
           "pair_scores", "plain_scores", "plain_table", "unidecode_jw"]  # fmt: skip
