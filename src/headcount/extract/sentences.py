"""Where the sentence or the clause around an offset starts and ends: the few rules the rules
of every field share instead of a splitter of their own.

Three sentence ends, for three needs:

* :data:`STOP` — any stop: every dot (an abbreviation's or a date's as well), "!", "?", "…"
  or a line break. It cuts too often rather than too rarely: for a window that must not run
  into the next sentence ("погиб 12.04.2024" ends at the first dot).
* :data:`SPACED_STOP` — a dot, "!" or "?" before a space or the end, or a line break, not
  an initial's dot: no dot inside "12.04.2002" or "Р. Ф." ends a sentence.
* :data:`WORD_STOP` — "!", "?" or a line break, or a dot before a space after two letters:
  not the dot of an initial ("Р. Ф."), of a one-letter abbreviation ("г.", "с.") or of a
  number.

:data:`CLAUSE_STOP` cuts at whatever may close a clause or an apposition, and
:func:`sentence_bounds` splits a whole text where a stop is followed by a capital.
(``text.sentences`` is the pipeline's own split, by razdel, with paragraphs.)
"""

from __future__ import annotations

import re

#: any stop: a dot, "!", "?", "…" or a line break
STOP = re.compile(r"[.!?…\n]")
#: a dot, "!" or "?" before a space or the text's end, or a line break; not an initial's dot
#: ("Хайрутдінов Р. Ф., 1991 р.н.", "Sgt. I. Yu. Markelov")
SPACED_STOP = re.compile(r"(?<!\b[A-ZА-ЯЁІЇЄҐ])[.!?](?=\s|$)|\n")
#: "!", "?", a line break, or a word's dot before a space (not an initial's, "г."'s or a
#: number's)
WORD_STOP = re.compile(r"[!?\n]|(?<=[^\W\d_]{2})\.(?=\s)")
#: the end of a clause or an apposition: a stop, a comma, a colon, a bracket, a quote, a dash
CLAUSE_STOP = re.compile(r"[.!?;:,()«»\"\n—–]")
#: between two sentences of :func:`sentence_bounds`: a stop and the spaces before a capital or
#: an opening quote or bracket, or line breaks
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ\"“«(])|\n+")


def sentence_start(text: str, pos: int, stops: re.Pattern[str] = STOP, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts: right after the last stop between ``floor``
    and ``pos``, else ``floor``."""
    return max((m.end() for m in stops.finditer(text, floor, pos)), default=floor)


def sentence_end(text: str, pos: int, stops: re.Pattern[str] = STOP,
                 with_stop: bool = False) -> int:
    """Where the sentence holding ``pos`` ends: at the first stop from ``pos`` on (after it
    when ``with_stop``), else at the text's end."""
    m = stops.search(text, pos)
    if m is None:
        return len(text)
    return m.end() if with_stop else m.start()


def sentence_around(text: str, start: int, end: int, stops: re.Pattern[str] = STOP,
                    with_stop: bool = False) -> tuple[int, int]:
    """The span of the sentence holding ``text[start:end]`` (see :func:`sentence_end`)."""
    return sentence_start(text, start, stops), sentence_end(text, end, stops, with_stop)


def last_clause(text: str) -> str:
    """What follows the last clause stop of ``text`` (all of it when there is none)."""
    return CLAUSE_STOP.split(text)[-1]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text``: cut after a stop followed by a capital
    or an opening quote or bracket, and at line breaks (the spaces between belong to none)."""
    out, start = [], 0
    for m in _NEXT_SENTENCE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out
