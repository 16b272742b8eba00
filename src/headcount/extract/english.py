"""English texts: the people a text reports on, with dates, age, home, citizenship, rank,
unit, channel, status and place of death.

Rule-only (see en_names.py for why): names from capitalised words, facts from cue words
(en_dates.py, en_military.py, en_places.py), attached to people as in Russian (attach.py)
and assembled by the same code (pipeline.assemble).
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any

from headcount.extract.attach import LEAD_REACH, attach, sentence_index, too_short_for_a_life
from headcount.extract.clauses import LATER_CLAUSE, later_clause
from headcount.extract.en_dates import EnDate, find_dates
from headcount.extract.en_kin_deaths import drop_kins_death
from headcount.extract.en_military import find_channels, find_ranks, find_status, find_units
from headcount.extract.en_names import people as find_people
from headcount.extract.en_places import (
    countries_after_names,
    demonyms_before_names,
    find_citizenship,
    find_country_cues,
    find_death_places,
    find_home_countries,
    find_homes,
    find_missions,
    find_settlement,
)
from headcount.extract.en_theirs import split_theirs
from headcount.extract.enumerated import share_enumerated
from headcount.extract.former import drop_former_ranks
from headcount.extract.incidents import (
    INCIDENT_PENALTY,
    incident_cues,
    incident_fact,
)
from headcount.extract.kin_service import drop_kins_service, drop_whose_kin
from headcount.extract.list_headings import heading_fates, share_heading_fates
from headcount.extract.list_order import list_order
from headcount.extract.model import Fact
from headcount.extract.nationals import one_foreign_country, share_country
from headcount.extract.next_survivor import share_next_day
from headcount.extract.periods import period_event
from headcount.extract.persons import Person
from headcount.extract.same_battle import SAME_BATTLE_EN, share_clause_day, share_same_battle
from headcount.extract.same_time import SAME_DAY_EN
from headcount.extract.same_unit import share_heading_unit, share_same_unit
from headcount.extract.status import STATUS_EVENT, denied, denied_after
from headcount.extract.text import Sentence
from headcount.vocab import Status

_I = re.I
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen")
_NUMBERS = {w: i for i, w in enumerate(_NUMBER_WORDS.split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
                r"eighteen|nineteen|seventeen|sixteen|fifteen)")
_N = rf"(\d{{2}}|{_NUMBER_WORD})"
#: a unit of distance, time or quantity after a number: "killed at 20 metres from the trench"
_UNIT = (r"(?:%|°|(?:km|kms|m|cm|mm|ft|yd|mi|kg|t|h|hrs?|min|mins|sec|secs|s)\b|"
         r"(?:kilo|centi|milli)?(?:metres?|meters?)\b|yards?\b|feet\b|foot\b|miles?\b|"
         r"kilometres?\b|kilometers?\b|percent\b|per\s+cent\b|degrees?\b|hours?\b|"
         r"minutes?\b|seconds?\b|days?\b|weeks?\b|months?\b|tons?\b|tonnes?\b|"
         r"kilos?\b|kilograms?\b|men\b|soldiers\b|people\b|troops\b|rounds?\b|shells?\b)")
_AGE = (
    re.compile(rf"\b{_N}[- ]years?[- ]old\b", _I),
    re.compile(rf"\baged\s+{_N}\b", _I),
    # "He was forty-one.", "was 22 when he flew to Moscow", "He was 40 at the time"
    re.compile(rf"\b(?:was|is|turned|had\s+turned|had\s+just\s+turned)\s+(?:only\s+|just\s+)?"
               rf"{_N}(?:\s+years\s+old)?\s*(?:[.,;]|when\b|at\s+the\s+time\b)", _I),
    # "died at 45", "killed at twenty-three"
    re.compile(rf"\b(?:died|killed|perished)\s+at\s+(?:the\s+age\s+of\s+)?{_N}\b"
               rf"(?!\s*(?:{_UNIT}|:|[ap]\.?m\b|o['’]clock))", _I),
    re.compile(rf"\bat\s+the\s+age\s+of\s+{_N}\b", _I),
    re.compile(rf"\bage\s*:?\s*{_N}\b", _I),
    # "Peter Kamau Njoroge, 41." at the end of a list entry, "Sandip Shrestha, 22 (Kathmandu)";
    # a name may end in any letter ("Dragan Petrović, 52,", "José Peña, 29,")
    # a name's country or town in brackets before it: "Miloš Radovanović (Serbia), 38,"
    re.compile(r"(?<=[^\W\d_]|\.|\)),\s*(\d{2})\s*(?=[,;–—-]|\(|\.(?:\s|$)|$)", re.M),
    re.compile(r"(?<=[^\W\d_]|\.)\s*\((\d{2})\)"),
    # a list entry's age: "Petrov Ivan, 25 y.o., Rybinsk", "Ondar Sayan — 52, Klyuchi"
    re.compile(r"(?<=[^\W\d_]|\.|\)),\s*(\d{2})\s*(?:y\.\s?o\.?|y/o|yo\b)"
               r"(?=\s*(?:[,;–—(]|$))", re.M),
    re.compile(r"(?<=[^\W\d_]|\.|\))\s[—–-]\s*(\d{2})\s*(?:y\.\s?o\.?|y/o|yo\b)?"
               r"(?=\s*(?:[,;–—(]|\.(?:\s|$)|$))", re.M),
    re.compile(rf"\bonly\s+{_N}\s*(?:[.,;]|when\b|at\s+the\s+time\b)", _I),
    # "Abdulrahman al-Haidari, twenty-two, from Ibb": an age in words after a name
    re.compile(rf"(?<=[^\W\d_]|\.),\s*({_NUMBER_WORD})\s*(?=[,;–—-])", _I),
    re.compile(rf"\b(?:were|are)\s+(?:only\s+|just\s+)?{_N}(?:\s+years\s+old)?\s*[.,;]", _I),
    # "Nikiforov and Private Ayaal Vasilyev, both 20, were …": one age of the names before it
    re.compile(rf"(?<=[^\W\d_]|\.),\s*(?:both|each)\s+(?:aged\s+)?{_N}\s*(?=[,;.–—-]|$)", _I),
)
_BORN = re.compile(r"\bborn\b|\bb\.(?=\s*\d)|\bdate\s+of\s+birth\b|\bDOB\b", _I)
_DEATH_DATE = re.compile(r"\bdate\s+of\s+(?:his\s+|her\s+)?death\b|"
                         # a list entry's "b. 1972, d. 26.04.2023": died
                         r"(?<=[,;(]\s)d\.(?=\s*\d)", _I)
#: a military body or the war a volunteer joins ("the Bootur battalion", "the front")
_WAR_BODY = (r"battalion|detachment|brigade|regiment|unit|company|squad|corps|division|army|"
             r"armed\s+forces|military|front|war|fight\w*|combat|PMC|Wagner|BARS|Storm|Akhmat|"
             r"Donbass?|Ukraine|special\s+(?:military\s+)?operation|SMO|chaplain|assault")
#: dated events that are not the death: (event, pattern)
#: a comrade's or friend's death one learned of, after the verb: no news of the dead man's own
#: ("learned of his best friend's death", "heard about the death of a comrade")
_COMRADES_DEATH = (r"\s+(?:of|about)\s+(?:the\s+(?:death|deaths|killing|loss|passing)\s+of\s+)?"
                   r"(?:his|her|their|a|an|the)\s+(?:\w+\s+)?(?:friend|comrade|colleague|"
                   r"commander|fellow|buddy|mate|classmate|neighbou?r|brothers?-in-arms)"
                   r"(?:s|['’]s)?\b")


_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (e, re.compile(p, _I))
    for e, p in (
        ("funeral", r"\b(?:funerals?|buried|burial|laid\s+to\s+rest|interred|cremated|"
                    r"cremation|funeral\s+rites|last\s+rites)\b"),
        ("farewell", r"\b(?:farewell|said\s+goodbye|say\s+goodbye|saying\s+goodbye|"
                     r"bid\s+farewell|memorial\s+service|wake|requiem)\b"),
        ("contract", r"\b(?:signed|sign|signing)\s+(?:up|on|a|the|an?\s+\w+)|\bcontracts?\b|"
                     r"\bjoined\b|\brecruited\b|\benlisted\b|\bwent\s+(?:to\s+)?(?:fight|"
                     r"to\s+war)|\blured\b|"
                     # "made to sign documents in Russian on December 24"
                     r"\bsign(?:ed|ing)?\s+(?:\w+\s+)?(?:documents|papers)\b|"
                     # "with the company since 2017" (a PMC's fighter)
                     r"\bwith\s+(?:the\s+)?(?:company|Wagner|PMC)\s+since\b|"
                     # "when Wagner recruiters visited in September" (not "the recruiters
                     # were arrested on 5 June": their own fate dates no contract of his)
                     r"\brecruiters?\s+(?:\w+\s+){0,2}?(?:visited|came|arrived|approached|"
                     r"offered|contacted|called|promised|found|lured|signed|took|toured|met)\b|"
                     # "volunteered for the Bootur battalion", "became a volunteer chaplain
                     # of the BARS-9 detachment"
                     # (a military body or the war after it: not "volunteered for a charity
                     # in 2019", "became a volunteer firefighter in 2015")
                     r"\b(?:volunteered\s+(?:for|to\s+(?:join|fight|serve|go))|became\s+a\s+"
                     r"(?:\w+\s+)?volunteer)\b(?=[^.;]{0,60}?\b(?:" + _WAR_BODY + r"))|"
                     # "had fought for Russian-backed forces in Donbas since 2016"
                     r"\b(?:fought|fighting)\s+(?:for|with|in|alongside)\s+"
                     # (in one clause: not "had fought in Afghanistan, and had been with
                     # veterans' groups since 1990")
                     r"(?:(?!\band\b|\bbut\b)[^.;,]){0,60}?\bsince\b(?=\s+(?:\d|(?-i:[A-Z])))"),
        ("mobilised", r"\bmobili[sz]ed\b|\bcalled\s+up\b(?!\s+for\s+(?:military|compulsory))|"
                      r"\bdrafted\b|"
                      # "was handed his papers at 2 a.m. on September 22", "received a summons"
                      r"\b(?:handed|served|received|got)\s+(?:him\s+)?(?:his|a|the)\s+"
                      r"(?:call-up\s+|draft\s+|mobili[sz]ation\s+)?(?:papers|summons|notice)\b"),
        ("conscription", r"\bconscript(?:ion)?\s+service\b|\bcompulsory\s+(?:military\s+)?service|"
                         r"\bwas\s+conscripted\b|\bcalled\s+up\s+for\s+(?:military|compulsory)"),
        # a grant, not a passport taken away ("they took his passport in February")
        ("citizenship", r"\b(?:citizenship|Russian\s+passport|"
                        # "had been a Russian citizen since 2008"
                        r"Russian\s+citizen\s+since|citizen\s+of\s+(?:Russia|the\s+Russian\s+"
                        r"Federation)\s+since|(?:granted|received|got|given|"
                        r"issued|obtained|acquired)\s+(?:him\s+|her\s+)?(?:a\s+|an\s+|the\s+)?"
                        r"(?:\w+\s+)?passport)\b"),
        ("reported", r"\b(?:"
                     # a notice's day: "announced his death on Monday" is no day of death
                     r"(?:announced|reported|confirmed|posted\s+about|informed\s+\w+\s+of)\s+"
                     r"(?:the\s+)?(?:his|her|their|the)\s+(?:\w+\s+)?(?:death|deaths|passing|"
                     r"killing)|"
                     # "a fellow Cuban called her on September 21 to say he had died"
                     # ("telephoned the family on Sunday and said Bikash had been killed")
                     r"(?:called|phoned|telephoned|rang|texted|messaged|wrote\s+to)\s+(?:her|him|"
                     r"them|us|me|the\s+family|(?:his|her|their)\s+\w+)(?=[^.;]{0,40}?\b(?:to\s+"
                     r"(?:say|tell|inform|report)|and\s+(?:said|told\s+\w+)|saying)\b[^.;]{0,60}?"
                     r"\b(?:died|killed|dead|death|perished))|"
                     # "learned of his death last Wednesday": the death word goes with the news
                     # ("heard" only so: "last heard from him on October 20" is contact)
                     # (not a comrade's death he learned of: "learned of his best friend's
                     # death on 3 February", "learned of the death of his comrade")
                     rf"(?:(?:learned|learnt|informed|notified)(?!{_COMRADES_DEATH})"
                     r"(?:\s+(?:of|about)\s+)?|"
                     # ("learned of Sergei Kozlov's death": a full name's possessive too)
                     rf"heard(?!{_COMRADES_DEATH})\s+(?:of|about)\s+)(?:(?:the\s+|his\s+|her\s+|their\s+)?"
                     r"(?:(?:\w+\s+){0,2}?\w+['’]s\s+)?(?:death|deaths|killing|passing))?|"
                     r"notification|"
                     r"confirmed(?:\s+(?:as\s+)?(?:dead|killed))?|"
                     # (not "a day after mobilisation was announced")
                     r"(?<!mobilisation\s)(?<!mobilization\s)was\s+announced|became\s+known|"
                     r"death\s+(?:was\s+)?reported|"
                     # "his body was identified in February": the death confirmed, not its day
                     r"(?:body|remains)\s+(?:was|were|had\s+been|has\s+been)\s+identified|"
                     r"identified\s+(?:his|her|the)\s+(?:body|remains)|"
                     # "in March the company told her by phone that he had been killed", "told
                     # his family in a phone call on March 9"
                     r"told\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:family|families|relatives|"
                     r"wife|widow|mother|father|parents|her|him|them|us|me)"
                     r"(?:\s+by\s+(?:phone|telephone|text|letter)|\s+over\s+the\s+phone)?"
                     r"(?=\s+that\s+(?:he|she)\s+(?:had\s+been|was|had)\s+(?:killed|died|dead))|"
                     r"told\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:family|families|relatives|"
                     r"wife|widow|mother|father|parents|her|him|them|us|me)"
                     r"\s+in\s+a\s+(?:phone\s+|telephone\s+|video\s+)?call|"
                     # "the news reached his family on 3 June"
                     r"news\s+(?:of\s+(?:his|her|the)\s+death\s+)?reached|"
                     # "received a death notice on November 29"
                     r"received\s+(?:a\s+|the\s+)?(?:death\s+|official\s+)?(?:message|call|letter|"
                     r"news|notice|notification|word)|"
                     # "a fellow recruit told the family by phone on September 3" (a day right
                     # after: not "his friends told me, he was killed", "told us he has been …")
                     r"told\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:family|families|relatives|"
                     r"wife|widow|mother|father|parents|her|him|them|us|me)"
                     r"(?:\s+by\s+(?:phone|telephone|text|letter)|\s+over\s+the\s+phone)?(?=\s+on\s)|"
                     # ("was told of his death on 12 September": the death word is the news's)
                     r"(?:was|were)\s+told(?:\s+(?:of|about)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                     r"(?:death|deaths|killing|passing))?|"
                     r"got\s+(?:a\s+|the\s+)?(?:message|call|news))\b"),
        ("repatriation", r"\b(?:body|bodies|remains|coffin)\s+(?:of\s+[^.;]{1,80}?\s+)?"
                         r"(?:was|were|had\s+been|has\s+been)?\s*(?:returned|repatriated|flown|"
                         r"brought\s+(?:back|home)|handed\s+over|sent\s+(?:back|home))|"
                         r"\brepatriat\w+"),
        ("contact", r"\b(?:last\s+(?:contact|contacted|spoke|heard|call|message|messaged|"
                    r"called|seen|saw|wrote|texted|got\s+in\s+touch)|heard\s+from|in\s+touch|"
                    r"lost\s+(?:touch|contact)|(?:for\s+)?the\s+last\s+time)\b"),
        # "left Abidjan for Moscow", "flew to Moscow", "went to Russia"
        ("departure", r"\b(?:arrived|travell?ed\s+to|flew\s+to|left\s+(?:home\s+|"
                      r"(?-i:[A-Z])[\w'’-]+\s+)?for|went\s+to\s+Russia)\b"),
        ("other", r"\b(?:decree|awarded|posthumously|detained|arrested|"
                  r"went\s+missing|left\s+(?:his|her)\s+unit|sentenced|court|ruling|"
                  r"verdict|ruled|(?:decision|judgment|judgement),?\s+dated|"
                  # "convicted in 2021 of drug trafficking", "the decision of August 24"
                  r"(?:was\s+|been\s+|,\s*)convicted|"
                  r"(?:decision|judgment|judgement|ruling)\s+of(?=\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d)))\b"),
        # the day a body speaks to the press dates the news, no event of the person: "the
        # court's press service reported on July 2", "the Prosecutor General's Office said on
        # Wednesday"
        ("news", r"\b(?:press\s+service|office|ministry|spokes(?:man|woman|person)|agency|"
                 r"prosecutors?|police|administration)\s+(?:said|reported|stated|announced|"
                 r"told\s+(?:reporters|journalists|the\s+press))\s+(?=on\b)"),
    )
)
#: the verb of a ceremony named earlier in its sentence ("The funeral of X … will take place")
_HELD = re.compile(r"\b(?:take|takes|took|taking)\s+place\b[^.;]*$|\b(?:will\s+be|was|is|were|"
                   r"are|be)\s+held\b[^.;]*$", _I)
_DEATH_STATUSES = frozenset({Status.KILLED, Status.DECLARED_DEAD})
_CUE_DISTANCE = 90
_LIFE_GAP = re.compile(r"[\s,(]*(?:[\"“][^\"”\n]{1,30}[\"”][\s,(]*)?(?:[—–-]\s*\(?\s*)?$")
#: "born" written after the year: "2004 b.", "1999 born", "1987 year of birth"
_YEAR_THEN_BORN = re.compile(r"\s*(?:b\.(?!\s*\d)|born\b|year\s+of\s+birth\b|y\.\s*o\.\s*b\.)",
                             _I)
_BARE_YEAR_AFTER_NAME = re.compile(r"\s*(?:,|\()\s*$")


def _word_number(s: str) -> int | None:
    low = s.lower().replace(" ", "-")
    if low.isdigit():
        return int(low)
    if low in _NUMBERS:
        return _NUMBERS[low]
    head, _, tail = low.partition("-")
    if head in _TENS:
        return _TENS[head] + (_NUMBERS.get(tail, 0) if tail else 0)
    return None


_ABBREV = re.compile(r"(?:\b[A-Z][a-z]?|\b(?:Pvt|Sgt|Cpl|Col|Gen|Maj|Lt|St|Mr|Dr|Jr|Sr|No|"
                     r"Capt|Snr|Pte|Gv|approx|b))\.$")


def _sentences(text: str) -> list[Sentence]:
    out, start, para = [], 0, 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“(])|(?<=;)\s+|\n+", text):
        if "\n" not in m.group(0) and _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue  # "Sgt. I. Yu. Markelov" is one sentence
        if text[start : m.start()].strip():
            out.append(Sentence(start, m.start(), para))
        if "\n" in m.group(0):
            para += 1
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text), para))
    return out


#: a relative's age set off after the kin word ("His widow, 29, said", "his wife Maria, 31,
#: and their two sons", "her mother (54)"): not the person's
_KIN_APPOSED = re.compile(
    r"\b(?:his|her|their|the\s+soldier['’]s)\s+(?:\w+\s+)?(?:mother|father|wife|husband|widow|"
    r"son|daughter|sister|brother|fianc[ée]e?|girlfriend|partner|grandmother|grandfather|"
    r"parents?|nephew|niece|grandson|granddaughter|uncle|aunt|cousin)"
    r"((?:\s+[A-Z][\w'’-]+){0,3})\s*$", re.I)
#: a fate after the relative's age makes the relative the one reported ("her son Igor, 25,
#: was killed")
_FATE_AFTER = re.compile(r"[^.;!?]{0,120}?\b(?:killed|died|dead|missing|captured|perished|"
                         r"fell|wounded)\b", re.I)


#: a relative named after a clause "the mother of <the one reported>," ("The widow of
#: Sergeant Alexei Morozov, 38-year-old Irina, said"): the age before her name is hers
_KIN_OF_NAMED = re.compile(
    r"(?:^|[.;!?]\s+|\band\s+)(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:mother|father|wife|"
    r"husband|widow|son|daughter|sister|brother|fianc[ée]e?|girlfriend|partner|grandmother|"
    r"grandfather|nephew|niece|uncle|aunt|cousin)\s+of\s+(?:the\s+(?:late|fallen|dead|"
    r"killed)\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*\s*,\s*$", re.I)


def _kin_apposed(text: str, start: int, age_start: int) -> tuple[int, int] | None:
    """The span of the relative's name an age is set off after (start, start) with no name),
    or None (not after a relative, or a fate follows)."""
    m = _KIN_APPOSED.search(text, max(0, start - 80), start)
    if m is None or _FATE_AFTER.match(text, age_start) is not None:
        return None
    name = m.group(1)
    if not name.strip():
        return (start, start)
    return (m.start(1) + len(name) - len(name.lstrip()), m.end(1))


def _ages(text: str) -> list[Fact]:
    out: list[Fact] = []
    hers: list[tuple[int, int]] = []  # a relative's age: no other pattern reads it again
    for pattern in _AGE:
        for m in pattern.finditer(text):
            age = _word_number(m.group(1))
            if age is None or not 16 <= age <= 90:
                continue
            kin = _kin_apposed(text, m.start(), m.start(1)) if text[
                m.start() : m.start(1)].strip(" ,(") == "" else None
            if kin is not None and kin[0] == kin[1]:
                continue  # "His widow, 29, said": a relative's with no name
            if any(s <= m.start(1) < e for s, e in hers):
                continue
            if _KIN_OF_NAMED.search(text, max(0, m.start() - 120), m.start()) and re.match(
                    r"\s+[A-Z]", text[m.end():]):
                hers.append((m.start(1), m.end(1)))
                continue  # "The widow of Sergeant Alexei Morozov, 38-year-old Irina": hers
            if any(f.start < m.end(1) and m.start(1) < f.end for f in out):
                continue
            if re.match(r"\s*(?:years?|days?|months?)\s+(?:in|of|for|ago|after)\b",
                        text[m.end(1):]) and "old" not in m.group(0):
                continue
            out.append(Fact("age", age, m.start(1), m.end(1),
                            {"kin_name": kin} if kin else {}))
    return out


def _is_life(text: str, d: EnDate, names: list[tuple[int, int]]) -> bool:
    if too_short_for_a_life(text, d.start):
        return False  # "(2022–2024) served under contract": a service, no life
    before = text[max(0, d.start - 40) : d.start]
    if re.search(r"\b(?:life|lived)\s*:?\s*\(?\s*$", before, _I):
        return True
    gap = _LIFE_GAP.search(before)
    return gap is not None and any(e == d.start - len(gap.group(0)) for _, e in names)


#: a strike that killed or wounded: "when a drone struck a house", "as a missile hit"
_STRIKE_WHEN = re.compile(r"\b(?:when|as|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:drones?|"
                          r"missiles?|shells?|rockets?|bombs?|strikes?|airstrikes?|glide\s+bombs?)"
                          r"\s+(?:\w+\s+)?(?:struck|hit|exploded|landed|fell|attacked|"
                          r"slammed)\b", _I)


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in text[start:end]."""
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


def _date_facts(text: str, dates: list[EnDate], statuses: list[Fact],
                sents: list[Sentence], names: list[tuple[int, int]]) -> list[Fact]:
    """A meaning for every date: birth, death, a status, another event, or none."""
    out: list[Fact] = []
    # a notice denied ("has not yet been confirmed") still takes the date beside it, to date
    # nothing: no day the death became known, and no death
    events = [(m.start(), m.end(), "denied" if kind == "reported" and denied(text, m.start())
               else kind) for kind, pattern in _EVENTS for m in pattern.finditer(text)]
    # a status word inside a general "other" cue ("went missing", "left his unit") dates the
    # status, whose event one_other keeps; inside any other event it is that event's
    statuses = [s for s in statuses if not any(a <= s.start < b for a, b, k in events
                                               if k != "other")]
    events = [(a, b, k) for a, b, k in events
              if k != "other" or not any(a <= s.start < b for s in statuses)]
    statuses = [s for s in statuses if not denied_after(text, s.end)]  # "not yet confirmed"
    life_start: EnDate | None = None
    for d in dates:
        extra: dict[str, Any] = {"precision": d.precision, "relative": d.relative}
        if d.kind == "range_birth":
            life_start = d if _is_life(text, d, names) else None
            if life_start is not None:
                out.append(Fact("birth_date", d.value, d.start, d.end, {**extra, "life": True}))
            continue
        if d.kind == "range_death":
            if life_start is not None:
                out.append(Fact("death_date", d.value, d.start, d.end, {**extra, "life": True}))
                out.append(Fact("status", Status.KILLED, d.start, d.end, {"range": True}))
            life_start = None
            continue
        if d.precision == "year" and _YEAR_THEN_BORN.match(text, d.end):
            # a prisoners' list's "Lukin D.A., 2004 b.": the year of birth
            out.append(Fact("birth_date", d.value, d.start, d.end, extra))
            continue
        if d.precision == "year" and _BARE_YEAR_AFTER_NAME.search(text[max(0, d.start - 4):
                                                                        d.start]):
            gap_start = text.rfind(",", 0, d.start)
            paren = text.rfind("(", 0, d.start)
            cut = max(gap_start, paren)
            if any(e == cut or e == cut - 0 for _, e in names) or any(
                    re.fullmatch(r"\s*", text[e:cut]) for _, e in names if e <= cut):
                out.append(Fact("birth_date", d.value, d.start, d.end, extra))
                continue
        if _AS_DATE_OF_DEATH.match(text, d.end):
            # "the court set 18 February 2023, the day he went missing near Bakhmut, as the
            # date of his death": the date the court fixed, however long the apposition
            out.append(Fact("death_date", d.value, d.start, d.end, extra))
            continue
        sent = sents[sentence_index(sents, d.start)] if sents else None
        lo = max(d.start - _CUE_DISTANCE, sent.start if sent else 0)
        hi = min(d.end + _CUE_DISTANCE, sent.end if sent else len(text))
        cues: list[tuple[int, int, str, Any]] = [
            # "b." dates only the year written right after it: "(b. 1995), February 10"
            *((m.start(), m.end(), "birth", None) for m in _BORN.finditer(text, lo, hi)
              if (not m.group().lower().startswith("b.") or 0 <= d.start - m.end() <= 2)
              and not _born_dated(text, m.end(), d, dates)),
            *((m.start(), m.end(), "death", None)
              for m in _DEATH_DATE.finditer(text, lo, hi)
              if not m.group().lower().startswith("d.") or 0 <= d.start - m.end() <= 2),
            *((f.start, f.end, "status", f) for f in statuses),
            *((a, b, "event", kind) for a, b, kind in events),
            # "On 12 September a drone hit his dugout": the strike's day (incidents.py)
            *((a, b, "incident", (a, b)) for a, b in incident_cues(
                text, lo, hi, d.end, d.precision, d.kind, ((f.start, f.end) for f in statuses))),
        ]
        best: tuple[float, str, Any] | None = None
        strike = _last(_STRIKE_WHEN, text, sent.start if sent else lo, d.start)
        first_fate = min((f.start for f in statuses if strike is not None and (
            sent.start if sent else lo) <= f.start < strike.start()), default=-1)
        held = _HELD.search(text, max(lo, d.start - 25), d.start)
        # the ceremony the sentence opens with, however long the apposition of the dead
        # before its verb ("Funeral services for X, a 38-year-old … from …, will be held on
        # Wednesday")
        ceremony = [(a, kind) for a, _, kind in events if kind in ("funeral", "farewell")
                    and (sent.start if held and sent else lo) <= a < d.start]
        if held and ceremony:  # "The funeral of X, killed on 28 October, will take place on
            best = (0, "event", ceremony[-1][1])  # Wednesday": the ceremony's day
            cues = []
        for start, end, kind, value in cues:
            if end <= (lo if first_fate < 0 else min(lo, first_fate)) or start >= hi or (
                    start < d.end and d.start < end):
                continue
            if d.kind == "same_time" and kind != "event":
                continue  # "the same day" dates an event; a fate's is the battle's (same_battle)
            between = text[end : d.start] if end <= d.start else text[d.end : start]
            if re.search(r"[;:]|\s[–—]\s", _CLOCK.sub(" ", between)):
                continue  # (a clock's colon parts nothing: "On 4 November at 11:00 the …")
            if start >= d.end and _SPAN_START.search(text, max(0, d.start - 12), d.start):
                # "who had worked in Yekaterinburg since 2019, signed a contract in
                # November": a span's start dates the verb before it, not a cue after it
                continue
            if start >= d.end and _AFTER_BEING.fullmatch(between):
                # "died in a hospital on 12 June after being wounded near Vovchansk": the
                # wounding came before, undated; the day is the verb's before it
                continue
            if start >= d.end and _date_before_other_verb(text, d, between,
                                                          sent.start if sent else lo, names):
                # "signed a contract in October and was killed": the killing has its own
                # date; "Kenyan officials on Wednesday released …": the day of the news
                continue
            dist = d.start - end if end <= d.start else (start - d.end) * 2
            if strike is not None and kind == "status" and end <= strike.start():
                # "killed and her neighbour wounded when a drone struck … on Sunday": the
                # strike's day is its main clause's first fate's
                dist = d.start - strike.start() + (0 if start == first_fate else 5)
            if later_clause(text, d.end, start) and not (
                    kind == "death" and _AS_DATE_OF.fullmatch(between)):
                # "signed a contract in May 2023, deserted in August": a date closes the
                # clause of its verb; a cue past a comma is another clause's
                dist += LATER_CLAUSE
            if kind == "death":
                dist -= 30
            if kind == "incident":
                dist += INCIDENT_PENALTY
            if best is None or dist < best[0]:
                best = (dist, kind, value)
        if best is None:
            continue
        _, kind, value = best
        if kind == "event" and (value in ("denied", "news") or period_event(text, d.start,
                                                                             str(value))):
            continue  # (a period: "deaths confirmed 21–27 August", "since February 2022")
        if kind == "birth":
            out.append(Fact("birth_date", d.value, d.start, d.end, extra))
        elif kind == "death":
            out.append(Fact("death_date", d.value, d.start, d.end, extra))
        elif kind == "incident":
            out.append(incident_fact(text, value, d.value, d.start, d.end, extra))
        elif kind == "event":
            out.append(Fact("other_date", d.value, d.start, d.end, {**extra, "event": value}))
        else:
            st: Fact = value
            plural = {"plural": True} if st.extra.get("plural") else {}
            out.append(Fact("status_date", d.value, d.start, d.end,
                            {**extra, **plural, "status": st.value}))
            if st.value is Status.KILLED:
                out.append(Fact("death_date", d.value, d.start, d.end, {**extra, **plural}))
            else:  # going missing, captured …; a court's declaration: its decision
                # (the day of a return itself is no capture's: "returned from captivity on
                # May 5", as the Russian reader dates it)
                out.append(Fact("other_date", d.value, d.start, d.end, {
                    **extra, "event": "other" if st.extra.get("home")
                    or st.value is Status.RETURNED else STATUS_EVENT.get(st.value, "other")}))
    return out


#: what stands between "born" and its own date: "born in 1996", "born on 12 March 1990",
#: "born 1985", "born in Kursk in 1985"
_BORN_GAP = re.compile(r"\s*(?:(?:in|on)\s+)?(?:[A-Z][\w-]+\s+(?:in|on)\s+)?", _I)


def _born_dated(text: str, cue_end: int, d: EnDate, dates: list[EnDate]) -> bool:
    """"born" followed by a date of its own other than ``d`` ("Fedotov, born in 1996, …
    left his post on 3 May 2023"): the word dates that one alone."""
    return any(o is not d and o.start >= cue_end and _BORN_GAP.fullmatch(text, cue_end, o.start)
               for o in dates)


#: what stands between a date and "the date of his death" naming it: "set August 14, 2023,
#: as the date of his death", "named June 2, 2023, the date of his death"
_AS_DATE_OF = re.compile(r",?\s*(?:as\s+)?(?:the\s+)?", _I)
#: a date named as the date of death after an apposition that says what day it was: "set 18
#: February 2023, the day he went missing, as the date of his death", "fixed 26 July 2023 —
#: the last day his unit had contact with him — as the date of his death"
_AS_DATE_OF_DEATH = re.compile(
    r"(?:\s*[,(—–]\s*(?:the|a|his|her|when)\s[^.;()—–]{1,100}?\s*[,)—–])?\s*,?\s*"
    r"as\s+(?:the|his|her)\s+(?:official\s+)?(?:date|day)\s+of\s+(?:his\s+|her\s+)?death\b", _I)
#: a time of day: "at 11:00", "10:30"
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
#: a span's start right before a date: "since 2019", "from 1997 (to 2019)"
_SPAN_START = re.compile(r"\b(?:since|from)\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?$", _I)


# a finite verb or participle: the date closes a clause of its own ("signed a contract in
# October and was killed"), unlike "On 5 May Ivan Petrov and his friend … were killed"
_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|am|has|have|had|been|went|left|joined|signed|served|fought|took|"
    r"got|came|began|sent|\w{3,}ed)\b", re.I)
_CONJ = re.compile(r"\b(?:and|but|then)\b")
# what may stand before a weekday that opens its sentence: "On Saturday, …", "Early on Monday"
_LEAD = re.compile(r"[\W_]*(?:(?:early|late|last|this|on)\b[\W_]*)*", re.I)


def _date_before_other_verb(text: str, d: EnDate, between: str, sent_start: int,
                            names: list[tuple[int, int]]) -> bool:
    """A cue after the date belongs to another clause: the date closes a clause with its own
    verb and "and/but/then" follows, or a weekday inside a sentence dates the news."""

    def blank(a: int, b: int) -> str:
        chunk = list(text[a:b])
        for s, e in names:
            for i in range(max(s, a), min(e, b)):
                chunk[i - a] = " "
        return "".join(chunk)

    if d.kind == "weekday" and not _LEAD.fullmatch(text[sent_start:d.start]):
        return True  # "Kenyan officials on Wednesday released …": the day of the news
    conj = _CONJ.search(between)
    if conj is None:
        return False
    before = blank(sent_start, d.start)
    after = blank(d.end, d.end + conj.start())
    return bool(_CLAUSE_VERB.search(before) or _CLAUSE_VERB.search(after))


def extract_english(text: str, published: date | None) -> list[dict[str, Any]]:
    from headcount.extract.pipeline import assemble

    people = find_people(text)
    if not people:
        return []
    list_order(people, text)
    sents = _sentences(text)
    names = [(r.start, r.end) for p in people for r in p.refs]
    statuses = find_status(text)
    statuses = sorted([*statuses, *heading_fates(text, statuses)], key=lambda f: f.start)
    facts: list[Fact] = [
        *statuses,
        *_date_facts(text, find_dates(text, published), statuses, sents, names),
        *_ages(text),
        *find_ranks(text),
        *find_units(text),
        *find_channels(text),
        *find_citizenship(text),
        *demonyms_before_names(text, names),
        *countries_after_names(text, names),
        *find_missions(text, names),
        *find_home_countries(text),
        *find_homes(text, names),
        *find_death_places(text),
    ]
    facts = [f for f in facts if not any(s <= f.start < e for s, e in names)]
    facts = [f for f in facts if not any(m.start() <= f.start < m.end()
                                         for m in _DATELINE.finditer(text))]
    facts = [f for f in facts if not _rank_of_no_one(text, f, names)]
    unsubject = [r.start for p in people for r in p.refs if not r.subject]
    facts = [f for f in facts if not (f.field == "rank" and any(
        re.fullmatch(r"\s+", text[f.end : s]) for s in unsubject if s > f.end))]
    # (the rank of one named as no one reported: "The judge, Colonel Sergei Avdeyev, …")
    facts = _stated_over_home(text, facts)
    facts = drop_kins_death(text, drop_whose_kin(text, drop_kins_service(text, facts, sents,
                                                                         names)))
    facts = drop_former_ranks(text, _no_split_headline_fates(text, facts))
    facts = _no_unnamed_companions_fate(text, facts)
    foreign = any(f.field == "citizenship" and f.value != "RU" for f in facts)
    context = [f for f in facts if f.extra.get("context")]
    facts = [f for f in facts if not f.extra.get("context")]
    # "His mother, Anna Petrova, 58, said …": a relative's or an official's own facts
    facts, theirs = split_theirs(text, people, facts)
    by_person = attach(sorted(facts, key=lambda f: f.start), people, sents, "")
    for i, f in theirs:
        if people[i].subject:
            by_person[i].append(f)
    _own_over_plural_fate(text, people, by_person)
    _plural_status_in_its_clause(text, people, by_person, sents)
    _share_coordinated(text, people, by_person, sents)
    _share_plural_sentences(text, people, by_person, sents, facts)
    _share_listed_status(text, people, by_person, sents, facts)
    _share_both_home(text, people, by_person, sents, facts)
    _share_heading_status(text, people, by_person, sents, statuses)
    share_heading_fates(text, people, by_person, statuses)
    _share_lead_group(text, people, by_person, sents, facts)
    share_enumerated(text, people, by_person, sents,
                     [*statuses, *(f for f in facts if f.field == "place_of_death")])
    _specific_death_place(by_person)
    _share_same_unit(text, people, by_person, facts)
    share_same_battle(text, people, by_person, sents, facts, SAME_BATTLE_EN, False)
    share_same_battle(text, people, by_person, sents, facts, SAME_DAY_EN, False, place=False)
    share_clause_day(text, people, by_person, sents)
    share_next_day(text, by_person, sents, facts)
    for i, person in enumerate(people):  # a region named without a cue: the document's
        if context and person.subject and not any(f.field == "region" for f in by_person[i]):
            by_person[i].append(context[0])
    out = []
    abroad = any(f.extra.get("abroad") for f in facts)  # "hailed from Osh in Kyrgyzstan"
    country = one_foreign_country(facts)
    if not foreign:  # "Kenyan officials released the names of four citizens …"
        cues = find_country_cues(text)
        country = one_foreign_country(cues)
        foreign = country is not None
    for i, person in enumerate(people):
        if not person.subject or _only_a_life(by_person[i]):
            continue
        own = _one_other_event(share_country(by_person[i], country,
                                             bool(person.parts.patronymic)))
        mention = assemble(text, person, _ceremony_year(_lived_over_born(own)), others=[
            (r.start, r.end) for p in people if p is not person for r in p.refs])
        if mention is not None:
            _russian_citizen(mention, foreign or abroad)
            _back_from_russian_captivity(text, mention)
            out.append(mention)
    share_same_unit(out, text)
    share_heading_unit(out, text)
    return out


_CAPITALISED_AFTER = re.compile(r"\s+(?:[A-Z][a-z]?\.\s*)*[A-Z]")


def _rank_of_no_one(text: str, fact: Fact, names: list[tuple[int, int]]) -> bool:
    """A rank written before a capitalised word that starts no person's name is a title of
    something else ("Sgt. Pepper", "Gen. Karbyshev's legacy" of no one in the text)."""
    if fact.field != "rank":
        return False
    m = _CAPITALISED_AFTER.match(text, fact.end)
    if m is None:
        return False
    start = len(text) - len(text[fact.end :].lstrip())
    if text.startswith(("The ", "He ", "She ", "His ", "Her "), start):
        return False
    return not any(s <= start < e for s, e in names)


#: dated events told as "other", as the guide does: which one a person keeps is
#: pipeline.one_other's choice, the same in every language
_AS_OTHER = frozenset({"contact", "departure"})


def _one_other_event(facts: list[Fact]) -> list[Fact]:
    """The last contact and a departure or arrival told as "other" events."""
    return [Fact(f.field, f.value, f.start, f.end,
                 {**f.extra, "event": "other", "kind": f.extra["event"]})
            if f.field == "other_date" and f.extra.get("event") in _AS_OTHER else f
            for f in facts]


#: most days between a death and its funeral or farewell
CEREMONY_DAYS = 60


def _ceremony_year(facts: list[Fact]) -> list[Fact]:
    """A funeral or farewell told without a year follows the death it closes: "killed …
    on 5 February 2023. His funeral was held on 14 February" (published in 2024) is 14
    February 2023, not the February before publication."""
    deaths = [f for f in facts if f.field == "death_date" and f.extra.get("precision") == "day"
              and not f.extra.get("relative")]
    if not deaths:
        return facts
    death = date.fromisoformat(str(deaths[0].value))
    out = []
    for f in facts:
        if f.field == "other_date" and f.extra.get("event") in ("funeral", "farewell") and \
                f.extra.get("relative") and f.extra.get("precision") == "day":
            when = date.fromisoformat(str(f.value))
            for year in (death.year, death.year + 1):
                try:
                    moved = when.replace(year=year)
                except ValueError:
                    continue
                if 0 <= (moved - death).days <= CEREMONY_DAYS and moved != when:
                    f = Fact(f.field, moved.isoformat(), f.start, f.end, f.extra)
                    break
        out.append(f)
    return out


#: what lies between a date and a cue after it when the cue's event came earlier: "… on 12
#: June after being wounded", "… on 3 May, days after having been captured"
_AFTER_BEING = re.compile(r"\s*,?\s*(?:(?:a\s+)?\w+\s+(?:days?|weeks?|months?)\s+)?after\s+"
                          r"(?:being|having\s+been|he\s+was|she\s+was)\s+", re.I)


def _lived_over_born(facts: list[Fact]) -> list[Fact]:
    """Where someone lived is the home, not where they were born, come from or served
    ("moved to Tambov, where he lived" over "his native village of Churapcha")."""
    if not any(f.field == "settlement" and f.extra.get("cue") == "lived" for f in facts):
        return facts
    return [f for f in facts if not (f.field in ("settlement", "region")
                                     and f.extra.get("cue") in ("born", "home"))]


def _only_a_life(facts: list[Fact]) -> bool:
    """Life dates and nothing about the war ("a minute's silence for X (1958–2021), who
    chaired the Duma"): a person of the past, not one the war news is about."""
    war = [f for f in facts if f.field in ("status", "death_date", "birth_date", "rank", "unit",
                                           "channel", "age", "status_date")]
    return bool(war) and all(f.extra.get("range") or f.extra.get("life") for f in war)


#: channels of someone serving in Russia's forces
_SERVING_CHANNELS = frozenset({"mobilised", "conscript", "contract", "regular", "pmc",
                               "prisoner", "volunteer_formation"})


_RUSSIAN_SURNAME = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skii|ova|eva|ina|skaya|enko)$")


def _stated_over_home(text: str, facts: list[Fact]) -> list[Fact]:
    """A citizenship inferred from a home abroad gives way to one stated or named by a
    demonym in the same paragraph ("who had lived in Havana …; he was a Colombian
    citizen" is Colombian)."""
    stated = [f for f in facts if f.field == "citizenship" and not f.extra.get("home")
              and not f.extra.get("context")]

    def overruled(f: Fact) -> bool:
        return any(g.value != f.value and "\n" not in text[min(f.start, g.start):
                                                             max(f.end, g.end)]
                   for g in stated)

    return [f for f in facts
            if not (f.field == "citizenship" and f.extra.get("home") and overruled(f))]


#: a brigade of a kind only Ukraine's army has ("14th Separate Mechanized Brigade", "the
#: 128th Mountain Assault Brigade"; Russia's are "motor rifle")
_UKRAINIAN_UNIT = re.compile(r"\b(?:Separate\s+Mechani[sz]ed|Mechani[sz]ed\s+Brigade|Mountain\s+"
                             r"Assault|Territorial\s+Defen[cs]e|Jaeger|Presidential\s+Brigade)\b",
                             re.I)


def _ukrainian_soldier(m: dict[str, Any]) -> bool:
    """Ukraine's soldier, not Russia's, though mobilised: a brigade only Ukraine's army has,
    or a home in Ukraine's unoccupied regions ("Born in Poltava, … mobilized in 2022")."""
    region = m.get("region") or ""
    home = region.startswith("UA-") and not m.get("region_occupied")
    return bool(_UKRAINIAN_UNIT.search(m.get("unit") or "")) or (
        home and m.get("channel") in ("mobilised", "conscript"))


def _infer_ukrainian(m: dict[str, Any]) -> None:
    basis = m["evidence"].get("unit") if _UKRAINIAN_UNIT.search(m.get("unit") or "") else \
        m["evidence"].get("region")
    if basis is None:
        return
    m["citizenship"], m["citizenship_contested"] = "UA", False
    m["evidence"]["citizenship"] = {**basis, "rule": "inferred"}


_THE_SAME = re.compile(r"\bthe\s+same\s+$", _I)


def _share_same_unit(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                     facts: list[Fact]) -> None:
    """"His brother Zorigto, a private in the same 5th Guards Tank Brigade": the unit is
    also of those named before him who have none of their own."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    for f in facts:
        if f.field != "unit" or not _THE_SAME.search(text, max(0, f.start - 12), f.start):
            continue
        for i in {i for s, i in refs if s < f.start}:
            if not any(g.field == "unit" for g in by_person[i]):
                by_person[i].append(f)


def _specific_death_place(by_person: dict[int, list[Fact]]) -> None:
    """"Three men … have been killed in Ukraine. … Both died near Svatove": the country
    yields to a place within it."""
    for i, facts in by_person.items():
        places = [f for f in facts if f.field == "place_of_death"]
        if any(f.value != "Ukraine" for f in places):
            by_person[i] = [f for f in facts if not (f.field == "place_of_death"
                                                     and f.value == "Ukraine")]


#: a news agency's dateline: "KATHMANDU, Jan 18 (Reuters) -", "NAIROBI, Oct. 3 —": the day
#: of the report, no event's
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'-]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
                       r"\s*(?:\([^()\n]{1,30}\))?\s*[-—–]")


#: a fate counted for one of several in a headline: "one killed, one wounded"
_ONE_OF = re.compile(r"\b(?:one|another|the\s+other|a\s+second|a\s+third|second|third)\s+"
                     r"(?:(?:is|was|still|now)\s+)*$", re.I)


def _headline(text: str, line_end: int) -> bool:
    """The first line (up to ``line_end``) is a headline: short, one sentence, no full stop
    at its end (not a lead paragraph)."""
    line = text[:line_end].strip() if line_end > 0 else ""
    return 0 < len(line) <= 160 and not line.endswith(".") and not re.search(
        r"[a-z]{2}[.!?]\s+[A-Z]", line)


def _no_split_headline_fates(text: str, facts: list[Fact]) -> list[Fact]:
    """"Brothers from Buryatia: one killed, one wounded": a headline's fates counted one by
    one, or of two kinds, belong to no one in particular; the body tells whose each is."""
    line_end = text.find("\n")
    if line_end < 0:
        return facts
    counted = [f for f in facts if f.field == "status" and f.end <= line_end
               and _ONE_OF.search(text, 0, f.start)]
    values = {f.value for f in counted}
    if len(values) < 2:
        # "Kenyan captured in Ukraine says friend was killed beside him", "Nepali recruit in
        # Ukrainian captivity video; Jumla man confirmed killed": a headline telling fates
        # of two kinds tells them of different men; the body says whose each is
        if not _headline(text, line_end):
            return facts
        counted = [f for f in facts if f.field == "status" and f.end <= line_end]
        values = {f.value for f in counted}
        if len(values) < 2 or not text[line_end:].strip():
            return facts
    return [f for f in facts if f not in counted]


#: an unnamed companion's fate: "a friend who travelled to Russia with him was killed", "his
#: comrade was wounded", "one of his fellow recruits had been killed" (not "his friend Dennis
#: Omondi was killed": a named friend is a person of his own)
_COMPANION_FATE = re.compile(
    r"\b(?:a|his|her|their|one\s+of\s+(?:his|her|their))\s+(?:\w+\s+)?(?:friends?|comrades?|"
    r"companions?|fellow\s+\w+|brothers?[- ]in[- ]arms|colleagues?|neighbou?rs?|classmates?|"
    r"cousins?)\b(?!,?\s+(?-i:[A-Z]))(?:,?\s+(?:who|whom|with\s+whom|that)\b"
    # the clause tells of the friend, not what he said of another ("a comrade who served
    # with him said Ivan Sokolov was killed")
    r"(?:(?!\b(?:said|says|told|tells|wrote|writes|added|confirmed|reported|believes|"
    r"thinks|learned|heard)\b)[^.;:!?]){0,80}?)?"
    r",?\s+(?:was|were|had\s+been|has\s+been|is|got)\s+(?:\w+\s+)?$", _I)


def _no_unnamed_companions_fate(text: str, facts: list[Fact]) -> list[Fact]:
    """Statuses told of someone's unnamed friend or comrade are no one's in the text."""
    return [f for f in facts if not (f.field == "status" and _COMPANION_FATE.search(
        text, max(0, f.start - 140), f.start))]


#: a return from Russia's captivity: Ukraine's soldiers come back ("another 303 Ukrainian
#: defenders returned from Russian captivity", "freed from Russian captivity")
_FROM_RUSSIAN_CAPTIVITY = re.compile(
    r"\bRussian\s+captivity\b|\bUkrainian\s+(?:defenders|servicemen|soldiers|service\s+members|"
    r"POWs|prisoners(?:\s+of\s+war)?|troops|marines|fighters)\b", _I)


#: Russia's men coming back in the same exchange: "84 Russian servicemen returned from
#: Ukrainian captivity in exchange for 84 Ukrainian POWs"
_RUSSIANS_BACK = re.compile(r"\bUkrainian\s+captivity\b|\bRussian\s+(?:defenders|servicemen|"
                            r"soldiers|service\s+members|POWs|prisoners|troops|marines)\b", _I)


def _back_from_russian_captivity(text: str, m: dict[str, Any]) -> None:
    """One returned in an exchange the sentence tells as Ukraine's soldiers coming back
    from Russia's captivity is Ukraine's citizen."""
    cue = m["evidence"].get("status")
    if m.get("citizenship") is not None or m.get("status") != "returned" or cue is None:
        return
    a = max(text.rfind(ch, 0, cue["start"]) for ch in ".!?\n") + 1
    ends = [i for i in (text.find(ch, cue["end"]) for ch in ".!?\n") if i >= 0]
    b = min(ends, default=len(text))
    if _FROM_RUSSIAN_CAPTIVITY.search(text, a, b) and not _RUSSIANS_BACK.search(text, a, b):
        m["citizenship"], m["citizenship_contested"] = "UA", False
        m["evidence"]["citizenship"] = {**cue, "rule": "inferred"}


#: a man's own fate that only tells how a group's came about: "among the 95 servicemen
#: returned …, held in Ukrainian captivity since March" (captured, then returned)
_STAGES_BEFORE: dict[str, frozenset[str]] = {
    Status.RETURNED: frozenset({Status.CAPTURED, Status.MISSING, Status.WOUNDED}),
    Status.CAPTURED: frozenset({Status.MISSING, Status.WOUNDED}),
    Status.KILLED: frozenset({Status.WOUNDED, Status.MISSING}),
}


def _own_over_plural_fate(text: str, people: list[Person],
                          by_person: dict[int, list[Fact]]) -> None:
    """"He was taken prisoner …; two of the group were killed by a drone": a plural fate in
    the sentence (clauses joined by a semicolon) that tells a man's own of another kind, in
    the headline ("… job offers; hundreds killed") or told before he is named ("at least 316
    of them have been killed. … Ekani … was captured") is the others' fate, not his."""
    line_end = text.find("\n") if _headline(text, text.find("\n")) else -1

    def beside(a: Fact, b: Fact) -> bool:
        return a.end <= line_end < b.start or not re.search(
            r"[.!?\n]\s", text[min(a.end, b.end) : max(a.start, b.start)])

    for i, facts in by_person.items():
        own = [f for f in facts if f.field == "status" and not f.extra.get("plural")]
        first = min((r.start for r in people[i].refs), default=0)
        by_person[i] = [f for f in facts if not (
            f.field == "status" and f.extra.get("plural") and any(
                g.value != f.value and g.value not in _STAGES_BEFORE.get(f.value, ()) and (
                    beside(f, g) or f.end <= first) for g in own))]


def _russian_citizen(m: dict[str, Any], foreign_text: bool) -> None:
    """Russian citizenship as the English guide reads it: implied by a Russian home, or by
    serving in Russia's forces under a Russian name (a patronymic, or a Russian surname in a
    text naming no foreign country); a rank alone (a unit's bare announcement) implies
    nothing."""
    region = m.get("region") or ""
    home = region.startswith("RU-")
    russian = bool(m.get("patronymic")) or (
        not foreign_text and bool(_RUSSIAN_SURNAME.search(m.get("surname") or "")))
    implied = home or (m.get("channel") in _SERVING_CHANNELS and russian)
    if m.get("citizenship") is None and _ukrainian_soldier(m):
        _infer_ukrainian(m)
    elif m.get("citizenship") is None and implied:
        m["citizenship"], m["citizenship_contested"] = "RU", False
        basis = m["evidence"].get("region") or m["evidence"].get("channel")
        m["evidence"]["citizenship"] = {**basis, "rule": "inferred"}
    elif m.get("citizenship") == "RU" and m["evidence"]["citizenship"].get("rule") == "inferred" \
            and not implied:
        m["citizenship"] = m["citizenship_contested"] = None
        del m["evidence"]["citizenship"]


#: a headline counting its people before their fate: "Three Nepalis killed", "2 Indian men
#: missing"
_COUNTED_HEAD = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven|twelve|dozens|several|\d{1,3})\s+(?:more\s+)?"
                           r"(?:[A-Z][\w-]*\s+)*(?:[a-z]+\s+)?(?:men|women|people|soldiers|"
                           r"recruits|citizens|nationals|[A-Z][a-z]+(?:is|ns|ans|ese|s))\s+"
                           r"(?:(?:were|are|have\s+been|reported|feared|confirmed)\s+)?$", _I)


#: the rest of a line that heads a list: "… in the exchange:" and the line's end
_LINE_HEADING = re.compile(r"[^.!?\n:]{0,80}:[ \t]*\n")


#: a plural fate's sentence, then a heading naming no fate: "… returned from captivity.\n\n
#: Among them:\n"
_AMONG_THEM = re.compile(r"[^.!?\n:]{0,80}[.!]\s*\n\s*(?:among\s+them|they\s+are|they\s+include|"
                         r"their\s+names(?:\s+are)?)\s*:[ \t]*\n", _I)
#: a list entry's line: a number, a dash or a bullet first
_ENTRY_LINE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[—–•▪*-])")


def _entries_end(text: str, start: int) -> int:
    """Where the list that starts at ``start`` ends: at the first line with text that is no
    entry (blank lines between entries do not end it); a list without marks ends at a blank
    line."""
    if not _ENTRY_LINE.match(text, start + len(text[start:]) - len(text[start:].lstrip())):
        stop = text.find("\n\n", start)
        return len(text) if stop < 0 else stop
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip() and not _ENTRY_LINE.match(text, pos):
            return pos
        pos = end + 1
    return len(text)


def _share_heading_status(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                          sents: list[Sentence], statuses: list[Fact]) -> None:
    """"Kurgan region — deaths confirmed this week:" gives its status to every person of the
    list below it who has none of their own."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    named = {sentence_index(sents, s) for s, _ in refs}
    for f in statuses:
        line = text.rfind("\n", 0, f.start) + 1
        head = _LINE_HEADING.match(text, f.end) or _AMONG_THEM.match(text, f.end)
        if head and not any(line <= s < f.start for s, _ in refs):
            # a heading on its own line ("Returned in the exchange:\n1. A …\n2. B …"), or
            # a plural fate before "Among them:": its fate is every entry's, below an entry's
            # own but for a step on the way to it
            headed = Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
            stop = _entries_end(text, head.end())
            for i in {i for s, i in refs if f.end < s < stop}:
                by_person[i] = [g for g in by_person[i] if g is not f] + [headed]
            continue
        si = sentence_index(sents, f.start)
        sentence = text[sents[si].start : sents[si].end].rstrip()
        counted = bool(_COUNTED_HEAD.search(text, sents[si].start, f.start))
        entries = _led_entries(text, f, si, refs, sents) if si not in named and (
            f.extra.get("plural") or counted) else None
        if entries is not None:
            # "Residents of Buryatia who died heroically in the special military operation.
            # We express our condolences …\n\n1. A …\n2. B …": a plural fate over the
            # marked list opening a few sentences after it
            headed = Fact(f.field, f.value, f.start, f.end, {**f.extra, "headed": True})
            for i in {i for s, i in refs if entries[0] <= s < entries[1]}:
                by_person[i] = [g for g in by_person[i] if g is not f] + [headed]
            continue
        if si in named or not (sentence.endswith(":") or (
                (f.extra.get("plural") or counted) and si == 0)):
            continue
        stop = text.find("\n\n", f.end)
        stop = len(text) if stop < 0 else stop
        for i in {i for s, i in refs if f.end < s < stop}:
            if not any(g.field == "status" for g in by_person[i]):
                by_person[i].append(f)


def _led_entries(text: str, f: Fact, si: int, refs: list[tuple[int, int]],
                 sents: list[Sentence]) -> tuple[int, int] | None:
    """The span of the marked list a sentence naming nobody leads: its first name after the
    cue opens an entry line ("1. Private A …") a few sentences on, nobody named before."""
    if any(s < f.start for s, _ in refs):
        return None
    first = min((s for s, _ in refs if s > f.end), default=None)
    if first is None or sentence_index(sents, first) - si > LEAD_REACH:
        return None
    line_start = text.rfind("\n", 0, first) + 1
    if line_start <= f.end or not _ENTRY_LINE.match(text, line_start):
        return None
    return line_start, _entries_end(text, line_start)


_PLURAL_WORDS = re.compile(r"\b(?:they|their|both|brothers|all\s+(?:three|four|five|of\s+them)|"
                           r"the\s+(?:two|three|men|soldiers|fighters)|each\s+of\s+them)\b", _I)
_COUNTED_ALL = re.compile(r"\b(?:both|all\s+(?:two|three|four|five)|the\s+(?:two|three|brothers|"
                          r"twins|sisters))\b", _I)
_SHARED_EVENTS = frozenset({"funeral", "farewell", "mobilised", "reported", "repatriation"})
#: events shared only where the sentence counts everyone ("Both signed contracts in
#: February", "All three joined Wagner in 2022"): "they" alone may be the recruiters
_COUNTED_EVENTS = frozenset({"contract"})


def _share_plural_sentences(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                            sents: list[Sentence], facts: list[Fact]) -> None:
    """"The brothers will be buried on 18 March": a dated event of a sentence that names
    nobody but speaks of several goes to everyone named before it."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    named_sents = {sentence_index(sents, s) for s, _ in refs}
    for f in facts:
        if f.field not in ("other_date", "channel", "unit", "place_of_death", "age"):
            continue  # "All three served in …", "Both died … near Svatove"
        counted = f.field in ("place_of_death", "age") or (
            f.field == "other_date" and f.extra.get("event") in _COUNTED_EVENTS)
        if f.field == "other_date" and f.extra.get("event") not in _SHARED_EVENTS and not counted:
            continue
        si = sentence_index(sents, f.start)
        if si in named_sents:
            continue
        sent = text[sents[si].start : sents[si].end]
        if not _PLURAL_WORDS.search(sent) or (counted and not _COUNTED_ALL.search(sent)):
            continue
        for i in {i for s, i in refs if s < f.start}:
            if f.field == "age" and any(g.field == "age" for g in by_person[i]):
                continue  # "The brothers were twenty-six": to those of no age of their own
            if f not in by_person[i]:
                by_person[i].append(f)


#: a status opening a sentence that lists its people after it: "Killed were A, B and C",
#: "Among the dead are …", "The dead were named as …", "Killed: A, B, C"
_LISTED_STATUS = re.compile(r"\s*(?:(?:killed|dead|missing|captured|wounded)\s+(?:were|are)|"
                            # "Killed: Private Ivan Kuzmin, Sergeant …"
                            r"(?:the\s+)?(?:killed|dead|fallen|missing|captured|wounded)"
                            r"(?=\s*:)|"
                            r"among\s+(?:the|those)\s+(?:dead|killed|fallen|missing)\s+(?:were|are)|"
                            r"the\s+(?:dead|fallen|killed)\s+(?:were|are|have\s+been)\s+"
                            r"(?:named|identified)(?:\s+as)?)\s*:?\s", _I)


#: where a clause of a listing sentence ends: "…, and Pavel Orlov was wounded", "…, while
#: …", a semicolon (", and C" closing the list itself is no end; nor the dot of an initial,
#: "Sergeant S. N. Pakhomov, Corporal …")
_CLAUSE_END = re.compile(r";|(?<!\b[A-Z])\.\s|,?\s+(?:while|whereas)\b|"
                         r",\s+(?:but|although|though)\b|"
                         r",?\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:was|is|has|had|"
                         r"survived|escaped|remains|remained)\b|,\s+and\s+(?:his|her|their|the)\b")


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_END.search(text, start, end)
    return m.start() if m else end


def _clause_between(text: str, start: int, end: int, limit: int) -> bool:
    """A clause ends between ``start`` and ``end`` (its cue may read on up to ``limit``)."""
    return any(m.start() < end for m in _CLAUSE_END.finditer(text, start, limit))


def _plural_status_in_its_clause(text: str, people: list[Person],
                                 by_person: dict[int, list[Fact]],
                                 sents: list[Sentence]) -> None:
    """"Ivan Petrov and Oleg Sidorov were killed, and Pavel Orlov was wounded": a plural
    status is of those named in its own clause, not of one named beyond the clause's end."""
    for i, person in enumerate(people):
        keep = []
        for f in by_person[i]:
            sent = sents[sentence_index(sents, f.start)]
            mine = [r for r in person.refs if sent.start <= r.start < sent.end]
            if f.field == "status" and f.extra.get("plural") and mine and all(
                    _clause_between(text, min(f.end, r.end), max(f.start, r.start), sent.end)
                    for r in mine):
                continue
            if f.field in _FATE_FIELDS and mine and all(
                    _others_who(text, people, i, r.end, f.start) for r in mine):
                continue  # "Journalist Anna Lisina attended the farewell for Oleg Drozdov
                # and Ilya Sychev, who were killed on March 1": the relative clause's, not hers
            keep.append(f)
        by_person[i] = keep


#: the fields of a fate a relative clause tells
_FATE_FIELDS = frozenset({"status", "status_date", "death_date", "place_of_death"})


def _others_who(text: str, people: list[Person], i: int, after: int, cue: int) -> bool:
    """Between a naming of person ``i`` ending at ``after`` and a fate at ``cue``, others
    are named and then a "who" opens the fate's relative clause: theirs."""
    who = None
    for m in re.finditer(r",\s+who\b", text[after:cue]):
        who = after + m.start()
    if who is None:
        return False
    return any(after <= r.start and r.end <= who for j, p in enumerate(people) if j != i
               for r in p.refs)


def _share_listed_status(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                         sents: list[Sentence], facts: list[Fact]) -> None:
    """The status of a sentence opened by it is everyone's the sentence names after it."""
    for sent in sents:
        m = _LISTED_STATUS.match(text, sent.start)
        if m is None:
            continue
        cue = next((f for f in facts if f.field == "status"
                    and m.start() <= f.start < m.end()), None)
        if cue is None:
            continue
        stop = _clause_end(text, m.end(), sent.end)
        for i, person in enumerate(people):
            if any(r.subject and m.end() <= r.start < stop for r in person.refs) and not any(
                    f.field == "status" for f in by_person[i]):
                by_person[i].append(cue)
    for f in facts:  # "… were among the 75 servicemen returned in Friday's exchange: A; B; C"
        if f.field != "status" or not f.extra.get("plural"):
            continue
        colon = _COLON_AFTER.match(text, f.end)
        if colon is None:
            continue
        # the list runs to the end of its line (its entries' "b. 1993" ends no list)
        line_end = text.find("\n", colon.end())
        stop = len(text) if line_end < 0 else line_end
        for i, person in enumerate(people):
            if any(r.subject and colon.end() <= r.start < stop for r in person.refs) and \
                    not any(g.field == "status" for g in by_person[i]):
                by_person[i].append(f)


#: a plural status that a colon right after it opens a list for
_COLON_AFTER = re.compile(r"[^.;:!?\n]{0,30}?:\s")


#: a home told once for several: "A, 21, and B, 24, both from Amritsar", "all three of Dang"
_BOTH_FROM = re.compile(r"\b(?:both|all\s+(?:two|three|four|five|of\s+them)|all|each|the\s+two|"
                        r"the\s+three)\s+(?:(?:were|are|was|came|come|hailed|hail)\s+)?"
                        r"(?:originally\s+)?(?:from|of|natives\s+of|residents\s+of)\s+"
                        r"(?:the\s+(?:village|town|city)\s+of\s+)?$", _I)


def _share_both_home(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                     sents: list[Sentence], facts: list[Fact]) -> None:
    """A home after "both from" is everyone's its sentence names before it who has none."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    for f in facts:
        if f.field not in ("settlement", "region", "citizenship") or not _BOTH_FROM.search(
                text, max(0, f.start - 45), f.start):
            continue
        si = sentence_index(sents, f.start)
        for i in {i for s, i in refs if s < f.start and sentence_index(sents, s) == si}:
            if not any(g.field == f.field for g in by_person[i]):
                by_person[i].append(f)


#: a group the text opens with: "Three men from the Chelyabinsk region", "the Lobanov twins"
_GROUP = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:men|soldiers|servicemen|residents|natives|"
                    r"fighters|brothers|recruits|conscripts|mobilised|mobilized|convicts|"
                    r"inmates|volunteers|contract\s+soldiers)|"
                    r"(?:twins|brothers|both)\b|"
                    # a plural noun opening a sentence or a heading: "Soldiers from Buryatia
                    # killed …", "Russian servicemen from the Altai region"
                    r"^\W*(?:[\w-]+\s+){0,2}?(?:men|soldiers|servicemen|fighters|residents|"
                    r"natives|recruits|conscripts)\b)", _I)
_LEAD_FIELDS = frozenset({"region", "settlement", "channel"})


def _share_lead_group(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                      sents: list[Sentence], facts: list[Fact]) -> None:
    """"Three men from the Chelyabinsk region who were mobilized in late September have been
    killed. They were identified as A; B; and C": a home, a channel or a call-up date told of
    a group before anyone is named is everyone's who has none of their own (a town only
    when the table knows it: "two men from Kerala" names a state, not a shared town)."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    if not refs or not sents:
        return
    opening = min(s for s, _ in refs)
    first = sentence_index(sents, opening)
    # also a group told in the first name's own sentence before any name ("Soldiers from
    # Buryatia killed in Ukraine: Private A, 23, and Sergeant B")
    lead = [f for f in facts if (sentence_index(sents, f.start) < first or (
        sentence_index(sents, f.start) == first and f.end <= opening)) and (
        f.field in _LEAD_FIELDS or (f.field == "other_date"
                                    and f.extra.get("event") in ("mobilised", "contract")))
        # the cue itself may be the group's word ("Three mobilised men …", "Two conscripts")
        and _GROUP.search(text[sents[sentence_index(sents, f.start)].start : f.end])
        and not (f.field == "settlement" and find_settlement(str(f.value)) is None)]
    for i in {i for _, i in refs}:
        for f in lead:
            if f.field == "other_date":
                taken = any(g.field == "other_date" and g.extra.get("event") ==
                            f.extra.get("event") for g in by_person[i])
            else:
                taken = any(g.field == f.field for g in by_person[i])
            if not taken:
                by_person[i].append(f)


#: what may stand between two people of one enumeration: "A, 30, from Hyderabad, and B"
_ENUMERATION_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,.;:()]{1,40})*"
                              r"(?:,\s*and|,|\s+and)\s+(?:(?:[A-Z][\w.]*\s+){0,3})?")


def _own(text: str, after: int, f: Fact) -> bool:
    """A fact in a relative clause of the later person ("B, who signed a contract") is B's."""
    return bool(re.search(r"\bwho\b", text[after : f.start]))


#: an age set off after the second of two joined names: "A and B, both 20", "A and B, aged 30"
_JOINT_AGE = re.compile(r"\s*,\s*(both\s+|each\s+)?(?:aged\s+)?")


def _share_joint_age(text: str, first: tuple[int, int, int], second: tuple[int, int, int],
                     by_person: dict[int, list[Fact]]) -> None:
    """"Nikiforov and Private Ayaal Vasilyev, both 20", "Twin brothers Vasily and Nikolai
    Nikitin, 30": one age after two names joined by "and" is both men's when "both" says so or
    the first is a given name alone sharing the second's surname. The first keeps an age of
    his own ("A, 25, and B, 30")."""
    s1, e1, a = first
    s2, e2, b = second
    if any(f.field == "age" for f in by_person[a]):
        return
    for f in by_person[b]:
        m = _JOINT_AGE.match(text, e2)
        if f.field != "age" or m is None or m.end() != f.start:
            continue
        alone = " " not in text[s1:e1].strip()  # "Vasily and Nikolai Nikitin"
        if m.group(1) or (alone and re.fullmatch(r"\s+and\s+", text[e1:s2])):
            by_person[a].append(f)
        return


def _share_coordinated(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                       sents: list[Sentence]) -> None:
    """"A and B were killed": facts after B in that sentence are A's too."""
    refs = sorted((r.start, r.end, i) for i, p in enumerate(people) for r in p.refs)
    for (s1, e1, a), (s2, e2, b) in itertools.pairwise(refs):
        gap = text[e1:s2]
        if a != b and _ENUMERATION_GAP.fullmatch(gap):
            _share_joint_age(text, (s1, e1, a), (s2, e2, b), by_person)
            end = text.find(".", e2)
            while end > 0 and re.search(r"\b[A-Z][a-z]?$", text[max(0, end - 3) : end]):
                end = text.find(".", end + 1)
            end = len(text) if end < 0 else end
            shared = [f for f in by_person[b] if e2 <= f.start < end and f.field in (
                "status", "status_date", "death_date", "unit", "place_of_death", "channel",
                "other_date") and not (f.field in ("channel", "other_date")
                                       and _own(text, e2, f))]
            if not re.search(r"[,(]", gap):  # "A and B Smith, from X": one home for both
                shared += [f for f in by_person[b] if e2 <= f.start < end and f.field in (
                    "settlement", "region", "citizenship")]
            start = sents[sentence_index(sents, s2)].start if sents else 0
            shared += [f for f in by_person[a] if start <= f.start < s2 and f.field in (
                "unit", "citizenship") and f.start < refs[0][0] + len(text)
                and not any(r.start <= f.start for r in people[a].refs)]
            by_person[a].extend(f for f in shared if f not in by_person[a])
            by_person[b].extend(f for f in shared if f not in by_person[b])
