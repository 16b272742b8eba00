"""Fit the trace calibration (Platt scaling) on generated consulate lists.

Each of ``--seeds`` makes a consulate list and a registry of foreigners
(``trace_lists.consulate_case``, with Wikidata names of other origins when the
shared data is there), the share of listed people who are in no registry
taken in turn from ``--absent`` (a list's share is not known in advance: the
calibration must hold for lists with few and with many); every row is traced
with the calibration switched off, and the log-odds of each candidate's
probability is fitted to whether he is the row's person, one curve for each
kind of corroboration (a full date, a year, a near date, none):
``p' = sigmoid(a * logit(p) + b + c * logit(listed))``, where ``listed`` is the
list's share of people in the registry as the trace estimated it from the list
(``rescore.estimate_listed``). Whether a namesake is the row's person depends
on that share: on the calibration lists a near-date top candidate was right
for about half the rows where a fifth of the people are in no registry and a
fifth where two thirds are. For a year and for no date the share is taken at
no more than one half (``rescore.CAPPED_SHARE``): it can lower them, never
raise them above what they prove on a list of half. The seeds are not the
bench's (``bench/trace.py`` reports seed 7 and the fresh seeds 201-205,
301-306), so the bench measures the calibration on lists it was not fitted on.

Writes ``src/headcount/trace/data/calibration.json``.

    python bench/trace_calibrate.py [--seeds 101 ... 116] [--absent 0.2 0.35 0.5 0.65]
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
    LISTED_BOUNDS,
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


#: (uncalibrated probability, right person, kind, the list's absent share, the
#: list's share listed as the trace estimated it)
Point = tuple[float, bool, str, float, float]


def scored(seeds: list[int], absent: list[float],
           names: list[bool] | None = None) -> list[Point]:  # fmt: skip
    """(uncalibrated probability, right person, kind of corroboration, the list's absent
    share, the list's share listed as estimated by the trace) of every candidate of
    every row; ``names``, when given, gets whether each
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
            out += [(c.probability, c.person_id == person, _kind(c), share,
                     float(result.listed or 0.5)) for c in row.candidates]  # fmt: skip
            if names is not None:
                names += [_whole_name(c) for c in row.candidates]
    return out


#: weight of the pull of a curve towards the identity (a = 1, b = 0): candidates a full
#: date corroborates are almost all right, and an unpulled fit of them is a step
RIDGE = 1.0
#: the full-date curve's pull is RIDGE per this many of its candidates, so that more
#: calibration lists do not weaken it (it was set on 4 lists, 288 such candidates)
DATE_RIDGE_POINTS = 250


def fit(points: list[tuple[float, bool, float]],
        ridge: float = RIDGE) -> tuple[float, float, float]:  # fmt: skip
    """(a, b, c) of ``sigmoid(a * logit(p) + b + c * logit(listed))`` fitted to
    (p, right, listed) points, pulled towards (1, 0, 0). The share is not capped
    here for any kind: the curve at one half is then what a list of half says,
    which is what :class:`Calibration` gives a year or no date on a fuller list."""
    p = np.clip(np.array([p for p, _, _ in points]), 1e-9, 1 - 1e-9)
    y = np.array([ok for _, ok, _ in points], dtype=float)
    share = np.clip(np.array([s for _, _, s in points]), *LISTED_BOUNDS)
    x, w = np.log(p / (1 - p)), np.log(share / (1 - share))

    def loss(abc: np.ndarray) -> float:
        z = abc[0] * x + abc[1] + abc[2] * w
        return float(np.sum(np.logaddexp(0, z) - y * z)
                     + ridge * ((abc[0] - 1) ** 2 + abc[1] ** 2 + abc[2] ** 2))  # fmt: skip

    a, b, c = minimize(loss, np.array([1.0, 0.0, 0.0])).x
    return float(a), float(b), float(c)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=list(range(101, 117)))
    parser.add_argument("--absent", type=float, nargs="+", default=[0.2, 0.35, 0.5, 0.65])
    parser.add_argument("--undated-absent", type=float, default=0.0)
    args = parser.parse_args(argv)
    names: list[bool] = []
    points = scored(args.seeds, args.absent, names)
    doc = calibration_doc(points, args.undated_absent)
    near = [(ok, whole) for (_, ok, kind, _, _), whole in zip(points, names, strict=True)
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


def calibration_doc(points: list[Point], undated_absent: float) -> dict[str, object]:
    """The curves of the four kinds of corroboration, each with the term of the list's
    estimated share listed: a full date's and a near date's (full dates one digit or
    one part apart) on every list, a year's and no date's on the lists where
    ``undated_absent`` or more are in no registry (by default every list: the share
    term says how often a namesake is the row's person on a list of that share)."""
    chosen = {kind: [(p, ok, listed) for p, ok, k, share, listed in points
                     if k == kind and (kind in ("date", "near") or share >= undated_absent)]
              for kind in CORROBORATIONS}  # fmt: skip
    curves = {kind: fit(pts, RIDGE * max(1.0, len(pts) / DATE_RIDGE_POINTS)
                        if kind == "date" else RIDGE)
              for kind, pts in chosen.items()}  # fmt: skip

    def curve(kind: str, absent_from: float) -> dict[str, float]:
        a, b, c = curves[kind]
        return {"a": round(a, 4), "b": round(b, 4), "c": round(c, 4), "absent_from": absent_from}

    top = curve("date", 0.0)
    return {"method": "platt", "a": top["a"], "b": top["b"], "c": top["c"],
            "year": curve("year", undated_absent), "near": curve("near", 0.0),
            "undated": curve("none", undated_absent),
            "uncorroborated": UNCORROBORATED, "near_cap": NEAR_DATE,
            "by_kind": {kind: sum(k == kind for _, _, k, _, _ in points) for kind in curves},
            "candidates": len(points), "matches": sum(ok for _, ok, _, _, _ in points)}  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
