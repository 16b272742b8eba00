"""The simplest honest baselines, run on the same tables as headcount.

1. A plain Splink model of the kind its tutorials build: names folded to ASCII
   by unidecode and compared by Jaro-Winkler (given name, surname and the whole
   name's tokens sorted), birth-date levels, the table's other columns by
   exact match, a few blocking rules, u by random sampling, m by EM; clustered
   at the same threshold as headcount.
2. unidecode + Jaro-Winkler >= 0.9 of the whole name (tokens sorted), on the
   pairs of the same blocking rules, clustered by connected components.
"""

from __future__ import annotations

from contextlib import suppress

import numpy as np
import pandas as pd
from unidecode import unidecode

from headcount.link.calibrate import components
from headcount.link.standardise import Columns, extra_column, parse_date
from headcount.link.train import U_SAMPLING


def _fold(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).map(lambda s: " ".join(unidecode(s).lower().split()))


def plain_table(df: pd.DataFrame, cols: Columns) -> pd.DataFrame:
    """Names folded by unidecode, the birth date as ISO text and year, extras as text."""
    def col(name: str | None) -> pd.Series:
        return _fold(df[name]) if name else pd.Series([""] * len(df), index=df.index)

    full, first, last = col(cols.name), col(cols.given_name), col(cols.surname)
    words = full.str.split()
    first = first.where(first != "", words.str[0].fillna(""))  # a whole name: given name first
    last = last.where(last != "", words.str[-1].fillna(""))
    whole = (last + " " + first).where(full == "", full)
    out = pd.DataFrame({"unique_id": np.arange(len(df)), "first": first, "last": last,
                        "name": whole.str.split().map(lambda t: " ".join(sorted(t)))})  # fmt: skip
    ymd = col(cols.birth_date).map(parse_date)
    if cols.birth_year:  # year, month and day in columns of their own
        parts = zip(col(cols.birth_year), col(cols.birth_month), col(cols.birth_day), strict=True)
        ymd = pd.Series([parse_date(f"{y}-{m or 1}-{d or 1}") if y else (None, None, None)
                         for y, m, d in parts])  # fmt: skip
    out["yob"] = [y for y, _, _ in ymd]
    out["dob"] = [f"{y}-{m:02d}-{d:02d}" if y and m and d else None for y, m, d in ymd]
    for c in cols.extra:
        out[extra_column(c)] = col(c).replace("", None).to_numpy()
    return out.replace("", None)


def _settings(table: pd.DataFrame) -> object:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    extras = [c for c in table.columns if c.startswith("x_") and table[c].notna().any()]
    birth = cl.CustomComparison(output_column_name="dob", comparison_levels=[
        cll.NullLevel("yob"), cll.ExactMatchLevel("dob"), cll.DamerauLevenshteinLevel("dob", 1),
        cll.ExactMatchLevel("yob"), cll.AbsoluteDifferenceLevel("yob", 1), cll.ElseLevel()])
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("first", [0.92, 0.8]).configure(
                term_frequency_adjustments=True),
            cl.JaroWinklerAtThresholds("last", [0.92, 0.8]).configure(
                term_frequency_adjustments=True),
            cl.JaroWinklerAtThresholds("name", [0.92, 0.8]),
            birth,
            *[cl.ExactMatch(c) for c in extras],
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first", "last"), block_on("last", "yob"), block_on("first", "yob"),
            block_on("dob"), block_on("name"),
        ],
    )  # fmt: skip


def plain_splink(table: pd.DataFrame, threshold: float) -> list[int]:
    """Cluster of each row of a :func:`plain_table` by the plain Splink model."""
    from splink import DuckDBAPI, Linker, block_on

    linker = Linker(DuckDBAPI().register(table), _settings(table), log_level=None)
    with suppress(Exception):  # no pair agrees on both: the default prior stays
        linker.training.estimate_probability_two_random_records_match(
            [block_on("last", "dob")], recall=0.7)  # fmt: skip
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1, **U_SAMPLING)
    for rule in (block_on("dob"), block_on("last")):
        with suppress(Exception):  # a rule without pairs: the other rule's estimates stand
            linker.training.estimate_parameters_using_expectation_maximisation(rule)
    pairs = linker.inference.predict(threshold_match_probability=threshold).as_pandas_dataframe()
    return _components(len(table), pairs["unique_id_l"], pairs["unique_id_r"])


def unidecode_jw(table: pd.DataFrame, cutoff: float = 0.9) -> list[int]:
    """Cluster of each row: whole names (tokens sorted) with Jaro-Winkler >= ``cutoff``,
    on the pairs of the plain model's blocking rules."""
    import duckdb

    con = duckdb.connect()
    con.register("t", table)
    keys = [("first", "last"), ("last", "yob"), ("first", "yob"), ("dob",), ("name",)]
    union = " UNION ".join(
        "SELECT a.unique_id AS l, b.unique_id AS r FROM t a JOIN t b ON a.unique_id < b.unique_id"
        + "".join(f" AND a.{k} = b.{k}" for k in key)
        + f" WHERE jaro_winkler_similarity(a.name, b.name) >= {cutoff}"
        for key in keys
    )
    pairs = con.execute(union).df()
    return _components(len(table), pairs["l"], pairs["r"])


def _components(n: int, left: pd.Series, right: pd.Series) -> list[int]:
    li, ri = left.to_numpy(dtype=np.int64), right.to_numpy(dtype=np.int64)
    return [int(x) for x in components(li, ri, n)]


__all__ = ["plain_splink", "plain_table", "unidecode_jw"]
