"""Does the joint graphone model help the token search's re-ranking? Cross-validated.

The fold rows of ``translit_rerank.py`` (each cached dev query's re-ranked candidates
with their features, under the rules **and the graphone model**
(:mod:`headcount.names.graphones`) learned from the other folds' aligned dev pairs)
are ranked with the shipped weights but the graphone score's (0: the re-ranking
before it), by the graphone score alone, with the score at each weight of a grid
(all folds) and at the weight best on the other folds (nested); each with the queries
won and lost against the weights without it.

    python bench/translit_graphone.py --cache DIR [--folds 5]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from translit_rerank import DATA, fold_rows
from translit_search import FEATURES, KEEP, WEIGHTS, Row, rank, read_tokens, recall_at, wilson

GRID = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0)


def report(by_fold: dict[int, list[Row]], names: Sequence[str] = FEATURES) -> list[str]:
    """The table (markdown lines) of the fold rows' recall@1 by the graphone weight."""
    _, truth = read_tokens(DATA / "wd_russian_64")
    before = {**WEIGHTS, "graphone": 0.0}
    rows = [r for f in sorted(by_fold) for r in by_fold[f]]
    latins = sorted({a for a, _, _ in rows})
    n = len(latins)

    def hits(ranked: dict[str, list[str]], qs: Sequence[str]) -> set[str]:
        return {x for x in qs if set(ranked.get(x, [])[:1]) & truth[x]}

    shipped = hits(rank(rows, before, names), latins)
    results = [
        ("shipped weights without the graphone score", shipped),
        ("graphone score alone", hits(rank(rows, {"graphone": 1.0}, names), latins)),
    ]
    for w in GRID:
        results.append(
            (
                f"shipped + graphone × {w:g} (all folds)",
                hits(rank(rows, {**before, "graphone": w}, names), latins),
            )
        )
    nested: set[str] = set()
    chosen = []
    for f in sorted(by_fold):
        train = [r for g in sorted(by_fold) if g != f for r in by_fold[g]]
        tq = sorted({a for a, _, _ in train})
        on = {w: len(hits(rank(train, {**before, "graphone": w}, names), tq))
              for w in (0.0, *GRID)}  # fmt: skip
        best = max(on, key=lambda w: (on[w], -w))
        chosen.append(best)
        held = sorted({a for a, _, _ in by_fold[f]})
        nested |= hits(rank(by_fold[f], {**before, "graphone": best}, names), held)
    results.append((f"shipped + graphone, weight chosen on the other folds "
                    f"({'/'.join(f'{w:g}' for w in chosen)})", nested))  # fmt: skip
    lines = [
        "| re-ranking (5-fold) | queries | recall@1 | 95 % interval | won / lost |",
        "|---|---|---|---|---|",
    ]
    for label, h in results:
        lo, hi = wilson(len(h), n)
        lines.append(
            f"| {label} | {n} | {len(h) / n:.3f} | {lo:.3f}–{hi:.3f} "
            f"| {len(h - shipped)} / {len(shipped - h)} |"
        )
    ceiling = recall_at(rank(rows, before, names), truth, latins, KEEP)
    lines.append(f"| right token among the {KEEP} | {n} | {ceiling / n:.3f} | | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    print("\n".join(report(fold_rows(args.cache, args.folds))))


if __name__ == "__main__":
    main()
