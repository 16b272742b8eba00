"""Foreigners named in Latin letters inside Russian or Ukrainian prose, as their passports
write them.

Embassies, consulates and families quote a recruit's name as his passport has it, the
surname in capitals: "Еще двое — Nimal JAYASURIYA и Sampath DISSANAYAKE — числятся
ранеными", "тело Ram Bahadur THAPA передано посольству". natasha's Russian NER does not tag
Latin words, and such a name is not a list's entry. Its shape tells it: two to four Latin
words in a row, each in title case or in capitals, one of them a surname in capitals (three
letters or more, a vowel among them: no "PMC", "ISIS" is a name's shape too rarely to
matter) and one in title case (a given name: "NATO", "UN" alone are no name).
"""

from __future__ import annotations

import re

#: a Latin word of a name: title case or capitals, with an apostrophe or a hyphen inside
_WORD = r"[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*"
#: two to four such words in a row, not inside a longer Latin run
_RUN = re.compile(rf"(?<![\w'’-])(?<![A-Za-z][ \t])({_WORD}(?:[ \t]+{_WORD}){{1,3}})"
                  rf"(?![\w'’-])(?![ \t]+[A-Za-z])")
#: a surname in capitals
_CAPS = re.compile(r"[A-Z][A-Z'’-]{2,}")
#: a given name in title case
_TITLE = re.compile(r"[A-Z][a-z][A-Za-z'’-]*")


def passport_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Latin names of passport shape in a Cyrillic text that no span of ``spans`` overlaps."""
    if not re.search(r"[а-яёіїєґ]", text, re.I):
        return []
    out = []
    for m in _RUN.finditer(text):
        words = m.group(1).split()
        caps = [w for w in words if _CAPS.fullmatch(w) and re.search(r"[AEIOUY]", w)]
        titled = [w for w in words if _TITLE.fullmatch(w)]
        if not caps or not titled or len(caps) + len(titled) != len(words):
            continue
        start, end = m.start(1), m.end(1)
        if any(s < end and start < e for s, e in spans):
            continue
        out.append((start, end))
    return out


__all__ = ["passport_names"]
