"""Names written in capitals read as names: "ВОРОНИН Алексей Петрович", "ГНАТЮК МИКОЛА
ПЕТРОВИЧ", "ФОМІЧОВ А. Д.".

Lists of the dead, court records and government pages write the surname, or the whole
name, in capitals. natasha's NER and the name rules read capitals as abbreviations, so
such a name is cut or lost. A word in capitals is written in title case (same length, so
every offset stays) when pymorphy3 reads it as a name part (given name, patronymic,
surname) and it stands next to another name word; abbreviations ("СВО", "ЧВК", "ЗСУ"),
common words ("ПОГИБ", "ВЕЧНАЯ ПАМЯТЬ") and a lone word in capitals ("ЧВК «ВАГНЕР»") are
left as written.
"""

from __future__ import annotations

import re

from headcount.extract.list_entries import a_persons, entry_words, name_run
from headcount.extract.morph import parses
from headcount.extract.passport_names import passport_names

#: a word in Cyrillic capitals (two letters at least), hyphened parts kept together
_CAPS = re.compile(r"(?<![\w'’])[А-ЯЁІЇЄҐ]{2,}(?:[-'’][А-ЯЁІЇЄҐ]{2,})*(?![\w'’])")
#: a word that may be a name written normally: a capital, then lower case
_TITLED = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def _titled(word: str) -> str:
    """In title case, a part after an apostrophe kept lower ("ГРИГОР'ЄВ" → "Григор'єв")."""
    return re.sub(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*",
                  lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), word)


def _name_part(word: str) -> bool:
    """A word pymorphy3 reads as a name part (any case), and not as an abbreviation."""
    ps = parses(word.lower().split("-")[0])
    if not ps or any("Abbr" in p.tag.grammemes for p in ps[:2]):
        return False
    return any(_NAME_TAGS & p.tag.grammemes for p in ps)


#: a Russian-type surname's nominative ending ("ГОМБОЄВ", "БАДМАЄВ", "ДОНДОКОВА")
_SURNAME_END = re.compile(r"(?:ОВ|ЕВ|ЄВ|ЁВ|ИН|ІН|ЇН|ЫН)(?:А)?$")
#: the word after a surname in capitals: a given name in title case
_GIVEN_AFTER = re.compile(r"[ \t]+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?\b")


def _surname_before_name(text: str, m: re.Match[str]) -> bool:
    """A surname the dictionary does not know, in capitals by its Russian ending, right
    before a given name ("ГОМБОЄВ Аюр Владиславович", "БАДМАЄВ Солбон, 1970 р.н.")."""
    return len(m.group(0)) > 4 and _SURNAME_END.search(m.group(0)) is not None and (
        _GIVEN_AFTER.match(text, m.end()) is not None)


#: initials after a word: two ("А. Д.", "О.М."), or one and a comma or the line's end
_INITIALS_AFTER = re.compile(r"[ \t]+[А-ЯЁІЇЄҐ]\.[ \t]?(?:[А-ЯЁІЇЄҐ]\.|(?=[,;:\n]|$))"
                             # not the initials of the surname after them ("учасник СВО
                             # А. Д. Ковальов", "ГУР МОУ А. Д. Коваль")
                             r"(?![ \t]*[А-ЯЁІЇЄҐ][а-яёіїєґ'’])")


def _surname_before_initials(text: str, m: re.Match[str]) -> bool:
    """A word in capitals right before a person's initials is his surname ("ФОМІЧОВ А. Д.",
    "ГАВРИЛЮК О.М.", "НУРІЄВ Р. Р."): an abbreviation is not followed by initials. A short
    word (two letters) or one without a vowel is an abbreviation all the same."""
    word = m.group(0)
    return len(word) > 2 and re.search(r"[АЕЁИІЇЄОУЫЭЮЯ]", word) is not None and (
        _INITIALS_AFTER.match(text, m.end()) is not None)


def _entry_names(text: str) -> list[tuple[int, int]]:
    """The words in capitals of a name that opens a list entry, written whole or in part in
    capitals ("— ГУРУНГ БИШАЛ, (1965–2023)", "1) МУТУА Джозеф Кіпроно —", "Юниор РОДРИГЕС
    КАСТРО, 51 год"), every one a name may be (:mod:`headcount.extract.list_entries`)."""
    out: list[tuple[int, int]] = []
    for _, words in entry_words(text):
        caps = [(a, b) for a, b in words if text[a:b].isupper() and b - a > 1]
        if caps and name_run([text[a:b] for a, b in words]) and a_persons(text, words):
            out.extend(caps)
    return out


def title_names(text: str) -> str:
    """``text`` with the names it writes in capitals in title case (same length)."""
    caps = list(_CAPS.finditer(text))
    entries = _entry_names(text) + [  # "Nimal JAYASURIYA": a passport's capitals
        (a + m.start(), a + m.end()) for a, b in passport_names(text, [])
        for m in re.finditer(r"(?<![\w'’-])[A-Z][A-Z'’-]{2,}(?![\w'’-])", text[a:b])]
    if not caps and not entries:
        return text
    out = list(text)
    for a, b in entries:
        out[a:b] = _titled(text[a:b])
    for m in caps:
        if _surname_before_name(text, m) or _surname_before_initials(text, m):
            out[m.start() : m.end()] = _titled(m.group(0))
            continue
        if not _name_part(m.group(0)):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 40]
        prev = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", before)
        nxt = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", after)
        neighbours = [w.group(1) for w in (prev, nxt) if w]
        if not any((_CAPS.fullmatch(w) or _TITLED.fullmatch(w)) and _name_part(w)
                   for w in neighbours):
            continue  # a lone word in capitals: an abbreviation or a heading, not a name
        out[m.start() : m.end()] = _titled(m.group(0))
    return "".join(out)


__all__ = ["title_names"]
