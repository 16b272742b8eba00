"""Facts found in text, before they are attached to people."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass
class Fact:
    """One value for one mention field, with the span of text that states it."""

    field: str  # a mention field: status, death_date, region, age, unit, …
    value: Any
    start: int
    end: int
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)  # precision, flags, the cue

    def evidence(self, text: str) -> dict[str, Any]:
        return {"quote": text[self.start : self.end], "start": self.start, "end": self.end}
