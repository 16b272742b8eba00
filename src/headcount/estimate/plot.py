"""Plots: bootstrap / posterior distribution of N, and MCMC trace (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from headcount.estimate.errors import EstimationError
from headcount.estimate.result import EstimateResult


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def plot_distribution(result: EstimateResult, path: str | Path) -> Path:
    """Histogram of the bootstrap replicates or posterior draws of the total, with the
    point estimate, the interval and the observed count marked."""
    if result.samples is None or len(result.samples) == 0:
        raise EstimationError(
            "nothing to plot: ask for bootstrap replicates (--bootstrap N) or use --method lcmcr"
        )
    plt = _pyplot()
    x = np.asarray(result.samples, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    hi_clip = float(np.quantile(x, 0.995))
    shown = x[x <= hi_clip]
    ax.hist(shown, bins=60, color="#7a9cc6", edgecolor="white", linewidth=0.4)
    ax.axvline(result.estimate, color="black", lw=1.6, label=f"estimate {result.estimate:,.0f}")
    if result.lower is not None and result.upper is not None:
        ax.axvline(result.lower, color="#c0392b", ls="--", lw=1.2,
                   label=f"{result.level:.0%} interval [{result.lower:,.0f}, {result.upper:,.0f}]")
        ax.axvline(result.upper, color="#c0392b", ls="--", lw=1.2)
    ax.axvline(result.observed, color="#555555", ls=":", lw=1.2,
               label=f"observed {result.observed:,}")
    kind = "Bootstrap replicates" if result.samples_kind == "bootstrap" else "Posterior draws"
    both = _two_models(result)
    ax.set_xlabel("Estimated total population N")
    ax.set_ylabel(f"{kind} (count)")
    title = f"{kind} of N — {result.method}"
    if both is not None:
        title = f"{kind} of N — two models pooled in one histogram"
        title += (f"\nplain {result.method} ({both[0]:,}) + covariate-adjusted "
                  f"({both[1]:,}) replicates")
    elif result.model_description and result.method == "loglinear":
        title += f"\n{result.model_description}"
    ax.set_title(title, fontsize=10)
    if hi_clip < x.max():
        ax.text(0.01, 0.98, f"{int((x > hi_clip).sum())} values above {hi_clip:,.0f} not shown",
                transform=ax.transAxes, ha="left", va="top", fontsize=7, color="#555555")
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out)
    plt.close(fig)
    return out


def _two_models(result: EstimateResult) -> tuple[int, int] | None:
    """How many of the samples are the plain model's and how many the covariate-adjusted
    model's, when ``headline.both_readings`` or ``headline.gap_reading`` pooled the two
    (None otherwise)."""
    for key in ("covariate_reading", "gap_reading"):
        reading = result.diagnostics.get(key)
        counts = reading.get("samples") if isinstance(reading, dict) else None
        if isinstance(counts, dict) and counts.get("covariate") and counts.get("plain"):
            return int(counts["plain"]), int(counts["covariate"])
    return None


def plot_trace(result: EstimateResult, path: str | Path) -> Path:
    """Trace of the posterior draws of N (LCMCR) with the running median."""
    if result.samples is None or result.samples_kind != "posterior":
        raise EstimationError("a trace plot needs posterior draws (--method lcmcr)")
    plt = _pyplot()
    x = np.asarray(result.samples, dtype=float)
    fig, ax = plt.subplots(figsize=(7, 3.6), dpi=120)
    ax.plot(np.arange(1, x.size + 1), x, lw=0.6, color="#34495e", label="draw")
    run = np.array([np.median(x[: i + 1]) for i in range(x.size)])
    ax.plot(np.arange(1, x.size + 1), run, color="#c0392b", lw=1.4, label="running median")
    ax.set_xlabel("Kept draw (after burn-in and thinning)")
    ax.set_ylabel("Total population N")
    ess = result.diagnostics.get("effective_sample_size")
    ax.set_title("LCMCR trace of N" + (f" — ESS {ess:.0f} of {x.size}" if ess else ""),
                 fontsize=10)
    ax.legend(fontsize=8, frameon=False)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out)
    plt.close(fig)
    return out
