"""A man named by his initials ("Рукавишников О. В.", "Солдат О. П. Гнатюк") whose given name
the text spells out later in a word NER did not read as a name ("1983 р.н. Олексія,
засудженого за крадіжку, забрали …", "Олександрові було 27 років"): the full form wins (the
guide), found by morphology — a word the dictionary knows as a man's given name, of the
initial's letter, after his first naming, not after a kin word ("залишився син Олег"), and the
only such name in the text — and not a relative's (:func:`~headcount.extract.persons.
relatives_given`: "Сергей, его сын", "Андрей рассказал, что брат …"), which is his own.
"""

from __future__ import annotations

import re

from headcount.extract.morph import parses
from headcount.extract.namecase import NameParts
from headcount.extract.persons import Person, PersonRef, anothers_given, relatives_given
from headcount.extract.places import is_place
from headcount.extract.roles import role_before

_WORD = re.compile(r"(?<![\w'’ʼ-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]{2,}(?![\w'’ʼ-])")


def _given_name(word: str) -> str:
    """The nominative of a man's given name the dictionary knows ``word`` as, or "" — also
    for a town of that name ("г. Артём": his home, not his name)."""
    if is_place(word):
        return ""
    for p in parses(word.lower())[:2]:
        g = p.tag.grammemes
        if p.is_known and {"Name", "masc"} <= g:
            return p.normal_form.capitalize()
    return ""


def spell_out_initials(text: str, people: list[Person]) -> None:
    """Give the one person named by an initial the given name spelled out later, in place."""
    taken = [(r.start, r.end) for p in people for r in p.refs]
    initialled = [p for p in people if p.parts.initials and p.parts.given.endswith(".")
                  and p.parts.surname and p.parts.sex != "F"]
    for person in initialled:
        letter = person.parts.given[:1]
        first = min(r.start for r in person.refs)
        if sum(1 for p in initialled if p.parts.given[:1] == letter) > 1 or any(
                p is not person and p.parts.given[:1] == letter and not p.parts.initials
                for p in people):
            continue  # another man of that letter: the name may be his
        found: dict[str, tuple[int, int]] = {}
        relatives: set[str] = set()
        for m in _WORD.finditer(text, first):
            if any(s <= m.start() < e for s, e in taken) or not m.group().startswith(letter):
                continue
            given = _given_name(m.group())
            if given and role_before(text, m.start()) != "kin" and not anothers_given(
                    text, m.start()):
                found.setdefault(given, (m.start(), m.end()))
                if relatives_given(text, m.end()):
                    relatives.add(given)  # a name of that letter still, but not his
        if len(found) == 1 and not relatives & set(found):
            given, (start, end) = next(iter(found.items()))
            person.refs.append(PersonRef(start, end, NameParts(given=given, sex="M"), True,
                                         (text[start:end],)))
