"""Demonyms: the words that say which town someone is from ("иркутянин", "улан-удэнец",
"кемеровчанка", "североморцы"), and the town they name.

The index is generated from the reference settlements: a demonym's stem (the word without
its suffix: -чанин, -янин, -анин, -ец, -нец …) is a town's name without its ending
(-ск, -цк, -о, -е, -ье, -ь, -а …): "иркут|янин" ↔ "Иркут|ск", "кемеров|чанин" ↔
"Кемеров|о". A stem that could be two towns names none.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.homes import home_settlements, occupied
from headcount.extract.model import Fact
from headcount.extract.morph import lemmas, parses
from headcount.reference import Settlement

#: the ending of a word that names where a person is from (also used to keep such words
#: out of names: "Кемеровчанин Тарасов", "Улан-удэнец погиб")
DEMONYM_END = r"(?:чанин|чанка|янин|янка|анин|нец|нка|ичи|цы)"
DEMONYM_WORD = re.compile(DEMONYM_END + r"$", re.I)

#: demonym suffixes (masculine and feminine lemmas, plural of -анин), longest first
_SUFFIXES = ("чанин", "чанка", "чане", "янин", "янка", "яне", "анин", "анка", "нец", "ец")
#: endings a town's name loses before the suffix
_TOWN_ENDINGS = ("ск", "цк", "ье", "ое", "о", "е", "ь", "а", "ы", "и", "")
_MIN_STEM = 4
_CANDIDATE = re.compile(r"\b[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?(?:чан|ян|ан|е?ц)\w{0,4}\b")


@cache
def _index() -> dict[str, Settlement | None]:
    out: dict[str, Settlement | None] = {}
    for s in home_settlements():
        name = s.name.lower().replace("ё", "е")
        for ending in _TOWN_ENDINGS:
            if ending and not name.endswith(ending):
                continue
            stem = name[: len(name) - len(ending)]
            if len(stem) < _MIN_STEM:
                continue
            if stem in out and (out[stem] is None or out[stem] != s):
                out[stem] = None  # two towns: no answer
            else:
                out[stem] = s
    return out


def town_by_stem(stem: str) -> Settlement | None:
    """The one settlement whose name without its ending is ``stem`` ("ядрин", "буйнак")."""
    return _index().get(stem.lower().replace("ё", "е")) if len(stem) >= _MIN_STEM else None


def town_of(word: str) -> Settlement | None:
    """The settlement a demonym names ("иркутянина" → Иркутск), or None."""
    index = _index()
    for form in sorted(lemmas(word)):
        for suffix in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= _MIN_STEM:
                found = index.get(form[: -len(suffix)])
                if found is not None:
                    return found
    return None


def find_demonyms(text: str) -> list[Fact]:
    """Home facts from demonyms: the settlement and the region it is in (inferred)."""
    out: list[Fact] = []
    for m in _CANDIDATE.finditer(text):
        town = town_of(m.group(0))
        if town is None:
            continue
        extra = {"demonym": True, "plural": _plural(m.group(0))}
        out.append(Fact("settlement", town.name, m.start(), m.end(), extra))
        if not town.ambiguous:
            out.append(Fact("region", town.region_code, m.start(), m.end(),
                            {**extra, "inferred": True,
                             "occupied": occupied(town.region_code)}))
    return out


def _plural(word: str) -> bool:
    """"североморцев", "земляки-иркутяне": the word speaks of several people."""
    top = parses(word.lower())
    return bool(top) and "plur" in top[0].tag.grammemes
