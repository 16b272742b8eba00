"""A death told "in the same battle" as an event of the sentence before: "28 октября под
Купянском взяли в плен Ивана Петрова. В том же бою погиб Сергей Орлов"; Ukrainian "У тому ж
бою загинув …". The one who died takes the battle's date (and its place) when his sentence
tells none of its own."""

from __future__ import annotations

import re

from headcount.extract.attach import sentence_index
from headcount.extract.model import Fact
from headcount.extract.persons import Person
from headcount.extract.status import DEATH_STATUSES
from headcount.extract.text import Sentence
from headcount.vocab import DatePrecision

_SAME_BATTLE = re.compile(
    r"\b(?:в|во|у)\s+(?:том\s+же|том\s+самом|этом\s+же|тому\s+ж|тому\s+самому|цьому\s+ж)\s+"
    r"(?:бою|сражении|штурме|нападении|обстреле|ударе|бої|штурмі|нападі|обстрілі|ударі)"
    r"(?![\w'’])", re.I)
#: how far back (characters) the battle's date may be told
BATTLE_REACH = 500
#: the dated facts that tell a battle: a fate's day (killed, captured, wounded, missing)
_BATTLE_FIELDS = ("status_date", "death_date")


def _in(f: Fact, sent: Sentence) -> bool:
    return sent.start <= f.start < sent.end


def share_same_battle(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                      sents: list[Sentence], facts: list[Fact]) -> None:
    """Give the dead of a "same battle" sentence the date and place told before it."""
    if not sents:
        return
    for m in _SAME_BATTLE.finditer(text):
        sent = sents[sentence_index(sents, m.start())]
        dead = [i for i, p in enumerate(people) if any(
            r.subject and sent.start <= r.start < sent.end for r in p.refs)]
        if not dead or not any(f.field == "status" and f.value in DEATH_STATUSES and _in(f, sent)
                               for f in facts):
            continue
        before = [f for f in facts if f.end <= sent.start and sent.start - f.end <= BATTLE_REACH]
        date = next((f for f in reversed(before) if f.field in _BATTLE_FIELDS
                     and f.extra.get("precision") != DatePrecision.YEAR), None)
        place = next((f for f in reversed(before) if f.field == "place_of_death"), None)
        for i in dead:
            own = by_person[i]
            if date is not None and not any(f.field == "death_date" for f in own):
                own.append(Fact("death_date", date.value, date.start, date.end, {
                    k: v for k, v in date.extra.items() if k != "status"}))
            if place is not None and not any(f.field == "place_of_death" for f in own):
                own.append(place)
