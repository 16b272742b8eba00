"""Linkage uncertainty carried into the estimate: multiple linkage imputations.

The registry's persons are one clustering of the mentions; the link stage also kept
the probability of every scored pair (``link_pair``). A pair the model scored but did
not link may still be one person. Each draw keeps the registry's persons and merges
each such pair of persons with its match probability (pairs a reviewer judged are
left as judged), closes the merges transitively, recounts the capture histories and
estimates. The draws are pooled as multiple imputations: the point is the median of
the draws' estimates and the interval comes from the equal mixture of their bootstrap
replicates (posterior draws for LCMCR), which is Rubin's total variance (within plus
between draws) for a resampling interval; without resampling, Rubin's rules on the
Wald intervals. The covariate-adjusted model's replicates, the costly ones, are shared
out over the draws rather than repeated in each (:func:`pooled_estimate`).
See Sadinle (2018), Tancredi & Liseo (2011) and docs/estimate.md.

Only missed links are drawn here (the registry splits people more often than it
merges them); false links inside a person are not undone.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy.stats import norm
from sqlalchemy import Connection, Engine, case, select

from headcount.estimate.covariates import age_band
from headcount.estimate.errors import EstimationError
from headcount.estimate.estimability import Reason
from headcount.estimate.fitwarnings import draws_warnings
from headcount.estimate.registry import COUNT, age_at, two_words
from headcount.estimate.result import EstimateResult
from headcount.estimate.statusgroups import CITIZENSHIP
from headcount.store import schema as s

#: fewest covariate-model bootstrap replicates a linkage draw runs (its share of the
#: config's replicates otherwise)
MIN_DRAW_REPLICATES = 20

if TYPE_CHECKING:
    from headcount.estimate.headline import HeadlineConfig


@dataclass(frozen=True)
class LinkData:
    """Persons with their status and systems, and the scored pairs between persons."""

    persons: list[str]
    status: dict[str, str | None]
    systems: dict[str, frozenset[str]]
    pairs: list[tuple[str, str, float]]  # person, person, match probability
    identified: frozenset[str] | None = None  # persons named by two words (None: all)
    #: what the registry records of each person (covariate -> value), for the
    #: covariate-adjusted model (:mod:`headcount.estimate.covariates`)
    recorded: dict[str, dict[str, str]] | None = None


def read_link_data(engine: Engine, exclude_systems: Sequence[str] = (),
                   identified_only: bool = False) -> LinkData:
    """Active, not rejected persons and the unlinked scored pairs between them
    (``identified_only``: see :func:`~headcount.estimate.registry.capture_histories`)."""
    p, pm, m, src, lp, d = s.person, s.person_mention, s.mention, s.source, s.link_pair, s.decision
    with engine.connect() as conn:
        rows = conn.execute(
            select(p.c.id, p.c.status, pm.c.mention_id, src.c.system,
                   case((two_words(m.c.name), 1), else_=0))
            .select_from(
                p.join(pm, pm.c.person_id == p.c.id)
                .join(m, m.c.id == pm.c.mention_id)
                .join(src, src.c.name == m.c.source)
            )
            .where(p.c.state == "active", p.c.grade != "rejected")
        ).all()
        scored = conn.execute(select(lp.c.left_id, lp.c.right_id, lp.c.probability)).all()
        recorded = _recorded(conn)
        judged = {
            frozenset((a, b))
            for a, b in conn.execute(
                select(d.c.left_id, d.c.right_id).where(
                    d.c.kind == "pair", d.c.superseded_by.is_(None)
                )
            ).all()
            if b is not None
        }
    owner: dict[str, str] = {}
    status: dict[str, str | None] = {}
    systems: dict[str, set[str]] = {}
    full: set[str] = set()
    for pid, st, mid, system, two in rows:
        if two:
            full.add(pid)
        owner[mid] = pid
        status[pid] = st
        if system not in exclude_systems:
            systems.setdefault(pid, set()).add(system)
    best: dict[tuple[str, str], float] = {}
    for a, b, prob in scored:
        pa, pb = owner.get(a), owner.get(b)
        if pa is None or pb is None or pa == pb or frozenset((a, b)) in judged:
            continue
        key = (min(pa, pb), max(pa, pb))
        best[key] = max(best.get(key, 0.0), float(prob))
    return LinkData(
        persons=sorted(status),
        status=status,
        systems={k: frozenset(v) for k, v in systems.items()},
        pairs=[(a, b, pr) for (a, b), pr in sorted(best.items())],
        identified=frozenset(full) if identified_only else None,
        recorded=recorded,
    )


def _recorded(conn: Connection) -> dict[str, dict[str, str]]:
    """Each active person's region, citizenship, age band and channel."""
    p, f = s.person, s.person_field
    channels = dict(conn.execute(
        select(f.c.person_id, f.c.value).where(f.c.field == "channel")).all())
    out = {}
    for pid, region, citizenship, birth, death in conn.execute(
        select(p.c.id, p.c.region, p.c.citizenship, p.c.birth_date, p.c.death_date)
        .where(p.c.state == "active")
    ).all():
        out[pid] = {"region": region or UNKNOWN, "citizenship": citizenship or UNKNOWN,
                    "age": age_band(age_at(birth, death)),
                    "channel": channels.get(pid) or UNKNOWN}
    return out


UNKNOWN = "unknown"


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


#: the status a merged person keeps, strongest first (as the extractor ranks cues)
STATUS_ORDER = ("declared_dead", "killed", "returned", "captured", "missing", "deserted",
                "wounded", "serving")


def _strongest(statuses: Sequence[str | None]) -> str:
    known = [x for x in statuses if x]
    if not known:
        return "unknown"
    return min(known, key=lambda x: (STATUS_ORDER.index(x) if x in STATUS_ORDER
                                     else len(STATUS_ORDER), x))


def draw_table(data: LinkData, statuses: Sequence[str], rng: np.random.Generator,
               by_status: bool = False, covariates: Sequence[str] = ()) -> pd.DataFrame:
    """One clustering drawn from the pair probabilities, as a capture-history table.

    A merged person has the statuses of its parts: it is counted when any part has one
    of ``statuses`` (all persons when empty) and named by every system of its parts.
    ``by_status``: a long table with a ``status`` column (a merged person's strongest
    status among those counted) and a column per covariate in ``covariates`` (a merged
    person's first known value among its parts').
    """
    parent = {pid: pid for pid in data.persons}
    coins = rng.random(len(data.pairs))
    for (a, b, prob), u in zip(data.pairs, coins, strict=True):
        if u < prob:
            ra, rb = _find(parent, a), _find(parent, b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for pid in data.persons:
        members.setdefault(_find(parent, pid), []).append(pid)
    wanted = set(statuses)
    systems = sorted({x for v in data.systems.values() for x in v})
    rows = []
    for group in members.values():
        if wanted and not any(data.status[p] in wanted for p in group):
            continue
        if data.identified is not None and not any(p in data.identified for p in group):
            continue
        named: set[str] = set()
        for p in group:
            named |= data.systems.get(p, frozenset())
        if named:
            status = _strongest([data.status[p] for p in group
                                 if not wanted or data.status[p] in wanted])
            rows.append((status, *_values(data, group, covariates),
                         *(int(x in named) for x in systems)))
    frame = pd.DataFrame(rows, columns=["status", *covariates, *systems])
    table = frame.groupby(systems).size().rename(COUNT).reset_index()
    named_cols = [c for c in systems if table.loc[table[c] == 1, COUNT].sum() > 0]
    if len(named_cols) < 2:
        raise EstimationError("fewer than two systems name anyone in a linkage draw")
    if by_status:
        keys = ["status", *covariates, *named_cols]
        return frame.groupby(keys).size().rename(COUNT).reset_index()
    return table.groupby(named_cols)[COUNT].sum().reset_index()


def _values(data: LinkData, group: Sequence[str], covariates: Sequence[str]) -> list[str]:
    """A (merged) person's value of each covariate: the first known among its parts."""
    out = []
    for cov in covariates:
        known = [v for p in group
                 if (v := (data.recorded or {}).get(p, {}).get(cov, UNKNOWN)) != UNKNOWN]
        out.append(known[0] if known else UNKNOWN)
    return out


def pool(results: Sequence[EstimateResult], level: float) -> EstimateResult:
    """Pool the estimates of several linkage draws (see the module docstring)."""
    points = np.array([r.estimate for r in results])
    first = results[0]
    reading = _covariate_reading(results)
    base = reading["interval_method"] if reading else first.interval_method
    draws = [r.samples for r in results if r.samples is not None]
    if len(draws) == len(results):
        mixed = np.concatenate(draws)
        a = (1 - level) / 2
        lo, hi = mixture_quantiles(draws, (a, 1 - a))
        how = f"mixture of {base} over {len(results)} linkage draws"
        samples: np.ndarray | None = mixed
    else:
        lo, hi = _rubin(results, level)
        how = f"Rubin's rules over {len(results)} linkage draws ({base})"
        samples = None
    if reading and reading["draws_widened"]:
        covs = sorted({c for x in reading["readings"] if isinstance(x, dict) and x["widened"]
                       for c in x.get("covariates") or []})
        how += (f"; in {reading['draws_widened']} of {len(results)} draws a list read as a "
                f"gap-filler while captures depend on {', '.join(covs)}, and the draw's "
                "interval was widened to hold the covariate-adjusted model's")
        mixed_in = sum(1 for x in reading["readings"] if isinstance(x, dict) and "samples" in x)
        if samples is not None and mixed_in:
            how += (f" (the pooled interval is a quantile of all draws' replicates, "
                    f"{mixed_in} draws adding the covariate-adjusted model's to the plain "
                    "model's: not the union of the two models' intervals)")
    gap_widened = sum(1 for r in results
                      if (r.diagnostics.get("gap_reading") or {}).get("widened"))
    if gap_widened:
        how += (f"; in {gap_widened} of {len(results)} draws the covariate-adjusted model's "
                "interval was widened to hold the model without covariates' (a system left "
                "out as a gap-filler in part of its replicates)")
    observed = [r.observed for r in results]
    # a reason to withhold the figure counts when most draws give it
    codes = Counter(x.code for r in results for x in {y.code: y for y in r.refusals}.values())
    refusals = {x.code: x for r in results for x in r.refusals
                if codes[x.code] * 2 > len(results)}
    if not (math.isfinite(lo) and math.isfinite(hi)) and not refusals:
        refusals = _no_interval(results)
    return EstimateResult(
        method=first.method,
        estimate=float(np.median(points)),
        lower=lo if math.isfinite(lo) else None,
        upper=hi if math.isfinite(hi) else None,
        level=level,
        interval_method=how,
        observed=round(float(np.median(observed))),
        lists=first.lists,
        model=first.model,
        model_description=first.model_description,
        model_reason=f"{len(results)} clusterings drawn from the link probabilities; "
        + first.model_reason,
        criterion=first.criterion,
        warnings=draws_warnings([r.warnings for r in results]),
        samples=samples,
        samples_kind=first.samples_kind,
        diagnostics={
            "linkage_draws": len(results),
            "observed_min": min(observed),
            "observed_max": max(observed),
            "between_draw_sd": float(points.std(ddof=1)) if len(points) > 1 else 0.0,
            **({"covariate_reading": reading} if reading else {}),
            **({"gap_readings": gap_widened} if gap_widened else {}),
        },
        refusals=list(refusals.values()),
    )


def _no_interval(results: Sequence[EstimateResult]) -> dict[str, Reason]:
    """Why the pooled figure has no interval: the draws that gave none, and their own
    reasons. A figure whose interval some linkages cannot give is not published with an
    interval of NaN."""
    without = [r for r in results if r.lower is None or r.upper is None
               or not (math.isfinite(r.lower) and math.isfinite(r.upper)) or r.refusals]
    why = sorted({x.message for r in without for x in r.refusals})
    message = (f"{len(without) or len(results)} of {len(results)} linkage draws give no "
               "interval" + (f" ({'; '.join(why)})" if why else "")
               + ", so the pooled figure has none")
    return {"draws_without_interval": Reason("draws_without_interval", message)}


def mixture_quantiles(draws: Sequence[np.ndarray], probs: Sequence[float]
                      ) -> tuple[float, ...]:
    """Quantiles of the equal mixture of the draws' replicates: each linkage draw weighs
    the same however many replicates it has (a draw whose figure came from the
    covariate-adjusted model has its share of that model's replicates, one from the
    plain model all of the plain model's). The inverse of the weighted empirical
    distribution function, NaN replicates left out."""
    values, weights = [], []
    for d in draws:
        d = np.asarray(d, dtype=float)
        d = d[np.isfinite(d)]
        if d.size:
            values.append(d)
            weights.append(np.full(d.size, 1.0 / d.size))
    if not values:
        return tuple(math.nan for _ in probs)
    v, w = np.concatenate(values), np.concatenate(weights)
    order = np.argsort(v, kind="stable")
    v, cum = v[order], np.cumsum(w[order]) / w.sum()
    return tuple(float(v[min(int(np.searchsorted(cum, q, side="left")), v.size - 1)])
                 for q in probs)


def _covariate_reading(results: Sequence[EstimateResult]) -> dict[str, Any] | None:
    """The covariate readings of the draws that had one (``headline.both_readings``):
    the first such draw's reading (its figure, interval, covariates and ``from_draw``),
    how many draws had one and were widened, every draw's reading (None without one),
    and how many of the pooled replicates came from each model. None when no draw had
    one."""
    each = [r.diagnostics.get("covariate_reading") for r in results]
    had = [i for i, x in enumerate(each) if isinstance(x, dict)]
    if not had:
        return None
    first = each[had[0]]
    assert isinstance(first, dict)
    widened = [x for x in each if isinstance(x, dict) and x.get("widened")]
    out: dict[str, Any] = {**first, "from_draw": had[0], "draws_read": len(had),
                           "draws_widened": len(widened), "draws": len(results),
                           "readings": each}
    out.pop("samples", None)
    out.pop("widened", None)
    if any("samples" in x for x in widened):
        out["samples"] = {
            "covariate": sum(x.get("samples", {}).get("covariate", 0) for x in widened),
            "plain": sum(int(r.samples.size) for r in results if r.samples is not None)
            - sum(x.get("samples", {}).get("covariate", 0) for x in widened)}
    return out


def _rubin(results: Sequence[EstimateResult], level: float) -> tuple[float, float]:
    """Rubin's rules on log N with within variances from the Wald intervals."""
    z = float(norm.ppf(0.5 + level / 2))
    logs = np.log([r.estimate for r in results])
    within = []
    for r in results:
        if r.lower is None or r.upper is None or r.lower <= 0:
            return math.nan, math.nan
        within.append(((math.log(r.upper) - math.log(r.lower)) / (2 * z)) ** 2)
    m = len(results)
    between = float(logs.var(ddof=1)) if m > 1 else 0.0
    total = float(np.mean(within)) + (1 + 1 / m) * between
    centre = float(logs.mean())
    return math.exp(centre - z * math.sqrt(total)), math.exp(centre + z * math.sqrt(total))


def pooled_estimate(engine: Engine, config: HeadlineConfig) -> EstimateResult:
    """The headline estimate pooled over ``config.linkage_draws`` drawn clusterings."""
    from headcount.estimate.headline import COVARIATE_BOOTSTRAP, run_table

    data = read_link_data(engine, config.exclude_systems, config.identified_only)
    rng = np.random.default_rng(np.random.SeedSequence(config.seed).spawn(1)[0])
    results = []
    covs = list(config.covariates) if config.uses_covariates else []
    # the status groups tell foreigners apart (statusgroups.by_reach): citizenship is drawn
    drawn = [*covs, *([CITIZENSHIP] if config.status_groups and CITIZENSHIP not in covs
                      else [])]
    # the covariate-adjusted model's replicates are shared out over the draws (their
    # mixture is the interval); each draw repeats the plain model's own
    share = max(math.ceil((config.bootstrap or COVARIATE_BOOTSTRAP) / config.linkage_draws),
                MIN_DRAW_REPLICATES)
    for i in range(config.linkage_draws):
        long = draw_table(data, config.statuses, rng, by_status=True, covariates=drawn)
        systems = [c for c in long.columns if c not in ("status", *drawn, COUNT)]
        table = long.groupby(systems)[COUNT].sum().reset_index()
        table = table[table[systems].sum(axis=1) > 0].reset_index(drop=True)
        keys = ["status", *([CITIZENSHIP] if CITIZENSHIP in drawn else [])]
        by_status = long.groupby([*keys, *systems])[COUNT].sum().reset_index()
        results.append(run_table(table, config.replace(seed=config.seed + i),
                                 by_status if config.status_groups else None,
                                 long if covs else None, share))
    return pool(results, config.level)
