"""Keys of whole names, many names at once.

A whole name's keys are made of its words' keys: the Latin tokens in order,
the same sorted, the loose tokens sorted, and (a name of Cyrillic words only)
the words as Russian writes them, sorted. Each distinct word is keyed once in
Python (``word_keys``); putting the words of half a million names together,
sorting and joining them is done by NumPy and Arrow, which is several times
faster than doing it name by name. The result is the same as
:func:`headcount.link.standardise._full_keys` name by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain, pairwise
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

#: a word's Latin tokens, their loose forms, and its Russian spelling (None: not Cyrillic)
WordKeys = tuple[tuple[str, ...], tuple[str, ...], str | None]


def _joined(values: list[str], rank: np.ndarray, parent: np.ndarray, n: int,
            ordered: bool) -> list[str]:  # fmt: skip
    """For each of ``n`` names, its values (``parent``: the name of each) joined by
    spaces, in the order given or sorted (``rank``: each value's sorted position)."""
    order = np.lexsort((rank, parent)) if ordered else np.argsort(parent, kind="stable")
    strings = pa.array(values, type=pa.string()).take(pa.array(order))
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(parent, minlength=n), out=offsets[1:])
    lists = pa.ListArray.from_arrays(pa.array(offsets), strings)
    return pc.binary_join(lists, " ").to_pylist()


def _ranks(values: list[str]) -> np.ndarray:
    """Each value's position among the distinct values in sorted (code point) order."""
    codes, _ = pd.factorize(np.asarray(values, dtype=object), sort=True)
    return codes


def full_name_keys(
    fulls: Sequence[str], russian: bool, word_keys: Callable[[str], WordKeys],
    russian_keys: Callable[[str], Any],
) -> dict[str, list[Any]]:  # fmt: skip
    """Columns ``name_latin``, ``name_sorted``, ``name_key`` (texts), ``name_tokens``
    and ``name_ru`` (lists, None when empty) of whole names (``name_ru`` all None
    unless ``russian``).

    ``russian_keys(full)`` gives the Russian keys of a name with a word that is
    not Cyrillic (every transcription convention); the names of Cyrillic words
    alone are keyed here.
    """
    n = len(fulls)
    words = [f.split() for f in fulls]
    counts = np.fromiter(map(len, words), dtype=np.int64, count=n)
    word_parent = np.repeat(np.arange(n), counts)
    codes, uniques = pd.factorize(np.asarray(list(chain.from_iterable(words)), dtype=object))
    info = [word_keys(w) for w in uniques]

    # tokens: each occurrence of a word brings its tokens, in order
    ntok = np.fromiter((len(i[0]) for i in info), dtype=np.int64, count=len(info))
    starts = np.cumsum(ntok) - ntok
    tok_flat = list(chain.from_iterable(i[0] for i in info))
    loose_flat = list(chain.from_iterable(i[1] for i in info))
    per = ntok[codes]
    first = np.repeat(np.cumsum(per) - per, per)
    index = np.repeat(starts[codes], per) + (np.arange(int(per.sum())) - first)
    parent = np.repeat(word_parent, per)
    toks = [tok_flat[i] for i in index]
    loose = [loose_flat[i] for i in index]
    out: dict[str, list[Any]] = {
        "name_latin": _joined(toks, np.zeros(len(toks), np.int64), parent, n, False),
        "name_sorted": _joined(toks, _ranks(toks), parent, n, True),
        "name_key": _joined(loose, _ranks(loose), parent, n, True),
    }
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(parent, minlength=n), out=offsets[1:])
    out["name_tokens"] = [loose[a:b] or None for a, b in pairwise(offsets)]

    if not russian:
        out["name_ru"] = [None] * n
        return out
    # names of Cyrillic words only: their words' Russian spellings, sorted
    ru_word = [i[2] for i in info]
    cyrillic = np.fromiter((r is not None for r in ru_word), dtype=bool, count=len(info))
    occ_cyrillic = cyrillic[codes] if len(codes) else np.zeros(0, dtype=bool)
    other = np.bincount(word_parent[~occ_cyrillic], minlength=n) > 0
    spelt = occ_cyrillic & np.fromiter((bool(r) for r in ru_word), dtype=bool,
                                       count=len(info))[codes]  # fmt: skip
    ru_values = [ru_word[c] or "" for c in codes[spelt]]
    ru_parent = word_parent[spelt]
    joined = _joined(ru_values, _ranks(ru_values), ru_parent, n, True)
    out["name_ru"] = [
        (sorted({k for k in russian_keys(f).values() if k}) or None)
        if mixed
        else ([key] if key else None)
        for f, mixed, key in zip(fulls, other, joined, strict=True)
    ]
    return out


__all__ = ["WordKeys", "full_name_keys"]
