"""A region written right after a home town ("из Кулунды Новосибирской области", "житель с.
Нылга Увинского района Удмуртии", "жителей Шебекино Белгородской области"): the region the
text states for that home, not one guessed from the town's table or left as the document's.

The region reader marks a region with no home cue right before it as the document's
(``context``); after a home town, perhaps with its district between, the town's cue is the
region's too. A region the tables would infer from the town (or its district) gives way to
the stated one: the text names it, so ``region_inferred`` is false — and a village the tables
put in another region (a namesake) does not override what the text says.
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact

#: what may stand between a town and its region: a comma or a bracket, and the town's district
#: ("Нылга Увинского района Удмуртии", "Строитель, Тамбовского района, Тамбовской области")
_GAP = re.compile(r"\s*[,(]?\s*(?:[А-ЯЁ][а-яё-]+(?:ого|ой)\s+(?:муниципальн\w+\s+)?"
                  r"(?:района|округа|улуса|р-на)\s*[,(]?\s*)?")
#: flags of the town's home cue that the region takes on
_CUE_FLAGS = ("plural", "born", "lived", "cue_sex")


def stated_regions(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, with a document region right after a home town made that home's stated
    region, and the regions inferred from the town or its district dropped."""
    towns = [f for f in facts if f.field == "settlement" and not f.extra.get("context")]
    drop: set[int] = set()
    out: list[Fact] = []
    for f in facts:
        if f.field != "region" or not f.extra.get("context") or f.extra.get("district"):
            out.append(f)
            continue
        town = next((t for t in towns if t.end <= f.start
                     and (m := _GAP.match(text, t.end)) is not None and m.end() == f.start), None)
        if town is None:
            out.append(f)
            continue
        extra = {k: v for k, v in f.extra.items() if k != "context"}
        extra.update({k: town.extra[k] for k in _CUE_FLAGS if k in town.extra})
        out.append(Fact(f.field, f.value, f.start, f.end, extra))
        drop.update(id(g) for g in facts if g.field == "region" and g is not f
                    and (g.extra.get("inferred") or g.extra.get("context"))
                    and town.start <= g.start < f.start)
    return [f for f in out if id(f) not in drop]
