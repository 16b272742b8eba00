"""A fate told "with him" is his too.

"Рядовой Артём Лысенко … нёс службу на блокпосту. Вместе с ним погибла местная жительница
Валентина Стрельникова": the pronoun after "вместе с" stands for the one named before, who
died with her ("Разом із ним загинув його побратим", "Вместе с ней погибли ещё двое"). The
fate goes to the one named in the sentence, and to the last one named before it.
"""

from __future__ import annotations

import re

#: "вместе с ним", "разом з нею", right before the verb of the fate (an adverb between)
_WITH_HIM = re.compile(r"\b(?:вместе|разом)\s+(?:с|со|з|із|зі)\s+(?:ним|ней|нею|ними|нім)\s+"
                       r"(?:[\w'’-]+\s+)?$", re.I)


def with_him(text: str, start: int) -> bool:
    """The fate cue at ``start`` is told "with him" of someone named before."""
    return _WITH_HIM.search(text, max(0, start - 40), start) is not None
