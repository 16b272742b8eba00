"""Replicates of the simulation scenarios and their summary table against the truth."""

from __future__ import annotations

import json
import multiprocessing as mp
import statistics
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from headcount.demo.people import Person
from headcount.demo.scenarios import BY_NAME, SYSTEM, Scenario, plan_scenario, planner
from headcount.estimate.covariates import age_band
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
    #: through the pipeline, persons by cause (:mod:`headcount.simulate.persons`)
    split: int = 0
    merged_hidden: int = 0
    noise: int = 0
    absent: int = 0

    @property
    def covered(self) -> bool:
        return (self.lower is not None and self.upper is not None
                and self.lower <= self.people <= self.upper)

    @property
    def relative_error(self) -> float | None:
        return None if self.estimate is None else self.estimate / self.people - 1


def _truth_tables(sc: Scenario, seed: int, size: int) -> tuple[pd.DataFrame, pd.DataFrame, int,
                                                                  Counter[str]]:
    """The truth's capture histories: the table, the same by region and status, the
    true total and the people named by region."""
    people, plan = plan_scenario(sc, seed, size)
    named: dict[str, set[str]] = {}
    status: dict[str, str] = {}
    for p, st in plan.news:
        named.setdefault(p.pid, set()).add(SYSTEM["news"])
        status[p.pid] = st
    for p, st in plan.telegram_ru:
        named.setdefault(p.pid, set()).add(SYSTEM["telegram"])
        status[p.pid] = st
    for p in plan.government:
        named.setdefault(p.pid, set()).add(SYSTEM["government"])
    for p in plan.mediazona:
        named.setdefault(p.pid, set()).add(SYSTEM["mediazona"])
    systems = sorted({SYSTEM[s] for s in sc.sources})
    region = {p.pid: p.region or "unknown" for p in people}
    person = {p.pid: p for p in people}
    rows = [{"region": region[pid], "status": status.get(pid, "killed"),
             **_covariates(person[pid]), **{s: int(s in got) for s in systems}}
            for pid, got in named.items()]
    keys = ["region", "status", *RECORDED]
    frame = pd.DataFrame(rows, columns=[*keys, *systems])
    long = frame.groupby([*keys, *systems]).size().rename(COUNT).reset_index()
    table = frame.groupby(systems).size().rename(COUNT).reset_index()
    return table, long, len(people), Counter(region[pid] for pid in named)


#: covariates a registry records for a person besides region and status
RECORDED = ("channel", "age", "citizenship")


def _covariates(p: Person) -> dict[str, str]:
    """What a registry records of a person (beside region and status): the truth's."""
    return {"channel": p.channel or "unknown",
            "age": age_band(p.age_at(p.death) if p.death else None),
            "citizenship": p.citizenship or "unknown"}


def _estimate(table: pd.DataFrame, long: pd.DataFrame, config: HeadlineConfig) -> Headline:
    """The headline of a capture-history table and the same by region (and status, when
    the long table has it)."""
    systems = [c for c in long.columns if c not in ("region", "status", *RECORDED, COUNT)]
    by_region = long.groupby(["region", *systems])[COUNT].sum().reset_index()
    keys = ["status", *(["citizenship"] if "citizenship" in long.columns else [])]
    by_status = (long.groupby([*keys, *systems])[COUNT].sum().reset_index()
                 if "status" in long.columns else None)
    return headline_from_tables(table, {"region": by_region}, config, by_status=by_status,
                                covariates=long)


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
                  pipeline: bool, link_model: str | None = None,
                  keep: str | None = None) -> list[Replicate]:
    """Replicate ``r`` of scenario ``name``: with the truth's linkage, and through the
    whole pipeline when ``pipeline`` (linking with ``link_model`` when given, else
    training a model; see :func:`run_replicate_model`)."""
    return run_replicate_model(name, r, size, config, pipeline, link_model, keep)[0]


def run_replicate_model(
    name: str, r: int, size: int, config: HeadlineConfig, pipeline: bool,
    link_model: str | None = None, keep: str | None = None,
) -> tuple[list[Replicate], str | None]:
    """:func:`run_replicate` and the linkage model the pipeline used (JSON text).

    ``keep``: a folder where the pipeline's capture histories by region and citizenship
    are written (``<scenario>-<replicate>.csv``), to estimate them again without
    rebuilding the registry (:func:`replicate_from_tables`)."""
    import time

    sc = BY_NAME[name]
    seed = 1000 * (1 + list(BY_NAME).index(name)) + r
    config = config.replace(seed=seed)
    t0 = time.perf_counter()
    table, long, people, by_region = _truth_tables(sc, seed, size)
    named = int(table[COUNT].sum())
    head = _estimate(table, long, config)
    out = [_row(sc, r, TRUTH, people, named, named, 0.0, head,
                time.perf_counter() - t0)]
    model = None
    if pipeline:
        row, model = _through_pipeline(sc, r, seed, size, config, people, named, by_region,
                                       link_model, keep)
        out.append(row)
    return out, model


def _through_pipeline(sc: Scenario, r: int, seed: int, size: int, config: HeadlineConfig,
                      people: int, named: int, by_region: Counter[str],
                      link_model: str | None,
                      keep: str | None = None) -> tuple[Replicate, str | None]:
    import time

    from sqlalchemy import select

    from headcount.estimate.headline import headline_estimate
    from headcount.estimate.registry import capture_histories
    from headcount.pipeline import build_demo
    from headcount.simulate.persons import person_errors
    from headcount.store import schema as s

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="headcount-sim-") as tmp:
        run = build_demo(Path(tmp), people=size, seed=seed, planner=planner(sc.name),
                         report=False, link_model=link_model)
        try:
            model = run.link_model
            head = headline_estimate(run.engine, config)
            errors = person_errors(run.engine, Path(tmp))
            if keep is not None:
                capture_histories(run.engine, status=config.statuses,
                                  by=["region", "citizenship", "status"],
                                  identified_only=config.identified_only).to_csv(
                    Path(keep) / f"{sc.name}-{r:02d}.csv", index=False)
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
    row = _row(sc, r, PIPELINE, people, named, persons, err, head, time.perf_counter() - t0)
    row.split, row.merged_hidden = errors.split, errors.hidden_by_merges
    row.noise, row.absent = errors.noise, errors.absent
    if keep is not None:
        (Path(keep) / f"{sc.name}-{r:02d}.json").write_text(json.dumps(asdict(row)), "utf-8")
    return row, model


Task = tuple[str, int, int, HeadlineConfig, bool, "str | None", "str | None"]


def _task(args: Task) -> tuple[list[Replicate], str | None]:
    return run_replicate_model(*args)


def _run_tasks(tasks: list[Task], pool: ProcessPoolExecutor | None,
               progress: Callable[[int], None] | None) -> list[tuple[list[Replicate], str | None]]:
    results: list[tuple[list[Replicate], str | None]] = []
    for res in (pool.map(_task, tasks) if pool is not None else map(_task, tasks)):
        results.append(res)
        if progress:
            progress(1)
    return results


def run_study(
    scenarios: Sequence[str] | None = None,
    replicates: int = 20,
    people: int = 300,
    *,
    pipeline: bool = False,
    config: HeadlineConfig | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    keep: Path | None = None,
) -> list[Replicate]:
    """Every replicate of every scenario (all scenarios when None).

    Through the pipeline, the first replicate of each scenario trains the linkage model
    and the others link with it (training is a fifth of a replicate's time and the
    replicates of a scenario are draws of the same process). ``workers`` > 1 runs
    replicates in that many processes, kept for the whole study; the rows come back in
    the same order. ``keep``:
    see :func:`run_replicate_model`.
    """
    names = list(scenarios or BY_NAME)
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise ValueError(f"unknown scenario(s) {', '.join(unknown)}; "
                         f"known: {', '.join(BY_NAME)}")
    config = config or HeadlineConfig(statuses=(), bootstrap=100)
    kept = None if keep is None else str(keep)
    # one pool for both rounds: each process loads the extraction and linkage models
    # once and keeps them (and their caches) for every replicate it runs
    # spawned, not forked: a fork of a process whose libraries run threads (DuckDB,
    # OpenBLAS, a JVM) can die at start, which breaks the whole pool
    pool = (ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"))
            if workers > 1 else None)
    try:
        first = _run_tasks([(n, 0, people, config, pipeline, None, kept) for n in names],
                           pool, progress)
        models = {n: model for n, (_, model) in zip(names, first, strict=True)}
        rest = _run_tasks([(n, r, people, config, pipeline, models[n], kept)
                           for r in range(1, replicates) for n in names], pool, progress)
    finally:
        if pool is not None:
            pool.shutdown()
    by_key = {(rows[0].scenario, rows[0].replicate): rows for rows, _ in first + rest}
    return [row for n in names for r in range(replicates) for row in by_key[(n, r)]]


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
            **{f"{k}_per_person": statistics.mean(getattr(r, k) / r.people for r in rs)
               for k in ("split", "merged_hidden", "noise", "absent")},
            "not_estimable": 1 - len(est) / len(rs),
            "coverage": (sum(r.covered for r in est) / len(est)) if est else None,
            "median_abs_rel_error": _median(errs),
            # how wide the intervals are, as a share of the truth (a covering interval can
            # be too wide to tell anything)
            "median_rel_width": _median([(r.upper - r.lower) / r.people for r in est
                                         if r.lower is not None and r.upper is not None]),
            "median_estimate": _median([r.estimate for r in est if r.estimate is not None]),
            "reasons": ", ".join(f"{c} {n}" for c, n in reasons.most_common()),
        })
    return out


def replicate_rows(rows: Sequence[Replicate]) -> list[dict[str, Any]]:
    """Replicates as plain dicts (for CSV / JSON)."""
    return [{**asdict(r), "covered": r.covered, "relative_error": r.relative_error}
            for r in rows]


def _region_table(long: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    systems = [c for c in long.columns if c not in ("region", "status", *RECORDED, COUNT)]
    named = [c for c in systems if long[c].any()]
    table = long.groupby(named)[COUNT].sum().reset_index()
    table = table[table[named].sum(axis=1) > 0].reset_index(drop=True)
    keys = ["region", *(["status"] if "status" in long.columns else [])]
    by_region = long.groupby([*keys, *named])[COUNT].sum().reset_index()
    return table, by_region


def reestimate(rows: Sequence[Replicate], keep: Path, config: HeadlineConfig) -> list[Replicate]:
    """The replicates estimated again under ``config``: with the truth's linkage from the
    scenario, through the pipeline from the capture histories kept in ``keep`` (see
    :func:`run_study`); the registry is not rebuilt."""
    out = []
    for row in rows:
        sc = BY_NAME[row.scenario]
        seed = 1000 * (1 + list(BY_NAME).index(row.scenario)) + row.replicate
        cfg = config.replace(seed=seed)
        if row.mode == TRUTH:
            table, long, _, _ = _truth_tables(sc, seed, row.people)
        else:
            table, long = _region_table(
                pd.read_csv(keep / f"{row.scenario}-{row.replicate:02d}.csv",
                            keep_default_na=False))
        head = _estimate(table, long, cfg)
        res = head.result
        out.append(replace(
            row, estimable=head.estimable, reasons=",".join(x.code for x in head.reasons),
            estimate=res.estimate if res else None, lower=res.lower if res else None,
            upper=res.upper if res else None,
        ))
    return out


def kept_rows(keep: Path, truth: Sequence[Replicate] = ()) -> tuple[list[Replicate], bool]:
    """The pipeline replicates an interrupted :func:`run_study` finished (``keep``), each
    after its truth-linkage twin: from ``truth`` (the same study with the truth's linkage
    only) when it has it, else a placeholder to :func:`reestimate`. Returns the rows and
    whether some twin needs estimating."""
    piped = [Replicate(**json.loads(f.read_text("utf-8"))) for f in sorted(keep.glob("*.json"))]
    twins = {(r.scenario, r.replicate): r for r in truth if r.mode == TRUTH}
    out: list[Replicate] = []
    missing = False
    for row in piped:
        twin = twins.get((row.scenario, row.replicate))
        if twin is None:
            missing = True
            twin = replace(row, mode=TRUTH, persons=row.named, region_error=0.0, split=0,
                           merged_hidden=0, noise=0, absent=0)
        out += [twin, row]
    return out, missing
