"""A unit's namesake running into a soldier's name: "бригады имени Марка Безручко Тараса
Олеговича Мельничука", "батальйону імені Героя України Дмитра Коцюбайла Максим Ткачук".

The names tagger (or a Ukrainian run of name words) reads the namesake and the soldier as
one name, or cuts them in the wrong place ("Марка Безручко Тараса" + "Олеговича
Мельничука"). After "имени"/"імені" (and a hero's titles) the namesake is a given name and
its surname (a patronymic between them too), or a surname alone; the words after it, with a
span that follows right after, are the soldier's name.
"""

from __future__ import annotations

import re

from headcount.extract.morph import parses
from headcount.extract.roles import named_after

_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")


def _given(word: str) -> bool:
    return any(p.is_known and "Name" in p.tag.grammemes and "plur" not in p.tag.grammemes
               for p in parses(word.lower())[:4])


def _patronymic(word: str) -> bool:
    return any("Patr" in p.tag.grammemes for p in parses(word.lower())[:3])


def namesake_words(words: list[str], whole: bool = False) -> int:
    """How many of ``words`` (the namesake first) are the namesake's: a given name, perhaps
    a patronymic, and a surname; or the words up to the next given name (a surname alone:
    "имени Шаймуратова Игорь Смирнов"; "імені Чорних Запорожців Іван Петренко"); with no
    given name among them, one word, or all of them when ``whole`` ("імені Лицарів Зимового
    Походу", "імені Гази Загітова": no soldier's name follows)."""
    if _given(words[0]) and len(words) > 1:
        return 3 if len(words) > 2 and _patronymic(words[1]) else 2
    return next((i for i in range(1, len(words)) if _given(words[i])),
                len(words) if whole else 1)


def split_namesakes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a namesake's words cut off the soldier's name that follows them (the
    namesake kept as a span of its own, for the roles to set aside; a hero's titles before
    it, "Героя України", dropped)."""
    out: list[tuple[int, int]] = []
    spans = sorted(spans)
    skip = -1
    for k, (start, end) in enumerate(spans):
        if k == skip:
            continue
        words = list(_WORD.finditer(text, start, end))
        at = next((i for i, w in enumerate(words) if i + 1 < len(words)
                   and named_after(text, w.start())), -1)
        if at < 0:
            out.append((start, end))
            continue
        own = words[at:]
        n = namesake_words([w.group(0) for w in own])
        rest = own[n:]
        following = spans[k + 1] if k + 1 < len(spans) else None
        joined = following is not None and rest and not text[rest[-1].end():following[0]].strip()
        if not rest or (len(rest) == 1 and not joined):
            out.append((start, end))  # "имени Марка Безручка Ткачук": too little to cut
            continue
        out.append((own[0].start(), own[n - 1].end()))
        if joined and following is not None:
            out.append((rest[0].start(), following[1]))
            skip = k + 1
        else:
            out.append((rest[0].start(), rest[-1].end()))
    return out
