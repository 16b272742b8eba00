"""A joint n-gram model of Latin letters and the Cyrillic chunks Russian writes them as.

A Latin name and its Russian spelling are cut into *graphones*, each a Latin letter
with the Cyrillic letters it is written as (0-3: ``sh`` is ш + nothing, ``x`` кс):
``willan`` / ``уиллан`` is w:уи i: l:л l:л a:а n:н. The model gives each graphone a
probability from the graphones before it (Witten-Bell interpolation down to one
graphone, then a floor), so a spelling is scored by the whole chain, both sides'
letters before it, unlike the learned rules of :mod:`headcount.names.russian`, which
decide a letter from the Latin letters around it and the one chunk written last, and
know nothing of a context seen fewer than three times. The score of a (Latin,
Cyrillic) pair is the log-probability of its likeliest cutting, per Latin letter.

The counts are learned from aligned pairs (``bench/translit_rules.py``'s alignment) and
stored one n-gram a line (``data/graphones.txt``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib.resources import files

#: graphones of context (the model's order is one more)
CONTEXT = 2
#: the word's ends, as graphones
BOUND = "^"
END = "$"
#: log-probability of a graphone never seen (a letter written as it never was)
FLOOR = math.log(1e-7)
#: log-probability of a letter written as a chunk it never was (one letter at most)
MISS = math.log(1e-4)
#: Cyrillic letters one Latin letter may be written as, at most
MAX_CHUNK = 3

Graphone = str  # "letter:chunk"


def graphone(letter: str, chunk: str) -> Graphone:
    return f"{letter}:{chunk}"


class GraphoneModel:
    """Witten-Bell-interpolated joint n-gram probabilities of graphones.

    >>> m = GraphoneModel.learn([("ab", ["а", "б"]), ("ab", ["а", "б"])])
    >>> m.score("ab", "аб") > m.score("ab", "ап")
    True
    """

    def __init__(self, counts: dict[tuple[Graphone, ...], int], context: int = CONTEXT) -> None:
        self.context = context
        self.counts = counts
        # per history: its total count and the number of distinct graphones after it
        self.total: Counter[tuple[Graphone, ...]] = Counter()
        self.types: Counter[tuple[Graphone, ...]] = Counter()
        for gram, n in counts.items():
            self.total[gram[:-1]] += n
            self.types[gram[:-1]] += 1
        # the chunks each Latin letter is written as
        chunks: dict[str, set[str]] = defaultdict(set)
        for gram in counts:
            if len(gram) == 1 and gram[0] != END:
                letter, _, chunk = gram[0].partition(":")
                chunks[letter].add(chunk)
        self.chunks = {k: frozenset(v) for k, v in chunks.items()}
        self._cache: dict[tuple[tuple[Graphone, ...], Graphone], float] = {}

    @classmethod
    def learn(cls, aligned: Iterable[tuple[str, Sequence[str]]], context: int = CONTEXT,
              min_count: int = 1) -> GraphoneModel:  # fmt: skip
        """Counts of every n-gram (1 to ``context`` + 1 graphones) of the aligned
        pairs (a Latin word, the Cyrillic chunk of each of its letters); n-grams of two
        graphones or more seen fewer than ``min_count`` times are dropped."""
        counts: Counter[tuple[Graphone, ...]] = Counter()
        for word, chunks in aligned:
            seq = [BOUND] * context + [
                graphone(_letter(a), c) for a, c in zip(word, chunks, strict=True)
            ]
            seq.append(END)
            for i in range(context, len(seq)):
                for n in range(context + 1):
                    counts[tuple(seq[i - n : i + 1])] += 1
        return cls({g: n for g, n in counts.items() if len(g) == 1 or n >= min_count}, context)

    def logp(self, history: tuple[Graphone, ...], g: Graphone) -> float:
        """log P(g | history) (the last ``context`` graphones), interpolated."""
        key = (history, g)
        found = self._cache.get(key)
        if found is None:
            found = math.log(self._p(history, g))
            self._cache[key] = found
        return found

    def _p(self, history: tuple[Graphone, ...], g: Graphone) -> float:
        if not history:
            seen = self.counts.get((g,), 0)
            return seen / self.total[()] if seen else math.exp(FLOOR)
        lower = self._p(history[1:], g)
        total = self.total[history]
        if not total:
            return lower
        types = self.types[history]
        return (self.counts.get((*history, g), 0) + types * lower) / (total + types)

    def score(self, word: str, cyrillic: str) -> float:
        """log P(word, cyrillic) of the likeliest cutting, per Latin letter (a pair
        no cutting writes: :data:`FLOOR` a letter)."""
        letters = [_letter(a) for a in word.lower()]
        target = cyrillic.lower()
        m = len(target)
        start = (BOUND,) * self.context
        states: dict[tuple[int, tuple[Graphone, ...]], float] = {(0, start): 0.0}
        for a in letters:
            known = self.chunks.get(a, frozenset())
            grown: dict[tuple[int, tuple[Graphone, ...]], float] = {}
            for (j, hist), s in states.items():
                for k in range(min(MAX_CHUNK, m - j) + 1):
                    chunk = target[j : j + k]
                    g = graphone(a, chunk)
                    if chunk in known:
                        value = s + self.logp(hist, g)
                    elif k <= 1:  # a letter dropped, or written as another one
                        value = s + MISS
                    else:
                        continue
                    key = (j + k, (*hist[1:], g) if self.context else ())
                    if value > grown.get(key, -math.inf):
                        grown[key] = value
            if not grown:
                return FLOOR
            states = grown
        ends = [s + self.logp(hist, END) for (j, hist), s in states.items() if j == m]
        return max(ends) / max(len(letters), 1) if ends else FLOOR

    def lines(self) -> list[str]:
        """The counts, one n-gram a line: graphones joined by spaces, a tab, the count."""
        return [f"{' '.join(g)}\t{n}" for g, n in sorted(self.counts.items())]

    @classmethod
    def from_lines(cls, lines: Iterable[str], context: int = CONTEXT) -> GraphoneModel:
        counts = {}
        for line in lines:
            if line and not line.startswith("#"):
                gram, _, n = line.rpartition("\t")
                counts[tuple(gram.split(" "))] = int(n)
        return cls(counts, context)


@cache
def _letter(ch: str) -> str:
    """A Latin letter as the model knows it: lower case, ``:`` and spaces never."""
    ch = ch.lower()
    if ch in ": ":
        return "_"
    return ch


_LOADED: list[GraphoneModel] = []


def model() -> GraphoneModel:
    """The model in use: the shipped one (``data/graphones.txt``) unless :func:`use`
    gave another."""
    if not _LOADED:
        text = files("headcount.names").joinpath("data", "graphones.txt").read_text("utf-8")
        _LOADED.append(GraphoneModel.from_lines(text.splitlines()))
    return _LOADED[0]


def use(other: GraphoneModel | None) -> None:
    """Score with ``other`` from now on (a model learned without the scored names: the
    bench's folds), or with the shipped model again (None)."""
    _LOADED[:] = [other] if other is not None else []
    graphone_score.cache_clear()


@lru_cache(maxsize=500_000)
def graphone_score(word: str, cyrillic: str) -> float:
    """:meth:`GraphoneModel.score` of the shipped model."""
    return model().score(word, cyrillic)
