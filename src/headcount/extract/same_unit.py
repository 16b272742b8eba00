"""A unit told as shared with the person named before: "a fellow conscript from the same
unit", "из того же подразделения", "з того ж загону", "служивший вместе с ним" — the unit of
the nearest person before him who has one.

Only someone with no unit of his own takes it, and only when the cue is in the sentence that
first names him.
"""

from __future__ import annotations

import re
from typing import Any

#: the same formation, in Russian, Ukrainian and English
_SAME = re.compile(
    r"(?:\b(?:(?:из|с|со|в|во|к|из\s+состава)\s+)?(?:того\s+же|той\s+же|том\s+же|тот\s+же|ту\s+же)\s+"
    r"(?:подразделени|отряд|батальон|полк|бригад|дивизи|част)\w*|"
    r"(?<![\w'’])(?:(?:з|із|зі|у|в|до)\s+)?(?:того\s+ж(?:е)?|тієї\s+ж(?:е)?|тому\s+ж(?:е)?|тій\s+ж(?:е)?|"
    r"той\s+же|ту\s+ж(?:е)?)\s+(?:підрозділ|загон|загін|батальйон|полк|бригад|дивізі|"
    r"частин)\w*|"
    r"\b(?:from|of|in|with|to|into)\s+the\s+same\s+(?:unit|battalion|detachment|brigade|"
    r"regiment|division|formation)\b|"
    r"\b(?:служивш\w+|служил\w*|воевавш\w+|воевал\w*)\s+(?:вместе\s+с\s+ним|с\s+ним\s+вместе)|"
    r"\b(?:служив|служили|воював|воювали|служивш\w+|що\s+служив)\s+(?:разом\s+(?:із|з|зі)\s+ним)|"
    r"\b(?:served|fought)\s+(?:alongside\s+him|with\s+him\s+in\s+the\s+same)\b|"
    # the formation told before, by its kind: "his comrade …, who joined the battalion in 2022"
    r"\b(?:joined|served\s+in|serving\s+in|fought\s+in)\s+the\s+(?:battalion|detachment|unit|"
    r"brigade|regiment)\b(?!\s+(?:of|named)\b|\s+(?:in|at|from)\s+(?-i:[A-Z])|\s+(?-i:[A-Z«\"“])))",
    re.I,
)
#: a sentence's end; not an initial's dot ("Хайрутдінов Р. Ф., 1991 р.н.")
_SENTENCE_END = re.compile(r"(?<![A-ZА-ЯЁІЇЄҐ])[.!?](?=\s|$)|\n")


def _first_span_start(m: dict[str, Any]) -> int | None:
    spans = m.get("spans") or []
    return min(int(s) for s, _ in spans) if spans else None


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    after = _SENTENCE_END.search(text, pos)
    return start, after.end() if after else len(text)


def share_same_unit(mentions: list[dict[str, Any]], text: str) -> None:
    """Give a person with no unit the unit of the nearest person named before him when the
    sentence naming him says it is the same ("KUZNETSOV Nikita, 19, a fellow conscript from
    the same unit", "Его брат Рамазан, служивший вместе с ним, ранен")."""
    for k, after in enumerate(mentions):
        if after.get("unit") or k == 0:
            continue
        b = _first_span_start(after)
        if b is None:
            continue
        start, end = _sentence(text, b)
        if not _SAME.search(text, start, end):
            continue
        before = next((m for m in reversed(mentions[:k]) if m.get("unit")
                       and (_first_span_start(m) or 0) < b), None)
        if before is None:
            continue
        after["unit"] = before["unit"]
        after["evidence"]["unit"] = {**before["evidence"].get("unit", {}), "rule": "same unit"}


_NAME_WORD = re.compile(r"\d{1,5}|[A-ZА-ЯЁІЇЄҐ][\w'’-]{3,}")


def _named_in(value: str, heading: str) -> bool:
    """The unit's name (its number, its capitalised words) is in ``heading``: "Wagner" in
    "Wagner fighters from the republic", "ПВК «Вагнер»" in "Цвинтар найманців «Вагнера»"."""
    words = _NAME_WORD.findall(value)
    low = heading.lower()
    return bool(words) and all(
        re.search(rf"(?<!\d){w}(?!\d)", low) if w.isdigit() else w.lower()[:5] in low
        for w in words)


def share_heading_unit(mentions: list[dict[str, Any]], text: str) -> None:
    """A text of several people headed by their unit ("Karelia: Wagner fighters from the
    republic …", "Цвинтар найманців ПВК «Вагнер» …", "Бойцы «БАРС-13», погибшие в мае"): when
    every unit read for its people is that one, those with none have it too."""
    if len(mentions) < 2:
        return
    heading = text.split("\n", 1)[0]
    if len(heading) > 200 or len(heading) == len(text) or heading.rstrip()[-1:] in ".!?…;,":
        return  # a heading stands alone on its line and ends with no full stop
    units = {str(m["unit"]) for m in mentions if m.get("unit")}
    if len(units) != 1:
        return
    value = next(iter(units))
    if not _named_in(value, heading):
        return
    source = next(m for m in mentions if m.get("unit"))
    for m in mentions:
        if not m.get("unit") and m.get("status") not in (None, "civilian"):
            m["unit"] = value
            m["evidence"]["unit"] = {**source["evidence"].get("unit", {}), "rule": "heading"}
