"""An officer or an official who acts in the story is not one of its casualties.

A military commissar who hands a mother her son's order, a commander who tells how a
soldier died, a colonel who lays flowers: each carries a rank, so the extraction would keep
him as a person, though the text tells no fate of his. A mention with a rank but no status,
and no dates of life (an age may be another's: "aged 18 to 60") is dropped when

- an office is named just before the name, perhaps with the rank between ("военный
  комиссар района подполковник Сергей Малахов", "командир роты капітан Олег Рябов", "the
  regional military commissar, Col. Igor Petrenko"), or
- an officer (lieutenant and above) is the subject of a verb of speaking, handing over,
  thanking or condoling right after his name ("Полковник Виктор Шубин вручил орден матери",
  "Colonel Viktor Shubin handed the medal").

A private who "рассказал" is left alone: a soldier telling of his own war may be the news.
"""

from __future__ import annotations

import re
from typing import Any

#: offices whose holder speaks or acts in a story without being one of its casualties
_OFFICE = (
    r"(?:военн\w+\s+комиссар\w*|военком\w*|комиссар\w*|командир\w*|начальник\w*|"
    r"замполит\w*|заместител\w+\s+командир\w*|глав[аеуы]|губернатор\w*|представител\w+|"
    r"військов\w+\s+комісар\w*|військком\w*|комісар\w*|очільник\w*|голов[аиі]|"
    r"речник\w*|представник\w*|"
    r"(?:military\s+)?commissar|commander|commanding\s+officer|head|chief|governor|"
    r"spokesman|spokeswoman|spokesperson|representative)")
#: words that may stand between the office and the name: what he commands or where
_BETWEEN = r"(?:[\w.'’-]+\s+){0,5}?"
_OFFICE_BEFORE = re.compile(
    rf"\b{_OFFICE}\b\s*,?\s+{_BETWEEN}(?:[\w.'’-]+\s*,?\s*)?$", re.I)
#: a verb of speaking, handing over, thanking, condoling, right after the name (or after an
#: apposition set off by commas)
_VERBS = (
    r"(?:вручил\w*|передал\w*|рассказал\w*|сообщил\w*|заявил\w*|отметил\w*|выразил\w*|"
    r"поблагодарил\w*|наградил\w*|поздравил\w*|возложил\w*|зачитал\w*|подчеркнул\w*|"
    r"пояснил\w*|сказал\w*|обратил(?:ся|ась)|встретил(?:ся|ась)|провёл|провел|открыл\w*|"
    r"вручив|передав|розповів|повідомив|заявив|висловив|зазначив|подякував|нагородив|"
    r"поклав|зачитав|наголосив|сказав|звернувся|зустрівся|провів|відкрив|привітав|"
    r"handed|presented|told|said|says|expressed|thanked|awarded|laid|read|spoke|addressed|"
    r"met|opened|announced|congratulated|conveyed|visited|visits|посетил\w*|відвідав\w*)")
_ACTS = re.compile(
    r"^(?:\s*,[^,.;!?]{1,80},)?\s*,?\s+(?:(?:also|then|later|has|had|лично|також|также|тоже)\s+)?"
    + _VERBS + r"\b", re.I)
#: the same verb before the officer's rank and name, in a sentence with its object first
#: ("Орден матери вручил полковник Виктор Шубин")
_ACTS_BEFORE = re.compile(r"\b" + _VERBS + r"\s+(?:[\w.'’-]+\s+){1,4}$", re.I)
#: the end of a clause before the name; not the dot of an abbreviation ("Col. Igor Petrenko")
_CLAUSE_END = re.compile(r"(?<=[a-zа-яёіїєґ]{4})\.|[!?;:\n()«»\"]")
#: ranks of officers, in the three languages
_OFFICER = re.compile(r"(?:лейтенант|капитан|капітан|майор|полковник|генерал|адмирал|адмірал|"
                      r"lieutenant|captain|major|colonel|general|admiral|commodore)", re.I)
#: a fate or a life told of the mention: then he is a person of the story
_OWN = ("status", "death_date", "birth_date")


def acting_official(mention: dict[str, Any], text: str) -> bool:
    """Whether ``mention`` is an officer or an official who only acts in ``text``."""
    if not mention.get("rank") or any(mention.get(f) for f in _OWN):
        return False
    spans = [s for s in mention.get("spans") or [] if isinstance(s, (list, tuple))]
    if not spans:
        return False
    for start, end in spans:
        lo = max(0, start - 90)
        cut = max((m.end() for m in _CLAUSE_END.finditer(text[lo:start])), default=0)
        if _OFFICE_BEFORE.search(text[lo + cut : start]):
            return True
        if _OFFICER.search(str(mention["rank"])) and (
                _ACTS.match(text[end : end + 120])
                or _ACTS_BEFORE.search(text[lo + cut : start])):
            return True
    return False
