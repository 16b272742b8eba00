"""A relative's death told of him in English: "His father died in 2019", "The brothers'
father passed away in 2020", "Roman's mother had died two years earlier". The relative is
its subject, so the clause's fate, its date and its place are nobody's named — least of all
the soldier's whose relative it is (the Russian and Ukrainian ones are read in
``attach``: "Его отец умер в 2019 году"). A relative named right after the kin word ("His
brother Ivan was killed in 2022") is a person of his own and keeps his clause.
"""

from __future__ import annotations

import re

from headcount.extract.kin_service import EN_KIN
from headcount.extract.model import Fact

_KIN = "|".join(sorted({*EN_KIN, *(w + "s" for w in EN_KIN), "parents", "grandmother"},
                       key=len, reverse=True))
#: a possessor, a relative and his own death verb right after it (adverbs and auxiliaries
#: between): "his father died", "the brothers' father had died", "Roman's mother passed away"
_KINS_DEATH = re.compile(
    rf"\b(?:his|her|their|(?:the\s+)?[\w-]+['’]s?)\s+(?:(?:late|elder|older|younger|twin)\s+)?"
    rf"(?:{_KIN})\s+(?:(?:also|had|has|have|both|sadly|tragically|suddenly|"
    rf"recently|himself|herself)\s+)*(?:died|passed\s+away|was\s+killed|were\s+killed|"
    rf"had\s+been\s+killed|perished|was\s+lost)\b[^.;!?\n]*", re.I)
#: what such a clause would wrongly give the soldier
_FATE_FIELDS = frozenset({"status", "status_date", "death_date", "place_of_death"})


def drop_kins_death(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` without the fate, date and place of a relative's death told with its
    possessor ("His father died in 2019")."""
    clauses = [(m.start(), m.end()) for m in _KINS_DEATH.finditer(text)]
    if not clauses:
        return facts
    return [f for f in facts if f.field not in _FATE_FIELDS
            or not any(a <= f.start < b for a, b in clauses)]
