"""Result dataclass and its table / JSON / CSV renderings."""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from headcount.csvsafe import safe_row
from headcount.estimate.estimability import NOT_ESTIMABLE, Reason
from headcount.estimate.loglinear import ModelRecord

METHOD_NAMES = {
    "chapman": "Lincoln-Petersen / Chapman (two lists)",
    "loglinear": "Poisson log-linear model",
    "lcmcr": "Bayesian latent-class model (LCMCR)",
    "gapfill": "a gap-filler's fill rate carried from a larger status group",
}


@dataclass
class EstimateResult:
    """An estimate of the total population from a capture-history table."""

    method: str
    estimate: float
    lower: float | None
    upper: float | None
    level: float
    interval_method: str
    observed: int
    lists: tuple[str, ...]
    model: str | None = None
    model_description: str | None = None
    model_reason: str = ""
    criterion: str | None = None
    warnings: list[str] = field(default_factory=list)
    models_considered: list[ModelRecord] = field(default_factory=list)
    samples: np.ndarray | None = None
    samples_kind: str | None = None  # "bootstrap" | "posterior"
    diagnostics: dict[str, Any] = field(default_factory=dict)
    seed: int | None = None
    source: str | None = None
    #: why the figure must not be published (empty: estimable)
    refusals: list[Reason] = field(default_factory=list)

    @property
    def estimable(self) -> bool:
        """False when the data cannot support the figure (see :attr:`refusals`)."""
        return not self.refusals

    @property
    def undocumented(self) -> float:
        """Estimated number of people on no list."""
        return self.estimate - self.observed

    @property
    def skipped_models(self) -> list[ModelRecord]:
        """Candidate models rejected because the MLE does not exist / is not identifiable."""
        return [m for m in self.models_considered if m.status != "ok"]

    # ------------------------------------------------------------ renderings
    def to_dict(self, include_models: bool = True) -> dict[str, Any]:
        def num(x: float | None) -> float | None:
            if x is None or (isinstance(x, float) and not math.isfinite(x)):
                return None
            return round(float(x), 3)

        d: dict[str, Any] = {
            "source": self.source,
            "method": self.method,
            "lists": list(self.lists),
            "observed": self.observed,
            "estimate": num(self.estimate),
            "undocumented": num(self.undocumented),
            "lower": num(self.lower),
            "upper": num(self.upper),
            "level": self.level,
            "interval_method": self.interval_method,
            "model": self.model,
            "model_description": self.model_description,
            "model_reason": self.model_reason,
            "criterion": self.criterion,
            "warnings": list(self.warnings),
            "seed": self.seed,
            "estimable": self.estimable,
            "not_estimable": [r.to_dict() for r in self.refusals],
            "diagnostics": {k: _jsonable(v) for k, v in self.diagnostics.items()},
        }
        if include_models:
            d["skipped_models"] = [
                {"model": m.model, "description": m.description, "reason": m.status}
                for m in _unique(self.skipped_models)
            ]
            d["models_considered"] = len(_unique(self.models_considered))
        return d

    def to_json(self, indent: int = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    CSV_FIELDS = (
        "source",
        "method",
        "observed",
        "estimate",
        "undocumented",
        "lower",
        "upper",
        "level",
        "interval_method",
        "model",
        "model_description",
        "criterion",
        "warnings",
        "estimable",
        "not_estimable",
    )

    def csv_row(self) -> dict[str, Any]:
        d = self.to_dict(include_models=False)
        row = {k: d.get(k) for k in self.CSV_FIELDS}
        row["warnings"] = " | ".join(self.warnings)
        row["not_estimable"] = " | ".join(f"{r.code}: {r.message}" for r in self.refusals)
        return row

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(self.CSV_FIELDS), lineterminator="\n")
        w.writeheader()
        w.writerow(safe_row(self.csv_row()))
        return buf.getvalue()

    def summary_lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs for a human-readable table."""
        rows = []
        if self.refusals:
            rows.append(
                (
                    "NOT ESTIMABLE",
                    NOT_ESTIMABLE + ": " + "; ".join(f"{r.message} ({r.code})"
                                                     for r in self.refusals),
                )
            )
        rows += [
            ("Method", METHOD_NAMES.get(self.method, self.method)),
            ("Lists", f"{len(self.lists)}: {', '.join(self.lists)}"),
            ("Observed (on at least one list)", f"{self.observed:,}"),
            ("Estimated total", f"{self.estimate:,.0f}"),
        ]
        if self.lower is not None and self.upper is not None:
            rows.append(
                (
                    f"{self.level:.0%} interval",
                    f"[{self.lower:,.0f}, {self.upper:,.0f}]  ({self.interval_method})",
                )
            )
        else:
            rows.append((f"{self.level:.0%} interval", f"none ({self.interval_method})"))
        rows.append(("Undocumented (estimate - observed)", f"{self.undocumented:,.0f}"))
        if self.model_description:
            rows.append(("Model", f"{self.model_description}  {self.model or ''}".strip()))
        if self.model_reason:
            rows.append(("Why this model", self.model_reason))
        skipped = _unique(self.skipped_models)
        if skipped:
            shown = "; ".join(f"{m.description} ({m.status})" for m in skipped[:6])
            more = f"; ... {len(skipped) - 6} more" if len(skipped) > 6 else ""
            rows.append((f"Skipped models ({len(skipped)})", shown + more))
        for k, v in self.diagnostics.items():
            rows.append((k.replace("_", " "), _fmt(v)))
        if self.seed is not None:
            rows.append(("Seed", str(self.seed)))
        return rows


def _unique(records: list[ModelRecord]) -> list[ModelRecord]:
    seen: set[str] = set()
    out = []
    for r in records:
        if r.model in seen:
            continue
        seen.add(r.model)
        out.append(r)
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def _fmt(v: Any) -> str:
    if isinstance(v, float | np.floating):
        fv = float(v)
        if abs(fv) >= 100:
            return f"{fv:,.0f}"
        return f"{fv:.3g}"
    return str(v)


def render_rich(result: EstimateResult) -> Any:
    """A Rich renderable (table plus warnings)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    title = "Population estimate" + (f" — {result.source}" if result.source else "")
    t = Table(title=title, show_header=False, box=None, padding=(0, 2))
    t.add_column(style="bold")
    t.add_column(overflow="fold")
    for label, value in result.summary_lines():
        t.add_row(label, value)
    parts: list[Any] = [t]
    for w in result.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    return Group(*parts)
