"""Name text as a reader sees it: stress marks and invisible characters removed.

Russian texts mark stress with a combining acute or grave accent ("Ива́нов");
copied text carries format characters that show nothing (zero-width space,
joiner and non-joiner, word joiner, soft hyphen, byte-order mark, direction
marks: Unicode category Cf). Neither may split a word in two or join two
words: :func:`plain_text` removes both, the same way wherever a name is read
(the search index, search queries, romanisation), so a query meets the index
under one spelling.

An invisible character between a small letter and a capital ("Иванов\u200bИван")
stands where a reader sees two words, and becomes a space; anywhere else it is
dropped. Letters made of a base and a mark that belong to the alphabet
(й = и + breve, ё = е + diaeresis) are composed again (NFC), not lost.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: combining grave and acute accents: stress marks in Russian and Ukrainian texts
STRESS_MARKS = frozenset({"\u0300", "\u0301"})


def _invisible(c: str) -> bool:
    return unicodedata.category(c) == "Cf"


@lru_cache(maxsize=100_000)
def plain_text(text: str) -> str:
    """``text`` without stress marks and format characters, in NFC.

    >>> plain_text("Ива\u0301нов") == "Иванов"
    True
    >>> plain_text("Ива\u200dнов Пётр") == "Иванов Пётр"
    True
    >>> plain_text("Иванов\u200bИван") == "Иванов Иван"
    True
    >>> plain_text("И\u0306осиф") == "Йосиф"
    True
    """
    if text.isascii():
        return text
    chars = [c for c in unicodedata.normalize("NFD", text) if c not in STRESS_MARKS]
    out: list[str] = []
    for i, c in enumerate(chars):
        if not _invisible(c):
            out.append(c)
            continue
        after = next((d for d in chars[i + 1 :] if not _invisible(d)), "")
        before = next((d for d in reversed(out) if unicodedata.category(d) != "Mn"), "")
        if before.islower() and after.isupper() and out[-1] != " ":
            out.append(" ")
    return unicodedata.normalize("NFC", "".join(out))
