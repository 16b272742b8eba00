"""Prediction: score candidate pairs of a standardised table with a trained model.

Pairs come out smaller id first, with Splink's match probability and weight.
Two rules are applied to the pairs, whatever the model says:

- records of one deduplicated group (a source that declared itself already
  deduplicated, column ``dedup_group``) are never paired with each other;
- a record without a name is never paired (blocking needs a name key; pairs
  are filtered again here so that no custom rule can let one through).
"""

from __future__ import annotations

import pandas as pd

from headcount.link.engines import EngineName, dialect, open_engine
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
) -> pd.DataFrame:
    """Scored pairs with match probability at least ``floor``."""
    from splink import Linker

    quiet()

    if len(std) < 2:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    table_df = _complete(std, model)
    db_api, table = open_engine(engine, table_df, master)
    linker = Linker(
        table, model.for_dialect(dialect(engine)), db_api=db_api, set_up_basic_logging=False
    )
    pairs = linker.inference.predict(threshold_match_probability=floor).as_pandas_dataframe()
    pairs = pairs[PAIR_COLUMNS].copy()
    pairs["unique_id_l"] = pairs["unique_id_l"].astype(str)
    pairs["unique_id_r"] = pairs["unique_id_r"].astype(str)
    return apply_rules(pairs, std)


def apply_rules(pairs: pd.DataFrame, std: pd.DataFrame) -> pd.DataFrame:
    """Pairs ordered smaller id first, without forbidden pairs (see the module docstring)."""
    if pairs.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    left = pairs["unique_id_l"].where(pairs["unique_id_l"] < pairs["unique_id_r"],
                                      pairs["unique_id_r"])  # fmt: skip
    right = pairs["unique_id_r"].where(pairs["unique_id_l"] < pairs["unique_id_r"],
                                       pairs["unique_id_l"])  # fmt: skip
    pairs = pairs.assign(unique_id_l=left, unique_id_r=right)
    ids = std["unique_id"].astype(str)
    named = dict(zip(ids, std["has_name"].astype(bool), strict=True))
    keep = pairs["unique_id_l"].map(named).fillna(False).astype(bool) & pairs["unique_id_r"].map(
        named
    ).fillna(False).astype(bool)
    if "dedup_group" in std.columns:
        group = dict(zip(ids, std["dedup_group"], strict=True))
        gl = pairs["unique_id_l"].map(group)
        gr = pairs["unique_id_r"].map(group)
        keep &= ~(gl.notna() & (gl == gr))
    out = pairs[keep].drop_duplicates(["unique_id_l", "unique_id_r"])
    return out.sort_values(["unique_id_l", "unique_id_r"]).reset_index(drop=True)


__all__ = ["PAIR_COLUMNS", "apply_rules", "predict"]
