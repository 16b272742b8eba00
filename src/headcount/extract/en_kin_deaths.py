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

#: a comrade or a superior: his death is not the soldier's either ("His commander was
#: killed the same day", "his platoon commander died", "his best friend was killed")
_COMRADES = ("commander", "comrade", "friend", "fellow soldier", "brother-in-arms",
             "brothers-in-arms", "fellow fighter", "squadmate", "platoon leader")
_KIN = "|".join(sorted({*EN_KIN, *(w + "s" for w in EN_KIN), "parents", "grandmother",
                        *_COMRADES, *(w + "s" for w in _COMRADES if w[-1] != "s")},
                       key=len, reverse=True)).replace(" ", r"\s+")
#: a possessor, a relative and his own death verb right after it (adverbs and auxiliaries
#: between): "his father died", "the brothers' father had died", "Roman's mother passed away"
_KINS_DEATH = re.compile(
    rf"\b(?P<owner>his|her|their|(?:the\s+)?[\w-]+['’]s?)\s+"
    rf"(?:(?:late|elder|older|younger|twin|best|closest|old|unit|unit['’]s|squad|platoon|"
    rf"company|battalion|regiment|brigade)\s+)?"
    rf"(?P<kin>{_KIN})\s+(?:(?:also|had|has|have|both|sadly|tragically|suddenly|"
    rf"recently|himself|herself)\s+)*(?:died|passed\s+away|was\s+killed|were\s+killed|"
    rf"had\s+been\s+killed|perished|was\s+lost)\b(?:(?!\s+(?:and|but|while)\b)[^.;!?\n,])*",
    re.I)
#: relatives a mother, a wife or parents speak of — the soldier himself ("Her son was
#: killed near Bakhmut", "their son died of his wounds", "her husband was killed")
_THE_SOLDIER_OF = frozenset({"son", "sons", "husband", "daughter", "brother"})
#: a verb of saying just before "his son" ("Petrov said his son was killed"): the speaker's
#: son, the soldier
_SAID = re.compile(r"\b(?:said|says|told\s+\w+|wrote|writes|added|recalled|confirmed)\s+"
                   r"(?:that\s+)?$", re.I)
#: what such a clause would wrongly give the soldier
_FATE_FIELDS = frozenset({"status", "status_date", "death_date", "place_of_death"})


def _a_relatives(text: str, m: re.Match[str]) -> bool:
    """The clause tells a relative's death, not the soldier's: his relative's ("his father",
    "Ivan's mother", "his elder brother"), or a parent's of anyone's ("their father passed
    away"); not a son, husband or brother of anyone but him ("Her son was killed", "Anna
    Sokolova's husband was killed"), nor the son of a man who says so ("Petrov said his son
    was killed")."""
    owner, kin = m.group("owner").lower(), m.group("kin").lower()
    if re.sub(r"\s+", " ", kin).rstrip("s") in {c.rstrip("s") for c in _COMRADES}:
        return True  # a comrade's death is nobody's named here, whoever tells it
    if kin in _THE_SOLDIER_OF and owner != "his":  # "her son", "Anna Sokolova's husband"
        return False
    # "Petrov said his son was killed", "Oleg, 19, said his father was killed": the
    # speaker's relative, the soldier
    return not _SAID.search(text, max(0, m.start() - 30), m.start())


def drop_kins_death(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` without the fate, date and place of a relative's death told with its
    possessor ("His father died in 2019")."""
    clauses = [(m.start(), m.end()) for m in _KINS_DEATH.finditer(text) if _a_relatives(text, m)]
    if not clauses:
        return facts
    return [f for f in facts if f.field not in _FATE_FIELDS
            or not any(a <= f.start < b for a, b in clauses)]
