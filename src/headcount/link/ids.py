"""Record ids as positions: hash look-ups of many ids at once, by Arrow."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def id_array(ids: Iterable[str] | np.ndarray) -> pa.Array:
    """Ids as an Arrow string array, the look-up table of :func:`positions`."""
    return pa.array(ids if isinstance(ids, np.ndarray) else list(ids), type=pa.string())


def positions(values: pd.Series, ids: pa.Array) -> np.ndarray:
    """Position of each value (as text) among ``ids``; -1 where it is not there."""
    texts = pa.array(values.astype(str))
    if texts.type != ids.type:
        texts = texts.cast(ids.type)
    found = pc.index_in(texts, value_set=ids)
    return np.asarray(found.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)


def ranks(ids: pa.Array) -> np.ndarray:
    """The rank of each id in sorted (code point) order."""
    out = np.empty(len(ids), dtype=np.int64)
    out[pc.sort_indices(ids).to_numpy()] = np.arange(len(ids))
    return out


__all__ = ["id_array", "positions", "ranks"]
