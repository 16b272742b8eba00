"""A civilian killed or wounded by a strike on a Russian town has no citizenship implied.

The guides give RU for Russian soldiers when the text implies it (a regional obituary of a
local man) and null for civilians: a woman killed when a drone hit her car in Shebekino, a
neighbour wounded by shelling. Such a person has a Russian home, so the home rule would
imply RU; here the implied citizenship is taken back when the person has nothing of service
(no rank, unit, channel or call sign), the text tells a strike and has no word of service or
of the front, and the person died or was hurt at home (no place of death, the home town, or
a town of a Russian region) — not near Bakhmut. A stated citizenship stays.
"""

from __future__ import annotations

import re
from typing import Any

from headcount.extract.en_places import find_settlement, is_ukrainian_place
from headcount.extract.homes import occupied, ukrainian
from headcount.extract.shared_home import town_region

#: a strike from the air or by artillery, in the three languages
_STRIKE = re.compile(
    r"\b(?:обстр[еі]л\w*|артобстр[еі]л\w*|дрон\w*|беспилотник\w*|безпілотник\w*|БПЛА|FPV|"
    r"ракет\w*|снаряд\w*|шахед\w*|(?:удар|атак|налёт|нальот)\w*\s+(?:[\w-]+\s+)?(?:по|на|"
    r"дрона|беспилотника|безпілотника|БПЛА)|drones?|shelling|shelled|shells?|missiles?|"
    r"rockets?|(?:air|drone|missile)\s+strikes?|struck|shrapnel|осколоч\w+|уламк\w+)", re.I)
#: a word of service, of the front or of the war as Russia's operation: a soldier's text
_SERVICE = re.compile(
    r"\b(?:служ\w+|мобилиз\w+|мобіліз\w+|контракт\w*|СВО|спецоперац\w+|специальн\w+\s+военн\w+|"
    r"бо[еє]в\w+|бойов\w+|бо[еє]ц|бойц\w*|бійц\w*|боєць|воин\w*|воїн\w*|фронт\w*|позици\w+|"
    r"позиці\w+|военнослужащ\w+|військовослужбов\w+|солдат\w*|рядов\w+|сержант\w*|офицер\w*|"
    r"офіцер\w*|армии|армії|армия|армія|войск\w*|військ\w+|ЧВК|ПВК|Вагнер\w*|штурм\w*|"
    r"окупант\w*|оккупант\w*|призыв\w*|призов\w*|"
    r"soldiers?|served|serving|service(?:man|men)|mobili[sz]\w+|contract|front(?:line)?|"
    r"army|military|troops|units?|battalion|brigade|regiment|chaplain|fighters?|combat|"
    r"enlist\w*|recruit\w*|Wagner|assault|positions?|SMO|conscript\w*|trench(?:es)?|"
    r"dugouts?)\b", re.I)
_HURT = ("killed", "wounded")


def _at_home(m: dict[str, Any]) -> bool:
    """No place of death, the home town itself, or a town of a Russian region."""
    place = m.get("place_of_death")
    if not place or place == m.get("settlement"):
        return True
    place = str(place)
    if is_ukrainian_place(place):
        return False
    code = town_region(place)
    if code is None:
        found = find_settlement(place)
        code = found[1] if found else None
    return code is not None and not ukrainian(code) and not occupied(code)


def civilian(text: str, m: dict[str, Any]) -> bool:
    """``m`` is a civilian struck at home: nothing of service about him, a strike told, no
    word of the front in the text."""
    return (m.get("status") in _HURT
            and not any(m.get(k) for k in ("rank", "unit", "channel", "call_sign"))
            and bool(_STRIKE.search(text)) and not _SERVICE.search(text) and _at_home(m))


def drop_civilian_citizenship(text: str, mentions: list[dict[str, Any]]) -> None:
    """Take back the implied Russian citizenship of civilians struck at home (in place)."""
    for m in mentions:
        ev = (m.get("evidence") or {}).get("citizenship") or {}
        if m.get("citizenship") == "RU" and ev.get("rule") == "inferred" and civilian(text, m):
            m["citizenship"] = None
            if "citizenship_contested" in m:
                m["citizenship_contested"] = None
            del m["evidence"]["citizenship"]
