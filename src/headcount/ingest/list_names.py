"""Names as published lists write them: call signs apart, order told, compounds whole.

- A call sign or nickname in quotes or brackets — ``"Torito"``, ``«Гром»``,
  ``(позывной «Гром»)``, ``(Гром)`` — goes to its own field, never into the name.
- Word order and parts: :mod:`headcount.names.order` (a surname in capitals, the place
  of a patronymic, pymorphy3's dictionary, the order most rows of the list have).

Parts are filled only when the order is known; otherwise the name stays whole
and linkage splits it by its own rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from headcount.ingest.records import MentionRecord
from headcount.names.order import list_orders

_QUOTED = re.compile(r"[\"«“„‟]\s*([^\"«»“”„‟]+?)\s*[\"»”“‟]")
_BRACKETED = re.compile(r"[(\[]\s*([^()\[\]]*?)\s*[)\]]")
_CALLSIGN_WORD = re.compile(
    r"^(?:позывной|позывн\.|п/з|прозвище|кличка|call\s*sign|callsign|nickname|aka|a\.k\.a\.)"
    r"\s*[:\-–—]?\s*",
    re.I,
)
_CALLSIGN_ANYWHERE = re.compile(
    r"[,;]?\s*(?<!\w)(?:позывной|позывн\.|п/з|прозвище|кличка|call\s*sign|callsign|nickname|"
    r"aka|a\.k\.a\.)(?!\w)\s*[:\-–—]?",
    re.I,
)
_NOT_A_NAME = frozenset(
    {"неопознанный", "неопознанная", "неизвестный", "неизвестная", "неизвестен", "нет данных",
     "не установлен", "не установлено", "unknown", "unidentified", "n/a", "-", "—", "?"}
)  # fmt: skip


@dataclass(frozen=True)
class NameReading:
    name: str | None  # the name without call signs; None when the cell holds none
    callsign: str | None = None
    reason: str | None = None  # why the cell is no name (a warning)


@lru_cache(maxsize=65536)
def read_name(value: str) -> NameReading:
    """Call signs out of a name cell; placeholders ("Неопознанный") out of the name.

    >>> read_name('Хорхе Фабиан Варгас Сапата "Puma"')
    NameReading(name='Хорхе Фабиан Варгас Сапата', callsign='Puma', reason=None)
    >>> read_name("Иванов Иван (позывной «Гром»)").callsign
    'Гром'
    """
    text = " ".join(value.replace("\u00a0", " ").split())
    signs: list[str] = []

    def bracket(m: re.Match[str]) -> str:
        inner = m.group(1)
        quoted = _QUOTED.findall(inner)
        inner = _CALLSIGN_WORD.sub("", _QUOTED.sub(" ", inner)).strip(" ,;")
        found = [q for q in quoted if q.strip()] or ([inner] if inner else [])
        if any(ch.isdigit() for ch in "".join(found)):
            return m.group(0)  # "(1990)": not a call sign, left in place
        signs.extend(found)
        return " "

    text = _BRACKETED.sub(bracket, text)
    signs.extend(_QUOTED.findall(text))
    text = _QUOTED.sub(" ", text)
    text = _CALLSIGN_ANYWHERE.sub(" ", text)
    name = " ".join(text.split()).strip(" ,;:-–—\"'«»")
    callsign = "; ".join(dict.fromkeys(s.strip(" ,") for s in signs if s.strip(" ,"))) or None
    if name.casefold() in _NOT_A_NAME:
        return NameReading(None, callsign, "not a name (an unidentified person): kept as written")
    return NameReading(name or None, callsign)


# --- word order and parts ---------------------------------------------------


def order_names(
    mentions: Sequence[MentionRecord], margin: float = 0.3, strong: float = 1.0
) -> str | None:
    """Fill surname, given name and patronymic of list rows whose order is known
    (:func:`headcount.names.order.list_orders`); returns the list's order
    ("given_first", "surname_first") or None when the list does not tell.
    """
    names = [None if any(f in m.fields for f in ("surname", "given_name"))
             else (str(m.fields["name"]) if m.fields.get("name") else None) for m in mentions]
    parts, majority = list_orders(names, margin, strong)
    for m, chosen in zip(mentions, parts, strict=True):
        if chosen is None:
            continue
        surname, given, patronymic = chosen
        m.fields["surname"] = surname
        m.fields["given_name"] = given
        if patronymic:
            m.fields["patronymic"] = patronymic
    return majority
