"""A gap-filler found in one status group, carried to a group too small to find it.

Statuses that different systems report are estimated apart
(:mod:`headcount.estimate.statusgroups`), and a group of the living — the missing, the
captured, the returned — is often reported by two or three systems only. The
gap-filler rule (:mod:`headcount.estimate.gapfill`) needs four lists, so in such a
group it cannot look, and the model of those few lists reads a channel that names
whoever the others missed as a list independent of them: two lists, one of which names
everyone the other missed, give Chapman's estimate a crowd of unseen people where there
is none.

A system is one source, whatever the status of the people it names: a channel that
fills the others' gaps among the killed does so among the missing it reports. When the
gap-filler was left out in a larger group (:func:`donor`: in at least
:data:`CARRY_WEIGHT` of that group's bootstrap replicates, naming at least
:data:`~headcount.estimate.gapfill.MIN_ALONE` people alone), a smaller group in which it
stands beside fewer lists than the rule needs is estimated with its fill rate there
(:func:`carried`). The rule found the share φ of the people its other lists missed that
the gap-filler names — ``alone`` over the others' own estimate of their misses — and
in the smaller group it names the same share of the people the others missed (φ at most
1: a share above 1 says the others' estimate of their misses was short), so

    N' = (persons the other lists name) + (persons it alone names) / φ

Each bootstrap replicate of the larger group gives a replicate's φ from its estimate N*
(``alone`` / (N* − named by the others)), and the smaller group's replicates take them
one for one (with its own persons resampled, the population drawn), so the two groups'
replicates move together as one set of data says they should, and the total's interval
adds them as such. A replicate in which the larger group kept the list in gives a share
below the rule's own minimum; it is taken at that minimum, the widest the carried model
allows (the interval is the carried model's, not the smaller group's own). A group in which the
list names no one alone keeps its own model, and a share below the rule's own minimum is
carried nowhere. What is assumed — the same fill rate in both groups — no data of the
smaller group can test; the figure's description says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from headcount.estimate.bootstrap import percentile_interval, resample_counts
from headcount.estimate.capture import CaptureTable
from headcount.estimate.errors import EstimationError
from headcount.estimate.gapfill import MIN_ALONE, MIN_FILL_RATE, MIN_LISTS
from headcount.estimate.result import EstimateResult

#: the larger group left the list out in at least this share of its replicates
CARRY_WEIGHT = 0.5
#: replicates of the smaller group when the larger one has none (no bootstrap asked for)
CARRY_REPLICATES = 200


@dataclass(frozen=True)
class Donor:
    """A gap-filler left out in a group, and the share of the others' misses it names
    there by the group's estimate (and by each of its bootstrap replicates)."""

    list: str
    statuses: tuple[str, ...]
    fill_rate: float  # alone / (the others' estimate - named by them), on the data
    replicates: np.ndarray | None  # the same share by each replicate of the estimate


def donor(statuses: tuple[str, ...], table: CaptureTable,
          result: EstimateResult) -> Donor | None:
    """The gap-filler of a group (``table``, its ``result``), or None when the group
    left none out in :data:`CARRY_WEIGHT` of its replicates or it names fewer than
    :data:`~headcount.estimate.gapfill.MIN_ALONE` people alone there.

    The share it names of the people the other lists missed is the rule's own on the
    data (``alone`` over the others' estimate of their misses; from the group's estimate
    N, ``alone`` / (N − named by the others), when the result does not say). Each
    bootstrap replicate's estimate N* gives a replicate's share the same way, so a
    smaller group's replicates move with this group's: where this one's replicate sits at
    the count seen, the share is 1 and the smaller group's sits at its count seen too."""
    info = result.diagnostics.get("gap_filler")
    if not info or float(info.get("weight", 1.0)) < CARRY_WEIGHT:
        return None
    name = str(info["list"])
    if name not in table.lists:
        return None
    alone = int(table.counts[1 << table.lists.index(name)])
    if alone < MIN_ALONE:
        return None
    others = table.observed - alone

    def share(total: np.ndarray) -> np.ndarray:
        missed = np.maximum(total - others, alone)
        return np.asarray(alone / missed, dtype=float)

    samples = result.samples
    reps = None if samples is None or not len(samples) else share(np.asarray(samples))
    decided = info.get("fill_rate")  # the rule's own, on the data: the others' estimate
    rate = float(decided) if decided is not None else float(
        share(np.array([result.estimate]))[0])
    if not rate >= MIN_FILL_RATE:  # a share the rule itself would not accept (or none)
        return None
    return Donor(name, statuses, rate, reps)


def receives(table: CaptureTable, found: Donor) -> bool:
    """A group (``table``) of too few lists for the rule holds the donor's list beside
    another, and that list names someone there alone (naming no one alone, it says
    nothing of how many the others missed: the group keeps its own model)."""
    return (2 <= table.k < MIN_LISTS and found.list in table.lists
            and int(table.counts[1 << table.lists.index(found.list)]) > 0)


def carried(table: CaptureTable, found: Donor, level: float, replicates: int,
            seed: int | None) -> EstimateResult:
    """The estimate of ``table`` with ``found.list`` filling the other lists' gaps at
    the donor's rate (module docstring). The replicates are the donor's, one for one
    (``replicates`` of them when the donor has none)."""
    if found.list not in table.lists:
        raise EstimationError(f"{found.list} is not among the lists {', '.join(table.lists)}")
    bit = 1 << table.lists.index(found.list)
    alone = int(table.counts[bit])
    others = table.observed - alone
    rate = min(found.fill_rate, 1.0)
    point = others + alone / rate
    rates = (found.replicates if found.replicates is not None
             else np.full(max(replicates, 10), rate))
    rng = np.random.default_rng(seed)
    rows = resample_counts(table, rates.size, rng, kind="population", total=point)
    alone_rep = rows[:, bit]
    # a replicate's share between the rule's minimum and 1: one in which the larger group
    # kept the list in gives a share the rule would not call a gap-filler's, taken at that
    # minimum — the widest the carried model allows (the interval is the carried model's;
    # uncapped, such shares put the small groups' upper bounds many times their counts)
    reps = rows.sum(axis=1) - alone_rep + alone_rep / np.clip(rates, MIN_FILL_RATE, 1.0)
    floor = float(table.observed)
    reps = np.maximum(reps, floor)
    lo, hi = percentile_interval(reps, level)
    where = ", ".join(found.statuses)
    rest = [s for s in table.lists if s != found.list]
    how = ("each of its replicates' share" if found.replicates is not None
           else "its share fixed")
    return EstimateResult(
        method="gapfill",
        estimate=point,
        lower=min(max(lo, floor), point),
        upper=max(hi, point),
        level=level,
        interval_method=(
            f"percentile interval of {rates.size} replicates: the fill rate among {where}, "
            f"{how}; these persons from the estimated population resampled"),
        observed=table.observed,
        lists=table.lists,
        model=f"{found.list} fills the gaps",
        model_description=(
            f"{found.list} fills the gaps of {', '.join(rest)} at the rate found among "
            f"{where} ({rate:.0%} of the people the others missed there)"),
        model_reason=(
            f"{found.list} was left out as a gap-filler among {where}; here it stands "
            f"beside {len(rest)} list(s), too few for the rule, and is assumed to name the "
            f"same share of the people the others missed (docs/estimate.md, 'A gap-filler "
            "carried to a smaller group')"),
        samples=reps,
        samples_kind="bootstrap",
        seed=seed,
        diagnostics={"gap_filler_carried": {
            "list": found.list, "from": list(found.statuses),
            "fill_rate": round(rate, 3), "alone": alone, "others_named": others}},
    )
