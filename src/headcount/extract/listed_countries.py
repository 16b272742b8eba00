"""A country named as a piece of a person's list entry ("— Перера Дінеш Прасанна, Шрі-Ланка,
1990 р.н.;", "2. Тапа Рам, Непал, 30 лет;"): lists of foreign recruits write the person's
country so, between commas after the name, as they write it in brackets ("Тапа Рам (Непал)").

Only on a line that opens with the name (a list's entry), only a piece that is the country's
name alone, and only up to the entry's end (a semicolon, the line's end, a dash set apart).
"""

from __future__ import annotations

import re

from headcount.extract.model import Fact
from headcount.extract.ukrainian import country_word

#: what may stand before the name on its line: a number, a bullet, a dash, a rank or two
_ENTRY_HEAD = re.compile(r"\s*(?:\d{1,3}[.)]\s*|[-–—•▪*]\s*)?(?:[\w.]+\s+){0,2}")
#: the end of a list entry
_ENTRY_END = re.compile(r"[;\n]|\s[—–]\s")
#: a piece that is one name of a place ("Шрі-Ланка", "Непал", "Кот-д'Івуар")
_PIECE = re.compile(r"\s*([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]+)*)\s*\.?\s*")


def list_entry(text: str, start: int) -> bool:
    """The name at ``start`` opens a line of a list (a number, a bullet or a dash before it)."""
    line = text.rfind("\n", 0, start) + 1
    return "\n" in text and _ENTRY_HEAD.fullmatch(text, line, start) is not None


def find_listed_countries(text: str, names: list[tuple[int, int]]) -> list[Fact]:
    """Citizenship from a country between commas in the list entry a name opens."""
    out: list[Fact] = []
    for start, end in names:
        if not list_entry(text, start):
            continue
        stop = _ENTRY_END.search(text, end)
        entry_end = stop.start() if stop else len(text)
        if not text.startswith(",", end):
            continue
        pos = end + 1
        for piece in text[end + 1 : entry_end].split(",")[:4]:
            m = _PIECE.fullmatch(piece)
            country = country_word(m.group(1)) if m else None
            if m is not None and country is not None and not country.contested:
                out.append(Fact("citizenship", country.code, pos + m.start(1), pos + m.end(1),
                                {"contested": False, "entry": True}))
                break
            pos += len(piece) + 1
    return out
