"""Replicates of the simulation scenarios and their summary table against the truth."""

from __future__ import annotations

import statistics
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from headcount.demo.scenarios import BY_NAME, SYSTEM, Scenario, plan_scenario, planner
from headcount.estimate.headline import Headline, HeadlineConfig, headline_from_tables
from headcount.estimate.registry import COUNT

TRUTH = "truth"  # linkage as in the truth: estimator error alone
PIPELINE = "pipeline"  # ingest → extract → link → estimate


@dataclass
class Replicate:
    """One population, one way of linking it, and its estimate against the truth."""

    scenario: str
    replicate: int
    mode: str
    identifiable: bool
    people: int  # the true total
    named: int  # people some source names
    persons: int  # persons the registry (or the truth) has
    region_error: float  # Σ|persons − named| over regions / named
    estimable: bool
    reasons: str
    estimate: float | None
    lower: float | None
    upper: float | None
    seconds: float = 0.0

    @property
    def covered(self) -> bool:
        return (self.lower is not None and self.upper is not None
                and self.lower <= self.people <= self.upper)

    @property
    def relative_error(self) -> float | None:
        return None if self.estimate is None else self.estimate / self.people - 1


def _truth_tables(sc: Scenario, seed: int, size: int) -> tuple[pd.DataFrame, pd.DataFrame, int,
                                                                  Counter[str]]:
    people, plan = plan_scenario(sc, seed, size)
    named: dict[str, set[str]] = {}
    for p, _ in plan.news:
        named.setdefault(p.pid, set()).add(SYSTEM["news"])
    for p, _ in plan.telegram_ru:
        named.setdefault(p.pid, set()).add(SYSTEM["telegram"])
    for p in plan.government:
        named.setdefault(p.pid, set()).add(SYSTEM["government"])
    for p in plan.mediazona:
        named.setdefault(p.pid, set()).add(SYSTEM["mediazona"])
    systems = sorted({SYSTEM[s] for s in sc.sources})
    region = {p.pid: p.region or "unknown" for p in people}
    rows = [{"region": region[pid], **{s: int(s in got) for s in systems}}
            for pid, got in named.items()]
    frame = pd.DataFrame(rows, columns=["region", *systems])
    long = frame.groupby(["region", *systems]).size().rename(COUNT).reset_index()
    table = frame.groupby(systems).size().rename(COUNT).reset_index()
    return table, long, len(people), Counter(region[pid] for pid in named)


def _row(sc: Scenario, r: int, mode: str, people: int, named: int, persons: int,
         region_error: float, head: Headline, seconds: float) -> Replicate:
    res = head.result
    return Replicate(
        scenario=sc.name, replicate=r, mode=mode, identifiable=sc.identifiable, people=people,
        named=named, persons=persons, region_error=region_error, estimable=head.estimable,
        reasons=",".join(x.code for x in head.reasons),
        estimate=res.estimate if res else None, lower=res.lower if res else None,
        upper=res.upper if res else None, seconds=seconds,
    )


def run_replicate(name: str, r: int, size: int, config: HeadlineConfig,
                  pipeline: bool) -> list[Replicate]:
    """Replicate ``r`` of scenario ``name``: with the truth's linkage, and through the
    whole pipeline when ``pipeline``."""
    import time

    sc = BY_NAME[name]
    seed = 1000 * (1 + list(BY_NAME).index(name)) + r
    config = config.replace(seed=seed)
    t0 = time.perf_counter()
    table, long, people, by_region = _truth_tables(sc, seed, size)
    named = int(table[COUNT].sum())
    head = headline_from_tables(table, {"region": long}, config)
    out = [_row(sc, r, TRUTH, people, named, named, 0.0, head,
                time.perf_counter() - t0)]
    if pipeline:
        out.append(_through_pipeline(sc, r, seed, size, config, people, named, by_region))
    return out


def _through_pipeline(sc: Scenario, r: int, seed: int, size: int, config: HeadlineConfig,
                      people: int, named: int, by_region: Counter[str]) -> Replicate:
    import time

    from sqlalchemy import select

    from headcount.estimate.headline import headline_estimate
    from headcount.pipeline import build_demo
    from headcount.store import schema as s

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="headcount-sim-") as tmp:
        run = build_demo(Path(tmp), people=size, seed=seed, planner=planner(sc.name),
                         report=False)
        try:
            head = headline_estimate(run.engine, config)
            p = s.person
            with run.engine.connect() as conn:
                regions = Counter(
                    (row or "unknown")
                    for row in conn.scalars(
                        select(p.c.region).where(p.c.state == "active", p.c.grade != "rejected")
                    )
                )
        finally:
            run.engine.dispose()
    persons = sum(regions.values())
    keys = set(regions) | set(by_region)
    err = sum(abs(regions[k] - by_region[k]) for k in keys) / max(named, 1)
    return _row(sc, r, PIPELINE, people, named, persons, err, head, time.perf_counter() - t0)


def _task(args: tuple[str, int, int, HeadlineConfig, bool]) -> list[Replicate]:
    return run_replicate(*args)


def run_study(
    scenarios: Sequence[str] | None = None,
    replicates: int = 20,
    people: int = 300,
    *,
    pipeline: bool = False,
    config: HeadlineConfig | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> list[Replicate]:
    """Every replicate of every scenario (all scenarios when None)."""
    names = list(scenarios or BY_NAME)
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise ValueError(f"unknown scenario(s) {', '.join(unknown)}; "
                         f"known: {', '.join(BY_NAME)}")
    config = config or HeadlineConfig(statuses=(), bootstrap=100)
    tasks = [(n, r, people, config, pipeline) for n in names for r in range(replicates)]
    out: list[Replicate] = []
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as ex:
            for rows in ex.map(_task, tasks):
                out += rows
                if progress:
                    progress(1)
    else:
        for t in tasks:
            out += _task(t)
            if progress:
                progress(1)
    return out


def _median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def summarise(rows: Sequence[Replicate]) -> list[dict[str, Any]]:
    """One row per scenario and mode: the figures the goals are judged on."""
    groups: dict[tuple[str, str], list[Replicate]] = {}
    for r in rows:
        groups.setdefault((r.scenario, r.mode), []).append(r)
    out = []
    for (name, mode), rs in groups.items():
        est = [r for r in rs if r.estimable]
        errs = [abs(e) for r in est if (e := r.relative_error) is not None]
        reasons = Counter(c for r in rs for c in r.reasons.split(",") if c)
        out.append({
            "scenario": name,
            "mode": mode,
            "identifiable": rs[0].identifiable,
            "replicates": len(rs),
            "people": statistics.mean(r.people for r in rs),
            "named": statistics.mean(r.named for r in rs),
            "persons": statistics.mean(r.persons for r in rs),
            "persons_vs_people": statistics.mean(r.persons / r.people - 1 for r in rs),
            "region_error": statistics.mean(r.region_error for r in rs),
            "not_estimable": 1 - len(est) / len(rs),
            "coverage": (sum(r.covered for r in est) / len(est)) if est else None,
            "median_abs_rel_error": _median(errs),
            "median_estimate": _median([r.estimate for r in est if r.estimate is not None]),
            "reasons": ", ".join(f"{c} {n}" for c, n in reasons.most_common()),
        })
    return out


def replicate_rows(rows: Sequence[Replicate]) -> list[dict[str, Any]]:
    """Replicates as plain dicts (for CSV / JSON)."""
    return [{**asdict(r), "covered": r.covered, "relative_error": r.relative_error}
            for r in rows]
