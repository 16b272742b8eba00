"""Russian citizenship from a home whose region only the rest of the text gives.

A local man's home town is often named without its region ("с. Корнилово", "жил с семьёй в
селе Фоки") and the region is read from the document after the person's citizenship was
decided (pipeline._region_of_home): his Russian home then implies Russian citizenship as a
region read beside the town does — for one the text tells served or fell (a status, channel,
unit or rank), in a text that names no foreign citizen, and not a convict's (the town a
convict's story names is more often his colony's or his grave's). A civilian's is dropped
later, as any other inferred one (civilians.drop_civilian_citizenship).
"""

from __future__ import annotations

from typing import Any

from headcount.vocab import Channel

#: channels whose home implies nothing: a foreign recruit's, a convict's
_NOT_IMPLIED = frozenset({Channel.FOREIGN_CONTRACT, Channel.FOREIGN_CONTRACT.value,
                          Channel.PRISONER, Channel.PRISONER.value})
#: the fields that tell a person's war
_WAR_FIELDS = ("status", "channel", "unit", "rank")


def home_citizenship(m: dict[str, Any], foreigners: bool) -> None:
    """Give ``m`` citizenship RU when its Russian region came from the document;
    ``foreigners``: the text names a foreign citizen."""
    region = m.get("region")
    evidence = m.get("evidence", {}).get("region", {})
    if m.get("citizenship") is not None or not m.get("settlement") or not isinstance(
            region, str) or not region.startswith("RU-") or evidence.get("rule") != "document":
        return
    if foreigners or m.get("channel") in _NOT_IMPLIED:
        return
    if not any(m.get(k) for k in _WAR_FIELDS):
        return
    m["citizenship"], m["citizenship_contested"] = "RU", False
    m["evidence"]["citizenship"] = {**evidence, "rule": "inferred"}
