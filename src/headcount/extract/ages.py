"""Ages as Russian texts give them: "34-летний", "в возрасте 34 лет", "ему было 34 года"."""

from __future__ import annotations

import re

from headcount.extract.model import Fact

MIN_AGE, MAX_AGE = 14, 99
_PATTERNS = tuple(
    re.compile(p, re.I)
    for p in (
        r"\b(\d{1,2})\s?[-‐–]?\s?летн\w+",
        r"\bв\s+возрасте\s+(\d{1,2})\s+(?:лет|года?)\b",
        r"\b(?:было|исполнилось|исполнился|исполнилось\s+бы|исполнился\s+бы)\s+(?:всего\s+|только\s+)?"
        r"(\d{1,2})\s+(?:лет|года?)\b",
        r"\b(\d{1,2})\s+(?:лет|года?)\s+от\s+роду\b",
        r"(?<=[,(])\s*(\d{1,2})\s+(?:лет|года?)\s*(?=[,.;)])",
    )
)


def find_ages(text: str) -> list[Fact]:
    out: list[Fact] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            age = int(m.group(1))
            if MIN_AGE <= age <= MAX_AGE and not any(f.start == m.start(1) for f in out):
                out.append(Fact("age", age, m.start(1), m.end()))
    out.sort(key=lambda f: f.start)
    return out
