"""Ages as Russian texts give them, in figures or in words.

"34-летний", "в возрасте 34 лет", "ему было 34 года", "Ему был 31 год",
"которому было 49 лет", "в возрасте сорока пяти лет", "тридцатилетний",
"Иван Петров, 34 года,", "в 90 лет умер", "дожил до 90 лет"; "на 97-м году жизни"
is an age of 96 (the 97th year had begun).
"""

from __future__ import annotations

import re
from functools import cache

from headcount.extract.model import Fact
from headcount.extract.morph import lemma

MIN_AGE, MAX_AGE = 14, 99

_UNITS = ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_TENS = ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто")
#: stems of numbers inside compound adjectives: "тридцатипятилетний", "сорокалетний"
_TENS_STEM = ("двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти",
              "восьмидесяти", "девяноста")
_UNITS_STEM = ("одно", "двух", "трёх|трех", "четырёх|четырех", "пяти", "шести", "семи",
               "восьми", "девяти")
_TEENS_STEM = ("десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
               "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати")

_NUM_WORD = r"[а-яё]+"
_WORDS = rf"({_NUM_WORD}(?:\s+{_NUM_WORD})?)"
_YEARS = r"(?:лет|года?)\b"
_D = r"(\d{1,2})"


def _patterns(num: str) -> tuple[str, ...]:
    return (
        rf"\bв\s+возрасте\s+(?:всего\s+|только\s+)?{num}\s+{_YEARS}",
        rf"\b(?:было|был|исполнилось|исполнился|исполнилось\s+бы|исполнился\s+бы)"
        rf"\s+(?:всего\s+|только\s+|лишь\s+)?{num}\s+{_YEARS}",
        rf"\b{num}\s+{_YEARS}\s+от\s+роду\b",
        rf"\bдожил[аи]?\s+до\s+{num}\s+{_YEARS}",
        rf"\bв\s+{num}\s+{_YEARS}(?=\s+(?:умер|скончал|погиб|ушёл|ушел|ушла))",
    )


_FIGURES = tuple(re.compile(p, re.I) for p in (
    *_patterns(_D),
    rf"\b{_D}\s?[-‐–]?\s?(?:летн|річн)\w+",
    rf"\b(?:віком|у\s+віці)\s+{_D}\s+(?:років|роки|рік)\b",
    rf"\b(?:було|був|виповнилося)\s+(?:лише\s+|усього\s+)?{_D}\s+(?:років|роки|рік)\b",
    rf"(?<=[,(])\s*{_D}\s+(?:лет|года?)\s*(?=[,.;)])",
))
_IN_WORDS = tuple(re.compile(p, re.I) for p in _patterns(_WORDS))
_YEAR_OF_LIFE = re.compile(r"\bна\s+(\d{2,3})\s*-?\s*(?:м|ом)?\s+году\s+жизни\b", re.I)
_COMPOUND = re.compile(
    rf"\b((?:{'|'.join(_TENS_STEM)})(?:{'|'.join(_UNITS_STEM)})?|(?:{'|'.join(_TEENS_STEM)}))"
    r"летн\w+",
    re.I,
)


@cache
def _values() -> dict[str, int]:
    out = {w: i + 1 for i, w in enumerate(_UNITS)}
    out.update({w: 10 + i for i, w in enumerate(_TEENS)})
    out.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
    return out


def number(words: str) -> int | None:
    """A number of one or two words in any case ("сорока пяти" → 45), or None."""
    values = _values()
    parts = [values.get(lemma(w)) for w in words.split()]
    if not parts or any(p is None for p in parts):
        return None
    nums = [p for p in parts if p is not None]
    if len(nums) == 2 and not (nums[0] >= 20 and nums[0] % 10 == 0 and nums[1] < 10):
        return None
    return sum(nums)


def _compound(stem: str) -> int | None:
    low = stem.lower().replace("ё", "е")
    for i, t in enumerate(_TENS_STEM):
        if low.startswith(t):
            rest = low[len(t):]
            if not rest:
                return 20 + 10 * i
            for j, u in enumerate(_UNITS_STEM):
                if rest in u.replace("ё", "е").split("|"):
                    return 20 + 10 * i + j + 1
    for i, t in enumerate(_TEENS_STEM):
        if low == t:
            return 10 + i
    return None


def find_ages(text: str) -> list[Fact]:
    out: list[Fact] = []

    def add(age: int | None, start: int, end: int) -> None:
        if age is not None and MIN_AGE <= age <= MAX_AGE and not any(
                f.start < end and start < f.end for f in out):
            out.append(Fact("age", age, start, end))

    for pattern in _FIGURES:
        for m in pattern.finditer(text):
            add(int(m.group(1)), m.start(1), m.end())
    for pattern in _IN_WORDS:
        for m in pattern.finditer(text):
            add(number(m.group(1)), m.start(1), m.end())
    for m in _YEAR_OF_LIFE.finditer(text):
        add(int(m.group(1)) - 1, m.start(1), m.end())
    for m in _COMPOUND.finditer(text):
        add(_compound(m.group(1)), m.start(), m.end())
    out.sort(key=lambda f: f.start)
    return out
