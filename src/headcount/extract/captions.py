"""People named only in a photo's caption beside someone else.

A news text often puts a photo's caption on a line of its own under the headline: "Харпер Ли
и Джордж Уокер Буш", "Дмитрий Романович с Владимиром Путиным во время награждения",
"Hari Thapa with his brother Ram". One named only there, next to another person, is someone
pictured with the one the text is about: the death told in the body (its place, its date)
is not his.
"""

from __future__ import annotations

import re
from typing import Any

#: the end of a line that tells something: a full stop, a colon, a semicolon, a quote
_TOLD = re.compile(r"[.!?:;…»\"”)]\s*$")
#: most words of a caption
_CAPTION_WORDS = 16
#: what a death told elsewhere gives
_FATE_FIELDS = ("place_of_death", "death_date")


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that read as captions: not the first line (the headline), short,
    not ended as a sentence is, followed by more text, and alone — a run of such lines is a
    list ("Ахметов Ильдар «Тимер» 1984–2023"), no caption."""
    pos, first = 0, True
    lines = text.split("\n")
    kinds: list[tuple[int, int, bool]] = []  # (start, end, caption-like) of non-empty lines
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        body = line.strip()
        if not body:
            continue
        rest = "\n".join(lines[i + 1 :]).strip()
        like = not first and bool(rest) and not _TOLD.search(body) and len(
            body.split()) <= _CAPTION_WORDS
        first = False
        kinds.append((start, start + len(line), like))
    return [(a, b) for i, (a, b, like) in enumerate(kinds)
            if like and not (i > 0 and kinds[i - 1][2])
            and not (i + 1 < len(kinds) and kinds[i + 1][2])]


def _line_of(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= start and end <= b), None)


#: a capitalised word: another name the caption gives ("Харпер Ли и Джордж Уокер Буш")
_QUOTED = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+")


def _someone_else(text: str, line: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """The caption line names more than the person: a capitalised word off his spans."""
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, line[0], line[1])]
    return any(not any(s <= w.start() < e for s, e in [*spans, *quoted])
               for w in _CAPITALISED.finditer(text, line[0], line[1]))


def drop_caption_fates(mentions: list[dict[str, Any]], text: str) -> None:
    """A person named only in captions, each of them naming something else too, keeps no
    place nor date of a death told on another line."""
    captions = caption_lines(text)
    if not captions:
        return
    for m in mentions:
        spans = [(int(s), int(e)) for s, e in m.get("spans", [])]
        found = [_line_of(captions, s, e) for s, e in spans]
        lines = [x for x in found if x is not None]
        if not spans or len(lines) < len(found):
            continue
        if not all(_someone_else(text, line, spans) for line in lines):
            continue  # a caption naming him alone: he may be the one the text is about
        for field in _FATE_FIELDS:
            ev = m["evidence"].get(field)
            if not m.get(field) or not ev or "start" not in ev:
                continue
            if any(a <= int(ev["start"]) < b for a, b in lines):
                continue  # told on his own line
            m[field] = None
            m["evidence"].pop(field, None)
            if field == "death_date" and "death_date_precision" in m:
                m["death_date_precision"] = None
