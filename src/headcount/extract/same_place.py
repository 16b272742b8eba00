"""A death told as sharing another's: "Разом із ним загинув його земляк …", "Вместе с ним
погиб …", "В том же бою погиб …" — the place of death of the person told before it.

Only the person right before the cue passes his place on, and only to someone who has none
of his own; the cue must stand between the two in the text.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from headcount.extract.morph import current_language
from headcount.extract.other_time import another_time
from headcount.extract.text import Sentence

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


#: how many sentences after the death's place the wounding of the next person may be told
_WOUND_REACH = 2


_HOSPITAL = re.compile(r"госпитал|больниц|клиник|медсанбат|санчаст", re.I)


def share_wounded_place(mentions: list[dict[str, Any]], text: str,
                        sents: list[Sentence]) -> None:
    """Russian: one wounded right after the death of the person named before him, in the
    same paragraph, within two sentences of where that death was and at no other time he
    tells ("30 сентября под Селидово Михаил погиб, а Елена … была ранена", "… в тот же день
    получил тяжёлое ранение"), was wounded there: the Russian guide gives the wounded the
    place where that happened. ``sents``: the text's sentences, as the pipeline split them."""
    if current_language() != "ru":
        return
    for before, after in pairwise(mentions):
        place = before.get("place_of_death")
        if not place or after.get("place_of_death") or after.get("status") != "wounded" \
                or before.get("status") not in _DIED:
            continue
        if after.get("status_date") and after["status_date"] != before.get("death_date"):
            continue
        if _HOSPITAL.search(str(place)):
            continue  # where one died of his wounds is not where the other was wounded
        ev = before["evidence"].get("place_of_death") or {}
        wound = after["evidence"].get("status") or {}
        if "start" not in ev or "start" not in wound:
            continue
        # his naming after the place ("Михаил и Елена … под Селидово Михаил погиб, а Елена")
        b = min((int(x) for x, _ in after.get("spans") or [] if int(x) >= int(ev["start"])),
                default=None)
        if b is None:
            continue
        pi, ai, wi = (_sentence(sents, int(x)) for x in (ev["start"], b, wound["start"]))
        if pi is None or ai is None or wi is None or not (
                0 <= ai - pi <= _WOUND_REACH and 0 <= wi - pi <= _WOUND_REACH) or len(
                {sents[i].paragraph for i in (pi, ai, wi)}) > 1:
            continue
        if another_time(text, sents[wi].start, sents[wi].end):
            continue
        after["place_of_death"] = place
        after["evidence"]["place_of_death"] = {**ev, "rule": "same event"}


def _sentence(sents: list[Sentence], pos: int) -> int | None:
    return next((i for i, x in enumerate(sents) if x.start <= pos < x.end), None)


def _last_span_end(m: dict[str, Any]) -> int | None:
    spans = m.get("spans") or []
    return max(int(e) for _, e in spans) if spans else None


def _first_span_start(m: dict[str, Any]) -> int | None:
    spans = m.get("spans") or []
    return min(int(s) for s, _ in spans) if spans else None
