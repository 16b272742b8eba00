"""When the sources cannot support an estimate: structured reasons instead of a number.

An estimate is withheld ("not estimable from these sources") when one of these holds;
each reason has a stable ``code`` that the report, the dashboard, the API and the
command line show with a one-line explanation:

``too_few_systems``
    fewer than two systems name anyone.
``too_few_overlaps``
    fewer than :data:`MIN_MULTIPLE` people on two or more systems (or, for two
    systems, fewer than :data:`MIN_PAIR_OVERLAP` on both): the overlaps that every
    estimator reads are too thin to say anything about the people on none.
``single_system_stratum``
    a sizeable stratum (a region, a channel) whose people only one system names:
    nothing in the data says how many of that stratum no one names, whatever the model.
``strong_dependence``
    the selected log-linear model's undocumented count differs from the independence
    model's by more than a factor :data:`DEPENDENCE_RATIO`: the figure rests on an
    extrapolated dependence between sources rather than on the overlaps.
``unstable_model_selection``
    the model search picks the selected model in fewer than :data:`MIN_MODEL_SHARE` of
    the bootstrap replicates and the interval is wider than :data:`MAX_RELATIVE_WIDTH`
    times the estimate: another sample of the same population would publish another
    model and a very different figure.
``chains_disagree``
    LCMCR chains started from different seeds sit in different modes (between-chain
    R-hat above :data:`MAX_RHAT` or chain medians more than :data:`MAX_CHAIN_SPREAD`
    apart).
``no_estimate``
    the estimator itself found no estimate (no overlap, no model whose MLE exists).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from headcount.estimate.capture import CaptureTable

NOT_ESTIMABLE = "not estimable from these sources"

#: fewest people on two or more systems
MIN_MULTIPLE = 10
#: fewest people on both of two systems (two-system estimates)
MIN_PAIR_OVERLAP = 5
#: strata one system alone reaches are "sizeable" from this many persons and this share
#: of the observed, counting only strata of at least MIN_STRATUM_CELL persons
MIN_STRATUM = 10
MIN_STRATUM_SHARE = 0.05
MIN_STRATUM_CELL = 3
#: selected model against independence: undocumented counts further apart than this
DEPENDENCE_RATIO = 5.0
#: bootstrap replicates choosing the selected model, below which selection is unstable
MIN_MODEL_SHARE = 0.5
#: (upper - lower) / estimate above which an unstable selection withholds the figure
MAX_RELATIVE_WIDTH = 0.5
#: LCMCR between-chain split R-hat and relative spread of the chain medians
MAX_RHAT = 1.1
MAX_CHAIN_SPREAD = 0.15

CODES = (
    "too_few_systems",
    "too_few_overlaps",
    "single_system_stratum",
    "single_system_status",
    "imprecise",
    "strong_dependence",
    "unstable_model_selection",
    "chains_disagree",
    "no_estimate",
)


@dataclass(frozen=True)
class Reason:
    """Why an estimate is withheld: a stable code and a sentence a reader understands."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


def table_reasons(table: CaptureTable) -> list[Reason]:
    """Reasons in the capture-history table itself (before any model is fitted)."""
    named = [name for name, n in table.list_totals().items() if n > 0]
    if len(named) < 2:
        return [Reason("too_few_systems", f"only {len(named)} system names anyone")]
    multi = table.multiply_listed()
    if multi < MIN_MULTIPLE:
        return [
            Reason(
                "too_few_overlaps",
                f"only {multi} of {table.observed} people are named by two or more systems "
                f"(at least {MIN_MULTIPLE} needed)",
            )
        ]
    if table.k == 2:
        m = next(iter(table.pair_overlaps().values()))
        if m < MIN_PAIR_OVERLAP:
            return [
                Reason(
                    "too_few_overlaps",
                    f"only {m} people are on both systems (at least {MIN_PAIR_OVERLAP} needed)",
                )
            ]
    return []


def stratum_reasons(long: pd.DataFrame, by: str, systems: list[str], count: str) -> list[Reason]:
    """Sizeable groups of strata (values of column ``by``) that one system alone reaches.

    ``long`` is a capture-history table by stratum: column ``by``, one 0/1 column per
    system and the ``count`` column. A stratum of at least :data:`MIN_STRATUM_CELL`
    persons whose persons are all named by one system counts towards that system; when
    the strata a system alone reaches hold :data:`MIN_STRATUM` persons and
    :data:`MIN_STRATUM_SHARE` of all, the estimate is withheld (small strata are added up
    because a system that alone covers many small regions hides as many people as one
    covering a large region). The stratum "unknown" is not judged.
    """
    if long.empty or by not in long.columns:
        return []
    total = int(long[count].sum())
    floor = max(MIN_STRATUM, MIN_STRATUM_SHARE * total)
    alone: dict[str, list[tuple[str, int]]] = {}
    for value, sub in long.groupby(by, sort=True):
        n = int(sub[count].sum())
        if str(value) == "unknown" or n < MIN_STRATUM_CELL:
            continue
        reached = [name for name in systems if int(sub.loc[sub[name] == 1, count].sum()) > 0]
        if len(reached) == 1:
            alone.setdefault(reached[0], []).append((str(value), n))
    out: list[Reason] = []
    for system, strata in sorted(alone.items()):
        n = sum(k for _, k in strata)
        if n < floor:
            continue
        names = ", ".join(v for v, _ in strata[:5]) + (" ..." if len(strata) > 5 else "")
        out.append(
            Reason(
                "single_system_stratum",
                f"{by} {names}: all {n} people there are named by {system} alone, so "
                "nothing says how many there it missed",
            )
        )
    return out


def dependence_reason(dark: float, dark_independent: float) -> Reason | None:
    """``strong_dependence`` when the selected model and independence disagree widely."""
    if not (dark > 0 and dark_independent > 0):
        return None
    ratio = dark / dark_independent
    if 1 / DEPENDENCE_RATIO <= ratio <= DEPENDENCE_RATIO:
        return None
    return Reason(
        "strong_dependence",
        f"the selected model puts {ratio:.1f} times as many people on no list as "
        "independence does: the figure rests on an extrapolated dependence between sources",
    )


def selection_reason(
    share: float, estimate: float, lower: float | None, upper: float | None
) -> Reason | None:
    """``unstable_model_selection`` from the bootstrap's choices of model."""
    if share >= MIN_MODEL_SHARE or lower is None or upper is None or estimate <= 0:
        return None
    width = (upper - lower) / estimate
    if width <= MAX_RELATIVE_WIDTH:
        return None
    return Reason(
        "unstable_model_selection",
        f"the selected model is chosen in only {share:.0%} of bootstrap replicates and the "
        f"interval is {width:.1f} times the estimate wide",
    )


def chains_reason(rhat: float, medians: list[float]) -> Reason | None:
    """``chains_disagree`` from the between-chain R-hat and the chain medians."""
    if len(medians) < 2:
        return None
    lo, hi = min(medians), max(medians)
    spread = (hi - lo) / lo if lo > 0 else float("inf")
    if rhat <= MAX_RHAT and spread <= MAX_CHAIN_SPREAD:
        return None
    return Reason(
        "chains_disagree",
        f"{len(medians)} LCMCR chains disagree (R-hat {rhat:.2f}; chain medians "
        f"{lo:,.0f} to {hi:,.0f}): the posterior has several modes",
    )
