"""Where the covariate model's interval loses its coverage: the bootstrap's spread against
the estimates' spread over populations (docs/estimate.md, "Covariates every system depends
on"; the figures in bench/results/e2e-het40.md).

Each replicate is one population of a scenario (the truth's linkage, the bench's seeds)
estimated by the headline; the covariate model's bootstrap is run as shipped or with one
or both of two changes: ``pct`` the plain percentile interval instead of the bias-corrected
one, ``nrand`` each replicate's number of persons drawn as Binomial(N̂, n / N̂) (the count
named varies from population to population; the shipped resampling keeps it at n).

    python bench/het_interval.py --scenario region --replicates 40 --variant shipped
    python bench/het_interval.py --scenario region --replicates 40 --variant pct+nrand
    python bench/het_interval.py --scenario region --replicates 40 --p-value 0.01

``--p-value`` sets the covariate test's level (``covariates.P_VALUE``) for the run: the
shipped level beside an earlier one, on the same populations.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import numpy as np

import headcount.estimate.covariates as cv
import headcount.estimate.headline as hl
from headcount.demo.scenarios import BY_NAME
from headcount.estimate.covfit import Cells
from headcount.estimate.headline import HeadlineConfig
from headcount.simulate.study import _estimate, _truth_tables


def _variant(opts: set[str]) -> None:
    """Replace the covariate bootstrap by the variant ``opts`` (a bench-only change)."""

    def resample(cells: Cells, rng: np.random.Generator, total: float) -> Cells:
        flat = cells.counts.ravel().astype(float)
        m = (int(rng.binomial(round(total), min(1.0, cells.n / total)))
             if "nrand" in opts else cells.n)
        draw = rng.multinomial(m, flat / flat.sum()).reshape(cells.counts.shape)
        return Cells(cells.lists, draw, cells.levels, cells.names, cells.allowed,
                     cells.mask_id, cells.memo)

    def selection(cells: Cells, bootstrap_samples: int = 100, seed: int | None = None,
                  proc: cv.Procedure | None = None) -> cv.Selection | None:
        proc = proc or cv.covariate_procedure(cells)
        if proc is None or not math.isfinite(proc.final.estimate):
            return None
        rng = np.random.default_rng(seed)
        kept = {t.covariate: next(x.penalty for x in t.fit.spec.terms
                                  if x.covariate == t.covariate) for t in proc.tests}
        reps = []
        for _ in range(bootstrap_samples):
            p = cv.covariate_procedure(resample(cells, rng, proc.final.estimate), kept)
            reps.append(math.nan if p is None else p.final.estimate)
        return cv.Selection(cells, proc, np.array(reps, dtype=float))

    def interval(self: cv.Selection, level: float) -> tuple[float | None, float | None]:
        good = self.finite
        if good.size < 10 or not math.isfinite(self.proc.final.estimate):
            return None, None
        if "pct" in opts:
            a = (1 - level) / 2
            return float(np.quantile(good, a)), float(np.quantile(good, 1 - a))
        lo, hi, _ = cv.bca_interval(good, self.proc.final.estimate, 0.0, level)
        return lo, hi

    cv.selection = selection
    hl.selection = selection
    cv.Selection.interval = interval  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", default="region")
    ap.add_argument("--replicates", type=int, default=40)
    ap.add_argument("--bootstrap", type=int, default=100)
    ap.add_argument("--variant", default="shipped",
                    help="shipped, or pct / nrand / pct+nrand")
    ap.add_argument("--p-value", type=float, default=cv.P_VALUE,
                    help="the covariate test's level (default: the shipped one)")
    args = ap.parse_args()
    cv.P_VALUE = args.p_value
    if args.variant != "shipped":
        _variant(set(args.variant.split("+")))
    sc = BY_NAME[args.scenario]
    cfg = HeadlineConfig(statuses=(), bootstrap=args.bootstrap)
    rows = []
    for r in range(args.replicates):
        seed = 1000 * (1 + list(BY_NAME).index(args.scenario)) + r
        table, long, people, _ = _truth_tables(sc, seed, 300)
        head = _estimate(table, long, cfg.replace(seed=seed))
        res = head.result
        if res is None or head.reasons or res.lower is None or res.upper is None:
            continue
        rows.append((res.estimate, res.lower, res.upper, people))
    est = [e for e, _, _, _ in rows]
    print(f"| {args.scenario} | {args.variant}, p < {args.p_value:g} | {len(rows)} | "
          f"{statistics.median(est):.0f} | "
          f"{statistics.stdev(est):.1f} | "
          f"{statistics.median([(h - lo) / 3.92 for _, lo, h, _ in rows]):.1f} | "
          f"{sum(lo <= p <= h for _, lo, h, p in rows) / len(rows):.0%} | "
          f"{sum(h < p for _, _, h, p in rows)} | {sum(lo > p for _, lo, _, p in rows)} |")


if __name__ == "__main__":
    main()
