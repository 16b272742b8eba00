"""An attacker's check, written apart from the code it checks: does a text state a
withheld value of a person, in any form?

- a settlement in any case form (pymorphy3 lemmas, or the word with one more
  letter: "Чадан" → "Чадана"), or in Latin letters;
- an age as digits or words ("16 лет", "16-летний", "шестнадцатилетний",
  "16-year-old", "aged 16");
- a birth date in ISO, dotted or written form, or the birth year next to "г.р.",
  "года рождения", "born";
- a unit's number, or its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pymorphy3

from headcount.names import loose_token

_MORPH = pymorphy3.MorphAnalyzer()
_WORD = re.compile(r"[^\W\d_]+")
_UNITS = ["", "одно", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми", "девяти"]
_TEENS = ["десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати",
          "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати"]  # fmt: skip
_TENS = {2: "двадцати", 3: "тридцати", 4: "сорока", 5: "пятидесяти", 6: "шестидесяти",
         7: "семидесяти", 8: "восьмидесяти", 9: "девяноста"}  # fmt: skip
_EN = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
       "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
            8: "eighty", 9: "ninety"}  # fmt: skip
_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"]  # fmt: skip
_GENERIC = {"область", "край", "республика", "город", "село", "деревня", "район", "посёлок"}


def _ru_compound(n: int) -> str:
    if 10 <= n < 20:
        return _TEENS[n - 10]
    return _TENS.get(n // 10, "") + _UNITS[n % 10]


def _en(n: int) -> str:
    if n < 20:
        return _EN[n]
    return _EN_TENS[n // 10] + (f"[- ]{_EN[n % 10]}" if n % 10 else "")


def _lemmas(word: str) -> set[str]:
    low = word.casefold().replace("ё", "е")
    return {p.normal_form.replace("ё", "е") for p in _MORPH.parse(low)[:3]} | {low}


@dataclass
class Secrets:
    settlements: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    birth_dates: set[str] = field(default_factory=set)
    ages: set[int] = field(default_factory=set)
    #: words of published facts (a country "Cuba" in "Santiago de Cuba" is no leak)
    published: set[str] = field(default_factory=set)

    def add(self, row: Mapping[str, Any]) -> None:
        if row.get("settlement"):
            self.settlements.add(str(row["settlement"]))
        if row.get("unit"):
            self.units.add(str(row["unit"]))
        if row.get("birth_date"):
            self.birth_dates.add(str(row["birth_date"]))
        if row.get("age") is not None and str(row["age"]).isdigit():
            self.ages.add(int(row["age"]))

    def __bool__(self) -> bool:
        return bool(self.settlements or self.units or self.birth_dates or self.ages)


def leaks(text: str, secrets: Secrets) -> list[str]:
    """The withheld values ``text`` states (each with the words that state it)."""
    low = text.casefold().replace("ё", "е")
    found: list[str] = []
    words = set(_WORD.findall(low))
    for place in secrets.settlements:
        for w in _WORD.findall(place.casefold().replace("ё", "е")):
            if len(w) < 4 or w in _GENERIC or _lemmas(w) & secrets.published:
                continue
            lem, latin = _lemmas(w), loose_token(w)
            for t in words:
                if (
                    (t.startswith(w) and len(t) <= len(w) + 1)
                    or (_lemmas(t) & lem and len(t) >= 4)
                    or (latin and len(t) >= 4 and loose_token(t) == latin)
                ):
                    found.append(f"settlement {place!r} as {t!r}")
    for age in secrets.ages:
        pats = [
            rf"(?<!\d){age}\s*[-‐–]?\s*(?:лет|год|летн)",
            rf"{_ru_compound(age)}\s*[-]?\s*летн",
            rf"(?<!\d){age}[\s-]+years?[\s-]+old",
            rf"\baged?\s+{age}\b",
            rf"\b{_en(age)}[\s-]+years?[\s-]+old",
            rf"возрасте\s+{age}\b",
        ]
        for p in pats:
            if re.search(p, low):
                found.append(f"age {age} ({p})")
    for bd in secrets.birth_dates:
        parts = bd.split("-")
        y = parts[0]
        forms = [bd] if len(parts) == 3 else []
        if len(parts) == 3:
            m, d = int(parts[1]), int(parts[2])
            forms += [f"{d:02d}.{m:02d}.{y}", f"{d}.{m:02d}.{y}", f"{d} {_MONTHS[m - 1]} {y}"]
        for form in forms:
            if form in low:
                found.append(f"birth date {bd} as {form!r}")
        if re.search(rf"{y}\s*(?:г\.?\s*р|года?\s+рождения)|(?:born|родил\w+)\D{{0,20}}{y}", low):
            found.append(f"birth year {y}")
    for unit in secrets.units:
        for num in re.findall(r"\d{3,}", unit):
            if re.search(rf"(?<!\d){num}(?!\d)", low):
                found.append(f"unit number {num}")
        if len(unit) > 6 and unit.casefold() in low:
            found.append(f"unit {unit!r}")
    return found


def strings(value: Any) -> Iterable[str]:
    """Every string inside a JSON-like value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from strings(v)
