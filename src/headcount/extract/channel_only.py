"""One kept by a channel told of others only is no one reported.

A text about a recruitment drive or payments to the families of those who serve names an
official, a speaker or a mother ("Консультации ведёт заместитель начальника отдела Ирина
Шумкова", "At the opening, Galina Mironova, a nurse …, urged men …"); the only fact of the
war the extraction ties to her is the channel of the men the text is about ("семьи …
мобилизованных, контрактников", "men who sign a contract"), read in another sentence. With
no fate, date, age, rank or unit of her own, she is nobody the text reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from headcount.extract.model import Fact
from headcount.extract.persons import Person

#: a sentence's end between two places of a text
_STOP = re.compile(r"[.!?…](?:\s|$)|\n")


#: a pronoun that may stand for the one named ("Він підписав контракт", "She signed")
_PRONOUN = re.compile(r"\b(?:он|она|він|вона|he|she)\b", re.I)


def _together(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    return not _STOP.search(text, lo, hi)


def channel_apart(text: str, person: Person, channel: Fact,
                  others: Sequence[tuple[int, int]] = ()) -> bool:
    """No naming of ``person`` shares the sentence of the channel cue, nor names her among
    others (those of a group told before: "Four residents … who signed contracts have died.
    Relatives named them as Artur Belov, Roman Tishkin, …")."""
    lo = max((m.end() for m in _STOP.finditer(text, 0, channel.start)), default=0)
    hi = next((m.start() for m in _STOP.finditer(text, channel.end)), len(text))
    if _PRONOUN.search(text, lo, hi):
        return False  # "… Ернесто Рохаса. Він підписав контракт": a pronoun for one named
    for r in person.refs:
        if _together(text, (r.start, r.end), (channel.start, channel.end)) or any(
                _together(text, (r.start, r.end), o) for o in others):
            return False
    return True
