"""A survivor told right after another's dated death, with no date of his own: "Медсестра Ирина
Шаповалова погибла 22 апреля при ударе дрона. Водитель Сергей Кравец получил ранения"; "He died
on March 24 near Tokmak. Nursing sister Valentina Orlova, who was travelling with him, was
wounded"; "Його заступника, майора Віталія Шаріпова, було важко поранено". One strike, one
day: the survivor's wounding (capture, going missing) takes the day of that death, which the
guide keeps among his other dates. Not across a paragraph, not past another date, not when
his sentence tells it was earlier ("ранее был ранен", "had been wounded before") or tells his
service at large ("тоже воевал и был ранен")."""

from __future__ import annotations

import re

from headcount.extract.attach import sentence_index
from headcount.extract.model import Fact
from headcount.extract.other_time import another_time
from headcount.extract.status import DEATH_STATUSES
from headcount.extract.text import Sentence
from headcount.vocab import DatePrecision, Status

#: fates survived that take the day of the death told before them
_SURVIVED = frozenset({Status.WOUNDED, Status.CAPTURED, Status.MISSING})
#: the most sentences the survivor's may stand after the death's
_REACH = 2
#: fields that carry a date: any of them between the death and the survivor parts them
_DATED = frozenset({"status_date", "death_date", "birth_date", "other_date"})


def share_next_day(text: str, by_person: dict[int, list[Fact]], sents: list[Sentence],
                   facts: list[Fact]) -> None:
    """Give a survivor with no date the day of the death told last before him (see above)."""
    if not sents:
        return
    deaths = [(f, i) for i, own in by_person.items() for f in own if f.field == "death_date"
              and str(f.extra.get("precision")) != DatePrecision.YEAR]
    dated = sorted({(f.start, f.end) for f in facts if f.field in _DATED}
                   | {(f.start, f.end) for own in by_person.values() for f in own
                      if f.field in _DATED})
    for i, own in by_person.items():
        fates = [f for f in own if f.field == "status" and f.value in _SURVIVED]
        if len({f.value for f in fates}) != 1 or any(
                f.field in _DATED or (f.field == "status" and f.value in DEATH_STATUSES)
                for f in own):
            continue
        fate = min(fates, key=lambda f: f.start)
        si = sentence_index(sents, fate.start)
        sent = sents[si]
        told = [(d, j) for d, j in deaths if j != i and d.end <= fate.start
                and 0 <= si - sentence_index(sents, d.start) <= _REACH]
        if not told:
            continue
        date, j = max(told, key=lambda x: x[0].start)
        if _elsewhere(text, own, by_person[j], sent):
            continue
        if "\n" in text[date.end : fate.start].strip():
            continue  # another paragraph: another story
        if any(date.end <= a and b <= sent.end and (a, b) != (date.start, date.end)
               for a, b in dated):
            continue  # a date between them, or one in his own sentence
        if another_time(text, sent.start, sent.end):
            continue
        extra = {k: v for k, v in date.extra.items() if k not in ("status", "cue")}
        own.append(Fact("status_date", date.value, date.start, date.end,
                        {**extra, "status": fate.value}))


#: words before a place where a survivor was taken, not where his fate came ("доставили в
#: больницу Белгорода", "эвакуирован в Донецк", "taken to hospital in Zaporizhzhia")
_TAKEN = re.compile(r"(?:эвакуир|доставл|достави|госпитализ|перевез|отправ|евакуй|евакуюв|"
                    r"доправ|шпиталіз|госпитал|госпітал|больниц|лікарн|шпитал|клиник|клінік|"
                    r"медсанбат|hospital|evacuat|taken\s+to|airlift)", re.I)


def _elsewhere(text: str, own: list[Fact], dead: list[Fact], sent: Sentence) -> bool:
    """The survivor's sentence names a place of his fate that is not the place of the death
    ("погиб под Авдеевкой. Его брат … был ранен под Бахмутом"): another strike. A place he
    was taken to ("доставили в больницу Белгорода") tells no such thing."""
    his = {str(f.value) for f in own if f.field == "place_of_death"
           and sent.start <= f.start < sent.end
           and not _TAKEN.search(text, max(sent.start, f.start - 40), f.start)}
    theirs = {str(f.value) for f in dead if f.field == "place_of_death"}
    return bool(his and theirs and not his & theirs)
