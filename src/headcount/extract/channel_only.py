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

from headcount.extract.model import Fact
from headcount.extract.persons import Person

#: a sentence's end between two places of a text
_STOP = re.compile(r"[.!?…](?:\s|$)|\n")


def channel_apart(text: str, person: Person, channel: Fact) -> bool:
    """No naming of ``person`` shares the sentence of the channel cue."""
    for r in person.refs:
        lo, hi = min(r.start, channel.start), max(r.end, channel.end)
        if not _STOP.search(text, lo, hi):
            return False
    return True
