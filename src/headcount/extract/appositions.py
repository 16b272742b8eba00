"""A name set off by commas beside a person's noun takes that noun's case and gender.

"Ще одного строковика, Владислава Кірєєва, включили до списків" — the name stands beside
"строковика" (genitive, masculine): Кірєєв Владислав, not the woman Кірєєва Владислава;
"Мого сина, Кирила Воронцова, призвали"; "Ещё одного бойца, Владислава Киреева, обменяли".
The noun may carry words after it ("кубинця з тієї ж бригади, Яньєля Мартінеса,"). The name
must close with a comma, a dash, a bracket or the sentence's end, as an apposition does.
"""

from __future__ import annotations

import re

from headcount.extract.morph import parses

#: the comma right before the name, the clause before it up to the previous break
_COMMA_BEFORE = re.compile(r",\s+$")
_BREAK = re.compile(r"[.!?;:,()«»\"\n—–]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: what closes an apposition after the name
_CLOSE = re.compile(r"\s*(?:[,)—–.;!?]|$)")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
#: words that may stand between the noun and the comma: prepositions, particles, pronouns,
#: adjectives and nouns of things ("з тієї ж бригади", "из того же полка")
_BETWEEN = frozenset({"PREP", "PRCL", "NPRO", "ADJF", "PRTF", "NUMR", "CONJ", "ADVB"})
_LOOK_BACK = 7


def comma_apposition(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(case, gender) of the person's noun a name at ``start:end`` stands beside, set off
    by commas; None if the name stands so beside no such noun."""
    window = text[max(0, start - 100) : start]
    if not _COMMA_BEFORE.search(window) or not _CLOSE.match(text, end):
        return None
    clause = window[: window.rstrip().rfind(",")]
    cut = max((m.end() for m in _BREAK.finditer(clause)), default=0)
    words = _WORD.findall(clause[cut:])
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _LOOK_BACK), -1):
        word = words[k]
        if word[:1].isupper() and k:
            continue  # a place inside the phrase ("з Липецька")
        readings = [p for p in parses(word.lower()) if not _NAME_TAGS & p.tag.grammemes]
        if not readings:
            return None
        g = readings[0].tag.grammemes
        if "NOUN" in g and "anim" in g:
            if "plur" in g:
                return None
            gender = "masc" if "masc" in g else "femn" if "femn" in g else ""
            case = readings[0].tag.case
            if case != "nomn" and _person_before(words[:k]):
                return None  # "Мати загиблого бійця, Владислава …": whose name it is unsure
            return (str(case), gender) if gender and case else None
        if "NOUN" in g or _BETWEEN & g:
            continue
        return None  # a verb: the name opens a clause of its own
    return None


def _person_before(words: list[str]) -> bool:
    """A person's noun earlier in the phrase ("Мати", "сестра"): the name may be that one's."""
    return any("NOUN" in p.tag.grammemes and "anim" in p.tag.grammemes
               and not _NAME_TAGS & p.tag.grammemes for w in words for p in parses(w.lower())[:1])
