"""Which clause a date belongs to, the same rule in every language.

A date closes the clause of its own verb: in "Галиев, заключивший контракт 15 мая 2024 года,
погиб …", "signed a contract in May 2023, deserted in August" and "підписав контракт у січні
2024 року, а 30 квітня загинув" the cue after the comma is another clause's. A cue after a
date and a comma is therefore the date's only when nothing of the date's own clause (or
before it in the sentence) names an event: it ranks after every such cue, however near.
"""

from __future__ import annotations

import re

#: a comma between a date and a cue after it (not one inside a number: "1,5")
_COMMA = re.compile(r",(?!\d)")
#: what a cue in a later clause adds to its distance: more than any distance in a sentence
LATER_CLAUSE = 10_000


def later_clause(text: str, date_end: int, cue_start: int) -> bool:
    """A cue after a date, past a comma: it opens a later clause than the date's."""
    return cue_start >= date_end and bool(_COMMA.search(text, date_end, cue_start))
