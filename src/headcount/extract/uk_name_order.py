"""Foreign and non-Slavic names written surname first in Ukrainian lists and POW cards.

- a Spanish double surname before the given names: "Гарсія Лопес Хуан", "Ернандес Перес Луїс
  Альберто" → surname "Гарсія Лопес";
- a South-Asian name whose last word is a given element ("Бахадур", "Прасад", "Кумар"): the
  surname is the first word ("Тапа Суман Бахадур" → Тапа, given "Суман Бахадур");
- a Russian-type surname before a given name the dictionary does not know ("Бадмаєв Саян",
  "Цибікжапов Баїр") → surname "Бадмаєв";
- a short surname opening a list entry ("2) Ба Усман (Сенегал)") → surname "Ба".

Only namings written in the nominative (a list entry, a card) are reordered.
"""

from __future__ import annotations

import dataclasses
import re

from headcount.extract.namecase import NameParts, known_given
from headcount.extract.persons import Person, PersonRef
from headcount.names.order import GIVEN_ELEMENTS

#: Spanish "son of" surnames in Cyrillic (Ернандес, Перес, Лопес, Родрігес, Гонсалес)
_SPANISH = re.compile(r"(?:[еиіа]с|[еиі]з)$")
#: a Russian-type surname in the nominative (Бадмаєв, Раднаєв, Цибікжапов, Очиров)
_RU_SURNAME = re.compile(r"(?:ов|ев|єв|ін|їн)$")
#: the start of a list entry: a number or a dash opening its line
_ENTRY_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[—–•-])[ \t]*$")
_WORD = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]+")


def _written(text: str, ref: PersonRef) -> list[str]:
    words = text[ref.start : ref.end].strip("«»\"").split()
    return words if all(_WORD.fullmatch(w) for w in words) else []


def _reordered(words: list[str], p: NameParts, entry: bool = False) -> tuple[str, str] | None:
    """(surname, given) for a name written surname first, or None; ``entry``: the name opens
    a list entry."""
    low = [w.lower() for w in words]
    if p.patronymic or p.initials or len(words) < 2:
        return None
    if entry and len(words) == 2 and len(words[0]) <= 3 and p.surname == words[1]:
        return words[0], words[1]  # "2) Ба Усман (Сенегал)": a short surname first
    if len(words) >= 3 and low[-1] in GIVEN_ELEMENTS and low[0] not in GIVEN_ELEMENTS:
        return words[0], " ".join(words[1:])
    if len(words) >= 3 and _SPANISH.search(low[1]) and p.surname == words[-1] and not (
            _SPANISH.search(low[-1])):
        return " ".join(words[:2]), " ".join(words[2:])
    if len(words) == 2 and _RU_SURNAME.search(low[0]) and p.surname == words[1] and not (
            _RU_SURNAME.search(low[1])) and not known_given(words[0]):
        return words[0], words[1]  # not "Любов Ворона", "Лев Коваль": a given name in -ов/-ев
    return None


def _opens_entry(text: str, ref: PersonRef) -> bool:
    return _ENTRY_START.search(text, max(0, ref.start - 12), ref.start) is not None


def _surname_first_list(people: list[Person], text: str) -> bool:
    """Some entry of the text's list writes its name surname first, by a sign of its own: a
    patronymic last ("— Цхададзе Тамаз Георгійович, …") or an order :func:`_reordered`
    reads ("— Шарма Прадіп Кумар")."""
    for person in people:
        for ref in person.refs:
            p = ref.parts
            words = _written(text, ref)
            if len(words) < 2 or p.case not in ("", "nomn") or not _opens_entry(text, ref):
                continue
            if (len(words) == 3 and p.patronymic == words[2] and p.surname == words[0]) or (
                    _reordered(words, p, True) is not None):
                return True
    return False


def _as_the_list(words: list[str], p: NameParts) -> tuple[str, str] | None:
    """(surname, given) of an entry's name read given name first in a list that writes its
    names surname first ("— Перера Дінеш Прасанна, Шрі-Ланка" beside "— Шарма Прадіп Кумар")."""
    if p.patronymic or p.initials or len(words) < 2 or p.surname != words[-1] or (
            known_given(words[0])):
        return None
    return words[0], " ".join(words[1:])


def surname_first(people: list[Person], text: str) -> None:
    """Put the surname of a name written surname first in its place, in place."""
    listed = _surname_first_list(people, text)
    for person in people:
        for i, ref in enumerate(person.refs):
            p = ref.parts
            if p.case not in ("", "nomn"):
                continue
            words = _written(text, ref)
            if not words or f"{p.surname} {p.given}".split() == words:
                continue
            entry = _opens_entry(text, ref)
            order = _reordered(words, p, entry) or (
                _as_the_list(words, p) if entry and listed else None)
            if order is not None:
                person.refs[i] = dataclasses.replace(ref, parts=NameParts(
                    order[0], order[1], "", p.sex or "M", "nomn", False))
