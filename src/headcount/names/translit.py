"""Romanisation of names: ICAO 9303 for Cyrillic, ASCII folding for other scripts.

Russian passports issued since 2013 romanise names by ICAO Doc 9303 (the
table below); a consulate's list, a family's report and Western media write
the same names in other systems. :func:`latin_key` gives the passport form;
:func:`loose_key` is a coarser key under which the usual variants meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from headcount.names.text import plain_text

#: ICAO Doc 9303, 7th ed., Part 3, Table for Cyrillic (Russian letters).
ICAO_9303: dict[str, str] = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH",
    "З": "Z", "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O",
    "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS",
    "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU",
    "Я": "IA",
    # letters of other Cyrillic alphabets met in Central Asian names
    "Ә": "A", "Ғ": "G", "Қ": "K", "Ң": "N", "Ө": "O", "Ұ": "U", "Ү": "U", "Һ": "H",
    "І": "I", "Ў": "U", "Ҳ": "KH", "Ҷ": "DZH", "Ӣ": "I", "Ӯ": "U", "Є": "IE", "Ї": "I",
    "Ґ": "G",
}  # fmt: skip

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_NON_NAME = re.compile(r"[^A-Z ]+")
_SPACES = re.compile(r"\s+")

# Variants of one sound across transliteration systems, applied in order.
_LOOSE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"SHCH|SCH|SHH", "SH"),
        (r"TCH", "CH"),
        (r"DZH|DJ|DG", "J"),
        (r"ZH", "J"),
        (r"KH", "H"),
        (r"PH", "F"),
        (r"TH", "T"),
        (r"BH", "B"),
        (r"DH", "D"),
        (r"GH", "G"),
        (r"CK|Q", "K"),
        (r"C(?=[EIY])", "S"),
        (r"CH", "4"),  # keep CH apart while other C become K
        (r"C", "K"),
        (r"4", "CH"),
        (r"X", "KS"),
        (r"W", "V"),
        (r"TZ|TS", "TS"),
        (r"Y", "I"),
        (r"J", "J"),
    )
)
_VOWELS = re.compile(r"(?<=.)[AEIOU]+")
_LEADING_VOWELS = re.compile(r"^[AEIOU]+")
_REPEATS = re.compile(r"(.)\1+")


def script_of(text: str) -> str:
    """'cyrillic', 'latin' or 'other' — the script most of the letters are in."""
    if text.isascii():
        return "latin"
    return _script_of(text)


@lru_cache(maxsize=100_000)
def _script_of(text: str) -> str:
    cyr = latin = letters = 0
    for c in text:
        if not c.isalpha():
            continue
        letters += 1
        if _CYRILLIC.match(c):
            cyr += 1
        elif c.isascii() or unicodedata.name(c, "").startswith("LATIN"):
            latin += 1
    if not letters:
        return "latin"
    if cyr >= latin and cyr * 2 >= letters:
        return "cyrillic"
    if latin * 2 >= letters:
        return "latin"
    return "other"


def latin_key(name: str) -> str:
    """The name in upper-case Latin letters, as a Russian passport writes it.

    Cyrillic is romanised by ICAO 9303; Latin letters lose their accents;
    other scripts (Devanagari, Arabic…) are transliterated to ASCII.
    Punctuation goes; hyphens and spaces become single spaces.

    >>> latin_key("Ёрбеков Одилджон-угли")
    'ERBEKOV ODILDZHON UGLI'
    >>> latin_key("José Núñez")
    'JOSE NUNEZ'
    """
    out = []
    for ch in plain_text(name).upper():
        if ch in ICAO_9303:
            out.append(ICAO_9303[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            out.append(anyascii(ch).upper())
    text = _NON_NAME.sub(" ", "".join(out).replace("-", " "))
    return _SPACES.sub(" ", text).strip()


def loose_token(token: str) -> str:
    """A coarse key of one name token: spelling variants folded, inner vowels dropped."""
    key = token
    for pattern, repl in _LOOSE_RULES:
        key = pattern.sub(repl, key)
    key = _REPEATS.sub(r"\1", key)
    key = _LEADING_VOWELS.sub("A", key)  # Ёрбеков / Yorbekov / Erbekov
    key = _VOWELS.sub("", key)
    return key


# Latin spellings of European languages and Russian's ICAO form brought to one
# phonetic spelling, applied in order (vowels kept, unlike the loose key).
_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"TSCH", "CH"),
        (r"SCH|SHCH", "SH"),
        (r"PH", "F"),
        (r"TH", "T"),
        (r"CK", "K"),
        (r"QU", "KV"),
        (r"Q", "K"),
        (r"X", "KS"),
        (r"W", "V"),
        (r"TZ|CZ", "TS"),
        (r"C(?=[EIY])", "TS"),
        (r"CH", "4"),
        (r"C", "K"),
        (r"4", "CH"),
        (r"KH|GH", "H"),
        (r"DZH", "J"),
        (r"(?<=[AEIOU])J|J(?=[AEIOU])", "I"),
        (r"Y", "I"),
        (r"OU", "U"),
        (r"EE", "I"),
        (r"OO", "U"),
        (r"AE|OE", "E"),
    )
)


@lru_cache(maxsize=100_000)
def phonetic_key(name: str) -> str:
    """A spelling of a name by sound, the same for a Latin name and its Russian rendering.

    >>> phonetic_key("Hertza") == phonetic_key("Херца")
    True
    >>> phonetic_key("Boffa") == phonetic_key("Боффа")
    True
    """
    out = []
    for token in latin_key(name).split():
        key = token
        for pattern, repl in _PHONETIC_RULES:
            key = pattern.sub(repl, key)
        out.append(_REPEATS.sub(r"\1", key))
    return " ".join(out)


@lru_cache(maxsize=100_000)
def loose_key(name: str) -> str:
    """A key under which common transliterations of a name meet.

    >>> loose_key("Рам Бахадур Тхапа") == loose_key("Ram Bahadur Thapa")
    True
    >>> loose_key("Абдурахманов") == loose_key("Abdurakhmonov")
    True
    """
    return " ".join(loose_token(t) for t in latin_key(name).split())
