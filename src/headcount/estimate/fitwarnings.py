"""The warnings of a result made of several fits, each saying which fits it concerns.

A headline pools fits: the outcomes of the gap-filler decision
(:mod:`headcount.estimate.gapmix`), the linkage draws (:mod:`headcount.estimate.linkage`).
Each fit has its own warnings ("1 candidate model(s) skipped ...", "2 candidate model(s)
skipped ..."); listed together without their fit, a reader cannot tell which figure they
concern. :func:`pooled_warnings` puts the result's own warnings first, as they are, then
every other warning once, prefixed by the fits that gave it.
"""

from __future__ import annotations

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


def draws_warnings(warnings: Sequence[Sequence[str]]) -> list[str]:
    """The warnings of linkage draws, one line per warning saying which draws gave it:
    ``"all 5 linkage draws: ..."``, ``"linkage draws 1, 3 of 5: ..."``."""
    m = len(warnings)

    def join(numbers: list[str]) -> str:
        if len(numbers) == m:
            return f"all {m} linkage draws" if m > 1 else "the linkage draw"
        return f"linkage draw{'s' if len(numbers) > 1 else ''} {', '.join(numbers)} of {m}"

    return pooled_warnings([], [(str(i + 1), w) for i, w in enumerate(warnings)], join)
