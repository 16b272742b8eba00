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
from headcount.trace.rescore import (
    CALIBRATION_FILE,
    CORROBORATIONS,
    LEVEL_LABELS,
    NEAR_DATE,
    UNCORROBORATED,
    Calibration,
)

DATA = Path(
    os.environ.get("HEADCOUNT_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared"
                   / "data")
)  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "src" / "headcount" / "trace" / "data"


def _kind(c: Candidate) -> str:
    """How a date corroborates the candidate (as ``rescore.corroboration`` decides):
    ``date`` (a full date on both sides agrees), ``year`` (one agrees, a side gives only
    the year), ``near`` (two full dates one digit or one part apart) or ``none``."""
    kinds = set()
    for r in c.comparisons:
        if r["field"] in ("birth date", "death date") and r["bayes_factor"] >= 2:
            if r.get("list") and r.get("registry"):
                if str(r["list"]) == str(r["registry"]):
                    return "date"
                kinds.add("near")
            else:
                kinds.add("year")
    return next((k for k in CORROBORATIONS if k in kinds), "none")


def _whole_name(c: Candidate) -> bool:
    """Whether the candidate's name agrees word for word (every word of the shorter
    name the same, or the same as Russian writes it)."""
    agreeing = {LEVEL_LABELS[k] for k in ("same", "contained")}
    return any(r["field"] == "name" and r["level"] in agreeing for r in c.comparisons)


Point = tuple[float, bool, str, float]


def scored(seeds: list[int], absent: list[float],
           names: list[bool] | None = None) -> list[Point]:  # fmt: skip
    """(uncalibrated probability, right person, kind of corroboration, the list's absent
    share) of every candidate of every row; ``names``, when given, gets whether each
    one's name agrees word for word."""
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
            out += [(c.probability, c.person_id == person, _kind(c), share)
                    for c in row.candidates]  # fmt: skip
            if names is not None:
                names += [_whole_name(c) for c in row.candidates]
    return out


#: weight of the pull of a curve towards the identity (a = 1, b = 0): candidates a full
#: date corroborates are almost all right, and an unpulled fit of them is a step
RIDGE = 1.0


def fit(points: list[tuple[float, bool]], ridge: float = RIDGE) -> tuple[float, float]:
    p = np.clip(np.array([p for p, _ in points]), 1e-9, 1 - 1e-9)
    y = np.array([ok for _, ok in points], dtype=float)
    x = np.log(p / (1 - p))

    def loss(ab: np.ndarray) -> float:
        z = ab[0] * x + ab[1]
        return float(np.sum(np.logaddexp(0, z) - y * z) + ridge * ((ab[0] - 1) ** 2 + ab[1] ** 2))

    a, b = minimize(loss, np.array([1.0, 0.0])).x
    return float(a), float(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[101, 102, 103, 104])
    parser.add_argument("--absent", type=float, nargs="+", default=[0.2, 0.35, 0.5, 0.65])
    parser.add_argument("--undated-absent", type=float, default=0.5)
    args = parser.parse_args(argv)
    names: list[bool] = []
    points = scored(args.seeds, args.absent, names)
    doc = calibration_doc(points, args.undated_absent)
    near = [(ok, whole) for (_, ok, kind, _), whole in zip(points, names, strict=True)
            if kind == "near"]  # fmt: skip
    doc["near_dates"] = {
        "candidates": len(near), "right": sum(ok for ok, _ in near),
        "whole_name": sum(whole for _, whole in near),
        "whole_name_right": sum(ok for ok, whole in near if whole),
    }  # fmt: skip
    doc |= {"seeds": args.seeds, "absent": args.absent,
            "source": "bench/trace_calibrate.py, lists of bench/trace_lists.py"}  # fmt: skip
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / CALIBRATION_FILE).write_text(json.dumps(doc, indent=1) + "\n", "utf-8")
    print(json.dumps(doc))
    return 0


def calibration_doc(points: list[tuple[float, bool, str, float]],
                    undated_absent: float) -> dict[str, object]:  # fmt: skip
    """The curves of the four kinds of corroboration: a full date's and a near date's
    (full dates one digit or one part apart) on every list, a year's and no date's on
    the lists where ``undated_absent`` or more are in no
    registry (a namesake born the same year, or of no known date, is the row's person
    on such a list as often as on any the trace may meet)."""
    curves = {kind: fit([(p, ok) for p, ok, k, share in points
                         if k == kind and (kind in ("date", "near") or share >= undated_absent)])
              for kind in CORROBORATIONS}  # fmt: skip
    (a, b), (ya, yb), (ua, ub) = curves["date"], curves["year"], curves["none"]
    na, nb = curves["near"]
    return {"method": "platt", "a": round(a, 4), "b": round(b, 4),
            "year": {"a": round(ya, 4), "b": round(yb, 4), "absent_from": undated_absent},
            "near": {"a": round(na, 4), "b": round(nb, 4), "absent_from": 0.0},
            "undated": {"a": round(ua, 4), "b": round(ub, 4), "absent_from": undated_absent},
            "uncorroborated": UNCORROBORATED, "near_cap": NEAR_DATE,
            "by_kind": {kind: sum(k == kind for _, _, k, _ in points) for kind in curves},
            "candidates": len(points), "matches": sum(ok for _, ok, _, _ in points)}  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
