"""End-to-end benchmark: the published number against known truth.

1. The demo (300 people, 230 killed, every one named by some source): the headline
   estimate for all statuses and for the killed, with the registry's clustering and
   pooled over clusterings drawn from the link probabilities, against the truth.
2. The simulation matrix (:mod:`headcount.demo.scenarios`): every scenario, each
   replicate estimated with the truth's linkage (estimator error alone) and, with
   ``--pipeline``, every replicate also through ingest → extract → link → estimate.

    python bench/e2e.py                          # demo + 20 replicates with the truth's linkage
    python bench/e2e.py --pipeline --workers 2 --keep runs/e2e  # every replicate also through
                                                 # the pipeline, its capture histories kept
    python bench/e2e.py --skip-demo --reuse runs/e2e  # estimate the kept histories again
    python bench/e2e.py --quick                  # 5 replicates, smaller bootstrap
    python bench/e2e.py --skip-demo --skip-matrix --truth-seeds 1-40  # the demo's generator
                                                 # at 40 seeds, the truth's linkage

Writes bench/results/e2e.md. Goals: demo interval contains the truth with the point
within 15 %; identifiable scenarios cover the truth in ≥ 90 % of replicates with median
|relative error| ≤ 10 %; non-identifiable ones answer "not estimable" in ≥ 90 %.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pandas as pd
import yaml
from common import markdown_table, write_result

from headcount.demo.generate import generate
from headcount.estimate.covariates import age_band
from headcount.estimate.headline import HeadlineConfig, headline_estimate, headline_from_tables
from headcount.estimate.registry import COUNT, age_at
from headcount.pipeline import build_demo
from headcount.simulate.persons import person_errors
from headcount.simulate.study import (
    PIPELINE,
    TRUTH,
    Replicate,
    kept_rows,
    reestimate,
    run_study,
    summarise,
)

#: the truth's linkage, one pooled model: no gap-filler rule, no status groups (the
#: simplest honest baseline)
BASELINE = "truth, pooled model"


def pct(x: float | None) -> str:
    return "—" if x is None else f"{x:+.1%}" if x < 0 or x > 0 else "0.0%"


def share(x: float | None) -> str:
    return "—" if x is None else f"{x:.0%}"


def num(x: float | None) -> str:
    return "—" if x is None else f"{x:,.0f}"


def truth_tables(root: Path, keep: set[str]) -> tuple[pd.DataFrame, pd.DataFrame,
                                                     pd.DataFrame, pd.DataFrame]:
    """The demo's capture histories with the truth's linkage (people.csv's sources): the
    table, by region, by status and by the covariates a registry records."""
    system = {}
    for f in (root / "sources").glob("*.yml"):
        decl = yaml.safe_load(f.read_text("utf-8"))
        system[decl["name"]] = decl["system"]
    with open(root / "truth" / "people.csv", encoding="utf-8") as fh:
        people = [p for p in csv.DictReader(fh) if not keep or p["final_status"] in keep]
    systems = sorted(set(system.values()))
    rows = []
    for p in people:
        got = {system[x] for x in p["sources"].split(";") if x}
        rows.append({"region": p["region"] or "unknown", "status": p["final_status"],
                     "channel": p["channel"] or "unknown",
                     "citizenship": p["citizenship"] or "unknown",
                     "age": age_band(age_at(p["birth_date"], p["death_date"])),
                     **{x: int(x in got) for x in systems}})
    frame = pd.DataFrame(rows)
    used = [x for x in systems if frame[x].any()]
    frame = frame[frame[used].sum(axis=1) > 0]
    covs = ["region", "channel", "citizenship", "age"]
    return (frame.groupby(used).size().rename(COUNT).reset_index(),
            frame.groupby(["region", *used]).size().rename(COUNT).reset_index(),
            frame.groupby(["status", "citizenship", *used]).size().rename(COUNT).reset_index(),
            frame.groupby([*covs, *used]).size().rename(COUNT).reset_index())


def part_demo(bootstrap: int, draws: int, seed: int = 2022) -> list[str]:
    out = ["## 1. The demo against its truth" + ("" if seed == 2022 else f" (seed {seed})"),
           ""]
    with tempfile.TemporaryDirectory() as tmp:
        run = build_demo(Path(tmp), seed=seed, report=False)
        e = person_errors(run.engine, Path(tmp))
        kinds = ", ".join(f"{k} {n}" for k, n in e.noise_kinds.most_common())
        out += [f"Persons against people: {e.persons} persons for {e.people_named} people "
                f"named ({e.persons / e.people_named - 1:+.1%}) = {e.people_named} "
                f"− {e.absent} no person holds + {e.split} from split people + {e.noise} "
                f"noise persons ({kinds}) − {e.hidden_by_merges} hidden in {e.merged} "
                f"merged persons; {e.exact} persons are exactly one person.", ""]
        with open(Path(tmp) / "truth" / "people.csv", encoding="utf-8") as fh:
            truth = list(csv.DictReader(fh))
        people = len(truth)
        killed = sum(1 for p in truth if p["final_status"] == "killed")
        rows = []
        for label, statuses, true in (("all statuses", (), people),
                                      ("killed", ("killed",), killed)):
            for how, n in ((BASELINE, -2), ("truth", -1), ("registry clustering", 0),
                           (f"{draws} linkage draws", draws)):
                cfg = HeadlineConfig(statuses=statuses, bootstrap=bootstrap,
                                     linkage_draws=max(n, 0), gap_fill=n != -2,
                                     status_groups=n != -2,
                                     **({"covariates": ()} if n == -2 else {}))
                t0 = time.perf_counter()
                if n < 0:
                    table, long, by_status, recorded = truth_tables(Path(tmp), set(statuses))
                    head = headline_from_tables(table, {"region": long}, cfg,
                                                by_status=by_status, covariates=recorded)
                else:
                    head = headline_estimate(run.engine, cfg)
                r = head.result
                inside = (r is not None and r.lower is not None and r.upper is not None
                          and r.lower <= true <= r.upper)
                rows.append([
                    label, how, true, head.observed, pct(head.observed / true - 1),
                    num(r.estimate if r else None),
                    f"[{num(r.lower)}, {num(r.upper)}]" if r else "—",
                    pct(r.estimate / true - 1) if r else "—", "yes" if inside else "no",
                    head.figure if not head.estimable else "estimable",
                    head.why or "—",
                    f"{time.perf_counter() - t0:.0f} s",
                ])
        run.engine.dispose()
    out.append(markdown_table(
        ["counted", "linkage", "true", "persons", "persons vs true", "estimate",
         "95% interval", "error", "covers truth", "published as", "why", "time"], rows))
    return out


def part_truth_seeds(seeds: list[int], bootstrap: int) -> list[str]:
    """The demo's generator at many seeds, each registry linked as the truth links it: the
    headline's error alone, on demos nobody tuned to (a few seconds a seed: no pipeline)."""
    out = ["## 1b. The demo at many generator seeds, the truth's linkage", "",
           f"Seeds {seeds[0]}–{seeds[-1]} ({len(seeds)}), the headline's estimator on the "
           f"truth's capture histories beside '{BASELINE}' (one log-linear model, no "
           "gap-filler rule, no status groups, no covariates) in the same run, "
           f"{bootstrap} bootstrap replicates; every person is "
           "named by some source, so the truth is the count observed. 'covers': the 95% "
           "interval holds the truth; 'as published': in whole people, as the report and the "
           "CLI print it (a lower bound of 241.2 is published as 241); 'within 15%': the "
           "point estimate.", ""]
    rows: list[list[object]] = []
    summary: list[list[object]] = []
    found: dict[str, list[tuple[int, EstimateRow]]] = {}
    for seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp), seed=seed)
            with open(Path(tmp) / "truth" / "people.csv", encoding="utf-8") as fh:
                truth = list(csv.DictReader(fh))
            for label, statuses in (("all statuses", ()), ("killed", ("killed",))):
                true = sum(1 for p in truth if not statuses or p["final_status"] in statuses)
                table, long, by_status, recorded = truth_tables(Path(tmp), set(statuses))
                for plain in (True, False):  # the simplest honest baseline first
                    cfg = HeadlineConfig(statuses=statuses, bootstrap=bootstrap,
                                         linkage_draws=0, gap_fill=not plain,
                                         status_groups=not plain,
                                         **({"covariates": ()} if plain else {}))
                    head = headline_from_tables(table, {"region": long}, cfg,
                                                by_status=by_status, covariates=recorded)
                    r = head.result
                    row = EstimateRow(true, r.estimate if r else None,
                                      r.lower if r else None, r.upper if r else None,
                                      head.estimable)
                    found.setdefault(f"{label}, {BASELINE}" if plain else label,
                                     []).append((seed, row))
                rows.append([str(seed), label, true, num(row.estimate),
                             f"[{num(row.lower)}, {num(row.upper)}]",
                             pct(row.error), "yes" if row.covers else "no",
                             "yes" if row.covers_published else "no",
                             "estimable" if head.estimable else "not estimable"])
    for label, got in found.items():
        est = [r for _, r in got if r.estimate is not None]
        errors = [r.error for r in est if r.error is not None]
        widths = [r.upper - r.lower for r in est if r.lower is not None and r.upper is not None]
        summary.append([
            label, len(got), sum(r.estimable for _, r in got),
            share(sum(r.covers for r in est) / len(est) if est else None),
            share(sum(r.covers_published for r in est) / len(est) if est else None),
            share(sum(abs(e) <= 0.15 for e in errors) / len(errors) if errors else None),
            pct(statistics.median(errors) if errors else None),
            f"{statistics.mean(abs(e) for e in errors):.1%}" if errors else "—",
            num(statistics.median(widths) if widths else None),
            ", ".join(f"{s} ({pct(r.error)})" for s, r in got
                      if r.error is not None and abs(r.error) > 0.15) or "—"])
    out.append(markdown_table(
        ["counted", "seeds", "estimable", "covers", "covers as published", "within 15%",
         "median error",
         "mean |error|", "median width", "seeds beyond 15%"], summary))
    out += ["", markdown_table(
        ["seed", "counted", "true", "estimate", "95% interval", "error", "covers",
         "covers as published", "published as"],
        rows)]
    return out


@dataclass(frozen=True)
class EstimateRow:
    true: int
    estimate: float | None
    lower: float | None
    upper: float | None
    estimable: bool

    @property
    def error(self) -> float | None:
        return None if self.estimate is None else self.estimate / self.true - 1

    @property
    def covers(self) -> bool:
        return (self.lower is not None and self.upper is not None
                and self.lower <= self.true <= self.upper)

    @property
    def covers_published(self) -> bool:
        """The interval as the report and the CLI print it, in whole people
        (:attr:`Headline.figure`), holds the truth."""
        return (self.lower is not None and self.upper is not None
                and int(f"{self.lower:.0f}") <= self.true <= int(f"{self.upper:.0f}"))


def part_matrix(replicates: int, pipeline: bool, bootstrap: int, workers: int,
                keep: Path | None, reuse: Path | None, baseline: bool = True,
                scenarios: list[str] | None = None,
                covariates: tuple[str, ...] | None = None) -> list[str]:
    cfg = HeadlineConfig(statuses=(), bootstrap=bootstrap)
    if covariates is not None:
        cfg = cfg.replace(covariates=covariates)
    t0 = time.perf_counter()
    if reuse is not None:  # the registries of an earlier run, estimated again
        done, truth = reuse / "replicates.csv", reuse / "truth.csv"
        if done.is_file():
            rows = reestimate(load_rows(done), reuse, cfg)
        else:  # an interrupted run: its finished replicates, their twins from truth.csv
            rows, missing = kept_rows(reuse, load_rows(truth) if truth.is_file() else [])
            if missing:
                rows = reestimate(rows, reuse, cfg)
    else:
        rows = run_study(scenarios, replicates, 300, pipeline=pipeline, config=cfg,
                         workers=workers, keep=keep)
        if keep is not None:
            save_rows(rows, keep / "replicates.csv")
    if baseline:
        truth_rows = [r for r in rows if r.mode == TRUTH]
        rows += [replace(r, mode=BASELINE)
                 for r in reestimate(truth_rows, Path("."),
                                     cfg.replace(gap_fill=False, status_groups=False,
                                                 covariates=()))]
    seconds = time.perf_counter() - t0
    piped = [r.seconds for r in rows if r.mode == PIPELINE]
    table = []
    order = list(dict.fromkeys(r.scenario for r in rows))
    modes = [BASELINE, TRUTH, PIPELINE]
    for s in sorted(summarise(rows), key=lambda s: (order.index(s["scenario"]),
                                                    modes.index(s["mode"]))):
        goal_ok = (
            (s["coverage"] or 0) >= 0.9 and (s["median_abs_rel_error"] or 1) <= 0.1
            and s["not_estimable"] < 0.5
            if s["identifiable"] else s["not_estimable"] >= 0.9
        )
        causes = (f"{s['split_per_person']:+.1%} / {-s['merged_hidden_per_person']:+.1%} / "
                  f"{s['noise_per_person']:+.1%} / {-s['absent_per_person']:+.1%}"
                  if s["mode"] == PIPELINE else "—")
        table.append([
            s["scenario"], s["mode"], "yes" if s["identifiable"] else "no", s["replicates"],
            num(s["people"]), num(s["named"]), num(s["persons"]),
            pct(s["persons_vs_people"]), causes, f"{s['region_error']:.2f}",
            num(s["median_estimate"]), share(s["coverage"]),
            share(s["median_rel_width"]),
            share(s["median_abs_rel_error"]), share(s["not_estimable"]),
            s["reasons"] or "—", "yes" if goal_ok else "no",
        ])
    timing = (f"{len(piped)} replicates through the whole pipeline, "
              f"{statistics.median(piped) if piped else 0:.0f} s each (median), "
              + (f"{workers} worker(s), {seconds / 60:.0f} min in all" if reuse is None else
                 f"registries kept by an earlier run ({reuse.name}), summarised again")
              if piped else f"the truth's linkage only ({seconds:.0f} s)")
    out = ["## 2. Simulation matrix", "",
           f"300 people per population; {replicates} replicates per scenario; {timing}; "
           f"log-linear BIC with {bootstrap} bootstrap replicates (percentile). "
           "'named': people some source names; 'persons': the registry's persons "
           "(the truth's linkage: the people named); 'causes': persons per true person from "
           "splits / merges / noise / people no person holds; 'region error': "
           "Σ|persons − named| over regions / named; coverage, the interval's width (a share "
           "of the true total) and error over the replicates that were estimable.", ""]
    out.append(markdown_table(
        ["scenario", "linkage", "identifiable", "reps", "people", "named", "persons",
         "persons vs people", "causes", "region error", "median estimate", "coverage",
         "median width / truth", "median abs error", "not estimable", "reasons", "goal"],
        table))
    return out


def save_rows(rows: list[Replicate], path: Path) -> None:
    pd.DataFrame([asdict(r) for r in rows]).to_csv(path, index=False)


def load_rows(path: Path) -> list[Replicate]:
    frame = pd.read_csv(path, keep_default_na=False)
    out = []
    for rec in frame.to_dict("records"):
        for k in ("estimate", "lower", "upper"):
            rec[k] = None if rec[k] == "" else float(rec[k])
        rec["reasons"] = str(rec["reasons"])
        out.append(Replicate(**rec))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replicates", type=int, default=20)
    ap.add_argument("--pipeline", action="store_true",
                    help="every replicate also through ingest → extract → link → estimate")
    ap.add_argument("--keep", type=Path, help="keep the pipeline's capture histories here")
    ap.add_argument("--reuse", type=Path,
                    help="estimate the histories kept by an earlier --keep run again")
    ap.add_argument("--bootstrap", type=int, default=200)
    ap.add_argument("--draws", type=int, default=10, help="linkage draws on the demo")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--no-baseline", action="store_true",
                    help="leave out the truth's linkage without the gap-filler rule")
    ap.add_argument("--scenarios", help="comma-separated scenario names (default: all)")
    ap.add_argument("--covariates",
                    help="covariates the headline may adjust for, comma-separated, or 'none' "
                         "(default: the headline's)")
    ap.add_argument("--p-value", type=float,
                    help="the covariate test's level (default: the shipped one); set in this "
                         "process, so with --reuse or --workers 1 only")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--skip-demo", action="store_true")
    ap.add_argument("--skip-matrix", action="store_true")
    ap.add_argument("--demo-seeds", default="2022",
                    help="the demo's generator seeds, comma-separated (2022 is the bundled "
                         "example; others are demos nobody tuned to)")
    ap.add_argument("--truth-seeds",
                    help="also the demo's generator at these seeds (FIRST-LAST), each "
                         "estimated with the truth's linkage: the estimator's error alone")
    ap.add_argument("--demo-part", type=Path,
                    help="a demo part written earlier (--skip-matrix --out): put it first")
    ap.add_argument("--out", default="e2e", help="result name under bench/results")
    a = ap.parse_args()
    if a.p_value is not None:
        import headcount.estimate.covariates as covariates
        covariates.P_VALUE = a.p_value
    if a.quick:
        a.replicates, a.bootstrap, a.draws = 5, 50, 4
    t0 = time.perf_counter()
    lines = ["# End to end: the published number against known truth", ""]
    if a.demo_part is not None:
        text = a.demo_part.read_text("utf-8")
        lines += [*text[text.index("## 1."):].split("\n## 2.")[0].rstrip().split("\n"), ""]
    elif not a.skip_demo:
        for seed in (int(x) for x in a.demo_seeds.split(",")):
            lines += part_demo(a.bootstrap, a.draws, seed)
    if a.truth_seeds:
        first, _, last = a.truth_seeds.partition("-")
        lines += [*part_truth_seeds(list(range(int(first), int(last or first) + 1)),
                                    a.bootstrap), ""]
    if a.demo_part is not None or not a.skip_demo or a.truth_seeds:
        print("\n".join(lines), flush=True)
        write_result(a.out, "\n".join(lines))  # the demo part, before the long matrix
    if a.skip_matrix:
        return 0
    if a.keep is not None:
        a.keep.mkdir(parents=True, exist_ok=True)
    lines += part_matrix(a.replicates, a.pipeline, a.bootstrap, a.workers, a.keep, a.reuse,
                         not a.no_baseline, a.scenarios.split(",") if a.scenarios else None,
                         None if a.covariates is None else
                         () if a.covariates == "none" else tuple(a.covariates.split(",")))
    lines.append(f"\nTotal run time: {time.perf_counter() - t0:.0f} s.\n")
    text = "\n".join(lines)
    print(text)
    write_result(a.out, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
