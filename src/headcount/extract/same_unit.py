"""A unit told as shared with the person named before: "a fellow conscript from the same
unit", "из того же подразделения", "з того ж загону", "служивший вместе с ним" — the unit of
the nearest person before him who has one.

Only someone with no unit of his own takes it, and only when the cue is in the sentence that
first names him.
"""

from __future__ import annotations

import re
from typing import Any

from headcount.extract.sentences import SPACED_STOP, sentence_around

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


def _first_span_start(m: dict[str, Any]) -> int | None:
    spans = m.get("spans") or []
    return min(int(s) for s, _ in spans) if spans else None


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
        start, end = sentence_around(text, b, b, SPACED_STOP, with_stop=True)
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
    kinds = [w.lower()[:5] for w in _KIND_WORD.findall(value)]
    return bool(words) and all(
        _number_in(w, kinds, low) if w.isdigit() else _word_in(w.lower()[:5], low)
        for w in words)


#: the other side named before a formation: "в боях с 47-й бригадой", "против «Азова»",
#: "взяли в плен бойцы …", "captured by", "fighting against"
_OPPONENT = re.compile(
    r"(?:\b(?:против|проти|against)|\b(?:бо[йяеёю]\w*|сражени\w*|битв\w*|battl\w*|fight\w*|"
    r"clash\w*)\s+(?:с|со|з|із|зі|with)|\b(?:взял\w*|взяли|узяли|captured\s+by)|"
    r"\b(?:в|у)\s+(?:плен|полон)\w*)\s+(?:[^\s.;:!?]+\s+){0,4}$", re.I)


def _word_in(stem: str, heading: str) -> bool:
    return any(not _OPPONENT.search(heading, max(0, m.start() - 60), m.start())
               for m in re.finditer(re.escape(stem), heading))


#: a lowercase word of a unit's value ("бригада", "полк", "regiment"): its kind
_KIND_WORD = re.compile(r"(?<![\w/-])[a-zа-яёіїєґ]{4,}\b")


def _number_in(number: str, kinds: list[str], heading: str) -> bool:
    """The unit's number in the heading as a unit's ("бойцы 17-го полка"), with a word of its
    kind soon after it when the value has one — not a count or a day ("простилась с 5
    земляками", "Погибли 17 февраля")."""
    for m in re.finditer(rf"(?<!\d){number}(?!\d)", heading):
        after = heading[m.end() : m.end() + 50]
        if _OPPONENT.search(heading, max(0, m.start() - 60), m.start()):
            continue  # "в боях с 47-й бригадой ВСУ": the other side's
        if not kinds or any(k in after for k in kinds):
            return True
    return False


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
