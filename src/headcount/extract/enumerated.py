"""A fate told of a counted group, then its members one by one.

"Бойцы ВСУ взяли в плен двух бойцов российской армии. Первый — … Перера. Второй — Андрей
Сухоруков …", "… took two prisoners near Klishchiivka. One is a Sri Lankan citizen, Kasun
Perera … The second captive, Russian convict Andrei Kozhin …": the status of the sentence
that counts the group (naming no one) goes to everyone named in the sentences after it that
open with an enumerating word (первый, второй, перший, другий, one, the second, another),
who has no status of his own; the place of that sentence goes with it to those who have no
place of their own (nor a fate of their own other than the group's).
"""

from __future__ import annotations

import re

from headcount.extract.attach import sentence_index
from headcount.extract.model import Fact
from headcount.extract.morph import parses
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

#: the word after the enumerating one
_NEXT_WORD = re.compile(r"\s*(?:же\s+)?([^\W\d_][\w'’-]*)")
#: English words after an ordinal that keep it a member ("The second captive", "One is", "Another
#: was", "One of them", "The first died")
_EN_MEMBER_NEXT = re.compile(
    r"(?:captive|prisoner|soldier|man|men|victim|fighter|serviceman|servicemen|recruit|marine|"
    r"paratrooper|mercenary|convict|one|dead|body|casualty|deceased|person|is|was|were|had|has|"
    r"have|of|among|from|in|on|at|to|who|died|\w+ed)", re.I)


def _member(text: str, start: int) -> bool:
    """The sentence at ``start`` opens with a member of the group: an ordinal that stands for
    one ("Первый — …", "Второй погибший", "Другий загинув", "The second captive"), not one of
    another noun ("Второй удар пришёлся …", "Первым тревогу забила мать", "The second strike")."""
    m = _MEMBER.match(text, start)
    if m is None:
        return False
    w = _NEXT_WORD.match(text, m.end())
    if w is None or not w.group(1)[:1].islower():
        return True  # "Первый — …", "The second, Andrei …", "Второй Андрей Сухоруков"
    word = w.group(1)
    if m.group(0).strip().lstrip("«\"“")[:1] in "OTAo" and re.match(r"[A-Za-z]", word):
        return bool(_EN_MEMBER_NEXT.fullmatch(word))
    first = parses(word.lower())[:1]  # in the text's language (pipeline's morph_language)
    return not (first and {"NOUN", "inan"} <= set(str(first[0].tag).replace(" ", ",")
                                                  .split(",")))


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
        places = [g for g in facts if g.field == "place_of_death"
                  and sents[si].start <= g.start < sents[si].end]
        sj = si + 1
        while sj < len(sents) and _member(text, sents[sj].start):
            for s, i in refs:
                if sentence_index(sents, s) != sj:
                    continue
                own = [g for g in by_person[i] if g.field == "status"]
                if not own:
                    by_person[i].append(f)
                if places and all(g.value == f.value for g in own) and not any(
                        g.field == "place_of_death" for g in by_person[i]):
                    by_person[i].append(places[0])  # "взяли в плен двух бойцов под
                    # Соледаром. Первый — … Второй — …": the group's place is each one's
            sj += 1
