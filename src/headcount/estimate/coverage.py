"""Coverage from a sample: a second estimator, independent of multiple systems estimation.

Given a list of people known independently of the registry's sources (a sample, for
example probate records or a survey's named deaths), the share of them the registry
documents estimates its coverage ``c``; the total is ``documented / c``. This is the
estimator used with probate records to say how many deaths a named list misses.

Rows are matched with trace's matching (:func:`headcount.trace.trace_table`, the one
place this stage calls trace). A row is covered when its best candidate is a "match"
whose person is counted (the headline's statuses). Linkage uncertainty widens the
interval: the lower coverage limit counts matches only, the upper also counts
"possible" matches; the point counts matches plus each possible match weighted by
its match probability. Limits are Clopper–Pearson (exact binomial). The documented
count is the registry's persons with the statuses, so persons split across sources
inflate it (and the total) by the same share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from scipy.stats import beta
from sqlalchemy import Engine, func, select

from headcount.estimate.errors import EstimationError
from headcount.store import schema as s


@dataclass(frozen=True)
class CoverageResult:
    """Coverage of a sample by the registry, and the total it implies."""

    sample: int  # rows of the sample that could be matched
    matched: int
    possible: int
    weighted: float  # matched + Σ probability of possible matches
    documented: int
    coverage: float
    coverage_lower: float
    coverage_upper: float
    level: float
    statuses: tuple[str, ...]

    @property
    def estimate(self) -> float:
        return self.documented / self.coverage if self.coverage > 0 else float("inf")

    @property
    def lower(self) -> float:
        return self.documented / self.coverage_upper if self.coverage_upper > 0 else float("inf")

    @property
    def upper(self) -> float:
        return self.documented / self.coverage_lower if self.coverage_lower > 0 else float("inf")

    def to_dict(self) -> dict[str, Any]:
        return {
            "sample": self.sample, "matched": self.matched, "possible": self.possible,
            "documented": self.documented, "coverage": round(self.coverage, 4),
            "coverage_lower": round(self.coverage_lower, 4),
            "coverage_upper": round(self.coverage_upper, 4), "level": self.level,
            "estimate": round(self.estimate, 1), "lower": round(self.lower, 1),
            "upper": round(self.upper, 1), "statuses": list(self.statuses),
            "description": self.description,
        }

    @property
    def description(self) -> str:
        what = " or ".join(self.statuses) if self.statuses else "any status"
        return (
            f"coverage from a sample: {self.matched} of {self.sample} sample rows match a "
            f"registry person ({what}), {self.possible} more possibly; "
            f"{self.documented:,} documented / coverage {self.coverage:.1%} "
            f"({self.coverage_lower:.1%}–{self.coverage_upper:.1%}, {self.level:.0%}, "
            "Clopper–Pearson widened by the possible matches)"
        )


def clopper_pearson(k: float, n: int, level: float) -> tuple[float, float]:
    """Exact binomial interval for ``k`` successes of ``n`` (k may be fractional)."""
    a = (1 - level) / 2
    lo = 0.0 if k <= 0 else float(beta.ppf(a, k, n - k + 1))
    hi = 1.0 if k >= n else float(beta.ppf(1 - a, k + 1, n - k))
    return lo, hi


def coverage_from_counts(
    sample: int, matched: int, possible: int, weighted: float, documented: int,
    statuses: tuple[str, ...] = (), level: float = 0.95,
) -> CoverageResult:
    """The estimator on counts (see the module docstring)."""
    if sample <= 0:
        raise EstimationError("the sample has no rows that could be matched")
    if matched == 0 and possible == 0:
        raise EstimationError(
            "no row of the sample matches the registry: coverage 0, the total is not "
            "estimable from this sample"
        )
    lo, _ = clopper_pearson(matched, sample, level)
    _, hi = clopper_pearson(matched + possible, sample, level)
    return CoverageResult(
        sample=sample, matched=matched, possible=possible, weighted=weighted,
        documented=documented, coverage=weighted / sample, coverage_lower=lo,
        coverage_upper=hi, level=level, statuses=statuses,
    )


def documented_count(engine: Engine, statuses: tuple[str, ...]) -> int:
    p = s.person
    q = select(func.count()).select_from(p).where(p.c.state == "active", p.c.grade != "rejected")
    if statuses:
        q = q.where(p.c.status.in_(statuses))
    with engine.connect() as conn:
        return int(conn.scalar(q) or 0)


def coverage_estimate(
    sample: pd.DataFrame,
    engine: Engine,
    root: Path | None = None,
    *,
    statuses: tuple[str, ...] = ("killed", "declared_dead"),
    level: float = 0.95,
) -> CoverageResult:
    """Match ``sample`` (a list of people, values as text) against the registry and
    estimate the total from the share it documents."""
    from headcount.trace import trace_table

    result = trace_table(sample, engine, root)
    counted = set(statuses)
    rows = [r for r in result.rows if r.verdict != "not matched"]
    matched = possible = 0
    weighted = 0.0
    for r in rows:
        best = r.best
        if best is None:
            continue
        status = best.person.get("status")
        if counted and status not in counted:
            continue
        if r.verdict == "match":
            matched += 1
            weighted += 1.0
        elif r.verdict == "possible":
            possible += 1
            weighted += best.probability
    return coverage_from_counts(
        len(rows), matched, possible, weighted, documented_count(engine, statuses),
        statuses, level,
    )


def declared_sample(section: Mapping[str, Any], root: Path) -> Path | None:
    """The sample declared in a workspace's ``[coverage]`` table (``sample = "file.csv"``,
    relative to the workspace), or None. A key other than ``sample`` and ``level``, or a
    declared file that does not exist, is an error naming it."""
    unknown = sorted(set(section) - {"sample", "level"})
    if unknown:
        raise EstimationError(f"[coverage] in headcount.toml: unknown setting(s) "
                              f"{', '.join(unknown)} (known: level, sample)")
    value = section.get("sample")
    if not value:
        return None
    path = Path(str(value))
    path = path if path.is_absolute() else root / path
    if not path.is_file():
        raise EstimationError(f"[coverage] in headcount.toml: sample {value}: no such file")
    return path


def declared_coverage(
    engine: Engine, section: Mapping[str, Any], root: Path, statuses: tuple[str, ...]
) -> CoverageResult | None:
    """Coverage from the workspace's declared sample (None when none is declared), for
    the persons the headline counts (``statuses``)."""
    from headcount.trace.columns import read_list

    path = declared_sample(section, root)
    if path is None:
        return None
    level = float(section.get("level", 0.95))
    if not 0 < level < 1:
        raise EstimationError("[coverage] in headcount.toml: level must be between 0 and 1")
    return coverage_estimate(read_list(path), engine, root, statuses=statuses, level=level)
