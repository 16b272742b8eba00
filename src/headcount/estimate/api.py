"""``estimate(table, method=...)``: one entry point for every method."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import norm

from headcount.estimate.bootstrap import bootstrap, scheme_description
from headcount.estimate.capture import CaptureTable, as_table
from headcount.estimate.chapman import chapman_fit
from headcount.estimate.checks import data_warnings, estimate_warnings
from headcount.estimate.errors import EstimationError
from headcount.estimate.estimability import (
    chains_reason,
    dependence_reason,
    selection_reason,
    table_reasons,
)
from headcount.estimate.gapfill import MIN_LISTS, GapFillProcedure, find_gap_filler, without
from headcount.estimate.gapmix import gap_averaged, gap_filled
from headcount.estimate.lcmcr import lcmcr_chains
from headcount.estimate.loglinear import (
    HierModel,
    ModelData,
    SearchResult,
    fit_model,
    pairwise_starts,
    search,
)
from headcount.estimate.result import EstimateResult

METHODS = ("chapman", "loglinear", "lcmcr")
CRITERIA = ("bic", "aic", "stepwise", "independence")
INTERVALS = ("percentile", "bca")

Progress = Callable[[int], None]
#: log-linear models fit a ``2**k × 2**k`` design (128 MB at 12 lists, 2 GB at 14)
LOGLINEAR_MAX_LISTS = 12


def default_method(k: int) -> str:
    """Chapman for two lists, log-linear up to 12, LCMCR beyond."""
    if k == 2:
        return "chapman"
    return "loglinear" if k <= LOGLINEAR_MAX_LISTS else "lcmcr"


@dataclass(frozen=True)
class LoglinearEstimator:
    """Picklable "table → estimate" function: the full model search, rerun per replicate."""

    criterion: str = "bic"
    max_order: int | None = None
    p_threshold: float = 0.02
    model: str | None = None
    multistart: bool = False

    def select(self, table: CaptureTable, keep_records: bool = True) -> SearchResult:
        data = ModelData(table)
        fixed = HierModel.parse(table.k, self.model, table.lists) if self.model else None
        starts = pairwise_starts(table.k) if self.multistart else None
        return search(
            data,
            criterion=self.criterion,
            maxorder=self.max_order,
            pthresh=self.p_threshold,
            model=fixed,
            starts=starts,
            keep_records=keep_records,
        )

    def __call__(self, table: CaptureTable) -> float:
        return self.select(table, keep_records=False).fit.abundance

    def labelled(self, table: CaptureTable) -> tuple[float, str]:
        """The estimate and the label of the model the search selected."""
        fit = self.select(table, keep_records=False).fit
        return fit.abundance, fit.model.label()


@dataclass(frozen=True)
class ChapmanEstimator:
    def __call__(self, table: CaptureTable) -> float:
        return chapman_fit(table).estimate


def estimate(
    table: pd.DataFrame | CaptureTable,
    method: str | None = None,
    *,
    criterion: str = "bic",
    max_order: int | None = None,
    p_threshold: float = 0.02,
    model: str | None = None,
    multistart: bool = False,
    bootstrap_samples: int = 0,
    interval: str = "bca",
    resample: str = "observed",
    level: float = 0.95,
    seed: int | None = None,
    samples: int = 1000,
    burn_in: int = 10000,
    thin: int = 10,
    max_classes: int = 10,
    chains: int = 4,
    count_column: str | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    gap_fill: bool = True,
    gap_average: bool = True,
) -> EstimateResult:
    """Estimate the total population from an aggregated capture-history table.

    ``table``: a DataFrame with one 0/1 column per list and a count column (detected
    by name: ``count``, ``Freq``, ``n``, ...) or a :class:`CaptureTable`.
    ``method``: ``chapman`` (two lists), ``loglinear`` or ``lcmcr``; default chapman
    for two lists, log-linear otherwise.
    Log-linear options: ``criterion`` (``bic``/``aic`` downhill search over hierarchical
    models up to ``max_order``, ``stepwise`` with ``p_threshold``, ``independence``), a
    fixed ``model`` such as ``"[12,3]"`` or ``"A:B"``, ``multistart`` (downhill from main
    effects and from every single two-list interaction).
    ``bootstrap_samples`` > 0 gives a bootstrap interval (``interval``: ``bca`` or
    ``percentile``) with the model search repeated in each replicate; otherwise the
    log-linear interval is a Wald interval on the log undocumented count, conditional
    on the selected model. LCMCR options: ``samples`` (per chain), ``burn_in``, ``thin``,
    ``max_classes``, ``chains`` (independent chains, seeds derived from ``seed``; their
    draws are pooled). ``seed`` makes every random step reproducible.
    ``gap_fill``: with four lists or more and a model search, a list that names mostly
    the people the others missed is left out of the model and the estimate is made from
    the others (:mod:`headcount.estimate.gapfill`); the people it alone names still
    count as documented. ``gap_average`` (default): the decision is repeated in every
    bootstrap replicate and the models weighted by the share choosing each
    (:mod:`headcount.estimate.gapmix`); off: decided once, on the data.

    ``res.refusals`` lists why the figure is not estimable from these sources (thin
    overlaps, strong dependence, unstable model selection, disagreeing chains; see
    :mod:`headcount.estimate.estimability`); the number is still computed, for inspection.
    """
    tab = as_table(table, count_column=count_column)
    if not 0 < level < 1:
        raise EstimationError(f"level must be between 0 and 1, got {level}")
    method = method or default_method(tab.k)
    if method not in METHODS:
        raise EstimationError(f"unknown method {method!r} (choose from {', '.join(METHODS)})")
    if interval not in INTERVALS:
        raise EstimationError(f"unknown interval {interval!r} (percentile, bca)")
    scheme_description(resample)  # an unknown scheme is an error before any work
    if bootstrap_samples < 0:
        raise EstimationError("the number of bootstrap samples cannot be negative")
    warnings = data_warnings(tab)
    if method == "chapman":
        res = _chapman(tab, level)
        if bootstrap_samples:
            _add_bootstrap(
                res, tab, ChapmanEstimator(), bootstrap_samples, seed, interval, level,
                progress, workers, resample, None,
            )
    elif method == "loglinear":
        if tab.k > LOGLINEAR_MAX_LISTS:
            raise EstimationError(
                f"log-linear models take at most {LOGLINEAR_MAX_LISTS} lists, got {tab.k}: "
                "use --method lcmcr, or group lists into fewer systems"
            )
        if criterion not in CRITERIA:
            raise EstimationError(
                f"unknown criterion {criterion!r} (choose from {', '.join(CRITERIA)})"
            )
        if max_order is not None and not 1 <= max_order <= tab.k:
            raise EstimationError(f"max order must be between 1 and {tab.k}")
        if not 0 <= p_threshold <= 1:
            raise EstimationError("the p-value threshold must be between 0 and 1")
        est = LoglinearEstimator(criterion, max_order, p_threshold, model, multistart)
        if gap_fill and model is None and tab.k >= MIN_LISTS and gap_average:
            averaged = gap_averaged(
                tab, GapFillProcedure(_RestEstimator(est), est),
                partial(_loglinear, est=est, level=level),
                bootstrap_samples=bootstrap_samples, seed=seed, interval=interval,
                level=level, resample=resample, progress=progress, workers=workers,
            )
            if averaged is not None:
                return _finish(averaged, tab, warnings, seed)
        elif gap_fill and model is None and tab.k >= MIN_LISTS:  # decided once, on the data
            gap = find_gap_filler(tab, _RestEstimator(est))
            if gap is not None:
                rest = without(tab, gap.index)
                return gap_filled(tab, gap, estimate(
                    rest, "loglinear" if rest.k > 2 else "chapman", criterion=criterion,
                    max_order=None if max_order is None else min(max_order, rest.k),
                    p_threshold=p_threshold, multistart=multistart,
                    bootstrap_samples=bootstrap_samples, interval=interval,
                    resample=resample, level=level, seed=seed, progress=progress,
                    workers=workers, gap_fill=False,
                ))
        res, fitted = _loglinear(tab, est=est, level=level)
        if bootstrap_samples:
            _add_bootstrap(
                res, tab, est, bootstrap_samples, seed, interval, level, progress, workers,
                resample, fitted,
            )
            share = res.diagnostics.get("selected_model_share")
            unstable = (
                selection_reason(share, res.estimate, res.lower, res.upper)
                if share is not None
                else None
            )
            if unstable:
                res.refusals.append(unstable)
    else:
        if chains < 1:
            raise EstimationError("LCMCR needs at least one chain")
        res = _lcmcr(tab, level, samples, burn_in, thin, max_classes, seed, progress, chains)
    return _finish(res, tab, warnings, seed)


def _finish(res: EstimateResult, tab: CaptureTable, warnings: list[str],
            seed: int | None) -> EstimateResult:
    """The table's own reasons and warnings added, the seed and source kept."""
    res.refusals = table_reasons(tab) + res.refusals
    res.warnings = warnings + res.warnings + estimate_warnings(tab.observed, res.estimate)
    res.seed = seed
    res.source = tab.source
    return res


@dataclass(frozen=True)
class _RestEstimator:
    """The point estimate from the lists left after one is taken out: the log-linear
    search for three lists or more, Chapman for two."""

    loglinear: LoglinearEstimator

    def __call__(self, table: CaptureTable) -> float:
        return self.labelled(table)[0]

    def labelled(self, table: CaptureTable) -> tuple[float, str]:
        if table.k == 2:
            return chapman_fit(table).estimate, "[1,2]"
        return self.loglinear.labelled(table)


def _chapman(tab: CaptureTable, level: float) -> EstimateResult:
    f = chapman_fit(tab, level)
    a, b = tab.lists
    return EstimateResult(
        method="chapman",
        estimate=f.estimate,
        lower=f.lower,
        upper=f.upper,
        level=level,
        interval_method="Chao log-normal interval with Seber's variance",
        observed=f.observed,
        lists=tab.lists,
        model="[1,2]",
        model_description="independence of the two lists",
        model_reason=(
            f"two lists: Chapman's estimator (n1={f.n1} on {a}, n2={f.n2} on {b}, "
            f"m={f.m} on both); Lincoln-Petersen n1*n2/m = {f.lincoln_petersen:,.1f}"
        ),
        criterion=None,
        diagnostics={"seber_variance": f.variance},
    )


def _loglinear(
    tab: CaptureTable, *, est: LoglinearEstimator, level: float
) -> tuple[EstimateResult, np.ndarray | None]:
    sr = est.select(tab)
    f = sr.fit
    z = float(norm.ppf(0.5 + level / 2))
    if math.isfinite(f.log_dark_se):
        lo = tab.observed + f.dark * math.exp(-z * f.log_dark_se)
        hi = tab.observed + f.dark * math.exp(z * f.log_dark_se)
    else:
        lo = hi = math.nan
    warnings: list[str] = []
    skipped = {r.model: r.status for r in sr.records if r.status != "ok"}
    if skipped:
        warnings.append(
            f"{len(skipped)} candidate model(s) skipped because the MLE does not exist or is "
            "not identifiable"
        )
    if f.boundary_terms:
        names = [
            ":".join(tab.lists[i] for i in range(tab.k) if t >> i & 1) for t in f.boundary_terms
        ]
        warnings.append(
            "selected model has terms with an empty margin fixed at minus infinity: "
            + ", ".join(names)
        )
    refusals = []
    if f.model.order >= 2:
        indep = fit_model(ModelData(tab), HierModel.main_effects(tab.k))
        if indep.ok:
            strong = dependence_reason(f.dark, indep.dark)
            if strong:
                refusals.append(strong)
    diagnostics: dict[str, Any] = {
        "log_likelihood": f.loglik,
        "bic": f.bic,
        "aic": f.aic,
        "parameters": f.model.npars,
    }
    res = EstimateResult(
        method="loglinear",
        estimate=f.abundance,
        lower=lo if math.isfinite(lo) else None,
        upper=hi if math.isfinite(hi) else None,
        level=level,
        interval_method="Wald interval on log undocumented count, conditional on the model",
        observed=tab.observed,
        lists=tab.lists,
        model=f.model.label(),
        model_description=f.model.describe(tab.lists),
        model_reason=sr.reason,
        criterion=est.criterion if est.model is None else "fixed",
        warnings=warnings,
        models_considered=sr.records,
        diagnostics=diagnostics,
        refusals=refusals,
    )
    return res, f.fitted


def _add_bootstrap(
    res: EstimateResult,
    tab: CaptureTable,
    estimator: Any,
    n: int,
    seed: int | None,
    interval: str,
    level: float,
    progress: Progress | None,
    workers: int,
    resample: str,
    fitted: np.ndarray | None,
) -> None:
    out = bootstrap(
        tab, estimator, res.estimate, n, seed=seed, interval=interval, level=level,
        progress=progress, workers=workers, kind=resample, fitted=fitted,
    )
    # a replicate whose population is drawn (``resample="population"``) can see fewer
    # people than the data did; there are never fewer people than the data name
    floor = float(tab.observed)
    res.lower, res.upper = max(out.lower, floor), max(out.upper, floor)
    what = "BCa" if out.method == "bca" else "percentile"
    scheme = scheme_description(resample)
    res.interval_method = (
        f"{what} bootstrap, {out.replicates.size} replicates ({scheme}; model selection "
        "repeated in each)"
        if res.method == "loglinear"
        else f"{what} bootstrap, {out.replicates.size} replicates ({scheme})"
    )
    res.samples = np.maximum(out.replicates, floor)
    res.samples_kind = "bootstrap"
    res.diagnostics["bootstrap_failed"] = out.failed
    if res.model is not None:
        share = out.model_share(res.model)
        if share is not None:
            res.diagnostics["selected_model_share"] = share
    if out.acceleration is not None:
        res.diagnostics["bca_acceleration"] = out.acceleration
        res.diagnostics["bca_bias_z0"] = out.bias_z0
    if out.failed:
        res.warnings.append(
            f"the estimate did not exist in {out.failed} of {n} bootstrap replicates "
            "(left out of the interval)"
        )


def _lcmcr(
    tab: CaptureTable,
    level: float,
    samples: int,
    burn_in: int,
    thin: int,
    max_classes: int,
    seed: int | None,
    progress: Progress | None,
    chains: int,
) -> EstimateResult:
    runs = lcmcr_chains(
        tab, chains=chains, seed=seed, progress=progress, samples=samples, burn_in=burn_in,
        thin=thin, max_classes=max_classes,
    )
    med, lo, hi = runs.summary(level)
    ess = runs.ess()
    rhat = runs.rhat()
    k_max = runs.chains[0].max_classes
    warnings = []
    if ess < 100 * chains:
        warnings.append(
            f"effective sample size of N is only {ess:.0f} over {chains} chain(s): run longer "
            "(--samples, --thin) before trusting the interval"
        )
    refusals = []
    disagree = chains_reason(rhat, runs.medians) if chains > 1 else None
    if disagree:
        refusals.append(disagree)
    elif math.isfinite(rhat) and rhat > 1.01:
        warnings.append(f"R-hat {rhat:.3f} > 1.01: the chains have not fully mixed")
    full = float(np.mean(runs.k_star >= k_max))
    if full > 0.5:
        warnings.append(
            f"all {k_max} latent classes occupied in {full:.0%} of draws: "
            "consider raising --max-classes"
        )
    return EstimateResult(
        method="lcmcr",
        estimate=med,
        lower=lo,
        upper=hi,
        level=level,
        interval_method=f"equal-tailed posterior interval, {chains} chain(s) pooled",
        observed=tab.observed,
        lists=tab.lists,
        model=f"DP mixture of product-Bernoullis, K <= {k_max}",
        model_description=(
            f"latent-class model, up to {k_max} classes (truncated stick-breaking)"
        ),
        model_reason=(
            f"posterior median of N from {chains} Gibbs chain(s) with data augmentation "
            f"({samples} draws kept per chain, burn-in {burn_in}, thinning {thin})"
        ),
        criterion=None,
        warnings=warnings,
        samples=runs.N,
        samples_kind="posterior",
        diagnostics={
            "posterior_mean": float(runs.N.mean()),
            "chains": chains,
            "chain_medians": [round(m, 1) for m in runs.medians],
            "effective_sample_size": ess,
            "rhat": rhat,
            "mean_occupied_classes": float(runs.k_star.mean()),
            "seconds": runs.seconds,
        },
        refusals=refusals,
    )
