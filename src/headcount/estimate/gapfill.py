"""Gap-filling lists: a list that names mostly the people the other lists missed.

A list compiled to fill the gaps of the others (a channel that posts whoever the news
and the official lists left out, a register that adds those not yet counted) depends
negatively on all the other lists together: its chance of naming a person is high
exactly when no other list names them. No model of pairwise interactions describes
that, and a log-linear fit that reads the list's many people-named-by-it-alone as a
sign of many more it missed puts a crowd of unseen people where there may be none.

The other lists, left to themselves, still say how many people they missed together
(when they are not themselves dependent), and so how many people the gap-filler had to
fill from. :func:`find_gap_filler` compares, for each list, its share of the people the
others missed (people it names alone / the others' estimate of the people they missed)
with its share of the people the others name. A list whose first share is high and well
above the second, while no other list's is, is a gap-filler; the estimate is then made
from the other lists, and the people the gap-filler alone names still count as
documented (the total is at least the observed).

The decision is a threshold rule, and a rule applied once to the data flips when a few
persons more or less are split by the linkage: the figure would then jump between two
models. :class:`GapFillProcedure` is the whole decision as one estimator, so that the
bootstrap repeats it in every replicate (:mod:`headcount.estimate.gapmix`): each model
is weighted by the share of replicates that choose it and the interval mixes both.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from headcount.estimate.capture import CaptureTable
from headcount.estimate.errors import EstimationError

#: lists needed: the others, three or more, estimate with a model of their own
#: dependence (two leave Chapman's estimate, too noisy to judge by: with three
#: independent lists it took one for a gap-filler in 2 of 20 simulated replicates)
MIN_LISTS = 4
#: share of the people the others missed that a gap-filler names, at least
MIN_FILL_RATE = 0.5
#: ... and at most,: a list naming alone
#: far more people than the others say they missed shows that the others' estimate is
#: wrong (they depend on one another, or the list reaches people they cannot), not
#: that the list fills their gaps. Up to twice as many is the others' estimate of a
#: few persons missed being low by a few: a cap of 1.3 left the complete gap-filler in
#: a third of the simulated tables (foreigners, whom some lists cannot reach, are a
#: status group of their own: statusgroups.by_reach)
MAX_FILL_RATE = 2.0
#: that share against its share of the people the others name, at least
MIN_FILL_RATIO = 1.75
#: people it names alone, at least (fewer say nothing)
MIN_ALONE = 10
#: its ratio against the next list's, at least (see :func:`find_gap_filler`)
MIN_LEAD = 2.0
#: a rival list's ratio with a relative standard error above this is not compared: known
#: only within a factor of three at one standard error (0.5 to 1.5 times), it cannot be
#: told from a lead of MIN_LEAD (a district's government sites naming two or three people
#: alone had vetoed a real gap-filler)
MAX_RIVAL_ERROR = 0.5


@dataclass(frozen=True)
class GapFill:
    """A list found to fill the gaps of the others, and the figures that show it."""

    list: str
    index: int
    alone: int  # people it alone names
    others_named: int  # people the other lists name
    others_missed: float  # people the other lists missed, by their own estimate
    estimate_without: float  # the total estimated from the other lists
    fill_rate: float  # alone / others_missed
    base_rate: float  # its share of the people the others name
    model_without: str = ""  # the model the others' estimate selected, when named

    @property
    def contradicted(self) -> bool:
        """It names alone more than :data:`MAX_FILL_RATE` times the people the others
        say they missed: their estimate is wrong, and its shares say nothing."""
        return self.fill_rate > MAX_FILL_RATE

    @property
    def ratio(self) -> float:
        """Its share of the people the others missed over its share of those they name."""
        return self.fill_rate / self.base_rate if self.base_rate > 0 else float("inf")

    @property
    def ratio_error(self) -> float:
        """The ratio's relative standard error, √(1/alone + 1/both) (both: the people
        it names whom the others name too); infinite when either is none."""
        both = round(self.base_rate * self.others_named)
        if self.alone <= 0 or both <= 0:
            return float("inf")
        return math.sqrt(1 / self.alone + 1 / both)

    @property
    def message(self) -> str:
        return (
            f"{self.list} names {self.alone} people no other list names, "
            f"{min(self.fill_rate, 9.99):.0%} of the {self.others_missed:,.0f} the other lists "
            f"missed by their own estimate, against {self.base_rate:.0%} of the people they "
            f"name: it fills their gaps, so the estimate is made from the other lists"
        )


def without(table: CaptureTable, index: int) -> CaptureTable:
    """The table with list ``index`` left out (people only it named drop out)."""
    k = table.k
    cells = np.arange(2**k)
    low = cells & ((1 << index) - 1)
    high = (cells >> (index + 1)) << index
    counts = np.zeros(2 ** (k - 1), dtype=np.int64)
    np.add.at(counts, low | high, table.counts)
    counts[0] = 0
    lists = table.lists[:index] + table.lists[index + 1:]
    return CaptureTable(lists, counts, table.source)


def fill_shares(table: CaptureTable, index: int,
          estimator: Callable[[CaptureTable], float]) -> GapFill | None:
    """List ``index``'s shares of the people the others missed and name."""
    cells = np.arange(2**table.k)
    bit = 1 << index
    rest = without(table, index)
    named = rest.observed
    if named == 0:
        return None
    labelled = getattr(estimator, "labelled", None)
    try:
        if labelled is not None:
            total, label = labelled(rest)
            total = float(total)
        else:
            total, label = float(estimator(rest)), ""
    except (EstimationError, ArithmeticError, ValueError):  # no estimate from the others
        return None
    if not np.isfinite(total):
        return None
    alone = int(table.counts[bit])
    both = int(table.counts[((cells & bit) != 0) & (cells != bit)].sum())
    missed = max(total - named, 0.0)
    fill = alone / missed if missed > 0 else float("inf")
    return GapFill(table.lists[index], index, alone, named, missed, total, fill, both / named,
                   str(label))


def find_gap_filler(
    table: CaptureTable, estimator: Callable[[CaptureTable], float]
) -> GapFill | None:
    """The list that fills the gaps of the others, or None.

    ``estimator`` gives the total from a table of the other lists (the same method as
    the full estimate). Needs :data:`MIN_LISTS` lists or more.

    Each list's *ratio* is its share of the people the others missed over its share of
    the people they name (about 1 for independent lists). A gap-filler's ratio is at
    least :data:`MIN_FILL_RATIO`, with a share between :data:`MIN_FILL_RATE` and
    :data:`MAX_FILL_RATE`, and it stands alone: the next list's ratio is
    :data:`MIN_LEAD` times lower than its own. A rival whose ratio rests on a handful of
    people (relative standard error above :data:`MAX_RIVAL_ERROR`: a few districts'
    government sites naming two or three people alone) is not compared: its ratio, high
    or low by chance, had vetoed real gap-fillers. A list that alone names more than
    :data:`MAX_FILL_RATE` times the people the others say they missed contradicts their
    estimate; its ratio says nothing and is not compared (:attr:`GapFill.contradicted`).
    (When a list
    copies others, positive dependence, the estimates without each of the other lists
    miss too few and all of those lists look like gap-fillers together; none then
    stands alone.)
    """
    if table.k < MIN_LISTS:
        return None
    fills = [f for i in range(table.k) if (f := fill_shares(table, i, estimator)) is not None]
    if len(fills) < table.k:
        return None
    # a list whose others' estimate its own people alone contradict says nothing
    ratios = sorted(((f.ratio, f) for f in fills if not f.contradicted),
                    key=lambda rf: rf[0], reverse=True)
    if len(ratios) < 2:
        return None
    # a rival whose ratio rests on a handful of people says nothing against the leader
    candidates = [(r, f) for r, f in ratios if f.alone >= MIN_ALONE]
    if not candidates:
        return None
    top, gap = candidates[0]
    second = max((r for r, f in ratios if f is not gap and f.ratio_error <= MAX_RIVAL_ERROR),
                 default=0.0)
    if (not MIN_FILL_RATE <= gap.fill_rate <= MAX_FILL_RATE
            or top < MIN_FILL_RATIO or second * MIN_LEAD > top):
        return None
    return gap


#: label prefix of a replicate in which no list was left out
NO_GAP = "-"


def split_label(label: str) -> tuple[str, str]:
    """``"telegram|[12,3]"`` → (``"telegram"``, ``"[12,3]"``); :data:`NO_GAP` for none."""
    head, _, model = label.partition("|")
    return head, model


@dataclass(frozen=True)
class GapFillProcedure:
    """The gap-filler decision and the estimate it leads to, as one picklable estimator.

    On a table: :func:`find_gap_filler` with ``rest`` (the estimator of the other
    lists); when a list is found, the others' estimate (at least the people observed),
    labelled ``"<list>|<model of the others>"``; otherwise ``full``'s estimate of the
    whole table, labelled ``"-|<model>"``. A bootstrap that runs it repeats the decision
    in every replicate.
    """

    rest: Callable[[CaptureTable], float]
    full: Callable[[CaptureTable], float]

    def decide(self, table: CaptureTable) -> GapFill | None:
        return find_gap_filler(table, self.rest)

    def labelled(self, table: CaptureTable) -> tuple[float, str]:
        gap = self.decide(table)
        if gap is not None:
            return max(gap.estimate_without, float(table.observed)), \
                f"{gap.list}|{gap.model_without}"
        labelled = getattr(self.full, "labelled", None)
        if labelled is not None:
            value, model = labelled(table)
            return float(value), f"{NO_GAP}|{model}"
        return float(self.full(table)), f"{NO_GAP}|"

    def __call__(self, table: CaptureTable) -> float:
        return self.labelled(table)[0]


@dataclass(frozen=True)
class GapDecision:
    """The decision alone (no estimate): ``(1.0, "<list>|")`` or ``(1.0, "-|")``, to
    weigh the outcomes when no bootstrap interval is wanted."""

    procedure: GapFillProcedure

    def labelled(self, table: CaptureTable) -> tuple[float, str]:
        gap = self.procedure.decide(table)
        return 1.0, f"{gap.list if gap is not None else NO_GAP}|"

    def __call__(self, table: CaptureTable) -> float:
        return 1.0
