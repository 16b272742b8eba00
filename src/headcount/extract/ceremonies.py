"""A farewell and a funeral told as one ceremony ("Прощання та чин похорону — завтра, 3
квітня", "попрощалися і поховали", "прощание и похороны состоятся 6 июля"): the date is
both the farewell's and the funeral's."""

from __future__ import annotations

import re

#: what joins two ceremony words told as one: "та чин", "и", "і", "й", ", а также"
_JOINED = re.compile(r"\s*(?:,\s*)?(?:и|і|й|та|а\s+также|а\s+потім)\s+(?:чин\s+|обряд\s+)?",
                     re.I)
_PAIR = {"farewell": "funeral", "funeral": "farewell"}


def paired_ceremony(text: str, window: tuple[int, int], kind: str,
                    events: list[tuple[int, int, str]]) -> str | None:
    """The other ceremony (funeral or farewell) told joined to one of ``kind`` inside the
    window (the date's sentence), else None."""
    other = _PAIR.get(kind)
    if other is None:
        return None
    lo, hi = window
    mine = [(a, b) for a, b, k in events if k == kind and lo <= a and b <= hi]
    for a, b, k in events:
        if k != other or not (lo <= a and b <= hi):
            continue
        for start, end in mine:
            if (b <= start and _JOINED.fullmatch(text, b, start)) or (
                    end <= a and _JOINED.fullmatch(text, end, a)):
                return other
    return None
