"""A text that opens with a town or a unit in mourning: "Село Большая Речка скорбит.",
"Энгельс прощается с земляком", "Интербригада «Пятнашка» скорбит. … погиб наш боевой
товарищ". A village's page speaks so of its own people, a unit's of its own men: the town is
the home of each person the text names who has none of his own (evidence ``rule: mourning
town``; not a foreigner's), the unit is the unit of each with none (``rule: mourning unit``).
Russian only.
"""

from __future__ import annotations

import re
from typing import Any

from headcount.extract.model import Fact

#: the text's first sentence: a town (after its kind, or alone) as the subject of mourning
_MOURNING = re.compile(
    r"^\W*(?:(?:Село|Город|Посёлок|Поселок|Деревня|Станица|Аул|Улус|Хутор|Пгт)\s+)?"
    r"(?P<town>[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁ][а-яё]+)?)\s+"
    r"(?:скорбит|скорбят|в\s+трауре|прощается|простил(?:ся|ось|ась)|провожает|"
    r"проводил[оа]?\s+в\s+последний\s+путь)\b")


#: a unit in mourning as the text's first words ("Интербригада «Пятнашка» скорбит.")
_UNIT_MOURNING = re.compile(r"^\W*(?P<unit>[^.!?\n]{3,80}?)\s+(?:скорбит|скорбят|в\s+трауре|"
                            r"прощается|простил(?:ся|ось|ась|ись))\b")


def mourning_unit(mentions: list[dict[str, Any]], text: str, units: list[Fact]) -> None:
    """Give the unit a mourning opening names (``units``: the text's unit facts) to each
    mention with no unit of its own."""
    m = _UNIT_MOURNING.match(text)
    if m is None:
        return
    unit = next((f for f in units if m.start("unit") <= f.start < f.end <= m.end("unit") + 1),
                None)
    if unit is None:
        return
    for mention in mentions:
        if mention.get("unit"):
            continue
        mention["unit"] = unit.value
        mention["evidence"]["unit"] = {"quote": text[unit.start : unit.end], "start": unit.start,
                                       "end": unit.end, "rule": "mourning unit"}


def mourning_town(mentions: list[dict[str, Any]], text: str) -> None:
    """Give the town of a mourning opening to each mention with no home of its own."""
    m = _MOURNING.match(text)
    if m is None:
        return
    start, end = m.start("town"), m.end("town")
    for mention in mentions:
        if mention.get("settlement") or mention.get("region") or mention.get(
                "citizenship") not in (None, "RU"):
            continue
        mention["settlement"] = text[start:end]
        mention["evidence"]["settlement"] = {"quote": text[start:end], "start": start,
                                             "end": end, "rule": "mourning town"}


__all__ = ["mourning_town", "mourning_unit"]
