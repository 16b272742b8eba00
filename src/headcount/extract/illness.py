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
