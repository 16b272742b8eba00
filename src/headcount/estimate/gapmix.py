"""The gap-filler decision carried into the estimate: bootstrap model averaging.

Whether a list is left out as a gap-filler (:mod:`headcount.estimate.gapfill`) is a
threshold rule. Applied once to the data it flips when a few persons more or less are
split by the linkage, and the figure jumps between the model with the list and the
model without it. Here the decision is part of the estimator: the bootstrap repeats it
in every replicate (:class:`~headcount.estimate.gapfill.GapFillProcedure`), so

* each decision — no list left out, or list ``S`` left out — gets the share of the
  replicates that make it as its weight;
* the figure is the interquartile mean of the decisions' mixture — each decision's
  estimate on the data with the spread of its Wald interval, weighted by its share
  (bootstrap model averaging: Buckland, Burnham & Augustin 1997; the weights are the
  bootstrap selection frequencies, which smooth a selection rule as bagging does,
  Efron 2014), so it moves continuously from one model to the other as the evidence for
  the gap-filler grows. Trimmed, not the weighted mean: a model that a fifth of the
  replicates choose and whose estimate lies far off (the full model beside a
  gap-filler puts a crowd of unseen people where there are none) would pull a mean a
  fifth of the way; trimmed, it moves the figure only once its share passes a quarter
  (:func:`averaged_point`);
* the interval is taken from the replicates themselves, each of which made its own
  decision: it mixes both models in proportion to how often the data support each.

Without a bootstrap interval the weights come from the decisions alone in
:data:`WEIGHT_REPLICATES` replicates (seeded, so the figure is reproducible) and the
interval combines the decisions' Wald intervals with Buckland et al.'s model-averaged
standard error. When no list names even :data:`SCREEN_FILL_RATE` of the people the
others missed (the rule asks for :data:`~headcount.estimate.gapfill.MIN_FILL_RATE`), no
replicate comes near the rule: the decision is not repeated (the full model, as before).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from scipy.optimize import brentq
from scipy.stats import norm

from headcount.estimate.bootstrap import (
    Progress,
    bca_interval,
    jackknife_acceleration,
    percentile_interval,
    resample_counts,
    run_labelled,
    scheme_description,
)
from headcount.estimate.capture import CaptureTable
from headcount.estimate.errors import EstimationError
from headcount.estimate.estimability import selection_reason
from headcount.estimate.fitwarnings import pooled_warnings
from headcount.estimate.gapfill import (
    MIN_FILL_RATE,
    NO_GAP,
    GapDecision,
    GapFill,
    GapFillProcedure,
    fill_shares,
    split_label,
    without,
)
from headcount.estimate.result import EstimateResult

#: share of the decisions' mixture trimmed from each end for the figure (the interquartile
#: mean; :func:`averaged_point`)
TRIM = 0.25
#: replicates that weigh the decisions when no bootstrap interval is asked for
WEIGHT_REPLICATES = 100
#: their seed when none is given (the figure must not change from run to run)
WEIGHT_SEED = 0
#: a list naming less than this share of the people the others missed, on the data, is
#: far from the rule's MIN_FILL_RATE: with no such list the decision is not repeated
SCREEN_FILL_RATE = MIN_FILL_RATE / 2

Fit = Callable[[CaptureTable], tuple[EstimateResult, np.ndarray | None]]


@dataclass
class Decision:
    """One outcome of the gap-filler decision: its estimate on the data and its weight."""

    name: str  # NO_GAP or the list left out
    result: EstimateResult
    weight: float
    gap: GapFill | None = None

    @property
    def label(self) -> str:
        return f"{self.name}|{self.result.model or ''}"


def gap_filled(tab: CaptureTable, gap: GapFill, rest: EstimateResult) -> EstimateResult:
    """The estimate from the lists other than the gap-filler, as the estimate of ``tab``:
    the total (and each bound) at least the people observed on any list."""
    floor = float(tab.observed)
    rest.diagnostics["gap_filler"] = {
        "list": gap.list, "alone": gap.alone, "others_named": gap.others_named,
        "others_missed": round(gap.others_missed, 1), "fill_rate": round(gap.fill_rate, 3),
        "base_rate": round(gap.base_rate, 3), "estimate_from_others": rest.estimate,
    }
    if rest.estimate < floor:
        rest.warnings.append(
            f"the other lists estimate {rest.estimate:,.0f} people, fewer than the "
            f"{tab.observed:,} observed: {gap.list} reaches people they cannot, and the "
            "figure is the observed count, a lower bound"
        )
    rest.estimate = max(rest.estimate, floor)
    rest.lower = None if rest.lower is None else max(rest.lower, floor)
    rest.upper = None if rest.upper is None else max(rest.upper, floor)
    if rest.samples is not None:
        rest.samples = np.maximum(rest.samples, floor)
    rest.observed = tab.observed
    rest.model_description = (
        f"{gap.list} left out as a gap-filler; the others: {rest.model_description}"
    )
    rest.model_reason = f"{gap.message}. {rest.model_reason}"
    return rest


def weights_of(labels: list[str]) -> dict[str, float]:
    """Share of the replicates making each decision, largest first."""
    counts = Counter(split_label(x)[0] for x in labels)
    return {k: n / len(labels) for k, n in counts.most_common()}


def averaged_point(decisions: list[Decision], level: float) -> float:
    """The interquartile mean of the decisions' mixture: each decision's estimate on the
    data with the normal spread of its Wald interval, weighted by its share of the
    replicates; the mean of the mixture's quantiles from :data:`TRIM` to 1 − :data:`TRIM`.

    A decision fewer than a quarter of the replicates make, far from the others, is
    trimmed away; between a quarter and three quarters the figure moves continuously
    from one decision's estimate to the other's. Without an interval for every
    decision, the weighted mean.
    """
    if len(decisions) == 1:
        return decisions[0].result.estimate
    z = float(norm.ppf(0.5 + level / 2))
    parts: list[tuple[float, float, float]] = []
    for d in decisions:
        r = d.result
        if r.lower is None or r.upper is None:
            return sum(x.weight * x.result.estimate for x in decisions)
        spread = max((r.upper - r.lower) / (2 * z), 1e-6 * max(r.estimate, 1.0))
        parts.append((d.weight, r.estimate, spread))
    lo = min(m - 10 * sd for _, m, sd in parts)
    hi = max(m + 10 * sd for _, m, sd in parts)

    def quantile(u: float) -> float:
        return float(brentq(
            lambda x: sum(w * float(norm.cdf((x - m) / sd)) for w, m, sd in parts) - u,
            lo, hi))

    steps = 100  # the midpoint rule over the central half of the mixture
    us = TRIM + (np.arange(steps) + 0.5) / steps * (1 - 2 * TRIM)
    return float(np.mean([quantile(float(u)) for u in us]))


def averaged_interval(decisions: list[Decision], point: float,
                      level: float) -> tuple[float | None, float | None]:
    """Buckland et al. (1997): se = Σ w_m √(se_m² + (N_m − N̄)²), each se_m from the
    decision's Wald interval; the interval N̄ ± z·se."""
    z = float(norm.ppf(0.5 + level / 2))
    se = 0.0
    for d in decisions:
        r = d.result
        if r.lower is None or r.upper is None:
            return None, None
        se_m = (r.upper - r.lower) / (2 * z)
        se += d.weight * math.sqrt(se_m**2 + (r.estimate - point) ** 2)
    return point - z * se, point + z * se


def describe(decisions: list[Decision]) -> str:
    """One line: which list was left out in which share of the replicates."""
    if len(decisions) == 1:
        return decisions[0].result.model_description or ""
    parts = []
    for d in decisions:
        if d.weight < 0.005:  # shown as 0 %: in the diagnostics only
            continue
        model = d.result.model_description or d.result.model or ""
        if d.name == NO_GAP:
            parts.append(f"all systems in {d.weight:.0%} of bootstrap replicates ({model})")
        else:
            others = model.split("; the others: ", 1)[-1]
            parts.append(f"{d.name} left out as a gap-filler in {d.weight:.0%} "
                         f"(the others: {others})")
    return "; ".join(parts) + ("; the figure is the interquartile mean of the models mixed "
                                "in these shares")


def gap_averaged(
    tab: CaptureTable,
    procedure: GapFillProcedure,
    fit: Fit,
    *,
    bootstrap_samples: int,
    seed: int | None,
    interval: str,
    level: float,
    resample: str,
    progress: Progress | None,
    workers: int,
) -> EstimateResult | None:
    """The estimate of ``tab`` averaged over the gap-filler decision (module docstring),
    or None when no list comes near the rule (:data:`SCREEN_FILL_RATE`).

    ``fit`` fits the log-linear model search to a table (the full one, or one with a
    list left out) and returns the result with a Wald interval and the fitted cells.
    """
    if not _near_the_rule(tab, procedure):
        return None
    full, fitted = fit(tab)
    n = bootstrap_samples or WEIGHT_REPLICATES
    rng = np.random.default_rng(seed if bootstrap_samples or seed is not None else WEIGHT_SEED)
    data_gap = procedure.decide(tab)
    # the decisions' weights alone (no interval) come from the observed cells; the
    # population resampled is the size the rule's decision on the data gives
    kind = resample if bootstrap_samples else "observed"
    size = (max(data_gap.estimate_without, float(tab.observed)) if data_gap is not None
            else full.estimate)
    rows = resample_counts(tab, n, rng, kind=kind, fitted=fitted,
                           total=size if kind == "population" else None)
    # without an interval from the replicates, only their decisions are needed
    values, labels_all = run_labelled(
        tab, procedure if bootstrap_samples else GapDecision(procedure), rows,
        progress=progress if bootstrap_samples else None, workers=workers)
    ok = np.isfinite(values)
    reps = values[ok]
    labels = [x for x, good in zip(labels_all, ok, strict=True) if good]
    failed = int((~ok).sum())
    if reps.size < max(10, n // 2):
        raise EstimationError(
            f"the estimate does not exist in {failed} of {n} bootstrap replicates: "
            "no usable interval"
        )
    decisions = _decisions(tab, procedure, fit, full, weights_of(labels))
    point = max(averaged_point(decisions, level), float(tab.observed))
    main = max(decisions, key=lambda d: (d.weight, d.name == (data_gap.list if data_gap
                                                              else NO_GAP)))
    res = replace(main.result, diagnostics=dict(main.result.diagnostics))
    res.estimate = point
    res.observed = tab.observed
    res.model_description = describe(decisions)
    own = list(main.result.warnings)
    if bootstrap_samples and failed:
        own.append(f"the estimate did not exist in {failed} of {n} bootstrap replicates "
                   "(left out of the interval)")
    res.warnings = pooled_warnings(own, [(_fit_label(d), d.result.warnings)
                                         for d in decisions if d is not main])
    res.refusals = list(main.result.refusals) if main.weight >= 0.5 else []
    weights = {d.name: round(d.weight, 3) for d in decisions}
    res.diagnostics["gap_filler_weights"] = weights
    res.diagnostics["estimate_by_decision"] = {d.name: d.result.estimate for d in decisions}
    gap = data_gap or next((d.gap for d in decisions if d.gap is not None), None)
    if gap is not None:
        info = dict(res.diagnostics.get("gap_filler") or {})
        if info.get("list") != gap.list:
            info = {"list": gap.list, "alone": gap.alone, "others_named": gap.others_named,
                    "others_missed": round(gap.others_missed, 1),
                    "fill_rate": round(gap.fill_rate, 3),
                    "base_rate": round(gap.base_rate, 3)}
        info["weight"] = weights.get(gap.list, 0.0)
        res.diagnostics["gap_filler"] = info
    if len(decisions) > 1:
        res.model_reason = (
            "the gap-filler decision was repeated in each of "
            f"{reps.size} bootstrap replicates and the models weighted by the share that "
            f"chose each (bootstrap model averaging). {res.model_reason}"
        )
    floor = float(tab.observed)
    if not bootstrap_samples:
        if len(decisions) > 1:
            lo, hi = averaged_interval(decisions, point, level)
            res.lower = None if lo is None else max(lo, floor)
            res.upper = None if hi is None else max(hi, floor)
            res.interval_method = (
                "Wald intervals on log undocumented count averaged over the gap-filler "
                f"decision (Buckland et al. 1997; weights from {reps.size} bootstrap "
                "replicates)"
            )
        return res
    _bootstrap_interval(res, tab, procedure, reps, point, interval, level, progress, resample)
    res.diagnostics["bootstrap_failed"] = failed
    share = sum(1 for x in labels if x == main.label) / len(labels)
    res.diagnostics["selected_model_share"] = share
    unstable = selection_reason(share, res.estimate, res.lower, res.upper)
    if unstable:
        res.refusals.append(unstable)
    return res


def _fit_label(d: Decision) -> str:
    """Which outcome of the gap-filler decision a warning comes from."""
    what = "the model of every list" if d.name == NO_GAP else f"{d.name} left out as a gap-filler"
    return f"{what} (weight {d.weight:.0%})"


def _near_the_rule(tab: CaptureTable, procedure: GapFillProcedure) -> bool:
    """Some list names at least :data:`SCREEN_FILL_RATE` of the people the others
    missed, by their estimate on the data."""
    for i in range(tab.k):
        f = fill_shares(tab, i, procedure.rest)
        if f is None or f.fill_rate >= SCREEN_FILL_RATE:
            return True
    return False


def _decisions(tab: CaptureTable, procedure: GapFillProcedure, fit: Fit,
               full: EstimateResult, weights: dict[str, float]) -> list[Decision]:
    """Each decision the replicates made, estimated on the data, weights renormalised
    over those that have an estimate."""
    out: list[Decision] = []
    for name, w in weights.items():
        if name == NO_GAP:
            out.append(Decision(name, full, w))
            continue
        index = tab.lists.index(name)
        gap = fill_shares(tab, index, procedure.rest)
        if gap is None:
            continue
        try:
            rest, _ = fit(without(tab, index))
        except EstimationError:
            continue
        out.append(Decision(name, gap_filled(tab, gap, rest), w, gap))
    if not out:
        raise EstimationError("no decision of the gap-filler rule has an estimate")
    total = sum(d.weight for d in out)
    for d in out:
        d.weight /= total
    return out


def _bootstrap_interval(res: EstimateResult, tab: CaptureTable, procedure: GapFillProcedure,
                        reps: np.ndarray, point: float, interval: str, level: float,
                        progress: Progress | None, resample: str) -> None:
    floor = float(tab.observed)
    extra: dict[str, Any] = {}
    if interval == "bca":
        a = jackknife_acceleration(tab, procedure, progress=progress)
        lo, hi, z0 = bca_interval(reps, point, a, level)
        extra = {"bca_acceleration": a, "bca_bias_z0": z0}
        what = "BCa"
    else:
        lo, hi = percentile_interval(reps, level)
        what = "percentile"
    # the figure mixes the outcomes' estimates on the data, the interval their
    # replicates: an outcome far from its own replicates could leave the figure outside
    res.lower, res.upper = min(max(lo, floor), point), max(hi, floor, point)
    res.samples = np.maximum(reps, floor)
    res.samples_kind = "bootstrap"
    res.diagnostics.update(extra)
    scheme = scheme_description(resample)
    res.interval_method = (
        f"{what} bootstrap, {reps.size} replicates ({scheme}; the gap-filler decision and "
        "model selection repeated in each)"
    )
