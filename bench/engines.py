"""The same linkage on DuckDB and on Spark: do the engines agree?

    python bench/engines.py [--only febrl3,rldata500] [--skip-training]

For every table of bench/link.py (read from ../shared/data or
$HEADCOUNT_SHARED_DATA): the model trained on DuckDB is run on both engines
(Spark in local mode, ``local[2]``) and the scored pairs and clusters are
compared: pairs found by one engine only, the largest difference of match
probability, pairs whose probabilities differ by more than 1e-6, and whether
the partitions are identical (and if not, how many records sit in clusters
that differ). Then the model is trained on Spark too and its m and u
probabilities are compared with DuckDB's (largest absolute difference).

Prints a markdown table and writes it to bench/results/engines.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from link import datasets

from headcount.link.cluster import Constraints, cluster
from headcount.link.dedupe import detect_columns
from headcount.link.predict import predict
from headcount.link.standardise import standardise
from headcount.link.train import Model, train

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HEADCOUNT_SHARED_DATA", ROOT.parent / "shared" / "data"))
RESULTS = ROOT / "bench" / "results" / "engines.md"
THRESHOLD = 0.96


def _partition(ids: list[str], pairs: pd.DataFrame, groups: dict[str, str]) -> dict[str, str]:
    result = cluster(ids, pairs, THRESHOLD, Constraints(groups=groups))
    return {u: result.cluster_of[u] for u in ids}


def _records_in_differing_clusters(a: dict[str, str], b: dict[str, str]) -> int:
    members_a: dict[str, frozenset[str]] = {}
    members_b: dict[str, frozenset[str]] = {}
    for part, out in ((a, members_a), (b, members_b)):
        groups: dict[str, set[str]] = {}
        for u, c in part.items():
            groups.setdefault(c, set()).add(u)
        for ms in groups.values():
            frozen = frozenset(ms)
            for u in ms:
                out[u] = frozen
    return sum(members_a[u] != members_b[u] for u in a)


def _max_param_difference(a: Model, b: Model) -> tuple[float, float]:
    worst_m = worst_u = 0.0
    for ca, cb in zip(a.splink["comparisons"], b.splink["comparisons"], strict=True):
        for la, lb in zip(ca["comparison_levels"], cb["comparison_levels"], strict=True):
            if "m_probability" in la:
                worst_m = max(worst_m, abs(la["m_probability"] - lb["m_probability"]))
            if "u_probability" in la:
                worst_u = max(worst_u, abs(la["u_probability"] - lb["u_probability"]))
    return worst_m, worst_u


def compare(name: str, loader: Any, training: bool) -> list[object]:
    df, _truth, group = loader()
    std = standardise(df, detect_columns(list(df.columns)))
    groups: dict[str, str] = {}
    if group:
        std["dedup_group"] = df[group].astype(str).to_numpy()
        groups = {str(u): g for u, g in zip(std["unique_id"], std["dedup_group"], strict=True)}
    base = std.drop(columns=["dedup_group"], errors="ignore")
    model = train(base, "duckdb", estimate_m=True, max_pairs=3e5)
    ids = [str(u) for u in std["unique_id"]]
    seconds = {}
    scored = {}
    for engine in ("duckdb", "spark"):
        start = time.perf_counter()
        scored[engine] = predict(std, model, engine, floor=0.5)
        seconds[engine] = time.perf_counter() - start
    key = ["unique_id_l", "unique_id_r"]
    d = scored["duckdb"].set_index(key)["match_probability"]
    s = scored["spark"].set_index(key)["match_probability"]
    shared = d.index.intersection(s.index)
    only = len(d.index.symmetric_difference(s.index))
    diff = (d[shared] - s[shared]).abs()
    near = int((diff > 1e-6).sum())
    # pairs on different sides of the cut-off, and how many of them lie within 0.01 of it
    every = d.index.union(s.index)
    da, sa = d.reindex(every).fillna(0), s.reindex(every).fillna(0)
    across = (da >= THRESHOLD) != (sa >= THRESHOLD)
    close = across & ((da - THRESHOLD).abs() <= 0.01) & ((sa - THRESHOLD).abs() <= 0.01)
    pa = _partition(ids, scored["duckdb"], groups)
    pb = _partition(ids, scored["spark"], groups)
    differing = _records_in_differing_clusters(pa, pb)
    m_diff = u_diff = "—"
    if training:
        trained = train(base, "spark", estimate_m=True, max_pairs=3e5)
        wm, wu = _max_param_difference(model, trained)
        m_diff, u_diff = f"{wm:.2g}", f"{wu:.2g}"
    return [name, len(df), len(d), len(s), only, f"{diff.max() if len(diff) else 0:.2g}", near,
            f"{int(across.sum())} ({int(close.sum())})", "yes" if differing == 0 else "no",
            differing, m_diff, u_diff, f"{seconds['duckdb']:.1f}",
            f"{seconds['spark']:.1f}"]  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="")
    ap.add_argument("--skip-training", action="store_true")
    ap.add_argument("--out", type=Path, default=RESULTS, help="where to write the table")
    args = ap.parse_args(argv)
    loaders = datasets(SHARED)
    names = [n for n in loaders if not args.only or n in args.only.split(",")]
    header = ["table", "records", "pairs DuckDB", "pairs Spark", "pairs in one only",
              "max |Δp|", "pairs |Δp| > 1e-6",
              f"pairs across {THRESHOLD} (within 0.01 of it)", "same partition",
              "records in differing clusters",
              "max |Δm| (Spark-trained)", "max |Δu| (Spark-trained)", "predict s DuckDB",
              "predict s Spark", "load average"]  # fmt: skip
    rows = []
    for name in names:
        print(f"{name}…", file=sys.stderr)
        rows.append(compare(name, loaders[name], not args.skip_training))
        rows[-1].append(f"{os.getloadavg()[0]:.1f}")  # the machine's load as the table ends
        print(" | ".join(str(c) for c in rows[-1]), file=sys.stderr)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    text = (
        f"# DuckDB and Spark on the same model\n\n`python bench/engines.py`, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"pairs scored at probability ≥ 0.5, clusters at {THRESHOLD}; the model trained on "
        "DuckDB (m by EM, u by random sampling, seed 1) and, for the last two columns, "
        "trained again on Spark.\n\n" + "\n".join(lines) + "\n"
    )
    print(text)
    args.out.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
