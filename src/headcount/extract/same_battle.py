"""A fate told "in the same battle" as an event of the sentence before: "28 октября под
Купянском взяли в плен Ивана Петрова. В том же бою погиб Сергей Орлов"; Ukrainian "У тому ж
бою загинув …"; English "was killed near Sudzha in the same battle". The one it speaks of takes
the battle's day (a death's, or a wound's or a capture's under his own fate) and its place,
when his sentence tells none of its own."""

from __future__ import annotations

import re

from headcount.extract.attach import sentence_index
from headcount.extract.model import Fact
from headcount.extract.persons import Person
from headcount.extract.status import DEATH_STATUSES
from headcount.extract.text import Sentence
from headcount.vocab import DatePrecision, Status

SAME_BATTLE = re.compile(
    r"\b(?:в|во|у)\s+(?:том\s+же|том\s+самом|этом\s+же|тому\s+ж|тому\s+самому|цьому\s+ж)\s+"
    r"(?:бою|сражении|штурме|нападении|обстреле|ударе|бої|штурмі|нападі|обстрілі|ударі)"
    r"(?![\w'’])|"
    # "Вместе с ним погибли …", "Разом із ним загинули його заступник …": the death of the man
    # told before, and his day
    r"\b(?:вместе|разом)\s+(?:с|со|з|із|зі)\s+(?:ним|ней|нею|ними)(?=\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:погиб|загин|убит|убил|вбит|вбил|скончал|помер))", re.I)
SAME_BATTLE_EN = re.compile(
    r"\bin\s+(?:the\s+same|that(?:\s+same|\s+very)?|the\s+very\s+same)\s+(?:battle|attack|"
    r"assault|fight|fighting|strike|shelling|clash|engagement)\b|"
    r"\b(?:together|along)\s+with\s+(?:him|her|them)(?=,?\s+(?:[\w'’-]+,?\s+){0,10}?"
    r"(?:killed|died|perished))", re.I)
#: how far back (characters) the battle's date may be told
BATTLE_REACH = 500
#: the dated facts that tell a battle: a fate's day (killed, captured, wounded, missing), or a
#: strike's ("29 вересня групу накрили FPV-дрони … помер там же того ж дня": incidents.py)
_BATTLE_FIELDS = ("status_date", "death_date", "incident_date")
#: fates survived that keep the battle's day under their name
_SURVIVED = frozenset({Status.WOUNDED, Status.CAPTURED, Status.MISSING})


def _in(start: int, sent: Sentence) -> bool:
    return sent.start <= start < sent.end


def _battle(facts: list[Fact], sent: Sentence) -> tuple[Fact | None, Fact | None]:
    """The day and the place of the fate told last before ``sent``."""
    before = [f for f in facts if f.end <= sent.start and sent.start - f.end <= BATTLE_REACH]
    date = next((f for f in reversed(before) if f.field in _BATTLE_FIELDS
                 and str(f.extra.get("precision")) != DatePrecision.YEAR), None)
    place = next((f for f in reversed(before) if f.field == "place_of_death"
                  and not f.extra.get("country")), None)
    return date, place


def share_same_battle(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                      sents: list[Sentence], facts: list[Fact],
                      cue: re.Pattern[str] = SAME_BATTLE, survivors_place: bool = True,
                      place: bool = True) -> None:
    """Give those whose fate a "same battle" sentence tells the day and place told before
    (English: a survivor's place is not kept, as the gold keeps none for the wounded; "on the
    same day" shares the day alone: ``place`` False)."""
    if not sents:
        return
    for m in cue.finditer(text):
        sent = sents[sentence_index(sents, m.start())]
        date, where = _battle(facts, sent)
        where = where if place else None
        if date is None and where is None:
            continue
        for i, p in enumerate(people):
            own = by_person[i]
            if not any(r.subject and _in(r.start, sent) for r in p.refs):
                continue
            fates = {f.value for f in own if f.field == "status" and _in(f.start, sent)}
            dead = bool(fates & DEATH_STATUSES)
            _give(own, date, where if dead or survivors_place else None, fates)


def _give(own: list[Fact], date: Fact | None, place: Fact | None, fates: set[object]) -> None:
    extra = {k: v for k, v in date.extra.items() if k not in ("status", "cue")} if date else {}
    if fates & DEATH_STATUSES:
        if date is not None and not any(f.field == "death_date" for f in own):
            own.append(Fact("death_date", date.value, date.start, date.end, extra))
    elif fates & _SURVIVED and date is not None:
        fate = next(iter(fates & _SURVIVED))
        if not any(f.field == "status_date" and f.extra.get("status") == fate for f in own):
            own.append(Fact("status_date", date.value, date.start, date.end,
                            {**extra, "status": fate}))
    else:
        return
    if place is not None and not any(f.field == "place_of_death" for f in own):
        own.append(place)


#: what joins a survivor's clause to the death told before it in one sentence ("…
#: Михаил погиб, а Елена … была ранена", "загинув капітан, а ще один офіцер поранений",
#: "was killed and his brother wounded")
_JOINED = re.compile(r"(?:,\s*(?:а|и|і|й|та|але|and|while|but)|\s(?:и|і|й|та|and|while))\s",
                     re.I)


def share_clause_day(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                     sents: list[Sentence]) -> None:
    """A survivor's fate joined by a conjunction to another's death dated before it in the
    same sentence, with no date of its own ("30 сентября под Селидово Михаил погиб, а Елена,
    пытавшаяся вынести его, была ранена"): the fates are one event, the day is shared."""
    if not sents:
        return
    deaths = [(f, i) for i, own in by_person.items() for f in own if f.field == "death_date"]
    for i, own in by_person.items():
        fates = [f for f in own if f.field == "status" and f.value in _SURVIVED]
        if len(fates) != 1 or any(f.field in ("status_date", "death_date") for f in own):
            continue
        fate = fates[0]
        sent = sents[sentence_index(sents, fate.start)]
        told = [(d, j) for d, j in deaths if j != i and _in(d.start, sent)
                and d.end <= fate.start]
        if not told:
            continue
        date, j = max(told, key=lambda x: x[0].start)
        cue = next((f for f in by_person[j] if f.field == "status" and _in(f.start, sent)
                    and f.value in DEATH_STATUSES and f.end <= fate.start), None)
        if cue is None or not _JOINED.search(text, max(cue.end, date.end), fate.start):
            continue
        if str(date.extra.get("precision")) == DatePrecision.YEAR:
            continue
        extra = {k: v for k, v in date.extra.items() if k not in ("status", "cue")}
        own.append(Fact("status_date", date.value, date.start, date.end,
                        {**extra, "status": fate.value}))
