"""Keys of whole names, for blocking and comparison regardless of script and order."""

from __future__ import annotations

import re
from functools import lru_cache

from headcount.names.russian import CONVENTIONS, russian_token
from headcount.names.text import plain_text
from headcount.names.translit import latin_key, loose_key, loose_token

#: words that are part of a patronymic or a title rather than a name of its own
PARTICLES = frozenset({"UGLI", "OGLY", "OGLU", "OGLI", "KYZY", "KIZI", "ULY", "UULU", "GYZY"})


def tokens(name: str) -> list[str]:
    """The Latin tokens of a name, particles (оглы, кызы…) left out."""
    return [t for t in latin_key(name).split() if t not in PARTICLES]


def sorted_key(name: str) -> str:
    """Latin tokens in alphabetical order: 'Thapa Ram Bahadur' = 'Ram Bahadur Thapa'."""
    return " ".join(sorted(tokens(name)))


def loose_sorted_key(name: str) -> str:
    """Loose tokens in alphabetical order: script, order and spelling variants meet.

    >>> loose_sorted_key("Тхапа Рам Бахадур") == loose_sorted_key("Ram Bahadur Thapa")
    True
    """
    return " ".join(sorted(loose_token(t) for t in tokens(name)))


def token_overlap(a: str, b: str) -> float:
    """Share of the shorter name's loose tokens found in the other (0..1)."""
    ta = [loose_token(t) for t in tokens(a)]
    tb = [loose_token(t) for t in tokens(b)]
    if not ta or not tb:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    pool = list(long_)
    hits = 0
    for t in short:
        if t in pool:
            pool.remove(t)
            hits += 1
    return hits / len(short)


def russian_sorted_keys(name: str) -> dict[str, str]:
    """Russian-transcription keys of a name's words in alphabetical order, by convention.

    Particles (оглы, кызы…) are left out, as in :func:`tokens`; a Cyrillic name
    has one key under every convention.

    >>> russian_sorted_keys("Thapa Ram Bahadur")["de"]
    'бахадур рам тапа'
    >>> russian_sorted_keys("Рам Бахадур Тхапа")["de"]
    'бахадур рам тапа'
    """
    by_word = [word_russian_keys(w) for w in russian_words(name)]
    words = [k for k in by_word if k]
    return {
        c: " ".join(sorted(filter(None, (k[i] for k in words)))) for i, c in enumerate(CONVENTIONS)
    }


_WORD_BREAK = re.compile(r"[\s\-]+")


def russian_words(name: str) -> list[str]:
    """The words of a name that :func:`russian_sorted_keys` transcribes one by one."""
    return [w for w in _WORD_BREAK.split(plain_text(name).strip()) if w]


#: consonant classes of the sound key: letters that trade places across languages
#: and transliterations (B/P, F/V/W, K/G/C/Q/X, S/Z, D/T) fall together
_SOUND_CLASSES = str.maketrans("BFWVGCQXZD", "PFFFKKKKST")
_SOUND_DROP = re.compile("[AEIOUYHJ]")
_SOUND_REPEAT = re.compile(r"(.)\1+")
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]")


def _sound(word: str, length: int) -> str:
    latin = "".join(latin_key(word).split()).replace("CZ", "CH").replace("SZ", "SH")
    key = loose_token(latin)
    key = key.replace("TS", "S").replace("CH", "S").replace("SH", "S")
    key = _SOUND_DROP.sub("", key).translate(_SOUND_CLASSES)
    return _SOUND_REPEAT.sub(r"\1", key)[:length]


@lru_cache(maxsize=200_000)
def sound_keys(word: str, length: int = 2) -> tuple[str, str]:
    """Two coarse keys of one name word, the same in Latin and Cyrillic and in any
    convention: the first ``length`` consonant classes of the word (vowels, H, J, Y
    dropped; B/P, F/V/W, K/G/C/Q/X, S/Z/TS/CH/SH, D/T together), read from the word
    as written and (a Latin word) from its likeliest Russian spelling.

    >>> sound_keys("Tremaglia", 3)[0] == sound_keys("Тремалья", 3)[0]
    True
    >>> sound_keys("Caventou") == sound_keys("Каванту")
    True
    """
    own = _sound(word, length)
    if _CYRILLIC_WORD.search(word):
        return own, own
    spelt = russian_token(word, "wd")
    if spelt.startswith("в") and _W_VOWEL.match(word):
        spelt = "у" + spelt[1:]  # Williams: Уильямс in Russian, В only as the own key
    return own, (_sound(spelt, length) if spelt else own)


_W_VOWEL = re.compile("[Ww][AEIOUYaeiouy]")
#: a Latin word's first letter as Russian writes it in other conventions: W as У
#: (Warsame, Уорсаме), H as Г (Huseynov, Гусейнов), J as Ж or Й (Jasur, Жасур)
_FIRST_LETTERS = {"w": ("у",), "h": ("г",), "j": ("ж", "й")}


@lru_cache(maxsize=200_000)
def sound_variants(word: str, length: int = 3) -> frozenset[str]:
    """:func:`sound_keys` of a word and of its Russian spellings with another first
    letter (W as У, H as Г, J as Ж or Й): the keys under which a Latin word and its
    Cyrillic spelling in any of those conventions meet.

    >>> sound_keys("Гусейнов", 3)[0] in sound_variants("Huseynov")
    True
    >>> sound_keys("Уорсаме", 3)[0] in sound_variants("Warsame")
    True
    """
    keys = set(sound_keys(word, length))
    first = word[:1].lower()
    if first in _FIRST_LETTERS and not _CYRILLIC_WORD.search(word):
        rest = russian_token(word[1:], "wd") if len(word) > 1 else ""
        for letter in _FIRST_LETTERS[first]:
            keys.add(_sound(letter + rest, length))
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=200_000)
def word_russian_keys(word: str) -> tuple[str, ...]:
    """A word's Russian transcriptions in CONVENTIONS' order (none for a particle):
    words repeat across a registry far more than whole names."""
    if latin_key(word) in PARTICLES:
        return ()
    return tuple(russian_token(word, c) for c in CONVENTIONS)


__all__ = [
    "loose_key",
    "loose_sorted_key",
    "russian_sorted_keys",
    "russian_words",
    "sorted_key",
    "sound_keys",
    "sound_variants",
    "token_overlap",
    "tokens",
    "word_russian_keys",
]
