"""Covariate-adjusted estimation: when every system's chance of naming a person rises and
falls with something the registry records.

If the news, the channels and the lists all name people of one region (recruitment
channel, age band) more readily than those of another, the systems are positively
dependent over the pooled population, and every model of the pooled table's list
interactions reads the overlaps as too large: the estimate is low and its interval
misses the truth (the classic heterogeneity bias of capture–recapture). When the
covariate is recorded, the table by covariate shows it: people of a well-reached group
are named by more systems.

:func:`covariate_procedure` (repeated in every bootstrap replicate):

1. **Structural zeros.** Within each covariate level, a system that names no one where
   it would be expected to name someone (:data:`ABSENT_CHANCE`) is taken not to reach
   that level (a district site outside its district).
2. **The pooled model**: the list × list terms chosen by BIC (:func:`covfit.select_pairs`).
3. **A test per covariate** (region, channel, age band, citizenship — whatever the table
   has): every level of the covariate gets a capture-intensity term shared by the
   lists, shrunk towards 0 as a Gaussian random effect whose variance is chosen by the
   Laplace-approximate marginal likelihood (:data:`PENALTIES`); the likelihood-ratio
   test of that variance against 0 (½χ²₀ + ½χ²₁). A covariate is used when its p-value
   is below :data:`P_VALUE`, never because of its name. One variance for thirty
   regions is a far more powerful test than thirty free coefficients, and full
   stratification by region is far too thin at a few hundred people: shrinkage lets a
   small region borrow from the others.
4. **The model with covariates**: the chosen covariates' terms; the list × list terms
   are then chosen again, dropping those the covariates explain.

When no covariate is chosen on the data, :func:`covariate_estimate` returns None and the
headline keeps its pooled estimate. When one is, the figure is the covariate model's and
the interval the percentile interval of bootstrap replicates, each of which repeats
steps 1–4 with the data's shrinkage (a replicate that chooses no covariate gives its
pooled model's estimate). See Huggins (1989), Alho (1990) and docs/estimate.md.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import chi2

from headcount.estimate.bootstrap import percentile_interval
from headcount.estimate.covfit import Cells, Fit, Spec, Term, fit, select_pairs
from headcount.estimate.errors import EstimationError
from headcount.estimate.missing import UNKNOWN, complete
from headcount.estimate.result import EstimateResult

COUNT = "count"
#: covariates the registry records for persons, tested in this order
COVARIATES = ("region", "channel", "age", "citizenship")
#: a covariate is used when the likelihood-ratio test rejects at this level: a liberal
#: level, as for choosing confounders (Mickey & Greenland 1989). At 0.01 a real covariate
#: was left out in a third of the populations and the pooled figure there missed low; at
#: 0.2 the interval covers the truth more often where captures depend on a covariate and
#: no less often where they do not (bench/results/e2e-het42.md, e2e-pipeline43.md)
P_VALUE = 0.2
#: ridge penalties tried for a chosen covariate's levels (1 / the random effect's variance)
PENALTIES = (1.0, 2.0, 4.0, 8.0, 32.0, 128.0)
#: a system naming no one in a level is taken not to reach it when, at its rate where it
#: does name people, naming none of the level's persons had less than this chance
ABSENT_CHANCE = 0.05
#: fewest lists for the covariate model
MIN_LISTS = 3
OTHER = "(other)"


def age_band(age: float | None) -> str:
    """The band of an age at death ("18–29", "30–39", "40–49", "50+", or "unknown")."""
    if age is None or (isinstance(age, float) and math.isnan(age)):
        return UNKNOWN
    if age < 30:
        return "18–29"
    if age < 40:
        return "30–39"
    if age < 50:
        return "40–49"
    return "50+"


def to_cells(long: pd.DataFrame, systems: Sequence[str],
             covariates: Sequence[str]) -> Cells:
    """The long table (covariate columns, 0/1 system columns, ``count``) as cells, with
    unknown values (missing or "unknown") shared out over the known levels
    (:mod:`headcount.estimate.missing`) and the structural zeros of
    :data:`ABSENT_CHANCE`."""
    k = len(systems)
    frame = long[[*covariates, *systems, COUNT]].copy()
    frame = frame[frame[list(systems)].sum(axis=1) > 0]
    for c in covariates:
        frame[c] = frame[c].fillna(UNKNOWN).astype(str)
    code = np.zeros(len(frame), dtype=int)
    for j, s in enumerate(systems):
        code |= frame[s].to_numpy().astype(int) << j
    frame["_pattern"] = code - 1
    keys = list(covariates) or ["_one"]
    if not covariates:
        frame["_one"] = "all"
    grouped = frame.groupby([*keys, "_pattern"])[COUNT].sum().unstack(fill_value=0)
    grouped = grouped.reindex(columns=range(2**k - 1), fill_value=0)
    raw = grouped.to_numpy().astype(np.int64)
    index = grouped.index.to_frame(index=False)
    labels = {c: tuple(sorted(index[c].unique())) for c in covariates}
    raw_index = {c: index[c].map({v: i for i, v in enumerate(labels[c])}).to_numpy()
                 for c in covariates}
    patterns = ((np.arange(1, 2**k)[:, None] >> np.arange(k)) & 1).astype(bool)
    levels, names, completion = complete(raw_index, labels, raw, patterns)
    counts = raw if completion is None else completion.counts()
    allowed = np.ones(counts.shape, dtype=bool)
    for c in covariates:
        allowed &= _reach(counts, levels[c], len(names[c]), patterns)
    mask_id = np.unique(allowed, axis=0, return_inverse=True)[1].ravel()
    return Cells(tuple(systems), counts, levels, names, allowed, mask_id,
                 completion=completion)


def _reach(counts: np.ndarray, level: np.ndarray, nlevels: int,
           patterns: np.ndarray) -> np.ndarray:
    """Patterns allowed per cell: a system absent from a level (see :data:`ABSENT_CHANCE`)
    removes the patterns naming it from that level's cells."""
    per_level = np.zeros((nlevels, counts.shape[1]))
    np.add.at(per_level, level, counts)
    persons = per_level.sum(axis=1)
    named = per_level @ patterns  # (levels, systems)
    allowed = np.ones(counts.shape, dtype=bool)
    for j in range(patterns.shape[1]):
        present = named[:, j] > 0
        if not present.any():
            continue
        rate = named[present, j].sum() / persons[present].sum()
        absent = (~present) & ((1 - rate) ** persons < ABSENT_CHANCE)
        for lv in np.flatnonzero(absent):
            allowed[np.ix_(level == lv, patterns[:, j])] = False
    return allowed


@dataclass(frozen=True)
class CovariateTest:
    """One covariate's likelihood-ratio test against the pooled model."""

    covariate: str
    statistic: float
    df: int
    p_value: float
    fit: Fit


def test_covariate(cells: Cells, base: Fit, cov: str,
                   penalties: Sequence[float] = ()) -> CovariateTest | None:
    """Does every list's chance of naming a person depend on ``cov``? The likelihood-ratio
    test of a capture-intensity random effect per level of ``cov`` (its variance chosen
    among ``penalties``, default :data:`PENALTIES`) against ``base``, on the
    Laplace-approximate marginal likelihoods; a variance on the boundary of its range,
    so the statistic is referred to ½χ²₀ + ½χ²₁ (Self & Liang 1987)."""
    if len(cells.names[cov]) < 2:
        return None
    alt = random_term(cells, base.spec, cov, penalties)
    if alt is None:
        return None
    stat = max(2 * (alt.evidence - base.evidence), 0.0)
    p_value = 0.5 * float(chi2.sf(stat, 1)) if stat > 0 else 1.0
    return CovariateTest(cov, stat, 1, p_value, alt)


def random_term(cells: Cells, spec: Spec, cov: str,
                penalties: Sequence[float] = ()) -> Fit | None:
    """``spec`` with a term per level of ``cov``, shrunk as a Gaussian random effect whose
    variance is chosen by the Laplace-approximate marginal likelihood among ``penalties``
    (default :data:`PENALTIES`)."""
    levels = tuple(range(len(cells.names[cov])))
    best: Fit | None = None
    for penalty in penalties or PENALTIES:
        f = fit(cells, spec.with_term(Term(cov, levels, penalty)))
        if f.ok and (best is None or f.evidence > best.evidence):
            best = f
    return best


@dataclass(frozen=True)
class Procedure:
    """Steps 1–4 of the module docstring on one table: the final fit and the tests."""

    final: Fit
    pooled: Fit
    tests: tuple[CovariateTest, ...]
    chosen: tuple[str, ...]


def covariate_procedure(cells: Cells,
                        penalties: dict[str, float] | None = None) -> Procedure | None:
    """The covariate model of ``cells`` (None when even the pooled model has no estimate).
    ``penalties``: each covariate's penalty, fixed (the bootstrap replicates keep the
    data's choice; the search over :data:`PENALTIES` otherwise)."""
    pooled = select_pairs(cells, Spec())
    if not pooled.ok:
        return None
    fixed = penalties or {}
    tests = tuple(t for c in cells.levels
                  if (t := test_covariate(cells, pooled, c,
                                          (fixed[c],) if c in fixed else ())) is not None)
    chosen = [t for t in sorted(tests, key=lambda t: t.p_value) if t.p_value < P_VALUE]
    if not chosen:
        return Procedure(pooled, pooled, tests, ())
    spec = pooled.spec
    for t in chosen:
        spec = spec.with_term(next(x for x in t.fit.spec.terms if x.covariate == t.covariate))
    final = select_pairs(cells, spec, add=False)  # the covariates explain dependence
    if not final.ok:
        return Procedure(pooled, pooled, tests, ())
    return Procedure(final, pooled, tests, final.spec.covariates)


def _replicate(cells: Cells, rng: np.random.Generator, penalties: dict[str, float],
               total: float) -> float:
    """One bootstrap replicate's estimate (NaN when none): the number named drawn from
    the estimated ``total`` (:meth:`Cells.resampled`)."""
    proc = covariate_procedure(cells.resampled(rng, total), penalties)
    return math.nan if proc is None else proc.final.estimate


@dataclass(frozen=True)
class Selection:
    """The procedure on the data and on bootstrap replicates that repeat it (covariate
    tests and model selection included): each replicate's estimate (NaN when none)."""

    cells: Cells
    proc: Procedure
    replicates: np.ndarray

    @property
    def finite(self) -> np.ndarray:
        return self.replicates[np.isfinite(self.replicates)]

    def interval(self, level: float) -> tuple[float | None, float | None]:
        """The percentile interval of the replicates (each drawing the number named from
        the estimate: :meth:`Cells.resampled`); None when fewer than 10 replicates have
        an estimate. Not bias-corrected: the correction moved the interval the way the
        shrunk estimate already errs (docs/estimate.md)."""
        good = self.finite
        if good.size < 10 or not math.isfinite(self.proc.final.estimate):
            return None, None
        lo, hi = percentile_interval(good, level)
        return lo, hi


def to_long_cells(long: pd.DataFrame, systems: Sequence[str],
                  covariates: Sequence[str] = COVARIATES) -> Cells | None:
    """The cells of ``long`` by the covariates it has with more than one level (None when
    there are too few lists or no such covariate)."""
    covs = [c for c in covariates if c in long.columns and long[c].nunique(dropna=False) > 1]
    if len(systems) < MIN_LISTS or not covs:
        return None
    return to_cells(long, systems, covs)


def selection(cells: Cells, bootstrap_samples: int = 100, seed: int | None = None,
              proc: Procedure | None = None) -> Selection | None:
    """:func:`covariate_procedure` on ``cells`` (``proc`` when already run) and on
    ``bootstrap_samples`` multinomial replicates of them (each covariate's random-effect
    variance kept at the data's choice); None when even the pooled model has no
    estimate."""
    proc = proc or covariate_procedure(cells)
    if proc is None or not math.isfinite(proc.final.estimate):
        return None
    rng = np.random.default_rng(seed)
    kept = {t.covariate: next(x.penalty for x in t.fit.spec.terms if x.covariate == t.covariate)
            for t in proc.tests}
    reps = np.array([_replicate(cells, rng, kept, proc.final.estimate)
                     for _ in range(bootstrap_samples)], dtype=float)
    return Selection(cells, proc, reps)


def covariate_estimate(
    long: pd.DataFrame,
    systems: Sequence[str],
    *,
    covariates: Sequence[str] = COVARIATES,
    bootstrap_samples: int = 100,
    level: float = 0.95,
    seed: int | None = None,
) -> EstimateResult | None:
    """The covariate-adjusted estimate of a long capture-history table, or None when no
    covariate is chosen (see the module docstring). ``long`` has the covariate columns,
    one 0/1 column per system and ``count``."""
    cells = to_long_cells(long, systems, covariates)
    if cells is None:
        return None
    proc = covariate_procedure(cells)
    if proc is None or not proc.chosen or not math.isfinite(proc.final.estimate):
        return None
    sel = selection(cells, bootstrap_samples, seed, proc)
    return None if sel is None else selection_result(sel, level)


def selection_result(sel: Selection, level: float) -> EstimateResult | None:
    """The covariate-adjusted estimate of a :class:`Selection` (None when the data chose
    no covariate)."""
    if not sel.proc.chosen:
        return None
    lo, hi = sel.interval(level)
    chose = float(np.mean(np.isfinite(sel.replicates)))  # replicates with an estimate
    return _result(sel.cells, sel.proc, lo, hi, level, sel.finite, chose,
                   sel.replicates.size)


def _describe(cells: Cells, proc: Procedure) -> str:
    pairs = [f"{cells.lists[a]}:{cells.lists[b]}" for a, b in proc.final.spec.pairs]
    covs = [f"{t.covariate} × capture ({t.size} levels, random effect sd "
            f"{t.penalty ** -0.5:.2f})" for t in proc.final.spec.terms]
    return " + ".join([*covs, *pairs]) or "independence"


def _shared_out(cells: Cells, chosen: Sequence[str]) -> str:
    """What the model did with unknown values of the chosen covariates, in words."""
    unknown = {} if cells.completion is None else cells.completion.unknown
    said = [f"{unknown[c]} unknown {c}" for c in chosen if unknown.get(c)]
    if not said:
        return ""
    return ("; " + ", ".join(said) + " shared out over the known values like those of the "
            "persons the same systems name (missing at random given the capture pattern)")


def _result(cells: Cells, proc: Procedure, lo: float | None, hi: float | None, level: float,
            samples: np.ndarray, share: float, replicates: int) -> EstimateResult:
    if cells.n == 0:
        raise EstimationError("no persons to estimate from")
    tests = {t.covariate: {"statistic": round(t.statistic, 2), "df": t.df,
                           "p_value": t.p_value} for t in proc.tests}
    warnings = []
    if share < 1:
        warnings.append(f"the estimate did not exist in {round((1 - share) * replicates)} of "
                        f"{replicates} bootstrap replicates (left out of the interval)")
    return EstimateResult(
        method="loglinear",
        estimate=max(proc.final.estimate, float(cells.n)),
        lower=None if lo is None else max(lo, float(cells.n)),
        upper=None if hi is None else max(hi, float(cells.n)),
        level=level,
        interval_method=(f"percentile bootstrap, {replicates} replicates (the number "
                         "named drawn from the estimate, multinomial over the covariate "
                         "cells; covariate tests and model selection repeated in each)"),
        observed=cells.n,
        lists=cells.lists,
        model=_describe(cells, proc),
        model_description=_describe(cells, proc),
        model_reason=(
            "captures depend on " + ", ".join(proc.chosen) + " (likelihood-ratio test of a "
            "random effect, "
            f"p < {P_VALUE}): covariate-adjusted log-linear model, a capture-intensity term "
            "per level shared by the systems, shrunk as a random effect; pooled model "
            f"{proc.pooled.estimate:,.0f}" + _shared_out(cells, proc.chosen)
        ),
        criterion="bic",
        samples=samples,
        samples_kind="bootstrap",
        diagnostics={"covariate_tests": tests, "covariates": list(proc.chosen),
                     "pooled_estimate": proc.pooled.estimate,
                     # persons whose value was unknown, shared out over the known levels
                     "unknown_shared_out": dict(cells.completion.unknown)
                     if cells.completion is not None else {}},
        warnings=warnings,
    )
