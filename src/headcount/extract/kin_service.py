"""Service told of someone else: a relative's or a commander's unit, rank and call-up.

"Его отец, полковник запаса, служил в 106-й дивизии", "Його брат служить у 93-й бригаді",
"His father, a retired colonel, served in the 106th Airborne Division", "Соболезнования
выразил командир 64-й бригады": in a sentence that names nobody, the unit, rank and channel
are the relative's or the commander's, not the person's the text is about.
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.extract.roles import KIN
from headcount.extract.text import Sentence

#: the fields a relative's or a commander's service would wrongly give the person
FIELDS = frozenset({"unit", "rank", "channel", "branch"})
#: where a clause of its own begins: what was said ("рассказал, что …") or a colon
_CLAUSE = re.compile(r"[:;—–]|\b(?:что|чтобы|как|що|щоб|як|that|how)\b", re.I)
#: the person himself spoken of after the relative ("его жена говорит, он служил …")
_HE = re.compile(r"\b(?:он|він|he|сын|син|son)\b", re.I)
#: a third person's relative as a subject: "его отец", "їхній брат", "his father"
_POSSESSED = re.compile(r"\b(?:его|их|його|їх|his|their)\s+([\w'’-]+)(?:\s+([\w'’-]+))?",
                        re.I)
#: a relative of the dead: "Отец погибшего", "брат героя", "батько загиблого"
_OF_THE_DEAD = re.compile(
    r"\b([\w'’-]+)\s+(?:погибшего|погибшей|героя|бойца|загиблого|героя|воина|воїна|"
    r"военнослужащего|військовослужбовця)\b", re.I)
#: the commander a unit in the genitive belongs to: "командир 64-й бригады", "командира
#: полка"; not "командиром" (he was the commander)
_COMMANDER_BEFORE = re.compile(r"\b(?:командир|командира|командиру|комбриг|комбрига|"
                               r"командующий|командующего|командувач|командувача)\s+$", re.I)
_EN_KIN = frozenset({"father", "mother", "brother", "sister", "son", "daughter", "uncle",
                     "grandfather", "cousin", "wife", "husband", "nephew"})


def _kin_nominative(word: str) -> bool:
    low = word.lower()
    if low in _EN_KIN:
        return True
    return any(p.normal_form in KIN and "nomn" in p.tag.grammemes
               for p in parses(low)[:2])


def kins_service(text: str, f: Fact, sent: Sentence) -> bool:
    """``f`` (a unit, rank or channel) is said of a relative or a commander: the subject of
    its clause is a third person's relative ("Его брат служит в 106-й дивизии", "Отец
    погибшего, полковник в отставке, служил …"), or the unit is a commander's in the
    genitive ("выразил командир 64-й бригады")."""
    if f.field not in FIELDS:
        return False
    if f.field == "unit" and _COMMANDER_BEFORE.search(text, max(sent.start, f.start - 20),
                                                      f.start):
        return True
    lead = text[sent.start : f.start]
    cut = [m.end() for m in _CLAUSE.finditer(lead)]
    clause = lead[cut[-1] :] if cut else lead
    for m in [*_POSSESSED.finditer(clause), *_OF_THE_DEAD.finditer(clause)]:
        if any(w and _kin_nominative(w) for w in m.groups()) and not _HE.search(
                clause, m.end()):
            return True
    return False


def drop_kins_service(text: str, facts: list[Fact], sents: list[Sentence],
                      names: list[tuple[int, int]]) -> list[Fact]:
    """``facts`` without the service of relatives and commanders told in sentences that name
    nobody (``names``: where people are named)."""
    out = []
    for f in facts:
        sent = next((s for s in sents if s.start <= f.start < s.end), None)
        if sent is not None and f.field in FIELDS and not any(
                sent.start <= a < sent.end for a, _ in names) and kins_service(text, f, sent):
            continue
        out.append(f)
    return out
