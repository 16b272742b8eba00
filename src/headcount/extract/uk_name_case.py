"""The case and sex of a Ukrainian name the dictionary does not know, read from its sentence.

Russian names get their case from natasha's tagger; Ukrainian ones only from the word
before them, and a verb there said nothing. Two cues fill that gap:

- a name right after a finite verb in the plural or the neuter ("поховали Баїра Доржиєва",
  "поранило Аяса Монгуша", "взяли в полон Жаргала Цибікова") is not the verb's subject — the
  verb does not agree with one man or woman — but its object, in the accusative; after a
  plural noun ("батьки Баяра Жамсуєва") a name in -а is its genitive; a name
  with another joined to it ("загинули Баїр Доржиєв та Аяс Монгуш") may be the subject of
  a plural verb and is left alone;
- a name in the genitive or the accusative whose words end in -а/-я is a man's: a woman's
  name in those cases ends otherwise ("Марії Іванової", "Марію Іванову"), so "Жаргала
  Цибікова" after "рідні" is Жаргал Цибіков, not a woman in the nominative.
"""

from __future__ import annotations

import re

from headcount.extract.morph import parses

#: the word right before the name, with an optional "в/у полон" between it and the name
_VERB_BEFORE = re.compile(r"(?<![\w'’ʼ])([а-яіїєґ'’ʼ]+)\s+(?:(?:в|у)\s+полон\s+)?$", re.I)
#: another name joined to this one: the two may be a plural verb's subject
_JOINED_AFTER = re.compile(r"\s*(?:,|\s(?:і|та|й)\s)\s*[А-ЯІЇЄҐ]")
_OBLIQUE = ("gent", "accs")


def _object_verb(word: str) -> bool:
    """A finite verb that cannot agree with one person as its subject: plural or neuter,
    not reflexive ("попрощалися з …" governs no object)."""
    if word.endswith(("ся", "сь")):
        return False
    for p in parses(word)[:1]:
        g = p.tag.grammemes
        if "VERB" in g and ("plur" in g or ("neut" in g and "past" in g)):
            return True
    return False


def _plural_noun(word: str) -> bool:
    """A noun that can be a plural subject ("батьки", "побратими", "односельці")."""
    return any({"NOUN", "plur", "nomn"} <= p.tag.grammemes for p in parses(word))


def object_case(text: str, start: int, end: int, words: list[str]) -> tuple[str, str] | None:
    """The case the word before the name at ``start:end`` governs it in: ("accs", "") after
    a verb that is not its ("поховали Аяса Монгуша"), ("gent", "") after a plural noun when
    the name's words end in -а/-я ("побратими Баяра Жамсуєва": no apposition to a plural)."""
    m = _VERB_BEFORE.search(text, max(0, start - 40), start)
    if m is None or _JOINED_AFTER.match(text, end):
        return None
    word = m.group(1).lower()
    if _object_verb(word):
        return "accs", ""
    if m.group(0).strip() == m.group(1) and len(words) >= 2 and all(
            w.lower().endswith(("а", "я")) for w in words) and _plural_noun(word):
        return "gent", ""
    return None


def oblique_sex(words: list[str], context: tuple[str, str] | None) -> tuple[str, str] | None:
    """``context`` with a man's sex where it says an oblique case and does not say the sex,
    and every word of the name ends in -а or -я."""
    if context is None or context[1] or context[0] not in _OBLIQUE or len(words) < 2:
        return context
    if all(w.lower().endswith(("а", "я")) for w in words):
        return context[0], "masc"
    return context
