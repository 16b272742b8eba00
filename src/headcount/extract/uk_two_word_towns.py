"""Russian towns of two words written in Ukrainian, in any case: "з Нижнього Тагіла",
"м. Нижній Тагіл", "уродженець Старого Оскола", "з Набережних Челнів".

Each word of the text is matched to the table's word by its consonants (the case ending
left out), and the town is spelt in the nominative from the text's own stems and the
Ukrainian form of the table's endings ("Нижнього" + Нижний → Нижній, "Челнів" + Челны →
Челни), so that the Ukrainian spelling of the stem ("Тагіл", not "Тагил") is kept.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.homes import home_settlements, ukrainian_name
from headcount.reference import Settlement

#: letters that are no consonant of a stem, in either spelling
_VOWEL = "аеєиіїоуюяыэёьъйʼ'’"
#: a Russian word's vowel tail (its ending in the nominative)
_TAIL = re.compile(rf"[{_VOWEL}]*$")
#: the Ukrainian ending of a Russian adjective's nominative ending (the first word): soft
#: "-ний" adjectives stay soft ("Нижний" → Нижній), plural ones end in "-і" ("Набережные" →
#: Набережні)
_UK_TAIL = {"ый": "ий", "ий": "ий", "ой": "ий", "ая": "а", "яя": "я", "ое": "е", "ее": "є",
            "ые": "і", "ие": "і"}
#: what a case ending may be after the stem ("-ього", "-ах", "-ів"; not "-ська")
_ENDING = re.compile(rf"[{_VOWEL}гмхв]{{0,4}}$")
#: Ukrainian letters as the Russian table writes them
_TO_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})


def _consonants(word: str) -> str:
    return "".join(c for c in word.lower().translate(_TO_RUSSIAN) if c not in _VOWEL)


@cache
def _towns() -> tuple[tuple[tuple[str, str], tuple[str, str], Settlement], ...]:
    """Russia's towns of two words (not Ukraine's: their own table spells them): each word's
    stem's consonants and its ending."""
    out = []
    for s in home_settlements():
        words = s.name.split()
        if len(words) != 2 or ukrainian_name(s.name) is not None or "-" in s.name:
            continue
        parts = []
        for w in words:
            tail = _TAIL.search(w)
            ending = tail.group(0) if tail else ""
            parts.append((_consonants(w[: len(w) - len(ending)]), ending))
        out.append((parts[0], parts[1], s))
    return tuple(out)


def _stem(word: str, consonants: str) -> str | None:
    """The text's word cut after as many consonants as the table's stem has, when they are
    the same consonants ("Нижнього", нжн → Нижн), else None."""
    seen = ""
    for i, c in enumerate(word):
        if c.lower() in _VOWEL:
            continue
        seen += c.lower().translate(_TO_RUSSIAN)
        if len(seen) == len(consonants):
            return word[: i + 1] if seen == consonants else None
    return None


def _nominative(stem: str, ending: str, adjective: bool) -> str:
    if not adjective:  # the noun keeps its ending ("Уренгой"), but "ы" ("Челны" → Челни)
        return stem + ending.replace("ы", "и")
    if ending == "ий" and stem.endswith("н"):
        return stem + "ій"  # "Нижний", "Верхний": soft in Ukrainian
    return stem + _UK_TAIL.get(ending, ending)


def two_word_town(first: str, second: str) -> tuple[str, Settlement] | None:
    """(Ukrainian nominative, the table's row) of the Russian town of two words ``first
    second`` writes in any case, or None; of two towns alike, the larger."""
    found: list[tuple[str, Settlement]] = []
    for (c1, e1), (c2, e2), row in _towns():
        if first[:1].lower().translate(_TO_RUSSIAN) != row.name[:1].lower() or \
                second[:1].lower().translate(_TO_RUSSIAN) != row.name.split()[1][:1].lower():
            continue
        s1, s2 = _stem(first, c1), _stem(second, c2)
        if s1 is None or s2 is None or not _ENDING.match(first[len(s1):]) or \
                not _ENDING.match(second[len(s2):]):
            continue
        found.append((f"{_nominative(s1, e1, True)} {_nominative(s2, e2, False)}", row))
    return max(found, key=lambda f: f[1].population) if found else None
