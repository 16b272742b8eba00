"""The same linkage on DuckDB and on Spark: do the engines agree?

    python bench/engines.py [--only febrl3,rldata500] [--skip-training] [--skip-predict]
        [--train-records N] [--max-pairs P]

For every table of bench/link.py (read from ../shared/data or
$HEADCOUNT_SHARED_DATA), plus ``demo`` (the bundled example's mentions, 300
people) and ``generated_N`` (bench/link.py's generated mentions): the model
trained on DuckDB is run on both engines (Spark in local mode, ``local[2]``) and
the scored pairs and clusters are compared: pairs found by one engine only, the
largest difference of match probability, pairs whose probabilities differ by
more than 1e-6, and whether the partitions are identical (and if not, how many
records sit in clusters that differ). Then the model is trained on Spark too
(same seed, same sample of records) and compared with DuckDB's: the prior, every
level's m and u, and its match weight.

Prints markdown tables and writes them to bench/results/engines.md (``--out``).
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from link import datasets, generate_mentions

from headcount.link.cluster import Constraints, cluster
from headcount.link.dedupe import detect_columns
from headcount.link.predict import predict
from headcount.link.run import standardise_mentions
from headcount.link.standardise import standardise
from headcount.link.train import Model, train, training_sample
from headcount.link.usample import u_sample

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


def _levels(model: Model) -> list[tuple[float, float]]:
    return [(float(lv["m_probability"]), float(lv["u_probability"]))
            for comp in model.splink["comparisons"] for lv in comp["comparison_levels"]
            if not lv.get("is_null_level")]  # fmt: skip


def parameter_differences(a: Model, b: Model) -> dict[str, float]:
    """Largest absolute differences of two models of the same columns: prior, m, u, the
    match weight log2(m/u) in bits, and how many levels differ in m or u by over 1e-9."""
    la, lb = _levels(a), _levels(b)
    if len(la) != len(lb):
        raise ValueError("the models compare different levels")
    prior = "probability_two_random_records_match"
    pairs = list(zip(la, lb, strict=True))
    weights = [abs(math.log2(ma / ua) - math.log2(mb / ub)) for (ma, ua), (mb, ub) in pairs]
    differing = [abs(ma - mb) > 1e-9 or abs(ua - ub) > 1e-9 for (ma, ua), (mb, ub) in pairs]
    return {
        "prior": abs(float(a.splink[prior]) - float(b.splink[prior])),
        "m": max((abs(ma - mb) for (ma, _), (mb, _) in pairs), default=0.0),
        "u": max((abs(ua - ub) for (_, ua), (_, ub) in pairs), default=0.0),
        "weight": max(weights, default=0.0),
        "levels": float(sum(differing)),
    }


Table = tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]


def standardised(name: str, loaders: dict[str, Any]) -> Table:
    """(the raw table, standardised, record id -> deduplicated group) of bench table
    ``name``: one of bench/link.py's, ``demo`` or ``generated_N``."""
    if name == "demo" or name.startswith("generated_"):
        if name == "demo":
            mentions = _demo_mentions()
        else:
            mentions = generate_mentions(int(name.removeprefix("generated_")))[0]
        std = standardise_mentions(mentions)
        groups = {str(u): str(g) for u, g in zip(std["unique_id"], std["dedup_group"],
                                                 strict=True) if g}  # fmt: skip
        return mentions, std, groups
    df, _truth, group = loaders[name]()
    std = standardise(df, detect_columns(list(df.columns)))
    groups = {}
    if group:
        std["dedup_group"] = df[group].astype(str).to_numpy()
        groups = {str(u): g for u, g in zip(std["unique_id"], std["dedup_group"], strict=True)}
    return df, std, groups


def _demo_mentions(people: int = 300, seed: int = 2022) -> pd.DataFrame:
    import tempfile

    from headcount.link.run import load_mentions
    from headcount.pipeline import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        run = build_demo(Path(tmp) / "demo", people=people, seed=seed, report=False)
        mentions = load_mentions(run.engine)
        run.engine.dispose()
    return mentions


def compare(name: str, table: Table, model: Model) -> list[object]:
    """Pairs, probabilities and partitions of ``model`` on both engines."""
    df, std, groups = table
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
    return [name, len(df), len(d), len(s), only, f"{diff.max() if len(diff) else 0:.2g}", near,
            f"{int(across.sum())} ({int(close.sum())})", "yes" if differing == 0 else "no",
            differing, len(set(pa.values())), f"{seconds['duckdb']:.1f}",
            f"{seconds['spark']:.1f}"]  # fmt: skip


def compare_training(name: str, std: pd.DataFrame, max_pairs: float,
                     max_records: int | None) -> tuple[Model, list[object]]:  # fmt: skip
    """The model trained on DuckDB, and how the one trained on Spark differs from it."""
    models: dict[str, Model] = {}
    seconds: dict[str, float] = {}
    for engine in ("duckdb", "spark"):
        start = time.perf_counter()
        models[engine] = train(std, engine, estimate_m=True, max_pairs=max_pairs,
                               max_records=max_records)  # fmt: skip
        seconds[engine] = time.perf_counter() - start
    d = parameter_differences(models["duckdb"], models["spark"])
    sample = training_sample(std, max_records)
    prior = float(models["duckdb"].splink["probability_two_random_records_match"])
    return models["duckdb"], [
        name, len(std), len(sample), len(u_sample(sample, max_pairs)),
        "yes" if models["duckdb"].notes == models["spark"].notes else "no", f"{prior:.4g}",
        f"{d['prior']:.2g}", f"{d['m']:.2g}", f"{d['u']:.2g}", f"{d['weight']:.2g}",
        f"{int(d['levels'])} of {len(_levels(models['duckdb']))}",
        f"{seconds['duckdb']:.1f}", f"{seconds['spark']:.1f}"]  # fmt: skip


def _markdown(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in r) + " |" for r in rows])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default="", help="tables, comma-separated (also demo, generated_N)")
    ap.add_argument("--skip-training", action="store_true", help="train on DuckDB only")
    ap.add_argument("--skip-predict", action="store_true", help="compare the training only")
    ap.add_argument("--max-pairs", type=float, default=3e5, help="pairs u is estimated from")
    ap.add_argument("--train-records", type=int, default=None,
                    help="train on a seeded sample of this many records")  # fmt: skip
    ap.add_argument("--out", type=Path, default=RESULTS, help="where to write the tables")
    args = ap.parse_args(argv)
    loaders = datasets(SHARED)
    names = args.only.split(",") if args.only else list(loaders)
    header = ["table", "records", "pairs DuckDB", "pairs Spark", "pairs in one only",
              "max \\|Δp\\|", "pairs \\|Δp\\| > 1e-6",
              f"pairs across {THRESHOLD} (within 0.01 of it)", "same partition",
              "records in differing clusters", "clusters", "predict s DuckDB",
              "predict s Spark", "load average"]  # fmt: skip
    train_header = ["table", "records", "trained on", "u sample (records)", "same steps",
                    "prior (DuckDB)", "\\|Δprior\\|", "max \\|Δm\\|", "max \\|Δu\\|",
                    "max \\|Δweight\\| (bits)", "levels differing > 1e-9", "train s DuckDB",
                    "train s Spark", "load average"]  # fmt: skip
    rows: list[list[object]] = []
    train_rows: list[list[object]] = []
    for name in names:
        print(f"{name}…", file=sys.stderr)
        table = standardised(name, loaders)
        base = table[1].drop(columns=["dedup_group"], errors="ignore")
        if args.skip_training:
            model = train(base, "duckdb", estimate_m=True, max_pairs=args.max_pairs,
                          max_records=args.train_records)  # fmt: skip
        else:
            model, row = compare_training(name, base, args.max_pairs, args.train_records)
            train_rows.append([*row, f"{os.getloadavg()[0]:.1f}"])
            print(" | ".join(str(c) for c in train_rows[-1]), file=sys.stderr)
        if not args.skip_predict:
            rows.append([*compare(name, table, model), f"{os.getloadavg()[0]:.1f}"])
            print(" | ".join(str(c) for c in rows[-1]), file=sys.stderr)
    text = (
        f"# DuckDB and Spark on the same model\n\n`python bench/engines.py "
        f"{' '.join(argv if argv is not None else sys.argv[1:])}`, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; the model trained on "
        f"DuckDB (m by EM, u from every pair of a seeded sample of records, at most "
        f"{args.max_pairs:g} pairs, seed 1)"
    )
    if rows:
        text += (f"; pairs scored at probability ≥ 0.5, clusters at {THRESHOLD}.\n\n"
                 + _markdown(header, rows))  # fmt: skip
    if train_rows:
        text += ("\n\n## Trained on Spark against trained on DuckDB\n\n"
                 + _markdown(train_header, train_rows))  # fmt: skip
    text += "\n"
    print(text)
    args.out.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
