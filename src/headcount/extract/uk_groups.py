"""Ukrainian counted groups: a sentence naming nobody that counts the people it speaks of.

"Троє окупантів здалися в полон …" (a lead) gives its fact to exactly that many people named
after it; "Обидва здалися в полон 2 грудня", "Усі троє …" to exactly that many named before
it. A later person ("Ще один наш земляк, Юрій Бойко, досі в полоні") is not one of them.
"""

from __future__ import annotations

import re

#: a Ukrainian count of people (the Russian forms are read elsewhere as a crowd)
_COUNT = re.compile(r"(?<![\w'’ʼ])(?:(?P<two>двоє|двох|обидва|обидві|обоє|обох|обидвох)|"
                    r"(?P<three>троє|трьох)|(?P<four>четверо|чотирьох)|"
                    r"(?P<five>п['’ʼ]ятеро|п['’ʼ]ятьох))(?![\w'’ʼ])", re.I)
_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5}
#: a sentence opening with a collective word: it speaks of those named before it
_BACK = re.compile(r"\W*(?:(?:усі|всі|вони)\s+(?:\w+\s+)?)?(?:обидва|обидві|обоє|троє|четверо|"
                   r"п['’ʼ]ятеро)\b|\W*(?:усі|всі)\s+(?:вони|троє|четверо|п['’ʼ]ятеро)\b", re.I)

#: a counted sentence that tells each one's own fate ("Двоє окупантів: одного ліквідовано,
#: інший дезертирував")
_EACH_OWN = re.compile(r"\b(?:один|одного|одна|одну|перш\w+)\b[^.!?]*?\b(?:інш|друг)\w+", re.I)

Ref = tuple[int, int, int]


def group_size(sentence: str) -> int | None:
    """How many people a Ukrainian sentence counts ("двоє іноземців" → 2), if it counts."""
    m = _COUNT.search(sentence)
    if m is None:
        return None
    return next(size for key, size in _SIZES.items() if m.group(key))


def _distinct(indices: list[int]) -> list[int]:
    out: list[int] = []
    for i in indices:
        if i not in out:
            out.append(i)
    return out


#: the fields of a fate: a sentence telling each one's own fate shares none of them
_FATE_FIELDS = frozenset({"status", "status_date", "death_date", "place_of_death"})


def counted_group(text: str, start: int, end: int, refs: list[Ref],
                  field: str = "status") -> list[int] | None:
    """The people the counted sentence ``text[start:end]`` (naming nobody) speaks of: the
    last so many named before it when it opens with a collective word ("Обидва …"), else
    the first so many named after it ("Троє окупантів здалися …: А, Б, В"). None when the
    sentence counts nobody or fewer than two are named on that side; for a fate (``field``)
    also when the sentence tells each one's own ("одного ліквідовано, інший дезертирував")."""
    size = group_size(text[start:end])
    if size is None or (field in _FATE_FIELDS and _EACH_OWN.search(text, start, end)):
        return None
    if _BACK.match(text, start, end):
        before = _distinct([i for s, _, i in reversed(refs) if s < start])
        group = before[:size]
    else:
        after = _distinct([i for s, _, i in refs if s >= end])
        earlier = {i for s, _, i in refs if s < start}
        group = [i for i in after if i not in earlier][:size]
    return sorted(group) if len(group) > 1 else None
