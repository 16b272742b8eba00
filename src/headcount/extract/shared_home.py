"""Homes a text tells once for several people, and the home a strike on a town tells.

- a companion's: "та її сусід, 70-річний …", "Его односельчанин …", "Her neighbour, …" —
  the home of the person named before him;
- a group's: a home told with a word for several people ("Батько і син Гончаренки з міста
  Шахти", "Two brothers from the village of Kurumkan", "(обидва — с. Мухоршибір)") or after
  two names joined ("Серёга Кожемякин и Ванька Лысенко из нашего Новошахтинска") — each of
  the others who has no home of his own;
- a civilian's killed by a strike on a town ("в результате обстрела Шебекино погибла …",
  "внаслідок ракетного удару по Харкову загинули …") — that town, where nothing else is
  said of the home and nothing of service (no rank, unit or channel).

Works on finished mentions of every language; the giver's region goes with the home.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from headcount.extract.homes import home_settlements, occupied
from headcount.reference import ukraine

#: a word for a neighbour or a fellow villager before a name ("сосед по палате" is none)
_COMPANION = re.compile(
    r"\b(?:сусід(?:а|ові|ом)?|сусідк[аиуоі]\w*|сосед(?:а|у|ом|ка|ки|ку|кой)?|"
    r"односел(?:ець|ьця|ьцю|ьцем|ьчанин\w*|ьчанк\w*)|односельчан\w*|"
    r"neighbou?r|fellow\s+villager)\b(?!\s+(?:по|з|із|on|in)\s)", re.I)
#: a word for several people, or two people of a family, the home is told for
_GROUP = re.compile(
    r"\b(?:обидва|обидві|обоє|оба|обе|обоих|both|двоє|двое|троє|трое|четверо|п['’ʼ]ятеро|"
    r"пятеро|two|three|four|five|brothers|братья|брати|cousins|"
    r"батько\s+(?:і|й|та)\s+син|отец\s+и\s+сын|father\s+and\s+son|мати\s+(?:і|й|та)\s+син|"
    r"мать\s+и\s+сын|mother\s+and\s+son|сестри|сёстры|сестры|sisters|подружжя|супруги)\b", re.I)
#: how many people a group word counts (a word not here counts none: "братья")
_COUNTS = {**dict.fromkeys(("обидва", "обидві", "обоє", "оба", "обе", "обоих", "both", "двоє",
                            "двое", "two", "батько", "отец", "father", "мати", "мать",
                            "mother", "подружжя", "супруги"), 2),
           **dict.fromkeys(("троє", "трое", "three"), 3),
           **dict.fromkeys(("четверо", "four"), 4),
           **dict.fromkeys(("п'ятеро", "пятеро", "five"), 5)}
#: the words between a group word and its home: no sentence or clause break, short
_GAP = 60
_BREAK = re.compile(r"[!?;:\n]|(?<=[^\W\d_]{3})\.(?=\s)")
#: the two names joined before the home ("А и Б из …")
_JOINED = re.compile(r"^[\s,]*(?:и|і|й|та|and)\s", re.I)
#: a strike on a town, right before the town's name
_STRIKE = re.compile(
    r"(?:обстр[еі]л\w*|(?:удар\w*|атак\w*|налёт\w*|нальот\w*)(?:\s+[а-яёіїє]+)?\s+(?:по|на)|"
    r"бомбардуван\w*|бомбардировк\w*|shelling\s+of|(?:strikes?|attacks?)\s+on|bombing\s+of)"
    r"\s+(?:(?:города|міста|села|посёлка|поселка|селища|г\.|м\.|с\.|the\s+(?:city|town|"
    r"village)\s+of)\s+)?$", re.I)
_DIED_OR_HURT = ("killed", "wounded")


def share_homes(text: str, mentions: list[dict[str, Any]]) -> None:
    """Fill the homes of ``mentions`` a strike, a companion or a group tells (in place)."""
    _strike_homes(text, mentions)
    _companion_homes(text, mentions)
    _group_homes(text, mentions)
    _listmates_region(mentions)


def _homeless(m: dict[str, Any]) -> bool:
    return not m.get("settlement") and m.get("citizenship") in (None, "RU", "UA")


def _spans(m: dict[str, Any]) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in (m.get("spans") or [])]


def _give(to: dict[str, Any], source: dict[str, Any], rule: str) -> None:
    if to.get("region") and source.get("region") and to["region"] != source["region"]:
        return
    to["settlement"] = source["settlement"]
    ev = to.setdefault("evidence", {})
    ev["settlement"] = {**(source.get("evidence") or {}).get("settlement", {}), "rule": rule}
    if source.get("region") and not to.get("region"):
        for key in ("region", "region_inferred", "region_occupied"):
            to[key] = source.get(key)
        ev["region"] = {**(source.get("evidence") or {}).get("region", {}), "rule": rule}


def _strike_homes(text: str, mentions: list[dict[str, Any]]) -> None:
    for m in mentions:
        if not _homeless(m) or m.get("region") or m.get("status") not in _DIED_OR_HURT or any(
                m.get(k) for k in ("rank", "unit", "channel")):
            continue
        place = m.get("place_of_death")
        ev = (m.get("evidence") or {}).get("place_of_death") or {}
        start = ev.get("start")
        if not place or not isinstance(start, int) or not _STRIKE.search(
                text[max(0, start - 40) : start]):
            continue
        m["settlement"] = place
        m["evidence"]["settlement"] = {**ev, "rule": "strike on the town"}
        code = town_region(str(place))
        if code is not None:
            m["region"], m["region_inferred"] = code, True
            m["region_occupied"] = occupied(code)
            m["evidence"]["region"] = {**ev, "rule": "strike on the town"}


def _companion_homes(text: str, mentions: list[dict[str, Any]]) -> None:
    for i, m in enumerate(mentions):
        spans = _spans(m)
        if not spans or not _homeless(m):
            continue
        first = min(s for s, _ in spans)
        window = text[max(0, first - 50) : first]
        cut = max((b.end() for b in _BREAK.finditer(window)), default=0)
        if not _COMPANION.search(window[cut:]):
            continue
        givers = [g for g in mentions[:i] if g.get("settlement") and _spans(g)
                  and min(s for s, _ in _spans(g)) < first]
        if givers:
            _give(m, givers[-1], "companion")


def _group_homes(text: str, mentions: list[dict[str, Any]]) -> None:
    for giver in mentions:
        ev = (giver.get("evidence") or {}).get("settlement") or {}
        start = ev.get("start")
        if not giver.get("settlement") or not isinstance(start, int):
            continue
        before = text[max(0, start - _GAP) : start]
        cut = max((b.end() for b in _BREAK.finditer(before)), default=0)
        clause = before[cut:]
        group = _GROUP.search(clause)
        takers = [m for m in mentions if m is not giver and _homeless(m) and m.get(
            "region") in (None, giver.get("region"))]
        if group is not None:
            # "Оба жили в Бийске" after four names: no more than it counts
            holders = sum(1 for m in mentions if m.get("settlement") == giver["settlement"])
            count = _COUNTS.get(group.group(0).lower().split()[0].replace("’", "'"))
            if count is None or holders + len(takers) <= count:
                for m in takers:
                    _give(m, giver, "group")
                continue
        for m in takers:
            if _joined_before(text, m, giver, start):
                _give(m, giver, "group")


def _listmates_region(mentions: list[dict[str, Any]]) -> None:
    """A village the tables do not have, in a text whose other people (two at least) all have
    one Russian region ("Servicemen from Tuva …: 2. SAT Aryan, village of Kyzyl-Mazhalyk"):
    that region, and the Russian citizenship a Russian home implies."""
    for m in mentions:
        if not m.get("settlement") or m.get("region") or m.get("citizenship") not in (
                None, "RU"):
            continue
        others = [o for o in mentions if o is not m]
        placed = [o for o in others if o.get("region")]
        codes = {o["region"] for o in placed}
        if len(placed) < 2 or len(codes) != 1:
            continue
        code = next(iter(codes))
        if not isinstance(code, str) or not code.startswith("RU-") or any(
                o.get("citizenship") not in (None, "RU") for o in others):
            continue
        m["region"], m["region_inferred"], m["region_occupied"] = code, True, False
        ev = m.setdefault("evidence", {})
        ev["region"] = {**ev.get("settlement", {}), "rule": "the list's region"}
        if m.get("citizenship") is None:
            m["citizenship"], m["citizenship_contested"] = "RU", False
            ev["citizenship"] = {**ev.get("settlement", {}), "rule": "inferred"}


def _joined_before(text: str, m: dict[str, Any], giver: dict[str, Any], start: int) -> bool:
    """``m`` and the giver are named one after the other, joined by "и", right before the
    home ("Серёга Кожемякин и Ванька Лысенко из нашего Новошахтинска")."""
    for first, second in ((m, giver), (giver, m)):
        for _, end in _spans(first):
            if not 0 < start - end <= _GAP:
                continue
            gap = text[end:start]
            if _BREAK.search(gap) or not _JOINED.match(gap):
                continue
            if any(end < s and e <= start for s, e in _spans(second)):
                return True
    return False


@cache
def _towns() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    rows = [(s.name, s.region_code, s.ambiguous) for s in home_settlements()]
    rows += [(p.name_uk, p.code, False) for p in ukraine() if p.kind == "city"]
    for name, code, ambiguous in rows:
        key = name.lower().replace("ё", "е")
        known = out.get(key, code)
        out[key] = None if ambiguous or known != code else code
    return out


def town_region(name: str) -> str | None:
    """The region code of a town the tables know by its Russian or Ukrainian name, or None
    (unknown, or in two regions)."""
    return _towns().get(name.lower().replace("ё", "е"))
