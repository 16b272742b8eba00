"""A list's heading that tells its entries' fate by a noun, not by a status word.

"Подтверждённые потери за неделю:", "Вечная память павшим 🕯", "Втрати ворога за тиждень:",
"Confirmed losses this week:", "Names of the fallen:", "The dead identified so far:" head
lists of the dead. The status cues read verbs and participles ("погиб", "загинули",
"killed"); these nouns say the same only as a list's heading — in prose "потери" and
"casualties" count the wounded too. A heading is a line of its own, short, naming no one, with
a list's entries on the lines after it (marked "1.", "1)", "—", "•", or unmarked lines that
open with a capitalised word). Its fate goes to every entry that tells none of its own, by the
rules that share any heading's status (:mod:`headcount.extract.attach`).
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact
from headcount.vocab import Status

#: nouns and phrases that head a list of the dead (Russian, Ukrainian, English)
_DEAD = re.compile(
    r"(?<![\w'’])(?:"
    r"потер[иья]\w*|утрат[аы]\w*|павши[ехм]\w*|павшие|павшая|погибши[ехм]|погибшие|"
    r"груз\W{0,3}200|двухсот\w+|(?:вечная|светлая)\s+память|помянем|помним|некролог\w*|"
    r"втрат[иа]\w*|полеглі|полеглих|полеглим|загиблі|загиблих|загиблим|двохсот\w+|"
    r"(?:вічна|світла)\s+пам['’]ять|"
    r"(?i:losses|fatalities|casualties|the\s+dead|the\s+fallen|fallen|deaths|died|"
    r"in\s+memoriam|rest\s+in\s+peace|kia)"
    r")(?![\w'’])", re.I)

#: a list entry's mark at a line's start: "1.", "1)", "—", "-", "•", "▪️", "🔹"
_ENTRY = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[—–•·*▪►🔹🔸▫◾◽➖-])")
#: an unmarked entry: a line opening with a capitalised word (a name, in any script)
_UNMARKED = re.compile(r"[ \t]*(?:[A-ZА-ЯЁІЇЄҐ][\w'’-]*|[a-z]{2,3}-[A-Z])")
#: a heading's words at most
_MAX_WORDS = 10


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _heads_list(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Line ``k`` is a heading: short, and the next non-empty lines (two at least, or one
    after a colon) are entries of a list."""
    start, end = lines[k]
    line = text[start:end].strip()
    if not line or len(re.findall(r"[^\W\d_]+", line)) > _MAX_WORDS:
        return False
    rest = [(s, e) for s, e in lines[k + 1 :] if text[s:e].strip()]
    entries = 0
    for s, _e in rest[:3]:
        if _ENTRY.match(text, s) or _UNMARKED.match(text, s):
            entries += 1
        else:
            break
    return entries >= 2 or (entries == 1 and line.endswith(":"))


def heading_fates(text: str, statuses: list[Fact]) -> list[Fact]:
    """A killed status at each list heading that names the dead by a noun and has no status
    cue of its own (``statuses``: those found already)."""
    out: list[Fact] = []
    lines = _lines(text)
    for k, (start, end) in enumerate(lines):
        m = _DEAD.search(text, start, end)
        if m is None or any(start <= f.start < end for f in statuses):
            continue
        if _ENTRY.match(text, start) or not _heads_list(text, lines, k):
            continue
        out.append(Fact("status", Status.KILLED, m.start(), m.end(),
                        {"plural": True, "heading": True}))
    return out


__all__ = ["heading_fates"]
