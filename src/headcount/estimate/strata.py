"""Stratified estimation: estimate each stratum separately and add them up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from headcount.estimate.api import estimate
from headcount.estimate.capture import CaptureTable, from_frame
from headcount.estimate.errors import EstimationError
from headcount.estimate.result import EstimateResult


@dataclass
class StrataResult:
    """Per-stratum results and their total."""

    frame: pd.DataFrame
    results: dict[tuple[Any, ...], EstimateResult]
    total: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def _drop_empty_lists(tab: CaptureTable) -> tuple[CaptureTable, list[str]]:
    totals = tab.list_totals()
    keep = [i for i, name in enumerate(tab.lists) if totals[name] > 0]
    dropped = [name for name in tab.lists if totals[name] == 0]
    if not dropped or len(keep) < 2:
        return tab, []
    counts = np.zeros(2 ** len(keep), dtype=np.int64)
    for c in range(1, 2**tab.k):
        if tab.counts[c]:
            nc = sum(((c >> i) & 1) << j for j, i in enumerate(keep))
            counts[nc] += tab.counts[c]
    return CaptureTable(tuple(tab.lists[i] for i in keep), counts, tab.source), dropped


def estimate_strata(
    df_long: pd.DataFrame,
    strata_cols: Sequence[str],
    *,
    list_cols: Sequence[str] | None = None,
    count_column: str | None = None,
    method: str | None = None,
    drop_empty_lists: bool = True,
    level: float = 0.95,
    seed: int | None = None,
    **kwargs: Any,
) -> StrataResult:
    """Estimate every stratum of a long capture-history table, and the total.

    ``df_long`` has the stratum columns, one 0/1 column per list and a count column.
    Each stratum is estimated with :func:`headcount.estimate.estimate` (``method`` and
    ``**kwargs`` are passed on; stratum ``i`` uses seed ``seed + i``). Lists empty in a
    stratum are dropped from it (``drop_empty_lists``). The total is the sum of stratum
    estimates; its interval comes from summing bootstrap replicates or posterior draws
    stratum by stratum (strata are independent), and is given only when every stratum
    was estimated and has draws. A stratum whose estimate does not exist is reported
    with its error and makes the total incomplete.
    """
    strata_cols = list(strata_cols)
    missing = [c for c in strata_cols if c not in df_long.columns]
    if missing:
        raise EstimationError(f"no stratum column(s) named {', '.join(missing)}")
    if not strata_cols:
        raise EstimationError("give at least one stratum column")
    rest = df_long.drop(columns=strata_cols)
    if list_cols is not None:
        cols = [*list_cols, *([count_column] if count_column else [])]
        rest = rest[[c for c in rest.columns if c in cols or c == count_column]]
    rows: list[dict[str, Any]] = []
    results: dict[tuple[Any, ...], EstimateResult] = {}
    draws: list[np.ndarray] = []
    complete = True
    all_draws = True
    for i, (key, sub) in enumerate(df_long.groupby(strata_cols, sort=True)):
        idx = sub.index
        key_t = key if isinstance(key, tuple) else (key,)
        label = ", ".join(f"{c}={v}" for c, v in zip(strata_cols, key_t, strict=True))
        row: dict[str, Any] = dict(zip(strata_cols, key_t, strict=True))
        try:
            tab = from_frame(
                rest.loc[idx],
                count_column=count_column,
                list_columns=list_cols,
                source=f"stratum {label}",
            )
            dropped: list[str] = []
            if drop_empty_lists:
                tab, dropped = _drop_empty_lists(tab)
            res = estimate(
                tab,
                method,
                level=level,
                seed=None if seed is None else seed + i,
                **kwargs,
            )
            if dropped:
                res.warnings.insert(0, f"empty list(s) dropped: {', '.join(dropped)}")
            results[key_t] = res
            row.update(
                observed=res.observed,
                estimate=res.estimate,
                lower=res.lower,
                upper=res.upper,
                undocumented=res.undocumented,
                method=res.method,
                model=res.model_description,
                warnings=" | ".join(res.warnings),
                error=None,
            )
            if res.samples is not None:
                draws.append(np.asarray(res.samples))
            else:
                all_draws = False
        except EstimationError as exc:
            complete = False
            observed = int(pd.to_numeric(rest.loc[idx].iloc[:, -1], errors="coerce").sum())
            row.update(
                observed=observed,
                estimate=None,
                lower=None,
                upper=None,
                undocumented=None,
                method=method,
                model=None,
                warnings="",
                error=str(exc),
            )
        rows.append(row)
    frame = pd.DataFrame(rows)
    warnings: list[str] = []
    est_total = float(sum(r.estimate for r in results.values()))
    obs_total = int(sum(r.observed for r in results.values()))
    lo = hi = None
    if complete and all_draws and draws:
        m = min(d.size for d in draws)
        tot = np.sum([d[:m] for d in draws], axis=0)
        a = (1 - level) / 2
        lo, hi = (float(v) for v in np.quantile(tot, [a, 1 - a]))
    elif complete:
        warnings.append(
            "no interval for the total: ask for bootstrap replicates or use lcmcr so that "
            "stratum draws can be added up"
        )
    if not complete:
        bad = frame.loc[frame["error"].notna(), strata_cols].astype(str).agg(", ".join, axis=1)
        warnings.append(
            "the total is incomplete: no estimate for stratum/strata " + "; ".join(bad)
        )
    total = {
        "observed": obs_total,
        "estimate": est_total if complete else None,
        "estimate_of_estimated_strata": est_total,
        "lower": lo,
        "upper": hi,
        "level": level,
        "strata": len(rows),
        "strata_estimated": len(results),
    }
    return StrataResult(frame=frame, results=results, total=total, warnings=warnings)
