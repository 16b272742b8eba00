"""u-probabilities from one sample of records, the same on every engine.

Splink draws the records whose pairs estimate u inside the engine, by a hash of
each record's id that each engine computes its own way (DuckDB's ``hash``,
Spark's ``xxhash64``), so DuckDB and Spark trained u on different pairs and
their models differed in u by up to 0.007 (and, through EM, in m). Here the
records are drawn in Python, by a keyed BLAKE2 hash of the seed and the id
(independent of the engine, of the row order and of the platform), registered
with the engine, and Splink counts every pair among them: at most
``max_pairs`` pairs, so Splink's own sampling keeps them all.
"""

from __future__ import annotations

import hashlib
import math
from typing import TYPE_CHECKING, Any

import pandas as pd

from headcount.link.engines import register

if TYPE_CHECKING:
    from splink import SettingsCreator

#: u from one pass over all the sampled pairs, as Splink 4 did (Splink 5 by default
#: samples in chunks and stops once every level has 100 pairs: u of rare levels rests on
#: fewer pairs)
U_SAMPLING: dict[str, Any] = {"num_chunks": 1, "min_count_per_level": None}


def records_for_pairs(max_pairs: float) -> int:
    """The most records whose pairs (r·(r-1)/2) number at most ``max_pairs`` (at least 2)."""
    r = int(0.5 * (math.sqrt(8 * max(max_pairs, 1.0) + 1) + 1))
    while r > 2 and r * (r - 1) / 2 > max_pairs:  # guard the float rounding of sqrt
        r -= 1
    return max(r, 2)


def _key(uid: str, seed: int) -> int:
    digest = hashlib.blake2b(uid.encode("utf-8"), digest_size=8, key=str(seed).encode())
    return int.from_bytes(digest.digest(), "big")


def u_sample(std: pd.DataFrame, max_pairs: float, seed: int = 1) -> pd.DataFrame:
    """The records of ``std`` whose every pair estimates u: all of them when their pairs
    number at most ``max_pairs``, else the :func:`records_for_pairs` records whose ids
    hash lowest under ``seed`` (in ``std``'s order)."""
    n = records_for_pairs(max_pairs)
    if len(std) <= n:
        return std
    ids = std["unique_id"].astype(str).tolist()
    keys = pd.Series([_key(u, seed) for u in ids], index=std.index)
    chosen = keys.sort_values(kind="stable").index[:n]
    return std.loc[std.index.isin(chosen)]


def one_per_name(std: pd.DataFrame) -> pd.DataFrame:
    """``std`` with one record of each name (surname and given name, any script and
    order: ``pair_key``), the first; records without that key all kept.

    In a registry of a few mentions per person most random pairs that agree on a
    whole name are one man told twice ("Евгений Кабанов" in the families' post,
    "Кабанов Евгений Вадимович" in the appeal): counted as chance agreements they
    make a name worth little and, with nothing else known, such pairs score so low
    that the prior they imply sinks and nothing links. Among one record per name a
    pair that agrees on the name is never one man written alike; namesakes (several
    people of one name) are weighed by the name's frequency instead
    (:func:`headcount.link.predict.name_frequencies`).
    """
    if "pair_key" not in std.columns:
        return std
    key = std["pair_key"]
    return std[key.isna() | ~key.duplicated()]


def settings_with_u(
    db_api: Any,
    std: pd.DataFrame,
    creator: SettingsCreator,
    max_pairs: float,
    seed: int = 1,
    table: Any = None,
) -> dict[str, Any]:
    """Splink settings of ``creator`` with u estimated from every pair of
    :func:`u_sample` of ``std``, counted on ``db_api``'s engine.

    ``table``: ``std`` already registered with ``db_api``, used when the sample is
    the whole table. Term frequencies play no part (Splink estimates u without them).
    """
    from splink import Linker

    sample = u_sample(std, max_pairs, seed)
    source = table if table is not None and len(sample) == len(std) else register(db_api, sample)
    linker = Linker(source, creator, log_level=None, validate_settings=False)  # see quiet()
    linker.training.estimate_u_using_random_sampling(**U_SAMPLING, max_pairs=max_pairs, seed=seed)
    settings: dict[str, Any] = linker.misc.save_model_to_json()
    return settings


__all__ = ["U_SAMPLING", "one_per_name", "records_for_pairs", "settings_with_u", "u_sample"]
