"""Military ranks as lists write them, read into one rank of the vocabulary.

"мл сержант", "мл. сержант" and "младший сержант" are one rank; "гв. капитан"
and "гвардии капитан" are a captain with the guards flag; "майор юстиции",
"полковник запаса" keep their service and reserve as qualifiers. The ranks are
:data:`headcount.vocab.RANKS`; a value that is not one of them is not read
(the caller reports it as unmapped and keeps it as written).

>>> read_rank("гв. ст. лейтенант")
RankReading(rank='старший лейтенант', guards=True, qualifiers=())
>>> read_rank("капитан 1-го ранга запаса").qualifiers
(('reserve', True),)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from headcount.vocab import RANKS

_RANKS = frozenset(RANKS)
_GUARDS = re.compile(r"\bгв(?:ардии|\.|\b)\s*")
_RESERVE = re.compile(r"\b(?:запаса|в запасе|в отставке|отставной)\b")
_SERVICE = re.compile(
    r"\b(медицинской службы|мед\.? ?службы|м/с|юстиции|полиции|внутренней службы|"
    r"таможенной службы|финансовой службы|ветеринарной службы|авиации)\b"
)
_ROMAN = {"iii": "3", "ii": "2", "i": "1"}
_ROMAN_CLASS = re.compile(r"\b(iii|ii|i)(?=\s*-?\s*(?:го|й)?\s*(?:ранга|р\.|статьи|ст\.))")
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\s*-\s*", "-"),
        (r"\bперво(?:го|й)\b", "1"),
        (r"\bвторо(?:го|й)\b", "2"),
        (r"\bтреть(?:его|ей)\b", "3"),
        (r"(\d)\s*-?(?:го|й|ой)?\s*(?:ранга|р\.|р\b)", r"\1 ранга"),
        (r"(\d)\s*-?(?:й|ой)?\s*(?:статьи|ст\.|ст\b)", r"\1 статьи"),
        (r"\bмл\b\.?\s*", "младший "),
        (r"\bст\b\.?\s*", "старший "),
        (r"\bгл\b\.?\s*", "главный "),
        (r"\bлейт\b\.?", "лейтенант"),
        (r"\bс-т\b|\bсерж\b\.?", "сержант"),
        (r"\bефр\b\.?", "ефрейтор"),
        (r"\bряд\b\.?", "рядовой"),
        (r"\bпр-к\b|\bпрап\b\.?", "прапорщик"),
        (r"\bп/п-к\b|\bп/полковник\b|\bподп-к\b|\bподполк\b\.?", "подполковник"),
        (r"\bп-к\b|\bполк\b\.?", "полковник"),
        (r"\bм-р\b", "майор"),
        (r"\bкап\b\.?", "капитан"),
        (r"\bген\b\.?-?", "генерал-"),
        (
            r"\b(генерал|капитан|контр|вице)[\s-]+(майор|лейтенант|полковник|армии|адмирал)\b",
            r"\1-\2",
        ),
        (r"\bгенерал-армии\b", "генерал армии"),
        (r"[.,;:()\"«»]", " "),
    )
)


@dataclass(frozen=True)
class RankReading:
    rank: str  # one of headcount.vocab.RANKS
    guards: bool = False
    qualifiers: tuple[tuple[str, object], ...] = ()  # ("service", "юстиции"), ("reserve", True)


@lru_cache(maxsize=4096)
def read_rank(value: str) -> RankReading | None:
    """The rank a cell names, or None when it names none of :data:`RANKS`."""
    text = " ".join(value.casefold().replace("ё", "е").split())
    guards = bool(_GUARDS.search(text))
    text = _GUARDS.sub("", text)
    qualifiers: list[tuple[str, object]] = []
    service = _SERVICE.search(text)
    if service:
        qualifiers.append(("service", service.group(1)))
        text = _SERVICE.sub(" ", text)
    if _RESERVE.search(text):
        qualifiers.append(("reserve", True))
        text = _RESERVE.sub(" ", text)
    text = _ROMAN_CLASS.sub(lambda m: _ROMAN[m.group(1)], text)
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    text = " ".join(text.split())
    if text not in _RANKS:
        return None
    return RankReading(text, guards, tuple(qualifiers))
