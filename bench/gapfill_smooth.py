"""Does the published figure move smoothly when a few more persons are split?

The demo's killed with the truth's linkage (every person exactly one person), then
``k = 0 .. 10`` random persons named by two systems or more split by the linkage (one
system's record becomes a person of its own), in several random orders. Each table is
estimated with the headline method (log-linear BIC, gap-filler rule, percentile
bootstrap); the table gives the figures, the share of bootstrap replicates that leave a
list out as a gap-filler, and the largest step between consecutive ``k``.

    python bench/gapfill_smooth.py --demo DIR       # a workspace made by `headcount demo`
    python bench/gapfill_smooth.py                  # builds the demo first (minutes)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import pandas as pd
from common import markdown_table, write_result
from e2e import truth_tables

from headcount.estimate.headline import HeadlineConfig, headline_from_tables
from headcount.estimate.registry import COUNT


def split_persons(table: pd.DataFrame, k: int, rng: np.random.Generator) -> pd.DataFrame:
    """``k`` persons named by two systems or more, drawn at random, each split in two:
    one of its systems' records alone, and the rest."""
    systems = [c for c in table.columns if c != COUNT]
    rows = [tuple(int(x) for x in r[systems]) for _, r in table.iterrows()
            for _ in range(int(r[COUNT]))]
    multi = [i for i, r in enumerate(rows) if sum(r) >= 2]
    for i in rng.choice(multi, size=min(k, len(multi)), replace=False):
        named = [j for j, x in enumerate(rows[i]) if x]
        j = int(rng.choice(named))
        rows[i] = tuple(0 if s == j else x for s, x in enumerate(rows[i]))
        rows.append(tuple(int(s == j) for s in range(len(systems))))
    frame = pd.DataFrame(rows, columns=systems)
    return frame.groupby(systems).size().rename(COUNT).reset_index()


def run(root: Path, ks: range, orders: int, bootstrap: int) -> list[str]:
    table, _, _, _ = truth_tables(root, {"killed"})
    true = int(table[COUNT].sum())
    cfg = HeadlineConfig(statuses=("killed",), bootstrap=bootstrap, linkage_draws=0)
    rows, steps = [], []
    for order in range(orders):
        figures = []
        for k in ks:
            split = split_persons(table, k, np.random.default_rng(1000 + order))
            head = headline_from_tables(split, {}, cfg)
            r = head.result
            assert r is not None
            weights = r.diagnostics.get("gap_filler_weights")
            left = ("—" if weights is None else
                    ", ".join(f"{n} {w:.0%}" for n, w in weights.items() if n != "-") or "none")
            gap = (r.model_description or "").split(";")[0] if "gap-filler" in (
                r.model_description or "") else "none"
            figures.append(r.estimate)
            rows.append([order + 1, k, int(split[COUNT].sum()), f"{r.estimate:.0f}",
                         f"{r.lower:.0f}–{r.upper:.0f}" if r.lower and r.upper else "—",
                         f"{r.estimate / true - 1:+.1%}", left if weights else gap])
        f = np.array(figures)
        steps.append(float(np.max(np.abs(np.diff(f)) / f[:-1])))
    return [
        f"The demo's killed ({true} people, the truth's linkage), k persons split, "
        f"{orders} random orders; headline method, {bootstrap} bootstrap replicates.", "",
        markdown_table(["order", "k split", "persons", "estimate", "95% interval",
                        "error", "left out (share of replicates)"], rows),
        "", "Largest step between consecutive k, per order: "
        + ", ".join(f"{s:.1%}" for s in steps) + ".", "",
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--demo", type=Path, help="a workspace made by `headcount demo`")
    ap.add_argument("--max-k", type=int, default=10)
    ap.add_argument("--orders", type=int, default=2)
    ap.add_argument("--bootstrap", type=int, default=100)
    ap.add_argument("--out", default="gapfill_smooth")
    a = ap.parse_args()
    t0 = time.perf_counter()
    ks = range(a.max_k + 1)
    if a.demo is not None:
        lines = run(a.demo, ks, a.orders, a.bootstrap)
    else:
        from headcount.pipeline import build_demo

        with tempfile.TemporaryDirectory() as tmp:
            build_demo(Path(tmp), report=False).engine.dispose()
            lines = run(Path(tmp), ks, a.orders, a.bootstrap)
    text = "\n".join(["# The gap-filler decision under a few more split persons", "",
                      *lines, f"Run time: {time.perf_counter() - t0:.0f} s.", ""])
    print(text)
    write_result(a.out, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
