"""A covariate model beside a gap-filler left out in some replicates: coverage and width.

When a system is left out as a gap-filler in a share of the bootstrap replicates from
``headline.GAP_READING`` up to ``headline.GAP_WEIGHT``, the covariate-adjusted model stays
the figure and its interval is widened to hold the model without covariates'
(``headline.gap_reading``). This runs the simulation's scenarios with the truth's linkage
(no extraction, no linkage error), each replicate with the widening and without it in the
same run, and writes a table: replicates estimable, how many were widened, coverage of
the true total, the median interval width as a share of the truth, and the median error
(the figure is the same either way).

    python bench/gap_reading.py --replicates 80 --scenarios gap-filler-part,region
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from headcount.demo.scenarios import BY_NAME  # noqa: E402
from headcount.estimate.headline import HeadlineConfig  # noqa: E402
from headcount.simulate import study  # noqa: E402

DEFAULT = ("gap-filler-part", "region", "channel-age", "positive", "sparse", "independent-4")


def run(name: str, replicates: int, bootstrap: int) -> dict[str, object]:
    sc = BY_NAME[name]
    rows = []
    for r in range(replicates):
        seed = 1000 * (1 + list(BY_NAME).index(name)) + r  # the simulation study's seeds
        table, long, total, _ = study._truth_tables(sc, seed, 300)
        got = {}
        for on in (False, True):
            cfg = HeadlineConfig(statuses=(), bootstrap=bootstrap, gap_reading=on).replace(
                seed=seed)
            res = study._estimate(table, long, cfg)
            ok = res.result is not None and not res.reasons and res.result.lower is not None \
                and res.result.upper is not None
            got[on] = (res.result, ok)
        rows.append((total, got))
    est = [(t, g) for t, g in rows if g[True][1]]

    def covered(t: int, res: object) -> bool:
        return res.lower <= t <= res.upper  # type: ignore[attr-defined]

    def width(t: int, res: object) -> float:
        return (res.upper - res.lower) / t  # type: ignore[attr-defined]

    widened = sum(1 for _, g in est if (g[True][0].diagnostics.get("gap_reading") or {})
                  .get("widened"))
    return {
        "scenario": name, "replicates": replicates, "estimable": len(est), "widened": widened,
        "coverage_off": sum(covered(t, g[False][0]) for t, g in est) / len(est) if est else None,
        "coverage_on": sum(covered(t, g[True][0]) for t, g in est) / len(est) if est else None,
        "width_off": statistics.median(width(t, g[False][0]) for t, g in est) if est else None,
        "width_on": statistics.median(width(t, g[True][0]) for t, g in est) if est else None,
        "error": statistics.median(abs(g[True][0].estimate / t - 1) for t, g in est)
        if est else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replicates", type=int, default=20)
    ap.add_argument("--bootstrap", type=int, default=100)
    ap.add_argument("--scenarios", default=",".join(DEFAULT))
    ap.add_argument("--out", default=None, help="write bench/results/NAME.md")
    a = ap.parse_args()
    t0 = time.perf_counter()
    rows = [run(n, a.replicates, a.bootstrap) for n in a.scenarios.split(",")]

    def pc(x: object) -> str:
        return "—" if x is None else f"{x:.0%}"

    lines = ["# A covariate model beside a gap-filler left out in some replicates", "",
             f"The truth's linkage, 300 people, {a.replicates} replicates per scenario (the "
             f"simulation study's seeds), {a.bootstrap} bootstrap replicates; each replicate "
             "with the covariate model's interval widened (`gap_reading = true`) and without "
             f"it, in the same run ({time.perf_counter() - t0:.0f} s). Coverage, width (a "
             "share of the true total) and error over the replicates estimable.", "",
             "| scenario | reps | estimable | widened | coverage without | coverage with | "
             "median width without | median width with | median abs error |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['scenario']} | {r['replicates']} | {r['estimable']} | "
                     f"{r['widened']} | {pc(r['coverage_off'])} | {pc(r['coverage_on'])} | "
                     f"{pc(r['width_off'])} | {pc(r['width_on'])} | {pc(r['error'])} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        (ROOT / "bench" / "results" / f"{a.out}.md").write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
