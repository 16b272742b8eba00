"""Find phrases of a reference table in text by their lemmas, whatever their case.

"Курской области", "Курская обл." and "Курскую область" all match the entry
"Курская область": every token is compared by the set of its normal forms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from headcount.extract.morph import language, lemmas
from headcount.extract.text import Token, tokens

T = TypeVar("T")


@dataclass(frozen=True)
class Hit(Generic[T]):
    value: T
    start: int  # character offsets
    end: int
    first: int  # token indexes, end exclusive
    last: int


class Gazetteer(Generic[T]):
    """Phrases → values; the longest phrase wins where several start at one token."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, capitalized: bool = False,
                 lang: str = "ru"):
        """``lang``: the language the entries are written in — their lemmas are taken with
        its dictionaries whatever language the code that first builds the table reads."""
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], T]]] = {}
        #: each phrase's own words, for a tie between phrases of one length
        self._words: dict[int, tuple[str, ...]] = {}
        self._capitalized = capitalized
        for phrase, value in entries:
            words = [t.text for t in tokens(phrase) if t.text not in ".,()/"]
            if not words:
                continue
            with language(lang):
                forms = tuple(_forms(w) for w in words)
            self._words[id(forms)] = tuple(_plain(w) for w in words)
            for first in forms[0]:
                self._by_first.setdefault(first, []).append((forms, value))
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def find(self, toks: list[Token]) -> list[Hit[T]]:
        hits: list[Hit[T]] = []
        i = 0
        forms = [_forms(t.text) for t in toks]
        while i < len(toks):
            best: Hit[T] | None = None
            exact = False
            seen: set[int] = set()
            for f in forms[i]:
                for phrase, value in self._by_first.get(f, ()):
                    if id(phrase) in seen:
                        continue
                    seen.add(id(phrase))
                    n = len(phrase)
                    if i + n > len(toks) or (best and n < best.last - best.first):
                        continue
                    if best and n == best.last - best.first and (
                            exact or not self._exact(phrase, forms, i)):
                        continue  # a tie: the phrase whose own word the text inflects wins
                    if all(phrase[k] & forms[i + k] for k in range(n)) and self._cased(toks[i]):
                        best = Hit(value, toks[i].start, toks[i + n - 1].end, i, i + n)
                        exact = self._exact(phrase, forms, i)
            if best:
                hits.append(best)
                i = best.last
            else:
                i += 1
        return hits

    def _exact(self, phrase: tuple[frozenset[str], ...], forms: list[frozenset[str]],
               i: int) -> bool:
        """Every word of ``phrase`` as written is a lemma of the text's word ("Орла" is a
        form of Орёл, and only shares a lemma with Орлов)."""
        words = self._words.get(id(phrase), ())
        return bool(words) and all(
            w in {_plain(f) for f in forms[i + k]} for k, w in enumerate(words))

    def _cased(self, tok: Token) -> bool:
        """Names of places must be written with a capital letter."""
        return not self._capitalized or tok.text[:1].isupper()


def _forms(word: str) -> frozenset[str]:
    if word.isupper() and len(word) <= 5:
        return frozenset({word.lower()})
    return lemmas(word) | _hyphened_forms(word)


#: the most parts of a hyphened word whose lemmas are combined
_MOST_PARTS = 3


def _hyphened_forms(word: str) -> frozenset[str]:
    """A hyphened name's parts lemmatised one by one and joined again, where pymorphy3
    lemmatises only the last part ("Каменска-Уральского", "Каменске-Уральском" →
    каменск-уральский, as "Каменск-Уральский"; "Усолья-Сибирского" → усолье-сибирский)."""
    parts = word.split("-")
    if not 1 < len(parts) <= _MOST_PARTS or not all(parts):
        return frozenset()
    out = {""}
    for part in parts:
        out = {f"{done}-{form}" if done else form for done in out for form in lemmas(part)}
    return frozenset(out)


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")
