"""Prediction: score candidate pairs of a standardised table with a trained model.

Pairs come out smaller id first, with Splink's match probability and weight.
Two rules are applied to the pairs, whatever the model says:

- records of one deduplicated group (a source that declared itself already
  deduplicated, column ``dedup_group``) are never paired with each other;
- a record without a name is never paired (blocking needs a name key; pairs
  are filtered again here so that no custom rule can let one through).

How common a name is (``settings.NAME_FREQUENCY_COLUMN``) is measured on the
table scored, less each record's own other mentions (:func:`name_frequencies`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from headcount.link.engines import EngineName, dialect, open_engine, register
from headcount.link.ids import id_array, positions, ranks
from headcount.link.settings import NAME_FREQUENCY_COLUMN
from headcount.link.standardise import BLOCK_COLUMNS, DATE_COLUMNS, NAME_COLUMNS
from headcount.link.train import Model, quiet

PAIR_COLUMNS = ["unique_id_l", "unique_id_r", "match_probability", "match_weight"]


def _complete(std: pd.DataFrame, model: Model) -> pd.DataFrame:
    """``std`` with every column the model compares (absent ones empty)."""
    out = std
    for col in (*NAME_COLUMNS, *BLOCK_COLUMNS, *DATE_COLUMNS, *model.columns):
        if col not in out.columns:
            out = out.assign(**{col: None})
    return out


def predict(
    std: pd.DataFrame,
    model: Model,
    engine: EngineName | str = EngineName.duckdb,
    floor: float = 0.01,
    master: str | None = None,
    within: str | None = None,
) -> pd.DataFrame:
    """Scored pairs with match probability at least ``floor``; ``within``: instead of
    the model's blocking rules, every pair of records sharing a value of that column."""
    from splink import Linker, block_on

    quiet()

    if len(std) < 2:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    table_df = _complete(std, model)
    db_api, table = open_engine(engine, table_df, master)
    settings = model.for_dialect(dialect(engine))
    if within is not None:
        # quoted by Splink for the engine (Spark reads "x" as a string, not a column)
        settings["blocking_rules_to_generate_predictions"] = [
            block_on(within).create_blocking_rule_dict(dialect(engine))
        ]
    # the model was validated when trained; Splink's check only logs, and quiet() mutes it
    linker = Linker(table, settings, log_level=None, validate_settings=False)
    if _uses(settings, NAME_FREQUENCY_COLUMN):
        col = NAME_FREQUENCY_COLUMN
        prior = float(settings["probability_two_random_records_match"])
        signs = table_df[[c for c in SIGN_COLUMNS if c in table_df.columns]]
        freq = name_frequencies(table_df[col], prior, signs)
        linker.table_management.register_term_frequency_lookup(register(db_api, freq), col)
    pairs = linker.inference.predict(threshold_match_probability=floor).as_pandas_dataframe()
    return apply_rules(pairs[PAIR_COLUMNS], std)  # ids come out as text


def _uses(settings: dict[str, Any], column: str) -> bool:
    """Whether a level of ``settings`` adjusts its weight by the frequency of ``column``."""
    return any(lv.get("tf_adjustment_column") == column
               for comp in settings.get("comparisons", [])
               for lv in comp["comparison_levels"])  # fmt: skip


#: fields that tell two holders of one name apart: a name whose records that have
#: them agree on them is held by fewer people than its count says
SIGN_COLUMNS = ("patronymic_key", "birth_year")


def name_frequencies(
    values: pd.Series, prior: float, signs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The frequency of each value of a name column among the records of *other*
    people than the pair compared: a name's count less the pair's two records and
    the other mentions of the pair's person, over the records; never below 0.

    A pair is likelier to come from a person of many mentions than a record is
    (size bias): the person's expected mentions beyond the pair are
    E[k(k-1)(k-2)] / E[k(k-1)] over people of k mentions, which for counts spread
    like Poisson's equals E[k(k-1)] / E[k], the other mentions a record has on
    average: the prior times the records.

    Splink's own term frequencies count every mention: in a registry of a few
    mentions per person a name held by one person alone would look common, and in
    a table of single records the pair's own two would make any duplicated name
    look shared.

    ``signs`` (columns beside ``values``, e.g. :data:`SIGN_COLUMNS`): a person of
    many mentions is no sign of a common name. Where two or more of a name's
    records have a sign, the people holding the name are at least as many as the
    distinct values of its most varied sign; those records count as other
    people's in that proportion, the name's records without a sign at the rate
    above, and the lesser of the two estimates is kept ("Гуляева Ольга" five times
    with one patronymic and one birth year: one person, not a common name).
    Columns: the value and ``tf_<column>``.
    """
    col = str(values.name)
    n = len(values)
    counts = values.dropna().value_counts()
    own = max(0.0, prior * (n - 1))
    other = (counts - 2 - own).clip(lower=0).astype(float)
    if signs is not None and len(signs.columns):
        other = _fewer_holders(values, signs, counts, other)
    tf = (other / max(n - 1, 1)).astype(float)
    return pd.DataFrame({col: counts.index.astype(str), f"tf_{col}": tf.to_numpy()})


def _fewer_holders(
    values: pd.Series, signs: pd.DataFrame, counts: pd.Series, other: pd.Series
) -> pd.Series:
    """``other`` (records of other people than a pair's, per name) where the name's
    signs say its holders are few (see :func:`name_frequencies`)."""
    frame = signs.reset_index(drop=True).astype(object)
    frame = frame.where(frame.notna(), None)
    key = values.reset_index(drop=True)
    grouped = frame.groupby(key, dropna=True)
    holders = grouped.nunique(dropna=True).max(axis=1).clip(lower=1)
    # records tied by no shared sign may be different people: the patronymic on some, a
    # birth year on another ("Иванов Сергей Петрович" six times, "Иванов Сергей, 1985 г.р."
    # once) tell one patronymic and one year, not one holder
    holders = np.maximum(holders, _unlinked(key, frame).reindex(holders.index).fillna(1))
    told = frame.notna().any(axis=1).groupby(key, dropna=True).sum()
    holders = holders.reindex(counts.index).fillna(1.0).astype(float)
    told = told.reindex(counts.index).fillna(0).astype(float)
    rate = other / counts
    estimate = told * (holders - 1) / holders + (counts - told) * rate
    return other.where(told < 2, other.clip(upper=estimate))


def _unlinked(key: pd.Series, frame: pd.DataFrame) -> pd.Series:
    """Per value of ``key``, how many groups its records with a sign fall into, two
    records in one group when a chain of them shares a value of a sign column (the
    connected components of records and the (name, column, value) they carry)."""
    told = (frame.notna().any(axis=1) & key.notna()).to_numpy()
    if not told.any():
        return pd.Series(dtype=float)
    k = key[told].reset_index(drop=True)
    signs = frame[told].reset_index(drop=True)
    rows, nodes = [], []
    offset = len(k)  # records are nodes 0 … len(k)-1; each (name, column, value) one more
    for col in signs.columns:
        known = signs[col].notna().to_numpy()
        if known.any():
            by = [k[known], signs.loc[known, col].astype(str)]
            group = pd.Series(0, index=k.index[known]).groupby(by).ngroup().to_numpy()
            rows.append(np.flatnonzero(known))
            nodes.append(group + offset)
            offset += int(group.max()) + 1
    a, b = np.concatenate(rows), np.concatenate(nodes)
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(offset, offset))
    _, label = connected_components(graph, directed=False)
    return pd.Series(label[: len(k)]).groupby(k.to_numpy()).nunique().astype(float)


def apply_rules(pairs: pd.DataFrame, std: pd.DataFrame) -> pd.DataFrame:
    """Pairs ordered smaller id first, without forbidden pairs (see the module docstring)."""
    if pairs.empty or std.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    ids = std["unique_id"].astype(str).to_numpy(dtype=object)
    # every id by its rank in sorted order: pairs are ordered and sorted as whole numbers
    table = id_array(ids)
    rank = ranks(table)
    li, ri = positions(pairs["unique_id_l"], table), positions(pairs["unique_id_r"], table)
    keep = (li >= 0) & (ri >= 0)
    named = std["has_name"].fillna(False).astype(bool).to_numpy()
    keep[keep] = named[li[keep]] & named[ri[keep]]
    if "dedup_group" in std.columns:
        group, _ = pd.factorize(std["dedup_group"], use_na_sentinel=True)
        gl, gr = group[li], group[ri]
        keep &= ~((gl >= 0) & (gl == gr))
    li, ri = li[keep], ri[keep]
    ordered = rank[li] <= rank[ri]
    lo, hi = np.where(ordered, li, ri), np.where(ordered, ri, li)
    key = rank[lo] * len(ids) + rank[hi]
    _, first = np.unique(key, return_index=True)  # sorted by (left, right), first of each
    rows = np.flatnonzero(keep)[first]
    out = pairs.iloc[rows].reset_index(drop=True)
    out["unique_id_l"] = ids[lo[first]]
    out["unique_id_r"] = ids[hi[first]]
    return out


__all__ = ["PAIR_COLUMNS", "SIGN_COLUMNS", "apply_rules", "name_frequencies", "predict"]
