"""Russian name inflection, transliteration and the small distortions sources make.

The rules cover the name shapes in :mod:`headcount.demo.pools`: Russian, Turkic,
Buryat, Tuvan and Dagestani names, and foreign names as Russian media write them.
A masculine name ending in a consonant declines whatever its origin («Сунилу
Кумару», «Раму Бахадуру Тхапе»); names ending in -о, -е, -и, -у, -ю, -э and
surnames ending in -ых/-их or -ко do not; a feminine name declines only when it
ends in -а/-я or is an adjectival surname.
"""

from __future__ import annotations

import random
from typing import Literal

Case = Literal["nom", "gen", "dat", "acc", "ins", "prep"]
CASES: tuple[Case, ...] = ("nom", "gen", "dat", "acc", "ins", "prep")

_VELAR_SIBILANT = set("гкхжшщч")
_SIBILANT_C = set("жшщчц")
_INDECLINABLE_END = set("оеиуюэы")
#: names ending in a sibilant whose stress falls on the last syllable (-ом, not -ем)
_STRESSED_END = {"Ильич", "Монгуш"}
#: given names with a fleeting vowel or ё in the stem: the oblique-case stem
_OBLIQUE_STEM = {"Павел": "Павл", "Пётр": "Петр", "Лев": "Льв"}
#: instrumental of stressed -ья names
_INS_OVERRIDE = {"Илья": "Ильёй"}


def _noun(word: str, case: Case, sex: str) -> str:
    """Decline a name that behaves like a noun (given names, most surnames)."""
    if case == "nom" or not word:
        return word
    if word in _OBLIQUE_STEM and sex == "M":
        stem = _OBLIQUE_STEM[word]
        return stem + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом", "prep": "е"}[case]
    last = word[-1]
    if last in _INDECLINABLE_END:
        return word
    if last == "а":
        stem = word[:-1]
        y = "и" if stem[-1:] in _VELAR_SIBILANT else "ы"
        oi = "ей" if stem[-1:] in _SIBILANT_C else "ой"
        return stem + {"gen": y, "dat": "е", "acc": "у", "ins": oi, "prep": "е"}[case]
    if last == "я":
        stem = word[:-1]
        if case == "ins" and word in _INS_OVERRIDE:
            return _INS_OVERRIDE[word]
        if stem.endswith("и"):
            return stem + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "prep": "и"}[case]
        return stem + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "prep": "е"}[case]
    if sex == "F":
        return word  # feminine names ending in a consonant do not decline
    if last == "й":
        stem = word[:-1]
        prep = "и" if stem.endswith("и") else "е"
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "prep": prep}[case]
    if last == "ь":
        stem = word[:-1]
        return stem + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "prep": "е"}[case]
    ins = "ем" if last in _SIBILANT_C and word not in _STRESSED_END else "ом"
    return word + {"gen": "а", "dat": "у", "acc": "а", "ins": ins, "prep": "е"}[case]


def _each_word(text: str, case: Case, sex: str) -> str:
    return " ".join(_noun(w, case, sex) for w in text.split(" "))


def inflect_given(given: str, case: Case, sex: str = "M") -> str:
    """A given name (one or more words, e.g. «Рам Бахадур», «Хорхе Луис»)."""
    return _each_word(given, case, sex)


def inflect_patronymic(patronymic: str, case: Case, sex: str = "M") -> str:
    """«Сергеевич» → «Сергеевича»; «Сергеевна» → «Сергеевны»."""
    return _noun(patronymic, case, sex) if patronymic else ""


_ADJ_M = {"gen": "ого", "dat": "ому", "acc": "ого", "prep": "ом"}


def inflect_surname(surname: str, case: Case, sex: str = "M") -> str:
    """Decline a surname by its shape and the bearer's sex."""
    s = surname
    if case == "nom" or not s:
        return s
    if s.endswith(("ых", "их", "ко")):
        return s
    if sex == "M":
        if s.endswith(("ский", "цкий", "кий", "гий", "хий", "ой", "ый")):
            stem = s[:-2]
            if case == "ins":
                soft = stem[-1:] in _VELAR_SIBILANT or s.endswith("ий")
                return stem + ("им" if soft else "ым")
            return stem + _ADJ_M[case]
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "prep": "е"}[case]
        return _noun(s, case, sex)
    if s.endswith("ая"):
        return s[:-2] + ("ую" if case == "acc" else "ой")
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + ("у" if case == "acc" else "ой")
    return _noun(s, case, sex)


def inflect_full(
    surname: str, given: str, patronymic: str, case: Case, sex: str = "M",
    order: str = "gps",
) -> str:
    """The full name in one case; ``order`` spells the parts: g(iven) p(atronymic) s(urname)."""
    parts = {
        "g": inflect_given(given, case, sex),
        "p": inflect_patronymic(patronymic, case, sex),
        "s": inflect_surname(surname, case, sex),
    }
    return " ".join(parts[c] for c in order if parts[c])


def initials(given: str, patronymic: str) -> str:
    """«Иван», «Сергеевич» → «И. С.»; a two-word given name gives two initials."""
    letters = [w[0] for w in given.split(" ") if w]
    if patronymic:
        letters.append(patronymic[0])
    return " ".join(f"{c}." for c in letters)


# --- transliteration -----------------------------------------------------------------

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "й": "i",
}
#: ICAO 9303 (Russian passports since 2013) and the older BGN-like style
SCHEMES: dict[str, dict[str, str]] = {
    "icao": {**_COMMON, "ъ": "ie"},
    "bgn": {**_COMMON, "й": "y", "ю": "yu", "я": "ya", "ё": "yo"},
}


def translit(text: str, scheme: str = "icao") -> str:
    """Latin spelling of Cyrillic text, keeping capitalisation of each letter."""
    table = SCHEMES[scheme]
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        if low in table:
            lat = table[low]
            out.append(lat.capitalize() if ch != low else lat)
        else:
            out.append(ch)
    return "".join(out)


def slugify(text: str, limit: int = 60) -> str:
    """A URL slug: transliterated, lower case, words joined by hyphens."""
    lat = translit(text.lower(), "bgn")
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in lat).split()
    slug = ""
    for w in words:
        if len(slug) + len(w) + 1 > limit:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or "item"


# --- distortions -----------------------------------------------------------------------

_SWAPS = {"а": "о", "о": "а", "е": "и", "и": "е", "ы": "и", "д": "т", "т": "д", "в": "ф"}


def typo(word: str, rng: random.Random) -> str:
    """One-letter slip inside a word (never the first letter): a swap, a drop or a double."""
    if len(word) < 4:
        return word
    pos = rng.randrange(1, len(word) - 1)
    ch = word[pos]
    mode = rng.random()
    if ch in _SWAPS and mode < 0.6:
        return word[:pos] + _SWAPS[ch] + word[pos + 1:]
    if mode < 0.8 and word[pos - 1] != ch:
        return word[:pos] + word[pos + 1:]
    return word[:pos] + ch + word[pos:]
