"""Bootstrap intervals with the model search repeated in every replicate.

Resampling follows SparseMSE / MultipleSystemsEstimation (``estimatepopulation``,
``downhill_bootstrapcal``): each replicate is a multinomial draw of the observed
total over the observed cells with probabilities proportional to the observed
counts (``rmultinom(nboot, nobs, countsobserved)``), and the whole estimator
(model search included) is rerun on it. BCa intervals use the delete-one
jackknife over individuals (one jackknife estimate per non-empty cell, weighted by
its count) for the acceleration, and R's type-8 quantiles, as in ``bcaconfvalues``.
"""

from __future__ import annotations

import math
import multiprocessing as mp
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy.stats import norm

from headcount.estimate.capture import CaptureTable
from headcount.estimate.errors import EstimationError

Estimator = Callable[[CaptureTable], float]
Progress = Callable[[int], None]


@dataclass
class BootstrapOutcome:
    replicates: np.ndarray  # finite estimates only
    failed: int
    lower: float
    upper: float
    method: str
    acceleration: float | None = None
    bias_z0: float | None = None
    #: the model each finite replicate selected, when the estimator says (log-linear)
    labels: list[str] | None = None

    def model_share(self, label: str) -> float | None:
        """Share of the replicates whose search selected ``label``."""
        if not self.labels:
            return None
        return sum(1 for x in self.labels if x == label) / len(self.labels)


def resample_counts(
    table: CaptureTable, n: int, rng: np.random.Generator, kind: str = "observed",
    fitted: np.ndarray | None = None, total: float | None = None,
) -> np.ndarray:
    """``n`` bootstrap count vectors (rows), each of length ``2**k``.

    ``kind="observed"`` (default, as in SparseMSE): multinomial with the observed total
    and observed cell proportions. ``kind="population"`` (Buckland & Garthwaite 1991):
    the ``total`` people estimated — the n seen and the ``total`` − n never named — are
    drawn with replacement, so the number seen is Binomial(round(total), n / total) and
    varies from replicate to replicate as it does from population to population; the
    persons seen are then multinomial over the observed cells with the observed
    proportions. ``kind="model"``: parametric, from the fitted cell
    means ``fitted`` (index 0 = undocumented): the number observed is
    Binomial(round(N), 1 - p0) and cells are multinomial given it.
    """
    counts = table.counts
    if kind == "observed":
        p = counts / counts.sum()
        return rng.multinomial(int(counts.sum()), p, size=n)
    if kind == "population":
        if total is None or not math.isfinite(total):
            raise EstimationError("resampling the population needs its estimated size")
        seen = int(counts.sum())
        people = max(round(total), seen)
        p = counts / seen
        nobs = rng.binomial(people, seen / people, size=n)
        return np.stack([rng.multinomial(int(m), p) for m in nobs])
    if kind == "model":
        if fitted is None:
            raise EstimationError("a parametric bootstrap needs fitted cell means")
        total = float(fitted.sum())
        p = fitted.copy()
        p[0] = 0.0
        nobs = rng.binomial(round(total), float(p.sum() / total), size=n)
        p = p / p.sum()
        return np.stack([rng.multinomial(int(m), p) for m in nobs])
    raise EstimationError(f"unknown resampling scheme {kind!r}")


#: how each resampling scheme is named in an interval's description
SCHEMES = {
    "observed": "multinomial resampling of the observed cells",
    "population": "the estimated population resampled, the number seen varying "
                  "(Buckland & Garthwaite 1991)",
    "model": "parametric resampling from the fitted model",
}


def scheme_description(kind: str) -> str:
    """How the resampling scheme ``kind`` is described in an interval's method."""
    if kind not in SCHEMES:
        raise EstimationError(f"unknown resampling scheme {kind!r} "
                              f"(choose from {', '.join(SCHEMES)})")
    return SCHEMES[kind]


def _safe(estimator: Estimator, table: CaptureTable) -> float:
    return _safe_labelled(estimator, table)[0]


def _safe_labelled(estimator: Estimator, table: CaptureTable) -> tuple[float, str]:
    """The estimate (NaN when it does not exist) and, when the estimator names it, the
    model it selected (``labelled(table) -> (estimate, label)``)."""
    labelled = getattr(estimator, "labelled", None)
    try:
        if labelled is not None:
            v, label = labelled(table)
        else:
            v, label = float(estimator(table)), ""
    except EstimationError:
        return math.nan, ""
    return (float(v), str(label)) if math.isfinite(v) else (math.nan, "")


def _run_chunk(
    args: tuple[Estimator, tuple[str, ...], np.ndarray],
) -> list[tuple[float, str]]:
    estimator, lists, rows = args
    return [_safe_labelled(estimator, CaptureTable(lists, r)) for r in rows]


def run_replicates(
    table: CaptureTable,
    estimator: Estimator,
    count_rows: np.ndarray,
    progress: Progress | None = None,
    workers: int = 1,
) -> np.ndarray:
    """Apply ``estimator`` to each row of counts; failures become NaN."""
    return run_labelled(table, estimator, count_rows, progress, workers)[0]


def run_labelled(
    table: CaptureTable,
    estimator: Estimator,
    count_rows: np.ndarray,
    progress: Progress | None = None,
    workers: int = 1,
) -> tuple[np.ndarray, list[str]]:
    """:func:`run_replicates` plus the model each replicate selected ("" if unnamed)."""
    n = count_rows.shape[0]
    out = np.full(n, np.nan)
    labels = [""] * n
    if workers > 1 and n >= 4 * workers:
        chunks = np.array_split(np.arange(n), max(workers * 8, 1))
        # spawned, not forked: a forked child of a threaded process can die at start
        with ProcessPoolExecutor(max_workers=workers,
                                 mp_context=mp.get_context("spawn")) as ex:
            futs = [
                (idx, ex.submit(_run_chunk, (estimator, table.lists, count_rows[idx])))
                for idx in chunks
                if idx.size
            ]
            for idx, fut in futs:
                for i, (v, label) in zip(idx, fut.result(), strict=True):
                    out[i], labels[i] = v, label
                if progress:
                    progress(int(idx.size))
        return out, labels
    for i in range(n):
        out[i], labels[i] = _safe_labelled(estimator, CaptureTable(table.lists, count_rows[i]))
        if progress:
            progress(1)
    return out, labels


def jackknife_acceleration(
    table: CaptureTable, estimator: Estimator, progress: Progress | None = None
) -> float:
    """BCa acceleration from the delete-one-individual jackknife (as SparseMSE)."""
    counts = table.counts
    cells = np.nonzero(counts)[0]
    jack = np.zeros(cells.size)
    for j, c in enumerate(cells):
        cc = counts.copy()
        cc[c] -= 1
        if cc.sum() == 0:
            jack[j] = math.nan
        else:
            jack[j] = _safe(estimator, CaptureTable(table.lists, cc))
        if progress:
            progress(1)
    w = counts[cells].astype(float)
    ok = np.isfinite(jack)
    if not ok.any():
        return 0.0
    w, jack = w[ok], jack[ok]
    jr = np.sum(w * jack) / np.sum(w) - jack
    den = 6.0 * np.sum(w * jr**2) ** 1.5
    return float(np.sum(w * jr**3) / den) if den > 0 else 0.0


def quantile8(x: np.ndarray, q: np.ndarray | float) -> np.ndarray:
    """R's ``quantile(type = 8)`` (median-unbiased)."""
    return np.asarray(np.quantile(x, q, method="median_unbiased"))


def percentile_interval(reps: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    a = (1.0 - level) / 2.0
    lo, hi = quantile8(reps, np.array([a, 1.0 - a]))
    return float(lo), float(hi)


def bca_interval(
    reps: np.ndarray, point: float, acceleration: float, level: float = 0.95
) -> tuple[float, float, float]:
    """BCa limits (Efron 1987; ``bcaconfvalues`` in SparseMSE). Returns (lo, hi, z0)."""
    prop = float(np.mean(reps < point))
    prop = min(max(prop, 0.5 / reps.size), 1.0 - 0.5 / reps.size)
    z0 = float(norm.ppf(prop))
    a = (1.0 - level) / 2.0
    za = norm.ppf(np.array([a, 1.0 - a]))
    za0 = za + z0
    zq = norm.cdf(z0 + za0 / (1.0 - acceleration * za0))
    lo, hi = quantile8(reps, zq)
    return float(lo), float(hi), z0


def bootstrap(
    table: CaptureTable,
    estimator: Estimator,
    point: float,
    n: int,
    seed: int | None = None,
    interval: str = "bca",
    level: float = 0.95,
    progress: Progress | None = None,
    workers: int = 1,
    kind: str = "observed",
    fitted: np.ndarray | None = None,
) -> BootstrapOutcome:
    """Run ``n`` replicates (and the jackknife for BCa) and form the interval."""
    if n < 10:
        raise EstimationError("use at least 10 bootstrap replicates (1,000 recommended)")
    if interval not in ("bca", "percentile"):
        raise EstimationError(f"unknown interval {interval!r} (percentile, bca)")
    rng = np.random.default_rng(seed)
    rows = resample_counts(table, n, rng, kind=kind, fitted=fitted, total=point)
    reps_all, labels_all = run_labelled(table, estimator, rows, progress=progress,
                                        workers=workers)
    ok = np.isfinite(reps_all)
    reps = reps_all[ok]
    named = [label for label, good in zip(labels_all, ok, strict=True) if good and label]
    labels = named if len(named) == reps.size else None
    failed = int((~ok).sum())
    if reps.size < max(10, n // 2):
        raise EstimationError(
            f"the estimate does not exist in {failed} of {n} bootstrap replicates: "
            "no usable interval"
        )
    if interval == "percentile":
        lo, hi = percentile_interval(reps, level)
        return BootstrapOutcome(reps, failed, lo, hi, "percentile", labels=labels)
    ahat = jackknife_acceleration(table, estimator, progress=progress)
    lo, hi, z0 = bca_interval(reps, point, ahat, level)
    return BootstrapOutcome(
        reps, failed, lo, hi, "bca", acceleration=ahat, bias_z0=z0, labels=labels
    )
