"""The names of a text's list read in the order the list writes them.

A list of the dead or of captives writes every entry's name the same way: surname first
("Петров Иван Сергеевич", "МУТУА Джозеф Кипроно", "GURUNG Bishal", "аль-Джубури Ахмед") or
given name first ("Бишал ГУРУНГ", "Юниор Родригес Кастро"). One entry tells the order by a
sign of its own — a patronymic last or second, a surname in capitals, a South Asian given
element ("Бахадур", "Kumar"), a known given name, a surname's particle — and the entries
with none follow the list (:func:`headcount.names.order.list_orders`, the reading ingest
uses for a table's name column). Only namings that open a list entry (a line opened by a
number, a dash or a bullet, or by the name itself) and are written as in a list (the
nominative, no initials) are read again; a name in prose keeps the order its words give.
The words are read as written, before names in capitals were put in title case.
"""

from __future__ import annotations

import dataclasses
import re

from headcount.extract.list_entries import MARK
from headcount.extract.namecase import NameParts, spanish_surname_first
from headcount.extract.persons import Person, PersonRef
from headcount.names.order import list_orders, read_order

#: the start of a list entry right before a name: a line's start, then a number or a mark;
#: or a colon or a semicolon of a list run together on one line
_ENTRY_START = re.compile(rf"(?:(?:^|\n)[ \t]*(?:{MARK}[ \t]*)?|[:;][ \t]+)$")
#: a word of a name as a list writes it, in any script and case ("аль-Джубури", "O'Neil")
_NAME_WORD = re.compile(r"(?:[^\W\d_]+[-'’])*[^\W\d_]+\.?")
#: an unmarked list entry's line at most (characters): longer, a paragraph
_UNMARKED_LINE = 120
#: a list writes at least this many entries
_MIN_ENTRIES = 2
#: the vote of a reading a surname in capitals decides (:func:`headcount.names.order.read_order`)
_CAPITALS_VOTE = 10.0


def _opens_entry(text: str, ref: PersonRef) -> bool:
    """The naming opens a list entry: a line marked by a number, a dash or a bullet, or an
    unmarked line a list's entry is as short as (not a paragraph opened by a name)."""
    m = _ENTRY_START.search(text, max(0, ref.start - 12), ref.start)
    if m is None:
        return False
    if m.group(0).strip():
        return True
    end = text.find("\n", ref.start)
    return (len(text) if end < 0 else end) - ref.start <= _UNMARKED_LINE


def _written(text: str, ref: PersonRef) -> list[str]:
    words = text[ref.start : ref.end].split()
    return words if all(_NAME_WORD.fullmatch(w) for w in words) else []


def _title(words: str) -> str:
    """A part written in capitals in title case ("КАСТРО" → "Кастро", "АЛЬ-ДЖУБУРИ" →
    "Аль-Джубури"); a part in mixed case as written."""
    return " ".join(re.sub(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*",
                           lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), w)
                    if w.isupper() and len(w) > 1 else w for w in words.split())


def list_order(people: list[Person], text: str, written: str | None = None) -> None:
    """Put the surname of each list entry's name in its place, in place. ``written``: the
    text as written, if ``text`` has its names in capitals put in title case."""
    written = written if written is not None and len(written) == len(text) else text
    entries: list[tuple[int, int, list[str]]] = []
    for i, person in enumerate(people):
        for j, ref in enumerate(person.refs):
            p = ref.parts
            if p.case not in ("", "nomn") or p.initials or not _opens_entry(text, ref):
                continue
            words = _written(written, ref)
            if len(words) >= 2 and not any(w.endswith(".") or len(w) == 1 for w in words):
                entries.append((i, j, words))
    parts, _ = list_orders([" ".join(w) for _, _, w in entries])
    for (i, j, words), chosen in zip(entries, parts, strict=True):
        reading = read_order(" ".join(words))
        if chosen is None or (len(entries) < _MIN_ENTRIES and abs(reading.vote) < _CAPITALS_VOTE):
            continue  # one entry alone is read by its capitals only
        if abs(reading.vote) < _CAPITALS_VOTE and chosen != reading.surname_first and (
                len(words) != 2):
            continue  # given names first: the name's own split stands (Spanish pairs, …)
        if chosen == reading.surname_first and abs(reading.vote) < _CAPITALS_VOTE and (
                spanish_surname_first(words)):
            chosen = (" ".join(words[:2]), " ".join(words[2:]), "")  # "Мартинес Сантана Йоандри"
        surname, given, patronymic = (_title(x) for x in chosen)
        ref = people[i].refs[j]
        p = ref.parts
        if p.surname.casefold() == surname.casefold():
            continue  # the surname found already: its own reading of the rest stands
        people[i].refs[j] = dataclasses.replace(ref, parts=NameParts(
            surname, given, patronymic, p.sex or "M", "nomn", False))


__all__ = ["list_order"]
