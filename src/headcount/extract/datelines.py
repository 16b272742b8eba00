"""A page's dateline: a line that is only a date and a clock time.

News pages print when an item was published above or below its headline ("7 октября
2022 года, 14:53", "14:53 07.10.2022", "October 7, 2022, 2:53 PM", "07.10.2022 | 14:53").
That is the publication, not an event the text reports: read as a date in the text it
became the death date of a soldier whose death the item gave no date for, and in English
"2:53 PM" above "John Mwangi was killed" made him a prime minister, no person. A comment's
timestamp below an article has the same form. The time of day is what marks it: a line
with a date alone may head the deaths of that day in a list. :func:`blank_datelines` turns
them to a full stop and spaces before anything is read (offsets kept, so quotes still
point into the text).
"""

from __future__ import annotations

import re

_SEP = r"[^\S\n]*[,|•·/—–-]?[^\S\n]*"
_TIME = r"(?:в[^\S\n]+|at[^\S\n]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]*(?:[AaPp]\.?[Mm]\.?))?"
_DATE = r"[^\n:]*?\d[^\n:]*?"
_LINE = re.compile(
    rf"^[^\S\n]*(?:{_DATE}{_SEP}{_TIME}|{_TIME}{_SEP}{_DATE})[^\S\n]*$", re.M)
#: a dateline's date part is short: a date, not a sentence
_LONGEST = 40


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every dateline in ``text``."""
    out = []
    for m in _LINE.finditer(text):
        body = m.group(0).strip()
        if len(body) <= _LONGEST + 12 and len(re.findall(r"[^\W\d_]{3,}", body)) <= 3:
            out.append((m.start(), m.end()))
    return out


def blank_datelines(text: str) -> str:
    """``text`` with every dateline turned to a full stop and spaces (same length: the
    line still ends what came before it, as the date did)."""
    spans = dateline_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "." + " " * (end - start - 1)
    return "".join(chars)
