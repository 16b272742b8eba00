"""A fate told "with him" is his too.

"Рядовой Артём Лысенко … нёс службу на блокпосту. Вместе с ним погибла местная жительница
Валентина Стрельникова": the pronoun after "вместе с" stands for the one named before, who
died with her ("Разом із ним загинув його побратим", "Вместе с ней погибли ещё двое"). The
fate goes to the one named in the sentence, and to the last one named before it.
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact
from headcount.extract.morph import lemmas
from headcount.extract.persons import Person
from headcount.extract.roles import OFFICIAL
from headcount.extract.text import Sentence

#: "вместе с ним", "разом з нею", right before the verb of the fate (an adverb between)
_WITH_HIM = re.compile(r"\b(?:вместе|разом)\s+(?:с|со|з|із|зі)\s+(?:ним|ней|нею|ними|нім)\s+"
                       r"(?:[\w'’-]+\s+)?$", re.I)


def with_him(text: str, start: int) -> bool:
    """The fate cue at ``start`` is told "with him" of someone named before."""
    return _WITH_HIM.search(text, max(0, start - 40), start) is not None


#: "вместе с кубинцем", "разом із росіянином", "together with Private": a named companion
#: right after it (lower-case words between: a demonym, a rank, "his comrade")
_WITH_NAMED = re.compile(r"(?i:\b(?:вместе|разом|совместно)\s+(?:с|со|з|із|зі)|"
                         r"\b(?:together|along)\s+with)\s+(?:[a-zа-яёіїєґ'’-]+\s+){0,3}$")


#: a ceremony for the dead, no fate its mourners share
_CEREMONY = re.compile(r"(?i:прощ|прост|похорон|поховал|поховань|хорон|farewell|funeral|"
                       r"memorial|buried|burial|посмертн|posthum)")
#: English officials' titles (the Russian and Ukrainian ones are roles.OFFICIAL's lemmas)
_EN_OFFICIALS = frozenset({"governor", "mayor", "minister", "official", "priest"})


def _official(words: str) -> bool:
    """An official's title among the words before the companion's name ("вместе с главой
    района", "разом із мером міста", "together with Governor")."""
    return any(lemmas(w) & OFFICIAL or w.lower() in _EN_OFFICIALS for w in words.split())


def share_comitative(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                     sents: list[Sentence]) -> None:
    """A fate told of one man "together with" another named in its clause is the other's too
    ("Олег Журавлёв попал в плен вместе с кубинцем Йоэлем Пересом", "Кубинця разом із
    росіянином Олегом Журавльовим взяли в полон"), where the other's own fate is not told."""
    if not sents:
        return
    for j, p in enumerate(people):
        for r in p.refs:
            with_ = _WITH_NAMED.search(text, max(0, r.start - 50), r.start)
            if with_ is None:
                continue
            sent = next((x for x in sents if x.start <= r.start < x.end), None)
            if sent is None:
                continue
            fates = {id(f): f for own in by_person.values() for f in own
                     if f.field == "status" and sent.start <= f.start < sent.end}
            if len(fates) != 1:
                continue
            fate = next(iter(fates.values()))
            if _CEREMONY.search(text, fate.start, fate.end) or _official(
                    text[with_.start() : r.start]):
                break  # "Вместе с главой района Андреем Сомовым на прощание с …": mourners
                # and officials share no fate
            # the companion, and the one he was with where the fate went to the companion
            # ("Вместе с россиянином Олегом Журавлёвым в плен попал кубинец Йоэль Перес")
            others = [i for i, q in enumerate(people) if i != j and any(
                x.subject and sent.start <= x.start < sent.end for x in q.refs)]
            for i in [j, *others]:
                if not any(f.field == "status" for f in by_person[i]):
                    by_person[i].append(fate)
            break
