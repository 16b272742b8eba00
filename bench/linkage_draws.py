"""Linkage error in the interval: registries that split people, with known truth.

Each replicate (:mod:`headcount.simulate.linkage`): 400 people, three independent
systems, 30% of the people named twice or more split into one person per system, and
calibrated pair scores, either spread evenly over (0, 1) (an uncertain link model) or
pushed to 0 and 1 (a confident one). Estimated as the registry clusters it, pooled over
linkage draws, and with the true linkage; coverage of the 95% interval, median error
and median width against the truth.

    python bench/linkage_draws.py --replicates 20 --draws 10
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import markdown_table, write_result

from headcount.simulate.linkage import LinkageRow, LinkageSetting, linkage_replicate

SETTINGS = {"uncertain scores (uniform)": 0.0, "confident scores (near 0 or 1)": 0.95}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replicates", type=int, default=20)
    ap.add_argument("--draws", type=int, default=10)
    ap.add_argument("--bootstrap", type=int, default=50)
    a = ap.parse_args()
    t0 = time.perf_counter()
    table = []
    for label, sharp in SETTINGS.items():
        rows: list[LinkageRow] = []
        for seed in range(a.replicates):
            rows += linkage_replicate(LinkageSetting(sharp=sharp), seed, a.draws, a.bootstrap)
        for how in dict.fromkeys(r.how for r in rows):
            rs = [r for r in rows if r.how == how]
            table.append([
                label, how, len(rs),
                f"{statistics.mean(r.observed for r in rs):.0f}",
                f"{statistics.median(r.estimate / r.truth - 1 for r in rs):+.1%}",
                f"{statistics.median(r.width or 0.0 for r in rs):.1%}",
                f"{sum(r.covered for r in rs) / len(rs):.0%}",
            ])
    text = "\n".join([
        "# Linkage error in the interval", "",
        f"400 people, three independent systems; {a.replicates} replicates per setting; "
        f"{a.draws} linkage draws; log-linear BIC, {a.bootstrap}-replicate percentile "
        "bootstrap. 'persons': persons counted (the truth: people named); width: "
        "(upper − lower) / true total.", "",
        markdown_table(["pair scores", "linkage", "reps", "persons", "median error",
                        "median width", "coverage"], table),
        "", f"Run time: {time.perf_counter() - t0:.0f} s.", "",
    ])
    print(text)
    write_result("linkage_draws", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
