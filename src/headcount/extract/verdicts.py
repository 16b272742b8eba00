"""A court's own sentence of a soldier tried for an offence of his service (desertion,
leaving his unit, a war crime): the convict's words it brings are the punishment the text
reports, not how the man came to fight.

- a convict's noun or the term served after the verdict names the man it sentenced ("Суд
  приговорил … Волкова … Осуждённый вину признал", "суд засудив … Засуджений перебуває в
  установі для військовополонених", "a court sentenced him … the convicted deserter");
- a colony after a term is the term passed ("шесть лет исправительной колонии", "шість років
  колонії", "к пяти годам колонии-поселения").

A convict recruited from a colony is told by other words ("завербован в колонии", "бывший
заключённый", "Шторм Z"), which these do not touch; nor a text with no such offence.
"""

from __future__ import annotations

import re

#: the court's verdict: "приговорил", "осудил", "вынес приговор", "засудив", "призначив …
#: років", "визнав винним", "sentenced", "convicted … of"
VERDICT = re.compile(
    r"\b(?:приговорил\w*|приговор[её]н\w*|осудил[аи]?\b|вын[её]с\w*\s+(?:\w+\s+)?приговор|"
    r"засуди(?:в|ла|ли)\b|засуджу\w*|призначи(?:в|ла|ли)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:рок(?:ів|и|у)|місяц\w+)|визна(?:в|ла|ли)\s+(?:\w+\s+)?винн\w+|"
    r"признал[аи]?\s+(?:\w+\s+)?виновн\w+|sentenced|convicted\s+(?:\w+\s+){0,2}?of)\b",
    re.I)
#: a convict's noun or the term served (no colony, no recruiting): what a verdict makes of the
#: man it sentences ("осуждённый будет отбывать срок")
CONVICT = re.compile(r"(?:осужд[её]нн|засуджен|convicted|convicts?\b)\w*|"
                     r"(?:отбыва|відбува)\w*\s+(?:\w+\s+)?(?:срок|наказани|покаранн|строк|"
                     r"термін)\w*|serving\s+[\w\s-]{0,30}", re.I)
#: the offence of a serving soldier the court tried: desertion, leaving the unit, refusing
#: orders, war crimes (a convict recruited from a colony was sentenced for other crimes)
SERVICE_OFFENCE = re.compile(
    r"самовольн|самовільн|дезерт|\bСОЧ\b|оставлени\w+\s+(?:части|позици)|"
    r"остави\w*\s+(?:\w+\s+)?(?:часть|позици)|залиши\w*\s+(?:\w+\s+)?(?:частин|позиці)|"
    r"побег\w*\s+из\s+части|втеч\w+\s+з\s+частин|обычаев\s+войны|звичаїв\s+війни|"
    r"неисполнени\w+\s+приказ|невиконанн\w+\s+наказ|отказ\w*\s+от\s+(?:выполнени|участи)|"
    r"відмов\w+\s+від\s+(?:виконання|участі)|\bdesert|\bAWOL\b|"
    r"\b(?:fled|left|abandoned)\s+(?:his|her|the)\s+(?:unit|post|position)|war\s+crimes?|"
    r"laws\s+and\s+customs\s+of\s+war", re.I)
#: a term before the colony: "к шести годам (исправительной) колонии", "шість років колонії"
_TERM = re.compile(r"(?:\b(?:год(?:а|ам|ами)?|лет|рок(?:и|ів|у|ам)|місяц\w+|месяц\w+)\s+"
                   r"(?:(?:лишения\s+свободы|позбавлення\s+волі)\s+)?(?:[ву]\s+)?"
                   r"(?:исправительн\w+\s+|виправн\w+\s+)?)$", re.I)

#: a convict recruited or a former one, not the one a verdict made ("a convict recruited by
#: Wagner", "осуждённый, завербованный в колонии", "бывший осуждённый")
_RECRUITED_AFTER = re.compile(r"[\s,]+(?:who\s+(?:was|had\s+been)\s+)?(?:recruited|enlisted|"
                              r"signed|завербова\w*|завербува\w*|вербова\w*|подписа\w*|"
                              r"підписа\w*)", re.I)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex|бывш\w*|колишн\w*)[\s-]+$", re.I)


def sentenced_here(text: str, start: int, end: int) -> bool:
    """The prisoner's cue at ``start``–``end`` is this text's sentence of a soldier for an
    offence of his service: a convict's noun or the term served after the court's verdict,
    or a colony after the term passed."""
    if not SERVICE_OFFENCE.search(text):
        return False
    cue = text[start:end]
    if CONVICT.fullmatch(cue) and VERDICT.search(text, 0, start) and not (
            _RECRUITED_AFTER.match(text, end) or _FORMER_BEFORE.search(text, max(0, start - 20),
                                                                      start)):
        return True
    return bool(re.search(r"колон", cue, re.I)) and bool(
        _TERM.search(text, max(0, start - 60), start))


#: a release just before the prison ("вышел из тюрьмы", "освободился из колонии", "вийшов з
#: в'язниці", "звільнився з колонії", "came home from prison", "was released from jail")
_RELEASED_BEFORE = re.compile(
    r"\b(?:вы(?:шел|шла|шли|ходил\w*)|освобо\w+|вий(?:шов|шла|шли)|виходи\w*|звільн\w+|"
    r"вернул\w*|верну\w*|поверну\w*|release[ds]?|freed|got\s+out|"
    r"(?:came|come|coming|returned|got|went)\s+(?:back\s+)?home)"
    r"(?:\s+(?:\w+|\d{4}))?\s*(?:,\s*)?$", re.I)
#: a time before the war in the cue's clause ("в молодости", "ранее", "в юности", "in his youth",
#: "years ago", "previously")
_LONG_AGO = re.compile(
    r"\b(?:в\s+молодости|в\s+юности|в\s+юные\s+годы|смолоду|ранее|раньше|когда-то|"
    r"в\s+прошлом|у\s+молодості|в\s+молодості|замолоду|у\s+юності|в\s+юності|раніше|колись|"
    r"in\s+(?:his|her)\s+youth|as\s+a\s+(?:young\s+man|teenager)|years\s+(?:ago|earlier|before)|"
    r"previously)\b", re.I)
#: the recruiting itself in the cue ("завербован в колонии", "recruited from a prison")
_RECRUITING = re.compile(r"вербов|вербу|набира|набра|recruit|Шторм|Storm", re.I)
_CLAUSE_START = re.compile(r"[.!?;\n]")


def served_before(text: str, start: int, end: int) -> bool:
    """The prisoner's cue at ``start``–``end`` is a term served and ended before the war ("вышел
    из тюрьмы в 2019 году", "в молодости сидел в колонии за кражу", "came home from prison
    three years ago"): no recruitment from a prison, which only one held there can be."""
    if _RECRUITING.search(text, start, end):
        return False
    if _RELEASED_BEFORE.search(text, max(0, start - 30), start):
        return True
    left = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 200), start)),
               default=max(0, start - 200))
    stop = _CLAUSE_START.search(text, end)
    right = stop.start() if stop else len(text)
    return bool(_LONG_AGO.search(text, left, right)) and not _RECRUITING.search(text, left, right)
