"""A list's heading that tells its entries' fate by a noun, not by a status word.

"Подтверждённые потери за неделю:", "Вечная память павшим 🕯", "Втрати ворога за тиждень:",
"Confirmed losses this week:", "Names of the fallen:", "The dead identified so far:" head
lists of the dead. The status cues read verbs and participles ("погиб", "загинули",
"killed"); these nouns say the same only as a list's heading — in prose "потери" and
"casualties" count the wounded too. A heading is a line of its own, short, naming no one, with
a list's entries on the lines after it (marked "1.", "1)", "—", "•", or unmarked lines that
open with a capitalised word and are as short as a list's). Its fate goes to every entry that
tells none of its own, by the rules that share any heading's status
(:mod:`headcount.extract.attach`).
"""

from __future__ import annotations

import re

from headcount.extract.list_entries import MARK, UNMARKED_LINE, tells_a_person
from headcount.extract.model import Fact
from headcount.extract.morph import parses
from headcount.extract.persons import Person
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

#: the nouns that count the wounded and the captured as losses too
_COUNTS_OTHERS = re.compile(r"потер\w+|утрат\w+|втрат\w+|losses|casualties", re.I)
#: a heading of the wounded, or of an event in the dead's memory
_NOT_THE_DEAD = re.compile(
    r"санитарн|раненые|поранені|wounded|injured|памяти|в\s+память|пам['’]яті|in\s+(?:honou?r|"
    r"memory)\s+of|турнир|кубок|концерт|программ|матч|соревнован|турнір|кубок|tournament|cup\b|"
    r"concert|programme|program\b|results|engraved|memorial\s+(?:service|plaza|wall)", re.I)
#: a list entry's mark at a line's start: "1.", "1)", "—", "-", "•", "▪️", "🔹"
_ENTRY = re.compile(rf"[ \t]*{MARK}")
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


#: a sentence's end inside a line or at its end: a heading is none
_SENTENCE = re.compile(r"[.!?…](?:\s|$)")


def _is_entry(text: str, start: int, end: int) -> bool:
    """A list's entry: a marked line, or a short one opened by a capitalised word; not the
    heading of another list ("Награды получили:")."""
    if text[start:end].rstrip().endswith(":"):
        return False
    return bool(_ENTRY.match(text, start)) or (
        bool(_UNMARKED.match(text, start)) and end - start <= UNMARKED_LINE)


def _fate_heads(text: str, start: int, end: int, fate: int) -> bool:
    """The fate at ``fate`` is the heading's: the line is no sentence of prose ("В зоне СВО
    погибли наши земляки."); with sentences before its colon, the fate is in the last, or the
    last names no act of its own ("Вечная память павшим. Список героев нашего села:"; not
    "Погибли трое бойцов. Соболезнования выразили:")."""
    line = text[start:end].rstrip()
    ends = [start + m.end() for m in _SENTENCE.finditer(line)]
    if not ends:
        return True
    if not line.endswith(":"):
        return False
    last = max(ends)
    return fate >= last or not any(
        {"VERB", "PRTS", "PRTF"} & p.tag.grammemes
        for w in re.findall(r"[^\W\d_]+", text[last:end]) for p in parses(w.lower())[:1])


def _heading(text: str, lines: list[tuple[int, int]], k: int, fate: int) -> bool:
    """Line ``k``, no entry itself, heads a list, and the fate at ``fate`` is its own."""
    start, end = lines[k]
    return not _ENTRY.match(text, start) and _heads_list(text, lines, k) and _fate_heads(
        text, start, end, fate)


def _heads_list(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Line ``k`` is a heading: short, and the next non-empty lines (two at least, or one
    after a colon) are entries of a list."""
    start, end = lines[k]
    line = text[start:end].strip()
    if not line or len(re.findall(r"[^\W\d_]+", line)) > _MAX_WORDS:
        return False
    rest = [(s, e) for s, e in lines[k + 1 :] if text[s:e].strip()]
    entries = 0
    for s, e in rest[:3]:
        if _is_entry(text, s, e):
            entries += 1
        else:
            break
    return entries >= 2 or (entries == 1 and line.endswith(":"))


def _entries(text: str, lines: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The lines of the list under heading ``k``, up to the first that is no entry."""
    out: list[tuple[int, int]] = []
    for s, e in lines[k + 1 :]:
        if not text[s:e].strip():
            if out:
                break
            continue
        if not _is_entry(text, s, e):
            break
        out.append((s, e))
    return out


def heading_fates(text: str, statuses: list[Fact]) -> list[Fact]:
    """A killed status at each list heading that names the dead by a noun and has no status
    cue of its own (``statuses``: those found already). Not a heading of the wounded
    ("Санитарные потери"), of an event in their memory ("Турнир памяти павших", "in honour
    of the fallen"), nor one of losses over entries of another fate ("Потери:" over "— Сидоров
    Олег — ранен": losses count the wounded and the captured too), nor one over entries that
    tell nothing of a person (a year of birth or an age, a patronymic, a citizenship: "—
    LEOPARD 2A6, Kursk region" is a tank)."""
    out: list[Fact] = []
    lines = _lines(text)
    for k, (start, end) in enumerate(lines):
        m = _DEAD.search(text, start, end)
        if m is None or any(start <= f.start < end for f in statuses):
            continue
        if not _heading(text, lines, k, m.start()):
            continue
        if _NOT_THE_DEAD.search(text, start, end):
            continue
        entries = _entries(text, lines, k)
        if not entries or (_COUNTS_OTHERS.fullmatch(m.group(0)) and any(
                f.value != Status.KILLED and entries[0][0] <= f.start < entries[-1][1]
                for f in statuses)):
            continue  # "Потери:" over "— Сидоров Олег — ранен": losses, not deaths
        if not any(tells_a_person(text, s, e) for s, e in entries):
            continue
        out.append(Fact("status", Status.KILLED, m.start(), m.end(),
                        {"plural": True, "heading": True}))
    return out


#: how far into its line an entry's name starts at most (after its mark)
_NAME_OPENS = 12


def share_heading_fates(text: str, people: list[Person], by_person: dict[int, list[Fact]],
                        statuses: list[Fact]) -> None:
    """The fate told on a list's heading line, naming no one, for each entry's person who has
    none of his own — unmarked lists too ("Вечная память павшим\nАзамат Турсунов, 20 лет\n
    Ахмед аль-Джубури, гражданин Ирака"), in place."""
    lines = _lines(text)
    refs = [(r.start, i) for i, p in enumerate(people) for r in p.refs]
    for k, (start, end) in enumerate(lines):
        fate = next((f for f in statuses if start <= f.start < end), None)
        if fate is None or any(start <= r < end for r, _ in refs):
            continue
        if not _heading(text, lines, k, fate.start):
            continue
        for s, e in _entries(text, lines, k):
            for r, i in refs:
                if s <= r < min(e, s + _NAME_OPENS) and not any(
                        f.field == "status" for f in by_person[i]):
                    by_person[i].append(Fact("status", fate.value, fate.start, fate.end,
                                             {**fate.extra, "plural": True}))


__all__ = ["heading_fates", "share_heading_fates"]
