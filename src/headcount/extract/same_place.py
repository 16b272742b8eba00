"""A death told as sharing another's: "Разом із ним загинув його земляк …", "Вместе с ним
погиб …", "В том же бою погиб …" — the place of death of the person told before it.

Only the person right before the cue passes his place on, and only to someone who has none
of his own; the cue must stand between the two in the text.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

_SAME = re.compile(
    r"(?:(?:разом|вместе)\s+(?:із|з|зі|с|со)\s+(?:ним|нею|ними)|"
    r"(?:у|в|во)\s+(?:тому\s+ж(?:е)?|том\s+же|одному|одном)\s+(?:бою|бой|атаці|атаке|ударі|ударе|"
    r"обстрілі|обстреле))", re.I)
#: the death the cue speaks of, in its own clause ("Разом із ним загинув …", not "Вместе с
#: ним служил …, он погиб через месяц")
_DEATH = re.compile(r"[\s,—–-]*(?:(?:и|і|й|також|тоже|также)\s+)?(?:загину\w*|загибл\w*|"
                    r"погиб\w*|поліг|полегл\w*|ліквідован\w*|убит\w*|вбит\w*|знищен\w*|"
                    r"уничтожен\w*)", re.I)
#: statuses whose place is a place of death
_DIED = ("killed", "declared_dead")


def share_same_place(mentions: list[dict[str, Any]], text: str) -> None:
    """Give a person the place of death of the person before him when the text says they
    died together ("Разом із ним загинув його земляк, молодший сержант …")."""
    for before, after in pairwise(mentions):
        place = before.get("place_of_death")
        if not place or after.get("place_of_death") or after.get("status") not in _DIED \
                or before.get("status") not in _DIED:
            continue
        a = _last_span_end(before)
        b = _first_span_start(after)
        if a is None or b is None or b <= a:
            continue
        cue = None
        for m in _SAME.finditer(text, a, b):
            cue = m
        if cue is None or not _DEATH.match(text, cue.end()):
            continue
        after["place_of_death"] = place
        after["evidence"]["place_of_death"] = {**before["evidence"].get("place_of_death", {}),
                                               "rule": "same death"}


def _last_span_end(m: dict[str, Any]) -> int | None:
    spans = m.get("spans") or []
    return max(int(e) for _, e in spans) if spans else None


def _first_span_start(m: dict[str, Any]) -> int | None:
    spans = m.get("spans") or []
    return min(int(s) for s, _ in spans) if spans else None
