"""A death from illness told of no soldier: a veteran of another war, an official, a teacher.

"На 62-м году жизни после продолжительной болезни ушёл из жизни председатель районной
организации ветеранов Юрий Кадочников", "після тривалої хвороби пішов з життя", "died after
a long illness": the death is no war fate. A mention whose death is told in such a sentence
and which has no unit, channel nor place of death of its own is dropped; a soldier who died
of illness at the front keeps his unit or his place.
"""

from __future__ import annotations

import re
from typing import Any

from headcount.vocab import Status

_ILLNESS = re.compile(
    r"\b(?:после\s+(?:продолжительной|долгой|тяж[её]лой|непродолжительной|неизлечимой)\s+"
    r"болезни|от\s+(?:тяж[её]лой\s+)?(?:болезни|инсульта|инфаркта|рака|онкологии|"
    r"сердечного\s+приступа)|після\s+(?:тривалої|важкої|тяжкої|невиліковної)\s+хвороби|"
    r"від\s+(?:важкої\s+)?(?:хвороби|інсульту|інфаркту|раку|онкології|серцевого\s+нападу)|"
    r"after\s+a\s+(?:long|short|brief|serious|severe|lengthy)\s+illness|"
    r"(?:died|passed\s+away)\s+(?:of|from)\s+(?:cancer|a\s+heart\s+attack|a\s+stroke|"
    r"an?\s+illness))", re.I)
#: a soldier's own fields: then the illness may be one at the front
_FIELDS = ("unit", "channel", "rank", "place_of_death")


def died_of_illness(mention: dict[str, Any], text: str) -> bool:
    """Whether ``mention`` is killed only by a death from illness told of a man with no
    unit, channel or place of death."""
    if mention.get("status") != Status.KILLED or any(mention.get(f) for f in _FIELDS):
        return False
    ev = (mention.get("evidence") or {}).get("status") or {}
    start = ev.get("start")
    if not isinstance(start, int):
        return False
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(".", start), text.find("\n", start)) if i >= 0),
             default=len(text))
    return bool(_ILLNESS.search(text, lo, hi))


#: a veteran of an earlier war or disaster: "ветеран Афганистана", "участник боевых действий в
#: Чечне", "участник чеченской кампании", "ликвидатор аварии на ЧАЭС", "учасник бойових дій в
#: Афганістані", "who fought in Afghanistan", "a Chechen war veteran"
_EARLIER_WAR = re.compile(
    r"\b(?:ветеран\w*|участник\w*|учасник\w*|воин\w*-интернационалист\w*|ликвидатор\w*|"
    r"ліквідатор\w*|veteran|fought|served)\b[^.;]{0,60}?(?:"
    r"афганист\w*|афганіст\w*|афганськ\w*|афганск\w*|чечн\w*|чеченск\w*|чеченськ\w*|чечені|ЧАЭС|ЧАЕС|"
    r"Чернобыл\w*|Чорнобил\w*|Великой\s+Отечественной|Другої\s+світової|"
    r"Afghanistan|Chechnya|Chechen|Chernobyl|Second\s+World\s+War|World\s+War\s+II)"
    r"|\b(?:Afghan|Chechen|WWII|World\s+War\s+(?:II|Two)|Second\s+World)(?:\s+war)?\s+"
    r"veterans?\b", re.I)
#: this war named anywhere in the text: then the veteran may have died in it
_THIS_WAR = re.compile(
    r"\bСВО\b|\bспецоперац\w*|специальной\s+военной|спеціальної\s+військової|Украин\w*|"
    r"Україн\w*|Донбас\w*|\bДНР\b|\bЛНР\b|\bВСУ\b|\bЗСУ\b|фронт\w*|мобилиз\w*|"
    r"мобіліз\w*|контракт\w*|Вагнер\w*|\bSMO\b|Ukrain\w*|Donbas\w*|\bfront\b|mobili[sz]\w*|"
    r"\bcontract\b|Wagner|special\s+military\s+operation", re.I)
#: a violent death: "погиб", "убит", "загинув", "killed" — told of a veteran, it may be this war's
_VIOLENT = re.compile(r"\b(?:погиб\w*|убит\w*|загину\w*|загинув|загибел\w*|гибел\w*|"
                      r"вбит\w*|killed|fell|от\s+ран\w*|від\s+(?:поранень|ран)|"
                      r"(?:of|from)\s+(?:his\s+|her\s+)?(?:wounds|injuries))\b", re.I)


def veteran_of_another_war(mention: dict[str, Any], text: str) -> bool:
    """Whether ``mention`` is killed only by the natural death of a veteran of an earlier war
    ("Ветеран Афганистана Иван Гусев ушёл из жизни 3 марта", "Ivan Gusev, who fought in
    Afghanistan in the 1980s, passed away"): a text that names an earlier war as his, names
    nothing of this one, tells no violent death, and gives him no unit or channel."""
    if mention.get("status") != Status.KILLED or mention.get("unit") or mention.get("channel"):
        return False
    return bool(_EARLIER_WAR.search(text)) and not _THIS_WAR.search(text) and not (
        _VIOLENT.search(text))
