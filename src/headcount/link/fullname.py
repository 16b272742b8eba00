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
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from headcount.names.keys import CONVENTIONS, russian_words, word_russian_keys

#: a word's Latin tokens, their loose forms, and its Russian spelling (None: not Cyrillic)
WordKeys = tuple[tuple[str, ...], tuple[str, ...], str | None]


def _lists(vocab: list[str], index: np.ndarray, parent: np.ndarray, n: int,
           sort: bool) -> pa.ListArray:  # fmt: skip
    """For each of ``n`` names, its values (``vocab[index]``; ``parent``: the name of
    each) as a list, in the order given or sorted."""
    if sort:  # by name, then by each value's place in the sorted vocabulary
        rank, _ = pd.factorize(np.asarray(vocab, dtype=object), sort=True)
        order = np.lexsort((rank[index] if len(vocab) else index, parent))
    else:
        order = np.argsort(parent, kind="stable")
    values = pa.array(vocab, type=pa.string()).take(pa.array(index[order]))
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(parent, minlength=n), out=offsets[1:])
    return pa.ListArray.from_arrays(pa.array(offsets), values)


def _joined(lists: pa.ListArray) -> list[str]:
    return pc.binary_join(lists, " ").to_pylist()


def _mixed_russian(fulls: list[str]) -> list[list[str] | None]:
    """The Russian keys of names with a word that is not Cyrillic: the words
    transcribed by every convention and sorted, one key per convention that
    gives a different spelling (:func:`headcount.names.russian_sorted_keys`)."""
    n = len(fulls)
    words = [russian_words(f) for f in fulls]
    counts = np.fromiter(map(len, words), dtype=np.int64, count=n)
    parent = np.repeat(np.arange(n), counts)
    codes, uniques = pd.factorize(np.asarray(list(chain.from_iterable(words)), dtype=object))
    keys = [word_russian_keys(w) for w in uniques]  # () for a particle
    found: list[set[str]] = [set() for _ in range(n)]
    for i in range(len(CONVENTIONS)):
        vocab = [k[i] if k else "" for k in keys]
        spelt = np.fromiter(map(bool, vocab), dtype=bool, count=len(vocab))[codes]
        joined = _joined(_lists(vocab, codes[spelt], parent[spelt], n, sort=True))
        for keyset, key in zip(found, joined, strict=True):
            keyset.add(key)
    return [sorted(k - {""}) or None for k in found]


def full_name_keys(
    fulls: Sequence[str], russian: bool, word_keys: Callable[[str], WordKeys]
) -> dict[str, list[Any]]:
    """Columns ``name_latin``, ``name_sorted``, ``name_key`` (texts), ``name_tokens``
    and ``name_ru`` (lists) of whole names, None where empty (``name_ru`` all None
    unless ``russian``).

    A name with a word that is not Cyrillic has one Russian key per transcription
    convention that spells it differently (:func:`_mixed_russian`).
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
    loose = _lists(loose_flat, index, parent, n, sort=False)
    texts = (("name_latin", tok_flat, False), ("name_sorted", tok_flat, True),
             ("name_key", loose_flat, True))  # fmt: skip
    out: dict[str, list[Any]] = {
        col: [text or None for text in _joined(_lists(vocab, index, parent, n, sort=sort))]
        for col, vocab, sort in texts
    }
    out["name_tokens"] = [t or None for t in loose.to_pylist()]

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
    ru_vocab = [r or "" for r in ru_word]
    joined = _joined(_lists(ru_vocab, codes[spelt], word_parent[spelt], n, sort=True))
    out["name_ru"] = [[key] if key else None for key in joined]
    mixed = [int(i) for i in np.flatnonzero(other)]
    for i, keys in zip(mixed, _mixed_russian([fulls[i] for i in mixed]), strict=True):
        out["name_ru"][i] = keys
    return out


__all__ = ["WordKeys", "full_name_keys"]
