"""Two whole names compared word by word, in any order and script, without splitting.

Which word of "Мартинес Санчес Ласаро Рафаэль" is the surname cannot be known
from the words alone (Spanish double surnames, two given names, Arabic chains,
a Cyrillic list that writes the given name first). Deciding it first and
comparing surname with surname loses the match whenever the guess is wrong.
Here each name is a set of words; every word of one name is paired with the
word of the other it agrees with best (each word used once), and the result
says how many words agree exactly (as Russian writes them, under some
transcription convention, or by their loose Latin key) and how many only
alike (Jaro-Winkler of their Russian spellings).

Particles do not count as words of their own: bin, ibn, al-, el-, de, la, van,
оглы, кызы… An article joined to the word (Almasri, Аль-Масри, ат-Тамими) is
tried with and without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from headcount.names.russian import CONVENTIONS, russian_token
from headcount.names.text import plain_text
from headcount.names.translit import latin_key, loose_token, script_of

#: words that join names rather than being one: Arabic chains and articles, Turkic
#: patronymic particles, Romance and Germanic prepositions and articles (Latin, and as
#: Russian writes them)
PARTICLES = frozenset({
    "bin", "ibn", "ben", "bint", "binti", "al", "el", "de", "del", "della", "der", "den",
    "da", "das", "dos", "du", "la", "las", "los", "van", "von", "ter", "ten", "y",
    "ogly", "oglu", "ogli", "ugli", "uulu", "uly", "kyzy", "kizi", "gyzy", "qizi",
    "бин", "ибн", "бен", "бинт", "аль", "эль", "ал", "эл", "де", "дель", "делла", "дер",
    "да", "дос", "ла", "лас", "лос", "ван", "фон", "тер", "оглы", "оглу", "угли", "уулу",
    "улы", "кызы", "гызы", "кизи",
})  # fmt: skip
#: Arabic articles as written before a hyphen (al-Masri, ат-Тамими, ан-Наджар)
HYPHEN_ARTICLES = frozenset({
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ath",
    "аль", "эль", "ал", "ад", "ан", "ар", "ас", "аш", "ат", "аз",
})  # fmt: skip
#: articles written joined to the next word (Almasri, Elhashimi)
_ARTICLE = re.compile(r"^(al|el|аль|эль)(?=.{4,})")
_SPACE = re.compile(r"[^\w\-]+|_")

#: a word pair agrees "exactly" at this similarity or more
EXACT = 0.999
#: ... and is "alike" (a typo, another convention) at this similarity or more
ALIKE = 0.88


@dataclass(frozen=True)
class NameAgreement:
    """How two names' words pair up: word counts, exact and alike agreements."""

    left: int
    right: int
    exact: int
    alike: int  # agreeing words that are alike, not exactly the same

    @property
    def shorter(self) -> int:
        return min(self.left, self.right)

    @property
    def agreeing(self) -> int:
        return self.exact + self.alike

    @property
    def level(self) -> str:
        """A name in words:

        ``same``: every word of both agrees exactly; ``contained``: every word of the
        shorter name (two or more) agrees exactly (a dropped second surname, a
        middle name, a father's name); ``alike``: every word of the shorter name
        (two or more) agrees, some only alike; ``two``: two words agree exactly;
        ``one``: one word agrees exactly; ``none``.
        """
        if self.shorter and self.exact == self.left == self.right:
            return "same"
        if self.shorter >= 2 and self.exact == self.shorter:
            return "contained"
        if self.shorter >= 2 and self.agreeing == self.shorter and self.exact >= 1:
            return "alike"
        if self.exact >= 2:
            return "two"
        if self.exact == 1:
            return "one"
        return "none"


#: levels from strongest to weakest
LEVELS = ("same", "contained", "alike", "two", "one", "none")


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two texts (prefix scale 0.1, up to 4 letters)."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    reach = max(max(la, lb) // 2 - 1, 0)
    used = [False] * lb
    matched_a = []
    for i, ch in enumerate(a):
        for j in range(max(0, i - reach), min(lb, i + reach + 1)):
            if not used[j] and b[j] == ch:
                used[j] = True
                matched_a.append(ch)
                break
    m = len(matched_a)
    if not m:
        return 0.0
    matched_b = [b[j] for j in range(lb) if used[j]]
    half = sum(x != y for x, y in zip(matched_a, matched_b, strict=True)) / 2
    jaro = (m / la + m / lb + (m - half) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def name_words(name: str) -> list[str]:
    """The words of a name, particles left out (a name of particles only keeps them)."""
    words = []
    for spaced in _SPACE.split(plain_text(name).lower()):
        parts = [p for p in spaced.split("-") if p]
        if len(parts) > 1 and parts[0] in HYPHEN_ARTICLES:
            parts = parts[1:]
        words += parts
    kept = [w for w in words if w not in PARTICLES]
    return kept or words


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(Russian spellings, loose Latin keys) of one word: a Cyrillic word's own folded
    spelling, a Latin word's spelling under every transcription convention; with a
    joined article (Almasri, Аль-Масри written as one) also without it."""
    variants = [word]
    stripped = _ARTICLE.sub("", word)
    if stripped != word:
        variants.append(stripped)
    russian: set[str] = set()
    loose: set[str] = set()
    for v in variants:
        if script_of(v) == "cyrillic":
            russian.add(russian_token(v))
        else:
            russian.update(russian_token(v, c) for c in CONVENTIONS)
        loose.update(loose_token(t) for t in latin_key(v).split())
    return frozenset(r for r in russian if r), frozenset(k for k in loose if k)


@lru_cache(maxsize=500_000)
def word_similarity(a: str, b: str) -> float:
    """1.0 when two words agree as Russian writes them or by their loose Latin keys,
    else the best Jaro-Winkler of their Russian spellings."""
    ra, la = word_forms(a)
    rb, lb = word_forms(b)
    if ra & rb or la & lb:
        return 1.0
    return max((jaro_winkler(x, y) for x in ra for y in rb), default=0.0)


def compare_names(a: str, b: str, alike: float = ALIKE) -> NameAgreement:
    """Pair the words of two names, best agreements first, each word once; two
    neighbouring words of one name may also be one word of the other ("Abdul Rahman",
    "Абдуррахман"), and count as one then."""
    wa, wb = name_words(a), name_words(b)
    best = _pair_words(wa, wb, alike)
    if best.level == "same":
        return best
    for words, other, flip in ((wa, wb, False), (wb, wa, True)):
        for i in range(len(words) - 1):
            joined = [*words[:i], words[i] + words[i + 1], *words[i + 2 :]]
            got = _pair_words(other, joined, alike) if flip else _pair_words(joined, other, alike)
            # only a joined word that agrees exactly counts: a long joined word is
            # alike to too much
            if got.level in ("same", "contained") and _rank(got) < _rank(best):
                best = got
    return best


def _rank(agreement: NameAgreement) -> tuple[int, int, int]:
    return LEVELS.index(agreement.level), -agreement.exact, -agreement.alike


def _pair_words(wa: list[str], wb: list[str], alike: float) -> NameAgreement:
    scored = sorted(((word_similarity(x, y), i, j) for i, x in enumerate(wa)
                     for j, y in enumerate(wb)), reverse=True)  # fmt: skip
    used_a: set[int] = set()
    used_b: set[int] = set()
    exact = close = 0
    for sim, i, j in scored:
        if sim < alike:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        if sim >= EXACT:
            exact += 1
        else:
            close += 1
    return NameAgreement(len(wa), len(wb), exact, close)


__all__ = [
    "ALIKE",
    "LEVELS",
    "PARTICLES",
    "NameAgreement",
    "compare_names",
    "jaro_winkler",
    "name_words",
    "word_forms",
    "word_similarity",
]
