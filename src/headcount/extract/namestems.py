"""Case- and gender-free stems of name words: one person named twice in a text.

A text names its subject in several forms — "Стало известно о гибели Виталия Гусева",
"Виталий Сергеевич Гусев погиб", "Похоронят Гусева", "Прощание с Ховолыгом",
"Айдысу Ховолыгу было 22 года" — and pymorphy3 does not know many surnames (Tuvan,
Buryat, Central Asian, rare Russian ones), so lemmas alone do not tell these forms
apart from other names. A stem drops one inflectional ending (the longest that leaves
at least :data:`MIN_STEM` letters) and a final soft sign: "Ховолыгом" and "Ховолыг"
share "ховолыг", "Зимину" and "Зимина" "зимин", "Евгения" and "Евгений" "евген",
"Сыроватской" and "Сыроватский" "сыроватск". Russian surname suffixes (-ов, -ев,
-ин, -ын, -ск-) are kept, so "Иванов" is not "Иван".

:func:`name_stems` gives the stems of a name's words (not of its patronymic or
initials) and :func:`same_name` compares two namings by them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from headcount.extract.morph import current_language, parses

#: the shortest stem: an ending is not stripped if fewer letters would remain
MIN_STEM = 3
#: inflectional endings of Russian and Ukrainian nouns, adjectives and names (the
#: longest that fits is stripped)
ENDINGS: tuple[str, ...] = tuple(sorted({
    # Russian: adjectival surnames (-ский, -ой), nouns and names
    "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ую", "юю", "ой", "ей", "ою",
    "ею", "ий", "ый", "ом", "ем", "ым", "им", "ых", "их", "ие", "ые",
    "ия", "ию", "ии", "ием", "ией", "иею", "ья", "ью", "ье", "ьи", "ьей", "ьем",
    "ея", "еем", "еи", "ам", "ям", "ами", "ями", "ах", "ях",
    "а", "я", "у", "ю", "е", "ы", "и", "й", "о",
    # Ukrainian
    "ові", "еві", "єві", "єю", "ої", "ій", "ім", "ів", "і", "ї", "є",
}, key=len, reverse=True))
#: a patronymic (kept out of the stems; compared by its first letters and its sex)
PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|івн|овн|евн|ичн|йович|йовн)\w*$", re.I)
_FEMALE_PATRONYMIC = re.compile(r"(?:овн|евн|ичн|івн|инич|йовн)\w*$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


def stem(word: str) -> str:
    """``word`` without one inflectional ending and a final soft sign (lowercase, ё as е)."""
    return _stem(word.lower().replace("ё", "е"))


@lru_cache(maxsize=100_000)
def _stem(low: str) -> str:
    if "-" in low:  # "Усть-Кяхта", "Петров-Водкин": each part
        return "-".join(_stem(part) for part in low.split("-"))
    out = low
    for ending in ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= MIN_STEM:
            out = low[: -len(ending)]
            break
    if out.endswith(("ь", "й")) and len(out) > MIN_STEM:
        out = out[:-1]
    return out


def word_stems(word: str) -> frozenset[str]:
    """The stem of ``word`` and of its lemmas as a given name ("Павла": "павл" and
    "павел")."""
    return _word_stems(word, current_language())


@lru_cache(maxsize=100_000)
def _word_stems(word: str, lang: str) -> frozenset[str]:
    low = word.lower().replace("ё", "е").strip(".")
    out = {stem(low), fleeting(stem(low))}
    for p in parses(low):  # a given name's lemma: "Павла" is "Павел", "Льва" "Лев"
        g = p.tag.grammemes
        if "Name" in g and "plur" not in g:
            out.add(stem(p.normal_form))
        elif ({"NOUN", "masc"} <= g and p.tag.case != "nomn" and not (
                {"Geox", "Patr", "plur"} & g) and skeleton(p.normal_form) == skeleton(stem(low))):
            # a surname that is a noun, its vowel moved: "Шевця" is "Швець"
            out.add(stem(p.normal_form.replace("ё", "е")))
    return frozenset(out)


#: a fleeting vowel before a surname's last consonant: "Ковалёк" / "Ковалька", "Кравец" /
#: "Кравца", "Жучок" / "Жучка", "Гребень" / "Гребня"
_FLEETING = re.compile(r"([бвгджзклмнпрстфхцчшщ])[еёоє]([кцнлр])$")
_VOWELS = re.compile(r"[аеёиоуыэюяіїєьй'’ʼ]")


def fleeting(stem_: str) -> str:
    """A stem without a fleeting vowel before its last consonant and without soft signs
    ("ковалек" and "ковальк": "ковалк"; "кравец": "кравц"), to compare two forms of one
    surname; "Кравцов" keeps its suffix and is no "Кравец"."""
    return _FLEETING.sub(r"\1\2", stem_).replace("ь", "")


def skeleton(word: str) -> str:
    """The consonants of a word ("швець" and "шевц": "швц")."""
    return _VOWELS.sub("", word.lower())


def name_stems(surname: str, given: str) -> frozenset[str]:
    """Stems of every word of a surname and a given name, initials left out."""
    out: set[str] = set()
    for word in _WORD.findall(f"{surname} {given}"):
        if len(word) > 1:
            out |= word_stems(word)
    return frozenset(out)


def word_keys(surname: str, given: str) -> list[frozenset[str]]:
    """One set of stems per word of a naming (initials left out)."""
    return [word_stems(w) for w in _WORD.findall(f"{surname} {given}") if len(w) > 1]


def patronymic_sex(patronymic: str) -> str:
    """"F" or "M" for a Russian or Ukrainian patronymic, "" if it does not say."""
    if not patronymic or patronymic.endswith("."):
        return ""
    word = patronymic.split()[0]
    if _FEMALE_PATRONYMIC.search(word):
        return "F"
    return "M" if PATRONYMIC.search(word) else ""


def same_name(words: list[frozenset[str]], known: frozenset[str]) -> bool:
    """Whether every word of a naming (its stem sets) is among the ``known`` stems of a
    person."""
    return bool(words) and all(w & known for w in words)
