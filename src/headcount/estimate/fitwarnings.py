"""The warnings of a result made of several fits, each saying which fits it concerns.

A headline pools fits: the outcomes of the gap-filler decision
(:mod:`headcount.estimate.gapmix`), the linkage draws (:mod:`headcount.estimate.linkage`).
Each fit has its own warnings ("1 candidate model(s) skipped ...", "2 candidate model(s)
skipped ..."); listed together without their fit, a reader cannot tell which figure they
concern. :func:`pooled_warnings` puts the result's own warnings first, as they are, then
every other warning once, prefixed by the fits that gave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence


def pooled_warnings(own: Sequence[str], fits: Sequence[tuple[str, Sequence[str]]],
                    join: Callable[[list[str]], str] = ", ".join) -> list[str]:
    """``own`` first, then each warning of ``fits`` (label, warnings) once, as
    ``"<labels of the fits that gave it>: <warning>"`` (``join`` writes the labels); a
    warning ``own`` already has is not repeated."""
    out = list(dict.fromkeys(own))
    seen = set(out)
    labels: dict[str, list[str]] = {}
    for label, warnings in fits:
        for w in dict.fromkeys(warnings):
            if w not in seen:
                labels.setdefault(w, []).append(label)
    out += [f"{join(by)}: {w}" for w, by in labels.items()]
    return out


#: a number in a warning (a count, a share, an estimate written with thousands commas)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: the label :mod:`headcount.estimate.gapmix` gives a warning of one of its outcomes
OUTCOME = re.compile(r"\(weight \d+%\): ")


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def merge_numbers(texts: Sequence[str]) -> str:
    """Texts that differ only in their numbers, as one: a number that differs is written
    as its range (``"1–5 candidate model(s) skipped"``)."""
    parts = NUMBER.split(texts[0])
    values = [NUMBER.findall(t) for t in texts]
    out = [parts[0]]
    for i, part in enumerate(parts[1:]):
        nums = [v[i] for v in values]
        low, high = min(nums, key=_value), max(nums, key=_value)
        out.append(low if _value(low) == _value(high) else f"{low}–{high}")
        out.append(part)
    return "".join(out)


def draws_warnings(warnings: Sequence[Sequence[str]]) -> list[str]:
    """The warnings of linkage draws, one line per kind of warning (the same words, the
    numbers aside) saying which draws gave it, its numbers as their range:
    ``"all 5 linkage draws: 1–3 candidate model(s) skipped ..."``, ``"linkage draws 1, 3
    of 5: ..."``. Warnings of the figure's own fits come first, then those of the other
    outcomes of the gap-filler decision."""
    m = len(warnings)
    kinds: dict[str, list[tuple[int, str]]] = {}
    for i, ws in enumerate(warnings):
        for w in dict.fromkeys(ws):
            kinds.setdefault(NUMBER.sub("#", w), []).append((i + 1, w))

    def which(draws: list[int]) -> str:
        if len(draws) == m:
            return f"all {m} linkage draws" if m > 1 else "the linkage draw"
        listed = ", ".join(str(d) for d in draws)
        return f"linkage draw{'s' if len(draws) > 1 else ''} {listed} of {m}"

    lines = [(OUTCOME.search(kind) is not None,
              f"{which(sorted({d for d, _ in items}))}: {merge_numbers([w for _, w in items])}")
             for kind, items in kinds.items()]
    return [line for outcome, line in lines if not outcome] + \
        [line for outcome, line in lines if outcome]
