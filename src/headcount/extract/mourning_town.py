"""A text that opens with a town in mourning: "Село Большая Речка скорбит.", "Энгельс прощается
с земляком", "Посёлок Агинское простился с героем". A district's or a village's page speaks so
of its own people: the town is the home of each person the text names who has none of his own
(evidence ``rule: mourning town``). Russian only; a foreigner keeps his country's home.
"""

from __future__ import annotations

import re
from typing import Any

#: the text's first sentence: a town (after its kind, or alone) as the subject of mourning
_MOURNING = re.compile(
    r"^\W*(?:(?:Село|Город|Посёлок|Поселок|Деревня|Станица|Аул|Улус|Хутор|Пгт)\s+)?"
    r"(?P<town>[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁ][а-яё]+)?)\s+"
    r"(?:скорбит|скорбят|в\s+трауре|прощается|простил(?:ся|ось|ась)|провожает|"
    r"проводил[оа]?\s+в\s+последний\s+путь)\b")


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


__all__ = ["mourning_town"]
