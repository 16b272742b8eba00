"""Fit the trace calibration (Platt scaling) on generated consulate lists.

Each of ``--seeds`` makes a consulate list and a registry of foreigners
(``trace_lists.consulate_case``, with Wikidata names of other origins when the
shared data is there), the share of listed people who are in no registry
taken in turn from ``--absent`` (a list's share is not known in advance: the
calibration must hold for lists with few and with many); every row is traced
with the calibration switched off, and the log-odds of each candidate's
probability is fitted to whether he is the row's person: ``p' = sigmoid(a *
logit(p) + b)``, one curve for candidates a date corroborates and one for the
rest (``undated``). Whether a namesake without a date is the row's person
depends almost wholly on that unknown share, so the undated curve is fitted on
the lists where half or more are in no registry (``--undated-absent``): a name
alone is never taken for more than it proves on such a list. The seeds are not
the bench's (``bench/trace.py`` reports seed 7 and the fresh seeds 201-205), so
the bench measures the calibration on lists it was not fitted on.

Writes ``src/headcount/trace/data/calibration.json``.

    python bench/trace_calibrate.py [--seeds 101 102 103 104] [--absent 0.2 0.35 0.5 0.65]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trace_lists import consulate_case, load_registry, wikidata_names

from headcount.store import open_registry
from headcount.trace import trace_table
from headcount.trace.match import Candidate
from headcount.trace.rescore import CALIBRATION_FILE, Calibration

DATA = Path(
    os.environ.get("HEADCOUNT_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared"
                   / "data")
)  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "src" / "headcount" / "trace" / "data"


def _dated(c: Candidate) -> bool:
    """Whether a date corroborates the candidate (as ``rescore.corroborated`` decides)."""
    return any(r["field"] in ("birth date", "death date") and r["bayes_factor"] >= 2
               for r in c.comparisons)  # fmt: skip


def scored(seeds: list[int], absent: list[float]) -> list[tuple[float, bool, bool, float]]:
    """(uncalibrated probability, right person, dated, the list's absent share) of every
    candidate of every row."""
    pairs = DATA / "linkage" / "translit_ru" / "wd_russian_16"
    others = wikidata_names(pairs) if pairs.is_file() else None
    out = []
    for i, seed in enumerate(seeds):
        share = absent[i % len(absent)]
        registry, listed, truth = consulate_case(300, seed, others=others,
                                                 not_in_registry=share)
        tmp = Path(tempfile.mkdtemp(prefix="hc-trace-calibrate-"))
        try:
            engine = open_registry(f"sqlite:///{tmp / 'registry.db'}")
            load_registry(engine, registry)
            result = trace_table(listed, engine, None, possible=0.0, top=5,
                                 calibration=Calibration())  # fmt: skip
            engine.dispose()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        for row, person in zip(result.rows, truth, strict=True):
            out += [(c.probability, c.person_id == person, _dated(c), share)
                    for c in row.candidates]  # fmt: skip
    return out


def fit(points: list[tuple[float, bool]]) -> tuple[float, float]:
    p = np.clip(np.array([p for p, _ in points]), 1e-9, 1 - 1e-9)
    y = np.array([ok for _, ok in points], dtype=float)
    x = np.log(p / (1 - p))

    def loss(ab: np.ndarray) -> float:
        z = ab[0] * x + ab[1]
        return float(np.sum(np.logaddexp(0, z) - y * z))

    a, b = minimize(loss, np.array([1.0, 0.0])).x
    return float(a), float(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[101, 102, 103, 104])
    parser.add_argument("--absent", type=float, nargs="+", default=[0.2, 0.35, 0.5, 0.65])
    parser.add_argument("--undated-absent", type=float, default=0.5)
    args = parser.parse_args(argv)
    points = scored(args.seeds, args.absent)
    a, b = fit([(p, ok) for p, ok, dated, _ in points if dated])
    ua, ub = fit([(p, ok) for p, ok, dated, share in points
                  if not dated and share >= args.undated_absent])  # fmt: skip
    doc = {"method": "platt", "a": round(a, 4), "b": round(b, 4),
           "undated": {"a": round(ua, 4), "b": round(ub, 4), "absent_from": args.undated_absent},
           "candidates": len(points), "matches": sum(ok for _, ok, _, _ in points),
           "seeds": args.seeds, "absent": args.absent,
           "source": "bench/trace_calibrate.py, lists of bench/trace_lists.py"}  # fmt: skip
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / CALIBRATION_FILE).write_text(json.dumps(doc, indent=1) + "\n", "utf-8")
    print(json.dumps(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
