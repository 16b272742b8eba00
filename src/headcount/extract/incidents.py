"""The day of the strike, shelling or attack a death is told of apart from its verb.

"Снаряд попал в остановку утром 20 марта. … погибла", "Вечером 12 мая ВСУ обстреляли село …,
жительница погибла на месте", "30 жовтня підрозділ відбивав атаку …", "On 12 September a drone
hit his dugout near Robotyne", and a sentence pointing back to the fate told before it ("Это
случилось 3 октября"): the date is the incident's, not a verb's of death, yet it is the day
the one killed in it died — and the day one wounded in it was.

A date takes an incident's word as its cue only when no status is told in its own clause and
no event's cue stands nearer (``INCIDENT_PENALTY``): "погиб 3 мая при обстреле" stays the
death's date. The person gets the incident's date as a death date only when no death date of
his own is told (`incident_death`); a wounded man gets it as his wound's date, one captured or
missing only from a sentence pointing back to that fate (`incident_event`); "того ж дня"
after the strike is its day (same_battle.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from headcount.extract.clauses import later_clause
from headcount.extract.dates import WAR_YEAR
from headcount.extract.model import Fact
from headcount.extract.sentences import sentence_around
from headcount.vocab import DatePrecision, Status

#: the words of an incident that kills or wounds: a strike, shelling, an attack, a shell, a
#: mine, a drone, an explosion (Russian, Ukrainian, English)
_STRIKE = (
    # Russian
    r"обстрел\w*|артобстрел\w*|обстреля\w*|атак\w*|атакова\w*|удар(?:ом|а|у|ы|ов|ами)?|"
    r"ударил\w*|авиаудар\w*|накрыл\w*|накрыт\w*|снаряд\w*|мин(?:а|ой|ою|у|ы)|дрон\w*|"
    r"беспилотник\w*|БПЛА|FPV|прил[её]т(?:а|ом|у|ы|ов|ами)?|взрыв\w*|разорвал\w*|"
    r"подорвал\w*|подрыв\w*|осколк\w*|ракет(?:а|ой|у|ы|ный|ного|ным)|бомб(?:а|ой|у|ы|ами)|"
    # Ukrainian
    r"обстріл\w*|обстріля\w*|авіаудар\w*|накри(?:ло|ли|в|ла|та|то)|мін(?:а|ою|у|и)|"
    r"безпілотник\w*|БпЛА|приліт|прильот(?:у|ом|и|ів)|вибух\w*|розірва\w*|підірва\w*|"
    r"уламк\w*|"
    # English
    r"shell(?:ing|ed|s)?|strikes?|airstrikes?|struck|hit|attack(?:ed|s)?|drones?|"
    r"missiles?|rockets?|bombs?|blast|explosion|exploded|landmine|mortar|ambush(?:ed)?")
#: what points back to the fate told before: "Это случилось 3 октября", "Трагедия произошла
#: 2 сентября", "Сталося це 14 травня", "Це сталося 17 березня" (after a capture), "It
#: happened on 3 February"
_BACK = re.compile(
    r"(?:это|всё\s+это|трагедия|беда)\s+(?:случил(?:ось|ась)|произош(?:ло|ла))|"
    r"(?:случил(?:ось|ась)|произош(?:ло|ла))\s+(?:это|трагедия|беда)|"
    r"(?:це|все\s+це|трагедія|біда)\s+(?:сталося|сталася|трапилося|трапилася)|"
    r"(?:сталося|сталася|трапилося|трапилася)\s+(?:це|трагедія|біда)|"
    r"(?:it|this|the\s+tragedy)\s+happened", re.I)
_INCIDENT = re.compile(rf"(?<![\w-])(?:{_STRIKE}|{_BACK.pattern})(?![\w-])", re.I)
#: what makes a dated sentence no incident of the one killed: the start of a period ("С марта
#: 2023 года он служил оператором", "since March 2023", "З березня 2023 року") …
_SINCE = re.compile(r"(?<![\w-])(?:с|со|з|із|зі|since|from|начиная\s+с|починаючи\s+з)\s+$",
                    re.I)
#: … a time of service or a trade ("служил оператором ударных беспилотников", "had been
#: operating drones", "був оператором дронів"), a strike survived, a first one or one he was
#: away from ("пережил", "впервые попал под обстрел, был контужен", "survived a missile strike",
#: "был дома в отпуске"), an award for a fight ("За отражение атаки … был награждён")
_NOT_HIS = re.compile(
    r"(?<![\w-])(?:"
    # service, trade
    r"служил\w*|служит|служа|прослужил\w*|воевал\w*|оператор\w*|работал\w*|"
    r"служив|служила|прослужив|воював\w*|працював\w*|"
    r"served|serving|operat(?:ed|ing|or|ors)|worked|working|"
    # survival, a first strike, a contusion
    r"пережил\w*|выжил\w*|уцелел\w*|контужен\w*|контузи\w*|впервые|"
    r"пережив\w*|вижив\w*|уцілі\w*|контуж\w*|вперше|"
    r"surviv\w*|contus\w*|concuss\w*|first|"
    # elsewhere
    r"был[аи]?\s+дома|в\s+отпуск[еа]?|на\s+побывке|"
    r"бу(?:в|ла|ли)\s+(?:удома|вдома)|у\s+відпуст(?:ці|ку)|в\s+відпуст(?:ці|ку)|"
    r"on\s+leave|at\s+home|"
    # an award
    r"награжд\w*|нагородж\w*|нагородил\w*|awarded)(?![\w-])", re.I)
#: a strike on a whole region or a city ("ВСУ атаковали Курскую область", "ракетный удар по
#: Белгороду", "an attack on the Kursk region"): no incident of his unless a fate is told in
#: its sentence
_WHOLE_AREA = re.compile(
    r"(?<![\w-])(?:област\w*|обл\.|кра[йяюе]|регион\w*|облас\w*|region|oblast|province)"
    r"(?![\w-])|(?<![\w-])по\s+[А-ЯЁЇІЄҐ][а-яёїієґ'’]+", re.I)
_CAPITAL_AFTER_PO = re.compile(r"по\s+[А-ЯЁЇІЄҐ]")
#: how much farther (characters) an incident's word counts than a cue of a status or an
#: event: it dates what no other word of the sentence claims
INCIDENT_PENALTY = 30


def incident_cues(text: str, start: int, end: int, date_end: int,
                  precision: DatePrecision | str, kind: str,
                  statuses: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the words of an incident stand in text[start:end], the reach of the cues of a
    date ending at ``date_end``: none for a year (a time of service, not a strike's day), a
    birth year or a report's day, nor where a status of the date's own clause is told ("Утром
    16 марта в результате обстрела погибла …": the death's day, which those it is shared
    with share; not "…, who survived a drone attack on May 3, was killed in July"), nor for a
    strike on a whole region or city with no fate told in its sentence (``_WHOLE_AREA``). A date
    starting a period or in a sentence of service, a trade, a strike survived or missed
    (``_NOT_HIS``) keeps its cue but dates no fate of his (`incident_fact`)."""
    if kind not in ("date", "weekday") or str(precision) not in (DatePrecision.DAY,
                                                                 DatePrecision.MONTH):
        return []
    spans = list(statuses)
    if any(start <= a < end and not later_clause(text, date_end, a) for a, _ in spans):
        return []
    area = [m for m in _WHOLE_AREA.finditer(text, start, end) if not m.group().lower(
        ).startswith("по") or _CAPITAL_AFTER_PO.match(m.group())]
    if area and not any(start <= a < end for a, _ in spans):
        return []
    return [(m.start(), m.end()) for m in _INCIDENT.finditer(text, start, end)]


def incident_fact(text: str, cue: tuple[int, int], value: str, start: int, end: int,
                  extra: dict[str, object]) -> Fact:
    """The date of an incident told by text[cue[0]:cue[1]]; ``back``: a sentence pointing
    back to any fate told before it ("Это случилось …"), not a strike's word."""
    back = _BACK.fullmatch(text, *cue) is not None
    # the sentence of the date and the cue, to its ends
    lo, hi = sentence_around(text, min(start, cue[0]), max(end, cue[1]))
    if _SINCE.search(text, max(0, start - 20), start) or _NOT_HIS.search(text, lo, hi):
        # the date keeps its cue (no other verb takes it: "who survived a drone attack on
        # May 3, was killed in July"), but dates no fate of his
        extra = {**extra, "not_his": True}
    return Fact("incident_date", value, start, end, {**extra, "back": back})


def incident_death(status: Fact | None, facts: list[Fact]) -> Fact | None:
    """The incident's date as the death date of one killed with no death date of his own."""
    if status is None or status.value != Status.KILLED:
        return None
    dated = [f for f in facts if f.field == "incident_date" and not f.extra.get("not_his")]
    if not dated:
        return None
    f = dated[0]
    if int(str(f.value)[:4]) < WAR_YEAR:
        return None  # "это случилось в мае 2009 года, на выпускном": no day of the war
    return Fact("death_date", f.value, f.start, f.end, {**f.extra, "incident": True})


def incident_event(status: Fact | None, facts: list[Fact],
                   events: frozenset[Status]) -> tuple[str, str] | None:
    """The incident's date, as (value, status), for one wounded in it with no date of his
    wound told; for one captured or missing only when a sentence points back to that fate
    ("Це сталося 17 березня"): he may have been so days after a strike ("29 вересня групу
    накрили дрони … взяли в полон 30 вересня")."""
    if status is None or status.value not in events:
        return None
    dated = [f for f in facts if f.field == "incident_date" and not f.extra.get("not_his") and (
        status.value == Status.WOUNDED or f.extra.get("back"))]
    return (str(dated[0].value), str(status.value)) if dated else None
