"""Lines broken in the middle of a sentence joined again.

Posts copied from Telegram, VK and forums keep the line breaks of a phone's screen:
"Николай Петрович погиб 29 сентября\\nв районе н.п. Новогродовка", "Житель Чусового
Руслан\\nГаязов (35 лет)". Extraction reads a line as a sentence of its own, so the fate is
cut from its date and a name from its surname. A line break is read as a space (same
length: every offset stays) where the line before it ends no sentence (no full stop, colon,
semicolon, emoji or closing bracket) and the next line goes on with it: it opens with a
lower-case word, or the line before ends with a given name and the next opens with the
surname. A list (its lines opened by a number, a dash or a bullet, or lines that are names
alone), a heading and a blank line are left as written.
"""

from __future__ import annotations

import re

from headcount.extract.list_entries import ENTRY, may_be_name
from headcount.extract.morph import parses

#: a line's end that ends a sentence or a heading: punctuation, a bracket, a quote, an emoji
_ENDED = re.compile(r"(?:[.!?…:;)»\"”]|[^\w\s,–—-])\s*$")
#: a lower-case word opening the next line
_GOES_ON = re.compile(r"[ \t]*[a-zа-яёіїєґ]")
#: a name's word: a capitalised word
_CAPITALISED = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+")


def _given_name(word: str) -> bool:
    """A given name in the singular ("Гаязов" is no plural of "Гаяз" here)."""
    return any({"Name", "sing"} <= p.tag.grammemes for p in parses(word.lower()) if p.is_known)


def _surname_next(line: str, nxt: str) -> bool:
    """The line ends with a given name and the next opens with a word that may be a surname
    ("Житель Чусового Руслан" / "Гаязов (35 лет), …"); not a line of names alone, a list's
    ("Иванов Иван" / "Петров Пётр")."""
    last = re.search(r"([^\W\d_]+)\s*$", line)
    first = re.match(r"[ \t]*([^\W\d_][\w'’-]*)", nxt)
    if last is None or first is None or not _CAPITALISED.fullmatch(last.group(1)):
        return False
    if not _CAPITALISED.fullmatch(first.group(1)) or _given_name(first.group(1)):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return _given_name(last.group(1)) and not all(may_be_name(w) for w in words)


def _marked(line: str) -> bool:
    m = ENTRY.match(line)
    return m is not None and bool(m.group(0).strip())


def join_broken_lines(text: str) -> str:
    """``text`` with line breaks inside a sentence read as spaces (same length)."""
    if "\n" not in text:
        return text
    out = list(text)
    lines = text.split("\n")
    pos = 0
    for k, line in enumerate(lines[:-1]):
        end = pos + len(line)
        nxt = lines[k + 1]
        pos = end + 1
        if not line.strip() or not nxt.strip() or _ENDED.search(line):
            continue
        if _marked(nxt) or _marked(line):
            continue  # a list's line, marked, before or after
        if _GOES_ON.match(nxt) or _surname_next(line, nxt):
            out[end] = " "
    return "".join(out)


__all__ = ["join_broken_lines"]
