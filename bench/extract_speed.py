"""Speed of `headcount extract` on this machine: one process, two, and Spark local[2].

    python bench/extract_speed.py [--docs 1000] [--modes before,1,2,spark]

Reads ../shared/data/extraction/collection5.raw.jsonl.gz (or $HEADCOUNT_SHARED_DATA):
its 1,000 news documents (3.3 KB on average), repeated past 1,000 under new ids.
One SQLite registry holding them is built once; every run is a fresh Python
process reading a fresh copy of it through ``run_extract`` — what `headcount
extract` does, model loading, reading and writing the registry included:

- ``before``: one process, numpy's BLAS on its default threads (one per core), as
  extraction ran before it set them to one;
- ``1``, ``2``: one process, a pool of two (``headcount extract -j 1`` / ``-j 2``);
- ``spark``: Spark in local mode, ``local[2]`` (``headcount extract --engine spark``).

Wall time is the run_extract call; CPU seconds are those of the run's process and
every process it started (workers; Spark's JVM and its Python workers, read as the
last document comes back). The load average (1 minute) is read as each run starts
and ends. On a machine other work shares, wall times say little: Linux shares the
CPU between sessions (autogroups), not processes, so a second process of a loaded
session mostly splits that session's share. The last columns estimate from the CPU
seconds alone what two idle cores would take: the busiest process, or all the CPU
shared evenly, whichever is longer (not for runs whose processes have several busy
threads: BLAS's, Spark's JVM).

Writes the "## Speed" section of bench/results/extract.md (the rest kept);
`python bench/extract.py` calls this too.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HEADCOUNT_SHARED_DATA", ROOT.parent / "shared" / "data"))
RESULTS = ROOT / "bench" / "results" / "extract.md"
MODES = ("before", "1", "2", "spark")
LABELS = {
    "before": "1 process, numpy on its default threads (as before)",
    "1": "1 process (`-j 1`)",
    "2": "2 processes (`-j 2`)",
    "spark": "Spark `local[2]` (`--engine spark`)",
}
HEADING = "## Speed"


def corpus(path: Path, n: int) -> list[str]:
    """``n`` Collection5 texts, the file's documents repeated as often as needed."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["source"]["text"] for line in fh]
    return [texts[i % len(texts)] for i in range(n)]


def build_registry(path: Path, texts: list[str]) -> None:
    from sqlalchemy import insert

    from headcount.store import open_registry
    from headcount.store import schema as s

    engine = open_registry(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(insert(s.source).values(
            name="c5", kind="news", publisher="", language="ru", system="c5",
            deduplicated=0, declaration={}, updated_at="2024-01-01T00:00:00Z"))
        conn.execute(insert(s.document), [
            {"id": f"{i:064d}", "source": "c5", "format": "text", "origin": f"{i}.txt",
             "ingested_at": "2024-01-01T00:00:00Z", "archive_path": "x",
             "size": len(t.encode()), "text": t, "published_at": None, "language": "ru"}
            for i, t in enumerate(texts)])
    engine.dispose()


def run_once(mode: str, registry: Path) -> dict[str, Any]:
    """One run of ``mode`` on ``registry`` in this process."""
    from headcount.extract import pool
    from headcount.extract.store import run_extract
    from headcount.store import open_registry

    if mode == "before":
        pool.limit_threads = contextlib.nullcontext  # type: ignore[assignment]
    how: dict[str, Any] = (
        {"compute": "spark", "spark_master": "local[2]"} if mode == "spark"
        else {"workers": 1 if mode == "before" else int(mode)})
    engine = open_registry(f"sqlite:///{registry}")
    workers: dict[int, float] = {}

    def step(done: int, total: int) -> None:
        if done == total:  # the pool's processes, or Spark's, are still there
            workers.update(_descendants_cpu())

    load = os.getloadavg()[0]
    before = _own_cpu()
    t0 = time.perf_counter()
    report = run_extract(engine, progress=step, **how)
    wall = time.perf_counter() - t0
    main = _own_cpu() - before
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Spark's JVM outlives the call: its CPU seconds as the last document came back
    cpu = main + (sum(workers.values()) if mode == "spark"
                  else children.ru_utime + children.ru_stime)
    return {"mode": mode, "documents": report.documents, "mentions": report.mentions,
            "wall": wall, "cpu": cpu, "cpu_main": main,
            "cpu_workers": sorted(workers.values()),
            "load_start": load, "load_end": os.getloadavg()[0]}


def _own_cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def _descendants_cpu() -> dict[int, float]:
    """User and system CPU seconds of every live process started from this one (/proc)."""
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        pid = int(stat.parent.name)
        parent[pid] = int(fields[1])
        cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
    mine, grew = {os.getpid()}, True
    while grew:
        more = {p for p, pp in parent.items() if pp in mine} - mine
        grew = bool(more)
        mine |= more
    return {p: cpu[p] for p in mine - {os.getpid()}}


def idle_estimate(row: dict[str, Any], cores: int = 2) -> float | None:
    """Seconds the run would take on ``cores`` idle cores, from CPU seconds alone: the
    busiest process, or all the CPU shared evenly, whichever is longer. None for runs
    with a process of several busy threads (BLAS's own, Spark's JVM)."""
    if row["mode"] in ("before", "spark"):
        return None
    busiest = max([row["cpu_main"], *row["cpu_workers"]])
    return max(busiest, row["cpu"] / cores)


def measure(texts: list[str], modes: list[str]) -> list[dict[str, Any]]:
    """Every mode in a fresh process on a fresh copy of one registry of ``texts``."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.sqlite"
        build_registry(base, texts)
        for mode in modes:
            registry = Path(tmp) / f"{mode}.sqlite"
            shutil.copy(base, registry)
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(
                [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]))
            done = subprocess.run(
                [sys.executable, __file__, "--run", mode, "--registry", str(registry)],
                env=env, capture_output=True, text=True, check=False)
            if done.returncode:
                raise RuntimeError(f"{mode}: {done.stderr[-2000:]}")
            row = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{mode}: {row}", flush=True)
            out.append(row)
    return out


def lines(rows: list[dict[str, Any]], texts: list[str]) -> list[str]:
    kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
    base = next((r for r in rows if r["mode"] == "1"), rows[0])
    rate = {r["mode"]: r["documents"] / r["wall"] for r in rows}
    out = [f"{HEADING} ({len(texts)} Collection5 documents, {kb:.1f} KB each on average; "
           "`python bench/extract_speed.py`)", "",
           "Each run: a fresh process and a fresh copy of one SQLite registry, through "
           "`run_extract` as `headcount extract` runs it (models loaded, registry read and "
           "written).", "",
           f"| run | documents | mentions | s | documents/s | ratio to {LABELS[base['mode']]} "
           "| CPU s per document | CPU s: command's process; workers | s on 2 idle cores "
           "(estimate) | ratio (estimate) | load average (1 min) at start, end |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    idle = {r["mode"]: idle_estimate(r) for r in rows}
    for r in rows:
        cpu = f"{r['cpu'] / r['documents']:.3f}"
        busy = [f"{w:.1f}" for w in r["cpu_workers"] if w >= 0.05]
        split = f"{r['cpu_main']:.1f}" + (f"; {', '.join(busy)}" if busy else "")
        est, base_est = idle[r["mode"]], idle[base["mode"]]
        out.append(f"| {LABELS[r['mode']]} | {r['documents']} | {r['mentions']} | "
                   f"{r['wall']:.1f} | {rate[r['mode']]:.1f} | "
                   f"{rate[r['mode']] / rate[base['mode']]:.2f} | {cpu} | {split} | "
                   + (f"{est:.1f} | {base_est / est:.2f}" if est and base_est else "— | —")
                   + f" | {r['load_start']:.1f}, {r['load_end']:.1f} |")
    return out


def write_section(section: list[str]) -> None:
    """Replace the speed section of the results file (the rest kept), or add it."""
    old = RESULTS.read_text("utf-8").splitlines() if RESULTS.exists() else [
        "# Extraction benchmark", "", "Produced by `python bench/extract.py`."]
    start = next((i for i, line in enumerate(old) if line.startswith(HEADING)), None)
    if start is None:
        new = [*old, "", *section]
    else:
        end = next((i for i in range(start + 1, len(old)) if old[i].startswith("## ")),
                   len(old))
        new = old[:start] + section + ([""] if end < len(old) else []) + old[end:]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(new) + "\n", "utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)} (speed section)")


def speed_section(n: int, modes: list[str]) -> list[str] | None:
    path = SHARED / "extraction" / "collection5.raw.jsonl.gz"
    if not path.is_file():
        print(f"skipped: {path} not found (set HEADCOUNT_SHARED_DATA)")
        return None
    texts = corpus(path, n)
    return lines(measure(texts, modes), texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents (at least 1,000 for "
                    "the figures to mean much: a pool's start-up is a few seconds)")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated: " +
                    ", ".join(MODES))
    ap.add_argument("--run", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--registry", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        print(json.dumps(run_once(args.run, args.registry)))
        return 0
    modes = [m for m in args.modes.split(",") if m]
    unknown = set(modes) - set(MODES)
    if unknown:
        ap.error(f"--modes: unknown {', '.join(sorted(unknown))}; use {', '.join(MODES)}")
    section = speed_section(args.docs, modes)
    if section is None:
        return 0
    print("\n".join(section))
    write_section(section)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
