"""A relative's given name run into the name of the one whose relative she is: "Мать Ильи
Сомова Наталья получила извещение", "Дружина Василя Крилова Ганна отримала сповіщення",
"Младший брат Евгения Алексей служит".

The names tagger (or a Ukrainian run of name words) reads "Ильи Сомова Наталья" as one name.
After a kin word, a given name and a surname in an oblique case followed by a given name in
the nominative are two people: the man in the genitive, and his relative named after him.
"""

from __future__ import annotations

import re

from headcount.extract.morph import lemmas, parses
from headcount.extract.roles import KIN

_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
#: the word before a span
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _names(word: str) -> list[set[str]]:
    return [set(p.tag.grammemes) for p in parses(word.lower())[:6]
            if p.is_known and "Name" in p.tag.grammemes]


def _oblique_given(word: str) -> bool:
    """A known given name read in no nominative ("Ильи", "Василя")."""
    tags = _names(word)
    return bool(tags) and not any("nomn" in t for t in tags)


def _given_in_oblique(word: str) -> bool:
    """A known given name with a reading in an oblique case ("Евгения", "Ильи"), whatever
    else it reads as ("Евгения" is a woman's name too)."""
    return any(not ({"nomn", "voct"} & t) for t in _names(word))


def _surname(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in parses(word.lower())[:4])


def _nominative_given(word: str) -> bool:
    return any("nomn" in t for t in _names(word)) and not any(
        "Patr" in p.tag.grammemes for p in parses(word.lower())[:3])


def split_kin_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a relative's given name after a kin word's man cut into a span of its
    own ("Мать Ильи Сомова Наталья" → "Ильи Сомова", "Наталья")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        words = list(_WORD.finditer(text, start, end))
        kin = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if (len(words) == 3 and kin is not None and lemmas(kin.group(1)) & KIN
                and _oblique_given(words[0].group(0)) and not _names(words[1].group(0))
                and _nominative_given(words[2].group(0))):
            out += [(words[0].start(), words[1].end()), (words[2].start(), words[2].end())]
        elif (len(words) == 2 and kin is not None and lemmas(kin.group(1)) & KIN
                and _given_in_oblique(words[0].group(0)) and _nominative_given(words[1].group(0))
                and not _surname(words[1].group(0))):
            # "Младший брат Евгения Алексей служит": the man by his given name, then his
            # brother's
            out += [(words[0].start(), words[0].end()), (words[1].start(), words[1].end())]
        else:
            out.append((start, end))
    return out
