"""The headline estimate: one figure per registry, computed here for every surface.

The dashboard, the JSON API, the HTML report and ``headcount estimate`` all call
:func:`headline_estimate` with the workspace's :class:`HeadlineConfig` (the
``[estimate]`` table of ``headcount.toml``), so they show the same figure and the
same one-line description: which statuses, which systems, which model, which
interval. When the sources cannot support a figure, the headline says "not
estimable from these sources" and why (:mod:`headcount.estimate.estimability`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine

from headcount.estimate.api import CRITERIA, INTERVALS, METHODS, estimate
from headcount.estimate.bootstrap import SCHEMES
from headcount.estimate.capture import as_table
from headcount.estimate.checks import data_warnings
from headcount.estimate.covariates import (
    COVARIATES,
    covariate_procedure,
    selection,
    selection_result,
    to_long_cells,
)
from headcount.estimate.errors import EstimationError
from headcount.estimate.estimability import NOT_ESTIMABLE, Reason, stratum_reasons, table_reasons
from headcount.estimate.gapcarry import CARRY_REPLICATES, Donor, carried, donor, receives
from headcount.estimate.registry import COUNT, capture_histories
from headcount.estimate.result import EstimateResult
from headcount.estimate.statusgroups import (
    CITIZENSHIP,
    STATUS,
    Carry,
    StatusGroup,
    by_reach,
    estimate_by_status,
)
from headcount.estimate.threads import one_blas_thread

#: strata checked for a sizeable group that only one system reaches
CHECKED_STRATA = ("region",)
#: bootstrap replicates of the covariate-adjusted model when the config asks for none
COVARIATE_BOOTSTRAP = 100
#: a gap-filler left out in at least this share of the replicates rules covariates out
GAP_WEIGHT = 0.25
#: ... and in at least this share widens the covariate-adjusted model's interval to hold
#: the model without covariates' (below it: the noise heterogeneity alone makes)
GAP_READING = 0.10
STATUS_WORDS = {
    ("killed",): "persons recorded as killed",
    ("declared_dead", "killed"): "deaths (killed or declared dead)",
}


@dataclass(frozen=True)
class HeadlineConfig:
    """What the headline counts and how it is estimated (``[estimate]`` in headcount.toml).

    ``statuses``: canonical statuses counted (empty: every person). ``exclude_systems``:
    systems left out. ``method``: chapman / loglinear / lcmcr (None: chapman for two
    systems, log-linear otherwise). ``bootstrap`` replicates give a ``interval``
    (percentile or bca) interval at ``level``, each replicate drawn by ``resample``
    (``population``: the estimated population resampled, so the number seen varies as
    it does between populations — Buckland & Garthwaite 1991; ``observed``: the observed
    cells, as SparseMSE); ``seed`` fixes every random step;
    ``linkage_draws`` > 0 pools estimates over that many clusterings drawn from the
    link probabilities (:mod:`headcount.estimate.linkage`). ``identified_only``: count
    only persons some mention names with at least two words (a surname and a given name
    or initial); one-word "persons" — a place read as a name, a relative's surname —
    match nothing and would each be a singleton that raises the estimate. ``gap_fill``:
    leave a gap-filling system out (:mod:`headcount.estimate.gapfill`); ``gap_average``:
    weigh that decision over the bootstrap replicates instead of taking it once
    (:mod:`headcount.estimate.gapmix`); ``gap_reading``: widen a covariate-adjusted
    model's interval to hold the plain model's when a gap-filler is left out in some of
    the replicates (:func:`gap_reading`); ``gap_carry``: a status group too small for
    the gap-filler rule, holding a list left out as a gap-filler in a larger group, is
    estimated with that list's fill rate there (:mod:`headcount.estimate.gapcarry`).
    ``status_groups``: with several statuses counted, estimate the statuses that
    different systems report apart and add them up
    (:mod:`headcount.estimate.statusgroups`). ``covariates``: what the registry records
    of persons (region, channel, age band, citizenship) tested for whether every system's
    chance of naming a person depends on it; those that do enter a covariate-adjusted
    log-linear model (:mod:`headcount.estimate.covariates`; empty: never).
    """

    statuses: tuple[str, ...] = ("killed", "declared_dead")
    exclude_systems: tuple[str, ...] = ()
    method: str | None = None
    criterion: str = "bic"
    bootstrap: int = 200
    interval: str = "percentile"
    resample: str = "population"
    level: float = 0.95
    seed: int = 2022
    chains: int = 4
    linkage_draws: int = 5
    identified_only: bool = True
    gap_fill: bool = True
    gap_average: bool = True
    gap_reading: bool = True
    gap_carry: bool = True
    status_groups: bool = True
    covariates: tuple[str, ...] = COVARIATES

    def __post_init__(self) -> None:
        where = "[estimate] in headcount.toml"
        if self.method is not None and self.method not in METHODS:
            raise EstimationError(f"{where}: method {self.method!r} is not one of "
                                  f"{', '.join(METHODS)}")
        if self.criterion not in CRITERIA:
            raise EstimationError(f"{where}: criterion {self.criterion!r} is not one of "
                                  f"{', '.join(CRITERIA)}")
        if self.interval not in INTERVALS:
            raise EstimationError(f"{where}: interval {self.interval!r} is not one of "
                                  f"{', '.join(INTERVALS)}")
        if not isinstance(self.resample, str) or self.resample not in SCHEMES:
            raise EstimationError(f"{where}: resample {self.resample!r} is not one of "
                                  f"{', '.join(SCHEMES)}")
        if not 0 < self.level < 1:
            raise EstimationError(f"{where}: level must be between 0 and 1")
        if self.bootstrap != 0 and self.bootstrap < 10:
            raise EstimationError(f"{where}: bootstrap must be 0 or at least 10")
        if self.linkage_draws < 0 or self.chains < 1:
            raise EstimationError(f"{where}: linkage_draws >= 0 and chains >= 1 required")
        unknown = [c for c in self.covariates if c not in COVARIATES]
        if unknown:
            raise EstimationError(f"{where}: covariates {', '.join(unknown)} unknown "
                                  f"(known: {', '.join(COVARIATES)})")

    @classmethod
    def from_section(cls, section: Mapping[str, Any]) -> HeadlineConfig:
        """Read the ``[estimate]`` table; unknown keys are an error naming the key."""
        known = {f for f in cls.__dataclass_fields__}
        unknown = sorted(set(section) - known)
        if unknown:
            raise EstimationError(
                f"[estimate] in headcount.toml: unknown setting(s) {', '.join(unknown)} "
                f"(known: {', '.join(sorted(known))})"
            )
        values: dict[str, Any] = dict(section)
        if isinstance(values.get("covariates"), str):
            values["covariates"] = (values["covariates"],)
        if "covariates" in values:
            values["covariates"] = tuple(values["covariates"])
        for key in ("statuses", "exclude_systems"):
            if key in values:
                v = values[key]
                values[key] = tuple(sorted([v] if isinstance(v, str) else v))
        if values.get("statuses") == ("any",):
            values["statuses"] = ()
        if values.get("method") in ("", "auto"):
            values["method"] = None
        try:
            return cls(**values)
        except TypeError as exc:
            raise EstimationError(f"[estimate] in headcount.toml: {exc}") from None

    def replace(self, **changes: Any) -> HeadlineConfig:
        return HeadlineConfig(**{**asdict(self), **changes})

    @property
    def several_statuses(self) -> bool:
        """Every status, or more than one, and ``status_groups``: estimated by status
        group (:mod:`headcount.estimate.statusgroups`)."""
        return self.status_groups and len(self.statuses) != 1

    @property
    def uses_covariates(self) -> bool:
        """The covariate-adjusted model can be chosen: covariates are listed and the
        method is the log-linear one (or chosen by system count)."""
        return bool(self.covariates) and self.method in (None, "loglinear")

    @property
    def counted(self) -> str:
        """Which persons, in words."""
        if not self.statuses:
            return "all persons, whatever their status"
        key = tuple(sorted(self.statuses))
        return STATUS_WORDS.get(key, "persons with status " + " or ".join(key))


@dataclass
class Headline:
    """The headline figure, or why there is none, with its one-line description."""

    config: HeadlineConfig
    systems: tuple[str, ...] = ()
    observed: int = 0
    result: EstimateResult | None = None
    reasons: list[Reason] = field(default_factory=list)

    @property
    def estimable(self) -> bool:
        return self.result is not None and not self.reasons

    @property
    def figure(self) -> str:
        """``"1,234 (1,100–1,500, 95%)"`` or ``"not estimable from these sources"``."""
        r = self.result
        if r is None or not self.estimable:
            return NOT_ESTIMABLE
        text = f"{r.estimate:,.0f}"
        if r.lower is not None and r.upper is not None:
            text += f" ({r.lower:,.0f}–{r.upper:,.0f}, {r.level:.0%})"
        return text

    @property
    def description(self) -> str:
        """One line: which statuses, which systems, which model, which interval."""
        c = self.config
        systems = ", ".join(self.systems) if self.systems else "none"
        head = f"{c.counted}; {self.observed:,} named by the systems {systems}"
        if c.exclude_systems:
            head += f" (left out: {', '.join(c.exclude_systems)})"
        r = self.result
        if r is None:
            return head + "."
        model = r.model_description or r.model or r.method
        return f"{head}; {r.method} model: {model}; interval: {r.interval_method}."

    @property
    def why(self) -> str:
        """The reasons, in one sentence ("" when estimable)."""
        return "; ".join(r.message for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        r = self.result
        out: dict[str, Any] = {
            "estimable": self.estimable,
            "figure": self.figure,
            "description": self.description,
            "not_estimable": [x.to_dict() for x in self.reasons],
            "why": self.why,
            "statuses": list(self.config.statuses),
            "systems": list(self.systems),
            "observed": self.observed,
            "config": {k: list(v) if isinstance(v, tuple) else v
                       for k, v in asdict(self.config).items()},
        }
        if r is not None:
            d = r.to_dict(include_models=False)
            for key in ("estimate", "lower", "upper", "level", "method", "model",
                        "model_description", "interval_method", "warnings", "undocumented"):
                out[key] = d[key]
            out["diagnostics"] = d["diagnostics"]
        return out


def headline_estimate(engine: Engine, config: HeadlineConfig | None = None) -> Headline:
    """The registry's headline estimate under ``config`` (never raises EstimationError:
    a figure that cannot be made becomes a :class:`Headline` with reasons). numpy's BLAS
    runs on one thread meanwhile (:mod:`headcount.estimate.threads`)."""
    with one_blas_thread():
        return _headline_estimate(engine, config or HeadlineConfig())


def _headline_estimate(engine: Engine, config: HeadlineConfig) -> Headline:
    try:
        table = capture_histories(
            engine, status=config.statuses, exclude_systems=config.exclude_systems,
            identified_only=config.identified_only,
        )
    except EstimationError as exc:
        return Headline(config, reasons=[Reason("too_few_systems", str(exc))])
    strata = {
        by: capture_histories(
            engine, status=config.statuses, by=[by], exclude_systems=config.exclude_systems,
            identified_only=config.identified_only,
        )
        for by in CHECKED_STRATA
    }
    by_status = None
    if config.status_groups:  # by status, and foreigners apart (statusgroups.by_reach)
        by_status = capture_histories(
            engine, status=config.statuses, by=[STATUS, CITIZENSHIP],
            exclude_systems=config.exclude_systems, identified_only=config.identified_only,
        )
    covariates = None
    if config.covariates and config.uses_covariates:
        covariates = capture_histories(
            engine, status=config.statuses, by=list(config.covariates),
            exclude_systems=config.exclude_systems, identified_only=config.identified_only,
        )
    pooled = None
    if config.linkage_draws:
        from headcount.estimate.linkage import pooled_estimate

        pooled = partial(pooled_estimate, engine)
    return headline_from_tables(table, strata, config, pooled, by_status, covariates)


def headline_from_tables(
    table: pd.DataFrame,
    strata: Mapping[str, pd.DataFrame],
    config: HeadlineConfig,
    pooled: Callable[[HeadlineConfig], EstimateResult] | None = None,
    by_status: pd.DataFrame | None = None,
    covariates: pd.DataFrame | None = None,
) -> Headline:
    """The headline from a capture-history ``table`` (system columns and ``count``) and the
    same persons by stratum (``strata``: column name → long table), e.g. from a
    simulation's truth. ``pooled``, when given, makes the estimate instead (linkage
    draws). ``by_status``: the same persons by ``status`` (a long table); when the
    config counts several statuses, statuses reported by different systems are
    estimated apart (:mod:`headcount.estimate.statusgroups`). ``covariates``: the same
    persons by the covariates the registry records (a long table; see
    :func:`run_table`)."""
    head = Headline(config)
    systems = [c for c in table.columns if c != COUNT]
    head.systems = tuple(systems)
    head.observed = int(table[COUNT].sum())
    if len(systems) < 2 or head.observed == 0:
        head.reasons.append(Reason("too_few_systems", f"only {len(systems)} system names anyone"))
        return head
    for by, long in strata.items():
        head.reasons += stratum_reasons(long, by, [s for s in systems if s in long], COUNT)
    try:
        result = (pooled(config) if pooled is not None
                  else run_table(table, config, by_status, covariates))
    except EstimationError as exc:
        head.reasons.append(Reason("no_estimate", str(exc)))
        return head
    head.result = result
    head.observed = result.observed  # pooled over linkage draws: their median
    head.reasons = result.refusals + head.reasons
    return head


def run_table(table: pd.DataFrame, config: HeadlineConfig,
              by_status: pd.DataFrame | None = None,
              covariates: pd.DataFrame | None = None,
              covariate_bootstrap: int | None = None) -> EstimateResult:
    """The estimate of one registry (or one linkage draw): by status group when
    ``by_status`` is given (a long table by ``status`` and, when known, ``citizenship``)
    and the config counts several statuses or the table tells foreigners apart, and its
    groups are reported by different systems (:mod:`headcount.estimate.statusgroups`);
    else the covariate-adjusted model when ``covariates``
    (the same persons by the config's covariates) shows that captures depend on one
    and no gap-filling system was left out; else :func:`run_config`.
    ``covariate_bootstrap``: the covariate-adjusted model's replicates (default: the
    config's; one linkage draw of several takes its share of them)."""
    if by_status is not None and config.status_groups and not by_status.empty and (
            config.several_statuses or CITIZENSHIP in by_status.columns):
        long = by_reach(by_status)
        systems = [c for c in long.columns if c not in (STATUS, COUNT)]
        grouped = estimate_by_status(
            long, systems,
            lambda t, i: run_config(t, config.replace(seed=config.seed + i)), config.level,
            carry=gap_carrier(config) if config.gap_fill and config.gap_carry else None)
        if grouped is not None:
            return grouped
    plain = run_config(table, config)
    if covariates is None or not config.uses_covariates:
        return plain
    systems = [c for c in table.columns if c != COUNT]
    long = covariates[covariates[systems].sum(axis=1) > 0]
    cells = to_long_cells(long, systems, config.covariates)
    proc = None if cells is None else covariate_procedure(cells)
    if cells is None or proc is None or not proc.chosen:
        return plain
    sel = selection(cells, covariate_bootstrap or config.bootstrap or COVARIATE_BOOTSTRAP,
                    config.seed, proc)
    adjusted = None if sel is None else selection_result(sel, config.level)
    if adjusted is None:
        return plain
    if gap_filled(plain):
        return both_readings(plain, adjusted)
    if config.gap_reading and gap_weight(plain) >= GAP_READING:
        adjusted = gap_reading(adjusted, plain)
    tab = as_table(table, count_column=COUNT)
    adjusted.refusals = table_reasons(tab) + adjusted.refusals
    adjusted.warnings = data_warnings(tab) + adjusted.warnings
    adjusted.seed = config.seed
    adjusted.diagnostics["without_covariates"] = {
        "estimate": plain.estimate, "lower": plain.lower, "upper": plain.upper,
        "model": plain.model_description}
    return adjusted


def gap_carrier(config: HeadlineConfig) -> Carry:
    """The ``carry`` of :func:`estimate_by_status`: a group too small for the gap-filler
    rule, holding a list left out as a gap-filler in a larger group, estimated with that
    list's fill rate there (:mod:`headcount.estimate.gapcarry`)."""
    replicates = config.bootstrap or CARRY_REPLICATES
    found: dict[int, Donor | None] = {}

    def carry(table: pd.DataFrame, i: int,
              done: list[tuple[StatusGroup, pd.DataFrame, EstimateResult]],
              ) -> EstimateResult | None:
        tab = as_table(table, count_column=COUNT)
        for j, (group, donor_table, result) in enumerate(done):
            if j not in found:
                found[j] = donor(group.statuses, as_table(donor_table, count_column=COUNT),
                                 result)
            d = found[j]
            if d is not None and receives(tab, d):
                return carried(tab, d, config.level, replicates, config.seed + i)
        return None

    return carry


def gap_weight(res: EstimateResult) -> float:
    """The share of the bootstrap replicates that left a gap-filling system out (1 when
    it was decided once on the data; 0 when no system was)."""
    info = res.diagnostics.get("gap_filler")
    return float(info.get("weight", 1.0)) if isinstance(info, dict) else 0.0


def gap_filled(res: EstimateResult) -> bool:
    """A gap-filling system was left out in at least :data:`GAP_WEIGHT` of the bootstrap
    replicates (or on the data, when decided once): that explains the table's
    dependence, and the covariate model, which has no such term, is not the figure.
    (Below it: heterogeneity alone makes some list look like a gap-filler in a few
    replicates.)"""
    return gap_weight(res) >= GAP_WEIGHT


def gap_reading(adjusted: EstimateResult, plain: EstimateResult) -> EstimateResult:
    """``adjusted`` (the covariate-adjusted model, the figure) with its interval widened
    to hold ``plain``'s, whose replicates left a gap-filling system out in a share from
    :data:`GAP_READING` to under :data:`GAP_WEIGHT`: too few to make the gap-filler the
    figure, but the data read that way in part, and the covariate model has no term for
    it. The mirror of :func:`both_readings`; the reading is in
    ``diagnostics["gap_reading"]``."""
    if (plain.lower is None or plain.upper is None or adjusted.lower is None
            or adjusted.upper is None):
        return adjusted
    reading: dict[str, Any] = {
        "estimate": plain.estimate, "lower": plain.lower, "upper": plain.upper,
        "weight": gap_weight(plain), "model": plain.model_description,
        "without": [adjusted.lower, adjusted.upper], "widened": False}
    return _hold(adjusted, plain, "gap_reading", reading, (
        f"; widened to hold the model without covariates' interval (a system left out "
        f"as a gap-filler in {reading['weight']:.0%} of its replicates)"),
        ("covariate", "plain"))


def _hold(figure: EstimateResult, other: EstimateResult, key: str, reading: dict[str, Any],
          note: str, labels: tuple[str, str]) -> EstimateResult:
    """``figure`` with its interval widened to hold ``other``'s (both known), ``reading``
    kept in its diagnostics under ``key`` (``widened`` set when the interval grew) and
    ``note`` added to its interval's description; the two models' replicates then kept as
    one sample, counted under ``labels`` (the figure's, the other's)."""
    assert figure.lower is not None and figure.upper is not None
    assert other.lower is not None and other.upper is not None
    figure.diagnostics[key] = reading
    lower, upper = min(other.lower, figure.lower), max(other.upper, figure.upper)
    if (lower, upper) == (figure.lower, figure.upper):
        return figure
    figure.lower, figure.upper = lower, upper
    reading["widened"] = True
    figure.interval_method += note
    if figure.samples is not None and other.samples is not None:
        # two models' replicates in one sample: say so (the plot labels it)
        reading["samples"] = {labels[0]: int(figure.samples.size),
                              labels[1]: int(other.samples.size)}
        figure.samples = np.concatenate([figure.samples, other.samples])
    return figure


def both_readings(plain: EstimateResult, adjusted: EstimateResult) -> EstimateResult:
    """``plain`` (a list left out as a gap-filler in part of the replicates) with its
    interval widened to hold the covariate-adjusted model's: the same table reads as a
    list that fills the others' gaps or as captures that depend on a covariate every
    system shares, and the data do not say which (a gap-filler chosen in a quarter of
    the replicates is not chosen in three quarters). The figure stays the plain one;
    the interval holds both readings."""
    if (plain.lower is None or plain.upper is None or adjusted.lower is None
            or adjusted.upper is None):
        return plain
    reading: dict[str, Any] = {
        "estimate": adjusted.estimate, "lower": adjusted.lower, "upper": adjusted.upper,
        "covariates": adjusted.diagnostics.get("covariates"),
        "model": adjusted.model_description, "without": [plain.lower, plain.upper],
        "interval_method": plain.interval_method, "widened": False}
    return _hold(plain, adjusted, "covariate_reading", reading, (
        "; widened to hold the covariate-adjusted model's interval (captures depend on "
        + ", ".join(adjusted.diagnostics.get("covariates") or []) + ": the table may "
        "read a covariate for a gap-filler)"), ("plain", "covariate"))


def run_config(table: Any, config: HeadlineConfig) -> EstimateResult:
    """:func:`estimate` on one capture-history table with the config's options."""
    return estimate(
        table,
        config.method,
        criterion=config.criterion,
        bootstrap_samples=config.bootstrap if config.method != "lcmcr" else 0,
        interval=config.interval,
        resample=config.resample,
        level=config.level,
        seed=config.seed,
        chains=config.chains,
        count_column=COUNT,
        gap_fill=config.gap_fill,
        gap_average=config.gap_average,
    )


def workspace_config(section: Mapping[str, Any] | None) -> HeadlineConfig:
    """The config of a workspace's ``[estimate]`` table (defaults when absent)."""
    return HeadlineConfig.from_section(section or {})
