"""Statuses that different systems report: estimate each group with its own systems.

A figure over several statuses (every person; the killed and the declared dead) pools
people whom not every system can name. A list of the dead never names the missing or
the captured; a pooled log-linear model reads the people only the other systems name —
all the living — as people the list of the dead *missed*, and puts a crowd of unseen
people where there is none. That is heterogeneity by status that no model over the
pooled table can see.

:func:`status_groups` finds which systems report each status (a system reports a status
when it names at least :data:`MIN_NAMED` persons with it and :data:`MIN_SHARE` of them),
lets a status with fewer than :data:`MIN_OWN` persons join the larger status whose
systems name it most alike (so few persons do not decide a reporting set alone) —
unless one system alone reports it and it is sizeable (:data:`MIN_ALONE`,
:data:`MIN_ALONE_SHARE`) — and
groups statuses reported by the same systems. :func:`estimate_by_status` estimates every
group from its own systems — persons only other systems name count as documented —
adds the groups up, and adds up their bootstrap replicates (or posterior draws) one by
one for the interval of the total (groups are independent samples). A group that fewer
than two systems report has no estimate: the total is then "not estimable" and says
which statuses and why, instead of a figure that assumes what no data show.

Foreigners are such a group too (:func:`by_reach`): a regional obituary or a
government's list of its own dead never names a foreign recruit, while a channel about
foreigners, a consulate's or a family's list names little else. Pooled, the foreigners
whom only those lists name read as people the national lists *missed*, and their model
of what they missed together goes wrong for both groups (the systems that reach the
foreigners look as if they filled the others' gaps). Each status is therefore split
into its nationals and its foreigners before the groups are formed; where the same
systems report both, they join again into one group.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from headcount.estimate.errors import EstimationError
from headcount.estimate.estimability import MIN_STRATUM, MIN_STRATUM_SHARE, Reason
from headcount.estimate.result import EstimateResult

COUNT = "count"
STATUS = "status"
#: a system reports a status when it names at least this many persons with it ...
MIN_NAMED = 3
#: ... and at least this share of them
MIN_SHARE = 0.02
#: a status with fewer persons joins the larger status whose systems name it most alike
MIN_OWN = 20
#: ... unless one system alone reports it and it holds this many persons and this share
#: of all (as a region one system alone reaches: estimability.MIN_STRATUM and
#: MIN_STRATUM_SHARE): joined to another status, its people would be assumed missed at
#: that status's rate, which nothing shows
MIN_ALONE = MIN_STRATUM
MIN_ALONE_SHARE = MIN_STRATUM_SHARE
#: a group's upper bound above this many times its lower bound: not estimable (a small
#: group the systems reach in disjoint parts gives a figure anywhere in a wide range)
MAX_BOUND_RATIO = 3.0
#: the label of persons with no status
NO_STATUS = "unknown"
#: a long table's column of the person's citizenship (ISO code; empty or "unknown": not
#: known)
CITIZENSHIP = "citizenship"
#: added to a status for the foreigners who have it
FOREIGN = " (foreigners)"
_UNKNOWN = frozenset({"", "UNKNOWN", "NONE", "NAN", "NULL"})


@dataclass(frozen=True)
class StatusGroup:
    """Statuses reported by the same systems."""

    statuses: tuple[str, ...]
    systems: tuple[str, ...]
    persons: int

    @property
    def label(self) -> str:
        return ", ".join(self.statuses)


def _named(long: pd.DataFrame, systems: Sequence[str]) -> pd.DataFrame:
    """Persons per status (``persons``) and per status × system (one column each)."""
    out = pd.DataFrame({s: long[COUNT] * long[s] for s in systems})
    out[STATUS] = long[STATUS].fillna(NO_STATUS).astype(str)
    out["persons"] = long[COUNT]
    return out.groupby(STATUS, sort=True).sum()


def reporting(named: pd.Series, persons: int, systems: Sequence[str]) -> tuple[str, ...]:
    """The systems that report a status with ``persons`` persons, ``named[s]`` of them by
    system ``s``."""
    return tuple(s for s in systems
                 if named[s] >= MIN_NAMED and named[s] >= MIN_SHARE * persons)


def status_groups(long: pd.DataFrame, systems: Sequence[str]) -> list[StatusGroup]:
    """Statuses grouped by the systems that report them (largest group first).

    ``long``: a capture-history table with a ``status`` column, one 0/1 column per
    system and ``count``.
    """
    named = _named(long, systems)
    named = named[named["persons"] > 0]
    if named.empty:
        return []
    total = int(named["persons"].sum())
    alone = [st for st in named.index
             if len(reporting(named.loc[st], int(named.at[st, "persons"]), systems)) < 2
             and named.at[st, "persons"] >= max(MIN_ALONE, MIN_ALONE_SHARE * total)]
    big = [st for st in named.index if named.at[st, "persons"] >= MIN_OWN or st in alone]
    if not big:
        big = [str(named["persons"].idxmax())]
    profile = named[list(systems)].div(named["persons"], axis=0)
    home: dict[str, str] = {}
    for st in named.index:
        if st in big:
            home[st] = st
            continue
        targets = [b for b in big if b not in alone] or big
        dist = {b: float((profile.loc[st] - profile.loc[b]).abs().sum()) for b in targets}
        home[st] = min(targets, key=lambda b: (dist[b], -named.at[b, "persons"], b))
    clusters: dict[str, list[str]] = {}
    for st, b in home.items():
        clusters.setdefault(b, []).append(str(st))
    by_systems: dict[tuple[str, ...], list[str]] = {}
    for members in clusters.values():
        summed = named.loc[members].sum()
        by_systems.setdefault(reporting(summed, int(summed["persons"]), systems),
                              []).extend(members)
    groups = [
        StatusGroup(tuple(sorted(members)), sys_,
                    int(named.loc[members, "persons"].sum()))
        for sys_, members in by_systems.items()
    ]
    return sorted(groups, key=lambda g: (-g.persons, g.statuses))


def by_reach(long: pd.DataFrame) -> pd.DataFrame:
    """``long`` (``status``, ``citizenship``, one 0/1 column per system, ``count``) with
    the foreigners' statuses apart ("killed (foreigners)") and no citizenship column.

    The nationals are the persons of the commonest known citizenship (by persons) and
    those whose citizenship is not known; foreigners, any other known citizenship. A table
    with no citizenship column comes back as it is.
    """
    if CITIZENSHIP not in long.columns:
        return long
    systems = [c for c in long.columns if c not in (STATUS, CITIZENSHIP, COUNT)]
    code = long[CITIZENSHIP].fillna("").astype(str).str.strip().str.upper()
    known = ~code.isin(_UNKNOWN)
    out = long.drop(columns=[CITIZENSHIP]).copy()
    out[STATUS] = out[STATUS].fillna(NO_STATUS).astype(str)
    if known.any():
        national = str(long.loc[known, COUNT].groupby(code[known]).sum().idxmax())
        foreign = known & (code != national)
        out.loc[foreign, STATUS] = out.loc[foreign, STATUS] + FOREIGN
    return out.groupby([STATUS, *systems], sort=True)[COUNT].sum().reset_index()


def group_table(long: pd.DataFrame, group: StatusGroup) -> tuple[pd.DataFrame, int]:
    """The group's capture-history table over its own systems, and the persons of the
    group whom only other systems name (documented, outside the model)."""
    sub = long[long[STATUS].fillna(NO_STATUS).astype(str).isin(group.statuses)]
    cols = list(group.systems)
    on = sub[cols].sum(axis=1) > 0 if cols else pd.Series(False, index=sub.index)
    elsewhere = int(sub.loc[~on, COUNT].sum())
    if not cols:
        return pd.DataFrame(columns=[COUNT]), elsewhere
    table = sub[on].groupby(cols)[COUNT].sum().reset_index()
    return table, elsewhere


def _shift(res: EstimateResult, extra: int) -> EstimateResult:
    if extra:
        res.estimate += extra
        res.lower = None if res.lower is None else res.lower + extra
        res.upper = None if res.upper is None else res.upper + extra
        res.observed += extra
        if res.samples is not None:
            res.samples = np.asarray(res.samples) + extra
    return res


def width_reason(res: EstimateResult) -> Reason | None:
    """``imprecise`` when the interval spans more than :data:`MAX_BOUND_RATIO`-fold."""
    if res.lower is None or res.upper is None or res.lower <= 0:
        return None
    if res.upper <= MAX_BOUND_RATIO * res.lower:
        return None
    return Reason(
        "imprecise",
        f"the {res.level:.0%} interval runs from {res.lower:,.0f} to {res.upper:,.0f}, more "
        f"than {MAX_BOUND_RATIO:.0f}-fold: these systems do not pin the number down")


def _prefixed(group: StatusGroup, reason: Reason) -> Reason:
    return Reason(reason.code, f"{group.label}: {reason.message}")


#: ``carry(table, i, donors)``: group ``i``'s estimate with a gap-filler found in an
#: earlier group (:mod:`headcount.estimate.gapcarry`), None when none applies; ``donors``
#: the estimates so far, each with its statuses and table
Carry = Callable[[pd.DataFrame, int, list[tuple[StatusGroup, pd.DataFrame, EstimateResult]]],
                 EstimateResult | None]


def estimate_by_status(
    long: pd.DataFrame,
    systems: Sequence[str],
    run: Callable[[pd.DataFrame, int], EstimateResult],
    level: float,
    carry: Carry | None = None,
) -> EstimateResult | None:
    """The total over status groups, or None when one group covers every status.

    ``run(table, i)`` estimates group ``i``'s capture-history table (system columns and
    ``count``). ``carry``, when given, is asked first for each group after the first:
    a gap-filler left out in a larger group is carried to a group too small for the
    rule (:mod:`headcount.estimate.gapcarry`). Raises :class:`EstimationError` when the
    groups leave nothing to estimate.
    """
    groups = status_groups(long, systems)
    if len(groups) < 2:
        return None
    parts: list[tuple[StatusGroup, EstimateResult | None, int]] = []
    refusals: list[Reason] = []
    done: list[tuple[StatusGroup, pd.DataFrame, EstimateResult]] = []
    for i, g in enumerate(groups):
        table, elsewhere = group_table(long, g)
        if len(g.systems) < 2:
            who = g.systems[0] if g.systems else "no system"
            refusals.append(Reason(
                "single_system_status",
                f"{g.label}: {g.persons} persons, reported by {who} alone (no other system "
                f"names {MIN_NAMED} of them), so nothing says how many it missed"))
            parts.append((g, None, g.persons))
            continue
        try:
            own = carry(table, i, done) if carry is not None and done else None
            res = own if own is not None else run(table, i)
        except EstimationError as exc:
            refusals.append(Reason("no_estimate", f"{g.label}: {exc}"))
            parts.append((g, None, g.persons))
            continue
        done.append((g, table, copy.copy(res)))  # before the persons named elsewhere
        res = _shift(res, elsewhere)
        refusals += [_prefixed(g, r) for r in res.refusals]
        if (wide := width_reason(res)) is not None:
            refusals.append(_prefixed(g, wide))
        parts.append((g, res, elsewhere))
    return _combine(parts, refusals, level)


def _combine(parts: list[tuple[StatusGroup, EstimateResult | None, int]],
             refusals: list[Reason], level: float) -> EstimateResult:
    done = [(g, r) for g, r, _ in parts if r is not None]
    observed = sum(r.observed if r is not None else n for _, r, n in parts)
    estimate = sum(r.estimate if r is not None else n for _, r, n in parts)
    lower = upper = None
    how = "no interval"
    samples = None
    if len(done) == len(parts):
        draws = [r.samples for _, r in done]
        if all(d is not None and len(d) for d in draws):
            m = min(len(np.asarray(d)) for d in draws if d is not None)
            samples = np.sum([np.asarray(d)[:m] for d in draws if d is not None], axis=0)
            a = (1 - level) / 2
            lower, upper = (float(x) for x in np.quantile(samples, [a, 1 - a]))
            how = (f"replicates of the groups added one by one ({m}); each group: "
                   f"{done[0][1].interval_method}")
        elif all(r.lower is not None and r.upper is not None for _, r in done):
            lower = float(sum(r.lower for _, r in done if r.lower is not None))
            upper = float(sum(r.upper for _, r in done if r.upper is not None))
            how = "the groups' bounds added up (conservative)"
    first = done[0][1] if done else None
    description = "; ".join(
        f"{g.label} from {', '.join(g.systems) or 'no system'}: "
        + (r.model_description or r.model or r.method if r is not None else "not estimated")
        for g, r, _ in parts
    )
    diagnostics: dict[str, Any] = {"status_groups": [
        {"statuses": list(g.statuses), "systems": list(g.systems), "persons": g.persons,
         "estimate": None if r is None else r.estimate,
         "lower": None if r is None else r.lower, "upper": None if r is None else r.upper,
         "model": None if r is None else r.model_description,
         "documented_elsewhere": n if r is not None else None}
        for g, r, n in parts]}
    return EstimateResult(
        method=first.method if first is not None else "none",
        estimate=float(estimate),
        lower=lower,
        upper=upper,
        level=level,
        interval_method=how,
        observed=int(observed),
        lists=tuple(sorted({s for g, _, _ in parts for s in g.systems})),
        model=None,
        model_description=f"by status group, each from the systems that report it — "
        f"{description}",
        model_reason="statuses reported by different systems are estimated apart "
        "(docs/estimate.md, 'Statuses that not every system reports')",
        criterion=first.criterion if first is not None else None,
        warnings=sorted({f"{g.label}: {w}" for g, r, _ in parts if r is not None
                         for w in r.warnings}),
        samples=samples,
        samples_kind=first.samples_kind if first is not None else None,
        diagnostics=diagnostics,
        refusals=refusals,
    )
