"""Field accuracy of extracted mentions against expected people (for tests and the bench)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def score_fields(
    cases: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]],
    key: str = "surname",
) -> dict[str, dict[str, float]]:
    """Per field: precision, recall, F1 of (person, value) pairs.

    ``cases`` are (extracted mentions, expected people); people are matched on
    ``key`` (case-insensitive); a value counts once per person.
    """
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    for got, want in cases:
        by_key = {str(m.get(key) or "").lower(): m for m in got}
        fields = {f for w in want for f in w if f != key}
        for w in want:
            for f in w:
                if f == key:
                    continue
                n_gold[f] = n_gold.get(f, 0) + 1
                m = by_key.get(str(w[key]).lower())
                if m is not None and str(m.get(f)) == str(w[f]):
                    tp[f] = tp.get(f, 0) + 1
        for m in got:
            for f in fields | {"name"}:
                if m.get(f if f != "name" else key) is not None:
                    n_pred[f] = n_pred.get(f, 0) + 1
        n_gold["name"] = n_gold.get("name", 0) + len(want)
        wanted = {str(w[key]).lower() for w in want}
        tp["name"] = tp.get("name", 0) + len(wanted & set(by_key))
    out = {}
    for f in sorted(n_gold):
        p = tp.get(f, 0) / n_pred[f] if n_pred.get(f) else 0.0
        r = tp.get(f, 0) / n_gold[f]
        out[f] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                  "support": float(n_gold[f])}
    return out
