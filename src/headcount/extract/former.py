"""A rank the person once held, not his rank in the war: "бывший сержант ланкийской армии",
"колишній капрал армії Шрі-Ланки", "a former corporal in the Sri Lankan army", "полковник
в отставке". The guides give the rank he served in; a former one (often in another
country's army) is not it.
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact

#: the word that makes a rank a former one, right before it (an adjective between allowed:
#: "бывший старший сержант" is one rank)
_FORMER_BEFORE = re.compile(r"(?:\b(?:бывш|колишн|экс-|екс-)\w*|\b(?:former|ex-|retired)|"
                            r"\bex)\s*-?\s*$", re.I)
#: ... or right after it
_FORMER_AFTER = re.compile(r"\s+(?:в\s+отставке|у\s+відставці|в\s+відставці|\(retired\)|"
                           r"\(ret\.?\))", re.I)


def drop_former_ranks(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` without the ranks said to be former ones."""
    return [f for f in facts if not (f.field == "rank" and (
        _FORMER_BEFORE.search(text, max(0, f.start - 20), f.start)
        or _FORMER_AFTER.match(text, f.end)))]
