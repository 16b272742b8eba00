"""A fate told of a counted group, then its members one by one.

"Бойцы ВСУ взяли в плен двух бойцов российской армии. Первый — … Перера. Второй — Андрей
Сухоруков …", "… took two prisoners near Klishchiivka. One is a Sri Lankan citizen, Kasun
Perera … The second captive, Russian convict Andrei Kozhin …": the status of the sentence
that counts the group (naming no one) goes to everyone named in the sentences after it that
open with an enumerating word (первый, второй, перший, другий, one, the second, another),
who has no status of his own.
"""

from __future__ import annotations

import re

from headcount.extract.attach import sentence_index
from headcount.extract.model import Fact
from headcount.extract.persons import Person
from headcount.extract.text import Sentence

#: a group counted in words or figures ("двух бойцов", "трьох росіян", "two prisoners", "5
#: военнослужащих")
_COUNTED = re.compile(
    r"\b(?:дв(?:ух|ое|оих|ох|а|е|і)|тр(?:[её]х|ое|оих|ьох|и)|трое|троє|четыр(?:[её]х|е)|"
    r"чотир(?:ьох|и)|четверо|п['’]?ят(?:ерых|еро|ьох|ь)|нескольк\w+|кількох|"
    r"two|three|four|five|several|\d{1,2})\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:бойц|боец|военн|військов|бійц|солдат|росіян|россиян|человек|людей|чоловік|"
    r"пленн|полонен|наемник|найманц|мобилизованн|мобілізован|контрактник|земляк|жител|"
    r"мешканц|граждан|громадян|морпех|морпіх|десантник|prisoners?|captives?|soldiers?|men|"
    r"servicemen|recruits|marines|paratroopers|"
    r"Russians|fighters|mercenaries|citizens|nationals)\w*", re.I)
#: a sentence that opens with a member of the group
_MEMBER = re.compile(
    r"\s*[«\"“]?(?:Перв\w+|Втор\w+|Трет\w+|Четв[её]рт\w+|Перш\w+|Друг\w+|Четверт\w+|"
    r"Ещё\s+один|Еще\s+один|Ще\s+один|One|The\s+(?:first|second|third|fourth|other)|"
    r"A\s+second|Another)\b")


def share_enumerated(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                     sents: list[Sentence], facts: list[Fact]) -> None:
    """Give a counted group's status to the members enumerated after it, in place."""
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs if r.subject]
    named = {sentence_index(sents, s) for s, _ in refs}
    for f in facts:
        if f.field != "status":
            continue
        si = sentence_index(sents, f.start)
        if si in named or not _COUNTED.search(text, sents[si].start, sents[si].end):
            continue
        sj = si + 1
        while sj < len(sents) and _MEMBER.match(text, sents[sj].start):
            for s, i in refs:
                if sentence_index(sents, s) == sj and not any(
                        g.field == "status" for g in by_person[i]):
                    by_person[i].append(f)
            sj += 1
