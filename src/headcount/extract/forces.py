"""Names of armed forces and formations written next to a person's name.

"Штаб-сержант Нацгвардії Ткаченко Юрій", "Рядовой Шторм Z Федоров", "Боец ЧВК Вагнер Сергей
Лапин": the force a man served in stands between his rank and his name, and NER or the
name reader takes it for a name word. The set is closed (the branches, services and named
formations of both armies, and their abbreviations), so it is listed here whole.
"""

from __future__ import annotations

import re

#: abbreviations of branches, services and the forces of both sides (Russian and Ukrainian)
_ABBREVIATIONS = (
    "ВСУ|ЗСУ|ВСРФ|ВС|РФ|ЧВК|ПВК|ТрО|ТРО|ВДВ|ДШВ|ДШБ|ВМФ|ВМС|ВКС|ПВО|ППО|МВД|МВС|ФСБ|СБУ|ГУР|"
    "ГУ|ССО|НГУ|ДПСУ|ПСУ|ФПС|ОМОН|СОБР|ДНР|ЛНР|НМ|ОБТФ|МО|МОУ|РВиА|ЗРВ|БАРС|ОШБ|ОМБр|ОШП")
#: the forces by name: the guards of both sides, the named formations whose names are no
#: personal names ("Вагнер" only after ЧВК/ПВК or in quotes: it is a surname too)
FORCE = re.compile(
    r"(?<![\w«\"])(?:"
    r"(?:ЧВК|ПВК|группы|групи)\s+[«\"„“]?Вагнер\w*[»\"“”]?|[«\"„“]Вагнер\w*[»\"“”]|"
    # "Шторм" is a surname too: a force only in quotes, with its letter, or after a unit word
    r"[«\"„“]Шторм(?:а|у|е|і|ом)?(?:[- ]?[«\"„“]?[ZVЗ](?![\w-])[»\"“”]?)?|"
    r"Шторм(?:а|у|е|і|ом)?[- ]?[«\"„“]?[ZVЗ](?![\w-])[»\"“”]?|"
    r"(?:[Оо]тряд\w*|[Зз]агон\w*|[Пп]одразделени\w*|[Пп]ідрозділ\w*)\s+Шторм"
    r"(?:[- ]?[«\"„“]?[ZVЗ](?![\w-])[»\"“”]?)?|"
    r"[Нн]ацгвард\w*|[Рр]осгвард\w*|[Нн]ацполіц\w*|[Нн]ацполиц\w*|"
    # in quotes only: Азов, Ахмат are a surname and a given name too
    r"[«\"„“](?:Азов|Азова|Азові|Азову|Азове|Редут\w*|Кракен\w*|Ахмат\w*)[»\"“”]|"
    rf"(?:{_ABBREVIATIONS})(?:-\d{{1,2}})?"
    r")(?![\w-])")


def force_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a force or a formation."""
    return [m.span() for m in FORCE.finditer(text)]


def without_forces(text: str, span: tuple[int, int],
                   forces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name in ``span`` without the forces it runs into: the longest stretch of the span
    no force covers (None if nothing of a name is left)."""
    s, e = span
    inside = sorted((max(s, a), min(e, b)) for a, b in forces if a < e and s < b)
    if not inside:
        return span
    parts: list[tuple[int, int]] = []
    at = s
    for a, b in inside:
        parts.append((at, a))
        at = max(at, b)
    parts.append((at, e))
    kept = []
    for a, b in parts:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip(" \t«»\"„“”-"))
        trail = len(piece) - len(piece.rstrip(" \t«»\"„“”-"))
        if b - trail > a + lead and any(c.isalpha() for c in piece):
            kept.append((a + lead, b - trail))
    if not kept:
        return None
    return max(kept, key=lambda p: len(text[p[0] : p[1]].split()))
