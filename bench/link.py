"""Linkage accuracy and speed, through `headcount dedupe` as a user runs it.

For each labelled table of the shared data (fake_1000, FEBRL 3, FEBRL 4a x 4b,
RLdata500, historical_figures_with_errors_50k) the table is read and deduplicated
by the same functions the `headcount dedupe` command calls (`read_table`,
`dedupe_table`, with detected columns and default options; the truth columns
are dropped first), and compared with the ground truth: pairwise precision,
recall and F1, and B-cubed precision, recall and F1, with wall time.

Cross-script names: for 2,000 sampled Latin tokens of translit_ru/wd_russian_16,
every Cyrillic token of the file is ranked by the linkage name comparison and,
as a baseline in the same run, by unidecode (or anyascii) + Jaro-Winkler;
recall@1 and recall@5 are reported.

    python bench/link.py [--only fake_1000,febrl3] [--threshold 0.9] [--skip-translit]

Prints a markdown table and writes it to bench/results/link.md. The data is
read from ../shared/data (or $HEADCOUNT_SHARED_DATA); without it the benchmark
says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from headcount.link.dedupe import dedupe_table, read_table
from headcount.link.evaluate import demo_scores, scores
from headcount.names import latin_key, loose_key, phonetic_key

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(
    os.environ.get("HEADCOUNT_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared"
                   / "data")
)  # fmt: skip
RESULTS = ROOT / "bench" / "results"


def _febrl_entity(rec_id: str) -> str:
    return rec_id.split("-")[1]


def datasets(data: Path) -> dict[str, Callable[[], tuple[pd.DataFrame, list[str], str | None]]]:
    """name -> loader of (table without truth, truth labels, deduplicated-group column)."""
    link = data / "linkage"

    def fake() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "fake_1000.csv")
        return df.drop(columns=["cluster", "unique_id"]), list(df["cluster"]), None

    def febrl3() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "febrl" / "dataset3.csv")
        return df.drop(columns=["rec_id"]), [_febrl_entity(r) for r in df["rec_id"]], None

    def febrl4() -> tuple[pd.DataFrame, list[str], str | None]:
        a = read_table(link / "febrl" / "dataset4a.csv").assign(file="4a")
        b = read_table(link / "febrl" / "dataset4b.csv").assign(file="4b")
        df = pd.concat([a, b], ignore_index=True)
        return df.drop(columns=["rec_id"]), [_febrl_entity(r) for r in df["rec_id"]], "file"

    def rldata() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "rldata" / "RLdata500.csv")
        ident = pd.read_csv(link / "rldata" / "identity.RLdata500.csv")["identity"]
        return df, [str(int(x)) for x in ident], None

    def historical() -> tuple[pd.DataFrame, list[str], str | None]:
        df = read_table(link / "historical_figures_with_errors_50k.parquet")
        return df.drop(columns=["cluster", "unique_id"]), list(df["cluster"]), None

    return {
        "fake_1000": fake,
        "febrl3": febrl3,
        "febrl4a_x_4b": febrl4,
        "rldata500": rldata,
        "historical_50k": historical,
    }


def run_dataset(name: str, loader: Callable[..., tuple[pd.DataFrame, list[str], str | None]],
                threshold: float) -> list[object]:  # fmt: skip
    df, truth, group = loader()
    start = time.perf_counter()
    out = dedupe_table(df, threshold=threshold, dedup_group=group)
    seconds = time.perf_counter() - start
    s = scores(truth, list(out["cluster_id"]))
    return [name, len(df), f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f1']:.3f}", f"{s['bp']:.3f}",
            f"{s['br']:.3f}", f"{s['bf1']:.3f}", f"{seconds:.1f}"]  # fmt: skip


def demo(people: int = 300, seed: int = 2022) -> list[object]:
    """The bundled example built end to end, its persons against its ground truth."""
    import tempfile

    from headcount.pipeline import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        run = build_demo(Path(tmp) / "demo", people=people, seed=seed)
        seconds = time.perf_counter() - start
        s = demo_scores(run.engine, run.workspace.root)
        run.engine.dispose()
    return [f"demo {people} people ({int(s['true_clusters'])} true clusters, "
            f"{int(s['persons'])} persons)", int(s["mentions"]), f"{s['p']:.3f}", f"{s['r']:.3f}",
            f"{s['f1']:.3f}", f"{s['bp']:.3f}", f"{s['br']:.3f}", f"{s['bf1']:.3f}",
            f"{seconds:.1f}"]  # fmt: skip


def translit(data: Path, sample: int = 2000, seed: int = 1) -> list[list[object]]:
    """Recall@1 and @5 of Latin -> Cyrillic token search, ours and a baseline."""
    path = data / "linkage" / "translit_ru" / "wd_russian_16"
    rows = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            rows.append((parts[0], parts[1].replace(" ", "")))
    cyr = sorted({c for _, c in rows})
    truth: dict[str, set[str]] = defaultdict(set)
    for lat, c in rows:
        truth[lat].add(c)
    latins = sorted(truth)
    random.Random(seed).shuffle(latins)
    latins = latins[:sample]
    try:
        from unidecode import unidecode as fold

        base_name = "unidecode + Jaro-Winkler"
    except ImportError:  # pragma: no cover
        from anyascii import anyascii as fold

        base_name = "anyascii + Jaro-Winkler"
    q = pd.DataFrame({"q": latins, "q_lat": [latin_key(x) for x in latins],
                      "q_loose": [loose_key(x) for x in latins],
                      "q_ph": [phonetic_key(x) for x in latins],
                      "q_base": [fold(x).lower() for x in latins]})  # fmt: skip
    c = pd.DataFrame({"c": cyr, "c_lat": [latin_key(x) for x in cyr],
                      "c_loose": [loose_key(x) for x in cyr],
                      "c_ph": [phonetic_key(x) for x in cyr],
                      "c_base": [fold(x).lower() for x in cyr]})  # fmt: skip
    con = duckdb.connect()
    con.register("q", q)
    con.register("c", c)
    out = []
    for label, score in (
        (
            "headcount (phonetic key, Jaro-Winkler of phonetic, ICAO and loose keys)",
            "(q_ph = c_ph)::INT + jaro_winkler_similarity(q_ph, c_ph)"
            " + 0.3 * jaro_winkler_similarity(q_lat, c_lat)"
            " + 0.3 * jaro_winkler_similarity(q_loose, c_loose)",
        ),
        (base_name, "jaro_winkler_similarity(q_base, c_base)"),
    ):
        top = con.execute(
            f"""SELECT q, c FROM (
                  SELECT q, c, row_number() OVER (PARTITION BY q ORDER BY {score} DESC, c) AS k
                  FROM q CROSS JOIN c) WHERE k <= 5 ORDER BY q, k"""
        ).fetchall()
        ranked: dict[str, list[str]] = defaultdict(list)
        for a, b in top:
            ranked[a].append(b)
        r1 = sum(bool(set(ranked[x][:1]) & truth[x]) for x in latins) / len(latins)
        r5 = sum(bool(set(ranked[x][:5]) & truth[x]) for x in latins) / len(latins)
        out.append([label, len(latins), len(cyr), f"{r1:.3f}", f"{r5:.3f}"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated dataset names")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--skip-translit", action="store_true")
    parser.add_argument("--skip-demo", action="store_true")
    args = parser.parse_args(argv)
    if not (DATA / "linkage").is_dir():
        print(f"shared data not found at {DATA}; set HEADCOUNT_SHARED_DATA. Nothing to do.")
        return 0
    wanted = set(args.only.split(",")) if args.only else None
    header = ["data", "records", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1", "seconds"]
    rows = []
    for name, loader in datasets(DATA).items():
        if wanted and name not in wanted:
            continue
        rows.append(run_dataset(name, loader, args.threshold))
        print(" | ".join(map(str, rows[-1])), file=sys.stderr)
    if not args.skip_demo and (not wanted or "demo" in wanted):
        rows.append(demo())
        print(" | ".join(map(str, rows[-1])), file=sys.stderr)
    md = [
        "# Linkage benchmark\n",
        f"`headcount dedupe` defaults (threshold {args.threshold}, DuckDB), "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}.\n",
        _table(header, rows),
    ]
    if not args.skip_translit:
        md += ["\n## Cross-script names (wd_russian_16, Latin token -> Cyrillic token)\n",
               _table(["comparison", "queries", "candidates", "recall@1", "recall@5"],
                      translit(DATA))]  # fmt: skip
    text = "\n".join(md)
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not wanted:
        (RESULTS / "link.md").write_text(text, "utf-8")
    return 0


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
