"""Point estimates (no bootstrap) of the covariate procedures on the heterogeneity
scenarios' populations (the truth's linkage): the pooled model, the shipped procedure
(covariate chosen by a test, its variance by the marginal likelihood) and the variance
integrated over (mode totals and expected unseen; uniform and half-Cauchy priors).

    python bench/het_integrate.py --replicates 100 --scenarios region,channel-age
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

from headcount.demo.scenarios import BY_NAME
from headcount.estimate.covariates import (
    covariate_procedure,
    integrated_procedure,
    sd_prior,
    to_long_cells,
)
from headcount.estimate.registry import COUNT
from headcount.simulate.study import RECORDED, _truth_tables


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--replicates", type=int, default=100)
    ap.add_argument("--scenarios", default="region,channel-age")
    ap.add_argument("--scale", type=float, default=0.5)
    a = ap.parse_args()
    priors = {"uniform": sd_prior(), f"half-Cauchy({a.scale})": sd_prior("cauchy", a.scale)}
    for name in a.scenarios.split(","):
        sc = BY_NAME[name]
        rows: dict[str, list[float]] = {}
        t0 = time.perf_counter()
        for r in range(a.replicates):
            seed = 1000 * (1 + list(BY_NAME).index(name)) + r
            _table, long, people, _ = _truth_tables(sc, seed, 300)
            systems = [c for c in long.columns if c not in ("region", "status", *RECORDED,
                                                            COUNT)]
            long = long.groupby([c for c in long.columns if c not in ("status", COUNT)])[
                COUNT].sum().reset_index()
            cells = to_long_cells(long, systems)
            if cells is None:
                continue
            proc = covariate_procedure(cells)
            if proc is None:
                continue
            rows.setdefault("pooled", []).append(proc.pooled.estimate / people - 1)
            rows.setdefault("shipped", []).append(proc.final.estimate / people - 1)
            for label, prior in priors.items():
                it = integrated_procedure(cells, prior)
                if it is None:
                    continue
                rows.setdefault(f"{label}, mode", []).append(it.estimate / people - 1)
                rows.setdefault(f"{label}, expected", []).append(it.expected / people - 1)
        print(f"## {name} ({a.replicates} populations, {time.perf_counter() - t0:.0f} s)")
        print("| procedure | n | median error | mean error | MAE | q10 | q90 |")
        print("|---|---|---|---|---|---|---|")
        for label, xs in rows.items():
            q = statistics.quantiles(xs, n=10)
            print(f"| {label} | {len(xs)} | {statistics.median(xs):+.1%} | "
                  f"{statistics.fmean(xs):+.1%} | "
                  f"{statistics.median(abs(x) for x in xs):.1%} | {q[0]:+.1%} | {q[-1]:+.1%} |")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
