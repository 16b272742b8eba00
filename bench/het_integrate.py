"""The covariate model's random-effect variance integrated over instead of chosen by a
test (tried and rejected; docs/estimate.md, "Covariates every system depends on").

Point estimates (no bootstrap) on the heterogeneity scenarios' populations (the truth's
linkage): the pooled model, the shipped procedure (covariate chosen by a test, its
variance by the marginal likelihood) and the variance integrated over (totals at the
effects' mode and as the expected unseen; uniform and half-Cauchy priors). With
``--intervals``, each population's integrated figure and its bootstrap interval.

    python bench/het_integrate.py --replicates 100 --scenarios region,channel-age
    python bench/het_integrate.py --intervals --replicates 12 --scenarios region
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

import math
from dataclasses import dataclass, field

import numpy as np

from headcount.demo.scenarios import BY_NAME
from headcount.estimate.bootstrap import bca_interval
from headcount.estimate.covariates import PENALTIES, covariate_procedure, to_long_cells
from headcount.estimate.covfit import Cells, Fit, Spec, Term, fit, select_pairs
from headcount.estimate.registry import COUNT
from headcount.simulate.study import RECORDED, _truth_tables

#: the random effect's standard deviations integrated over (0: no term for the covariate)
SDS = (0.0, *sorted(p ** -0.5 for p in PENALTIES))
#: combinations of the covariates' standard deviations fitted jointly: the most probable
#: (by the product of each covariate's own weights) until they hold this share ...
MASS = 0.95
#: ... and at most this many
MOST = 12


def sd_prior(kind: str = "uniform", scale: float = 0.5) -> np.ndarray:
    """Log prior weights of :data:`SDS`: ``uniform`` over the grid, or the mass a
    half-Cauchy(0, ``scale``) prior on the standard deviation (Gelman 2006) puts on each
    grid point's bin (bins split halfway between grid points, the last open)."""
    if kind == "uniform":
        return np.zeros(len(SDS))
    sds = np.asarray(SDS)
    cuts = np.concatenate([[0.0], (sds[1:] + sds[:-1]) / 2, [np.inf]])
    cdf = 2 / np.pi * np.arctan(cuts / scale)
    return np.log(np.diff(cdf))


@dataclass(frozen=True)
class Integrated:
    """The covariate model with each covariate's random-effect variance integrated over
    :data:`SDS` instead of chosen: the combinations fitted, their posterior weights, and
    the weighted totals (at the effects' mode, and as the expected unseen)."""

    pooled: Fit
    fits: tuple[Fit, ...]
    sds: tuple[tuple[float, ...], ...]
    weights: np.ndarray
    covariates: tuple[str, ...]
    estimate: float
    expected: float
    #: the covariate terms of the most probable combination (its list × list pairs
    #: are chosen again, dropping those the covariates explain)
    modal: Spec = field(default_factory=Spec)

    def mean_sd(self, covariate: str) -> float:
        """The posterior mean of ``covariate``'s standard deviation."""
        i = self.covariates.index(covariate)
        return float(sum(w * s[i] for w, s in zip(self.weights, self.sds, strict=True)))

    def sd_weight(self, covariate: str) -> float:
        """The posterior weight of a non-zero variance for ``covariate``."""
        if covariate not in self.covariates:
            return 0.0
        i = self.covariates.index(covariate)
        return float(sum(w for w, s in zip(self.weights, self.sds, strict=True) if s[i] > 0))


def integrated_procedure(cells: Cells, log_prior: np.ndarray | None = None,
                         support: Integrated | None = None) -> Integrated | None:
    """The covariate model with every covariate's variance integrated over :data:`SDS`
    (weights: Laplace marginal likelihood × ``log_prior``, default uniform on the grid).

    Each covariate's weights over the grid are first found alone beside the pooled model;
    the combinations most probable by their product (:data:`MASS`, :data:`MOST`) are then
    fitted jointly, with the list × list pairs chosen again (drop only) for the most
    probable, and weighted by their own marginal likelihoods. The total is the weighted
    mean of each combination's expected total (the unseen-to-seen ratio's expectation
    over the random effects' conditional posterior; :attr:`covfit.Fit.expected`).
    ``support``: the data's result, whose combinations a bootstrap replicate fits again
    (its pairs chosen again, its weights its own)."""
    prior = sd_prior() if log_prior is None else log_prior
    pooled = select_pairs(cells, Spec())
    if not pooled.ok:
        return None
    if support is not None:
        return _refit(cells, pooled, support, prior)
    covs = [c for c in cells.levels if len(cells.names[c]) >= 2]
    own = []
    for c in covs:
        levels = tuple(range(len(cells.names[c])))
        ev = [pooled.evidence]
        for sd in SDS[1:]:
            f = fit(cells, pooled.spec.with_term(Term(c, levels, sd ** -2)), expected=True)
            ev.append(f.evidence if f.ok else -math.inf)
        lw = np.asarray(ev) + prior
        own.append(lw - np.logaddexp.reduce(lw))
    if not covs:
        return Integrated(pooled, (pooled,), ((),), np.ones(1), (), pooled.estimate,
                          pooled.estimate)
    grids = np.meshgrid(*own, indexing="ij")
    joint = np.sum(grids, axis=0).ravel()
    order = np.argsort(-joint)
    cum = np.cumsum(np.exp(joint[order]))
    take = order[: min(MOST, int(np.searchsorted(cum, MASS)) + 1)]
    shape = tuple(len(SDS) for _ in covs)
    combos = [np.unravel_index(i, shape) for i in take]

    def spec_of(idx: tuple[int, ...], pairs: tuple[tuple[int, int], ...]) -> Spec:
        spec = Spec(pairs)
        for c, j in zip(covs, idx, strict=True):
            if j > 0:
                spec = spec.with_term(Term(c, tuple(range(len(cells.names[c]))),
                                           SDS[j] ** -2))
        return spec

    modal = spec_of(tuple(combos[0]), ())
    specs = [spec_of(tuple(idx), ()) for idx in combos]
    sds = [tuple(SDS[j] for j in idx) for idx in combos]
    return _combine(cells, pooled, modal, specs, sds, tuple(covs), prior)


def _refit(cells: Cells, pooled: Fit, support: Integrated, prior: np.ndarray) -> Integrated | None:
    specs = [Spec((), f.spec.terms) for f in support.fits]
    return _combine(cells, pooled, support.modal, specs, list(support.sds),
                    support.covariates, prior)


def _combine(cells: Cells, pooled: Fit, modal: Spec, specs: list[Spec],
             sds: list[tuple[float, ...]], covs: tuple[str, ...],
             prior: np.ndarray) -> Integrated | None:
    """Fit each combination with the pairs the modal one keeps, and weight them."""
    top = select_pairs(cells, Spec(pooled.spec.pairs, modal.terms), add=False)
    pairs = top.spec.pairs if top.ok else pooled.spec.pairs
    grid = {sd: i for i, sd in enumerate(SDS)}
    fits, kept, lw = [], [], []
    for spec, sd in zip(specs, sds, strict=True):
        f = fit(cells, Spec(pairs, spec.terms), expected=True)
        if not f.ok or not math.isfinite(f.evidence) or not math.isfinite(f.expected):
            continue
        fits.append(f)
        kept.append(sd)
        lw.append(f.evidence + float(sum(prior[grid[x]] for x in sd)))
    if not fits:
        return None
    w = np.exp(np.asarray(lw) - max(lw))
    w /= w.sum()
    est = float(sum(wi * f.estimate for wi, f in zip(w, fits, strict=True)))
    exp_ = float(sum(wi * f.expected for wi, f in zip(w, fits, strict=True)))
    return Integrated(pooled, tuple(fits), tuple(kept), w, covs, est, exp_, modal)


@dataclass(frozen=True)
class Integration:
    """:func:`integrated_procedure` on the data and on bootstrap replicates that repeat
    it (the list × list pairs chosen again, the weights their own): each replicate's
    estimate (NaN when none)."""

    cells: Cells
    proc: Integrated
    replicates: np.ndarray

    @property
    def finite(self) -> np.ndarray:
        return self.replicates[np.isfinite(self.replicates)]

    def interval(self, level: float) -> tuple[float | None, float | None]:
        """The bias-corrected percentile interval around the data's estimate (as the
        covariate model's); None when fewer than 10 replicates have one."""
        good = self.finite
        if good.size < 10 or not math.isfinite(self.proc.expected):
            return None, None
        lo, hi, _ = bca_interval(good, self.proc.expected, 0.0, level)
        return lo, hi


def integration(cells: Cells, bootstrap_samples: int = 100, seed: int | None = None,
                proc: Integrated | None = None, nrand: bool = False) -> Integration | None:
    """:func:`integrated_procedure` on ``cells`` (``proc`` when already run) and on
    ``bootstrap_samples`` multinomial replicates of them (``nrand``: each drawing the number
    named from the estimate, as the shipped covariate bootstrap does); None when even the
    pooled model has no estimate."""
    proc = proc or integrated_procedure(cells)
    if proc is None or not math.isfinite(proc.expected):
        return None
    rng = np.random.default_rng(seed)
    reps = []
    for _ in range(bootstrap_samples):
        rep = integrated_procedure(
            cells.resampled(rng, proc.expected if nrand else None), support=proc)
        reps.append(math.nan if rep is None else rep.expected)
    return Integration(cells, proc, np.asarray(reps, dtype=float))




def intervals(name: str, replicates: int, bootstrap: int, nrand: bool = False) -> None:
    """Each population's integrated figure, its bias-corrected and plain percentile
    bootstrap intervals, and the weights of the covariates' non-zero variances; then the
    coverage of each interval over the populations."""
    print(f"## {name}: intervals ({bootstrap} bootstrap replicates"
          + (", the number named drawn" if nrand else "") + ")")
    covered = {"BC": 0, "percentile": 0}
    done = 0
    for r in range(replicates):
        seed = 1000 * (1 + list(BY_NAME).index(name)) + r
        _table, long, people, _ = _truth_tables(BY_NAME[name], seed, 300)
        systems = [c for c in long.columns if c not in ("region", "status", *RECORDED, COUNT)]
        cells = to_long_cells(long, systems)
        sel = None if cells is None else integration(cells, bootstrap, seed, nrand=nrand)
        if sel is None:
            print(f"{r:3d} no estimate")
            continue
        good, e = sel.finite, sel.proc.expected
        lo, hi, _ = bca_interval(good, e, 0.0, 0.95)
        pl, ph = np.percentile(good, [2.5, 97.5])
        weights = {c: round(sel.proc.sd_weight(c), 2) for c in sel.proc.covariates}
        sds = {c: round(sel.proc.mean_sd(c), 2) for c in sel.proc.covariates}
        print(f"{r:3d} truth {people} expected {e:.0f} mode {sel.proc.estimate:.0f} pooled "
              f"{sel.proc.pooled.estimate:.0f} BC {lo:.0f}-{hi:.0f} percentile {pl:.0f}-"
              f"{ph:.0f} above {np.mean(good > e):.2f} weight {weights} mean sd {sds}",
              flush=True)
        done += 1
        covered["BC"] += bool(lo <= people <= hi)
        covered["percentile"] += bool(pl <= people <= ph)
    if done:
        print(f"coverage over {done} populations: " + ", ".join(
            f"{k} {v / done:.0%}" for k, v in covered.items()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--replicates", type=int, default=100)
    ap.add_argument("--scenarios", default="region,channel-age")
    ap.add_argument("--scale", type=float, default=0.5)
    ap.add_argument("--intervals", action="store_true")
    ap.add_argument("--bootstrap", type=int, default=100)
    ap.add_argument("--nrand", action="store_true",
                    help="with --intervals: each replicate draws the number named")
    a = ap.parse_args()
    if a.intervals:
        for name in a.scenarios.split(","):
            intervals(name, a.replicates, a.bootstrap, a.nrand)
        return 0
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
