"""Speed of `stats`, `report` and each `export` format on a registry of synthetic persons.

Builds a SQLite registry of N fictional persons (default 1,000,000) straight
with ``executemany`` (one list mention per person from one of three sources,
canonical fields, a link run), then times, in this process:

- ``stats --by region --per-capita`` and ``stats --by month --by channel``
  as the command runs them (:func:`headcount.stats.count_registry` +
  :func:`headcount.stats.count_by`, with :func:`headcount.stats.per_capita`);
- the HTML report (:func:`headcount.stats.write_report`);
- each export format, full and ``--public`` for csv
  (:func:`headcount.publish.export_registry`).

    python bench/stats.py [--persons 1000000] [--keep DIR] [--reuse] [--skip-exports]

``--reuse`` times the registry already kept in ``--keep DIR`` instead of
building it again. Prints a markdown table, with the load average before and
after, and writes it to bench/results/stats.md (at 1,000,000 persons).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from headcount.reference import regions
from headcount.settings import init_workspace
from headcount.store import open_registry

RESULTS = Path(__file__).resolve().parent / "results" / "stats.md"
CHANNELS = ["contract", "mobilised", "prisoner", "volunteer_formation", "pmc", "conscript"]
STATUSES = ["killed"] * 8 + ["missing", "captured"]
SOURCES = [("list-a", "list", "alpha"), ("news-b", "news", "beta"), ("tg-c", "social", "gamma")]
NOW = "2024-01-01T00:00:00+00:00"


def _persons(n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    codes = [r.code for r in regions()]
    region = rng.integers(0, len(codes), n)
    channel = rng.integers(0, len(CHANNELS), n)
    status = rng.integers(0, len(STATUSES), n)
    day = rng.integers(0, 700, n)
    age = rng.integers(18, 60, n)
    src = rng.integers(0, len(SOURCES), n)
    start = np.datetime64("2022-02-24")
    for i in range(n):
        death = str(start + int(day[i]))
        yield {
            "i": i,
            "id": f"p{i:015x}",
            "region": codes[region[i]],
            "channel": CHANNELS[channel[i]],
            "status": STATUSES[status[i]],
            "death": death,
            "reported": str(start + int(day[i]) + 9),
            "age": int(age[i]),
            "birth": str(int(death[:4]) - int(age[i])),
            "source": SOURCES[src[i]][0],
        }


def synthesize(root: Path, n: int) -> Path:
    """A workspace at ``root`` whose registry holds ``n`` synthetic persons."""
    ws = init_workspace(root, "bench")
    open_registry(ws.database_url).dispose()
    db = root / "registry.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=OFF")
    con.executemany(
        "INSERT INTO source VALUES (?,?,?,?,?,?,?,?)",
        [(name, kind, "bench", "ru", system, 0, "{}", NOW) for name, kind, system in SOURCES],
    )
    con.executemany(
        "INSERT INTO document (id, source, format, origin, ingested_at, archive_path, size, text)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [(f"doc-{name}", name, "csv", f"{name}.csv", NOW, "x", 0, "") for name, _, _ in SOURCES],
    )
    con.execute(
        "INSERT INTO link_run (id, started_at, finished_at, state, engine, model, threshold,"
        " mentions, persons, pairs) VALUES (1, ?, ?, 'complete', 'duckdb', 'bench', 0.9, ?, ?, 0)",
        (NOW, NOW, n, n),
    )
    rows = list(_persons(n))
    con.executemany(
        "INSERT INTO mention (id, document_id, source, locator, extractor, extractor_version,"
        " created_at, birth_date, birth_date_precision, death_date, death_date_precision, age,"
        " region, channel, status, reported_date, reported_date_precision, evidence)"
        " VALUES (?,?,?,?, 'list', '1', ?, ?, 'year', ?, 'day', ?, ?, ?, ?, ?, 'day', ?)",
        (
            (
                f"m{r['i']:015x}",
                f"doc-{r['source']}",
                r["source"],
                str(r["i"]),
                NOW,
                r["birth"],
                r["death"],
                r["age"],
                r["region"],
                r["channel"],
                r["status"],
                r["reported"],
                json.dumps({"region": {"column": "region", "quote": r["region"]}}),
            )
            for r in rows
        ),
    )
    con.executemany(
        "INSERT INTO person (id, state, grade, grade_rule, name, birth_date, death_date, region,"
        " status, mentions, sources, conflicts, status_history, created_run, updated_run,"
        " created_at, updated_at) VALUES (?, 'active', ?, 'bench', ?, ?, ?, ?, ?, 1, 1, 0, '[]',"
        " 1, 1, ?, ?)",
        (
            (
                r["id"],
                "confirmed" if r["source"] == "list-a" else "pending",
                f"Person {r['i']}",
                r["birth"],
                r["death"],
                r["region"],
                r["status"],
                NOW,
                NOW,
            )
            for r in rows
        ),
    )
    con.executemany(
        "INSERT INTO person_mention VALUES (?, ?, 1, NULL, 'single')",
        ((f"m{r['i']:015x}", r["id"]) for r in rows),
    )
    fields = ("region", "channel", "birth_date", "death_date")
    src_of = {
        "region": "region",
        "channel": "channel",
        "birth_date": "birth",
        "death_date": "death",
    }
    con.executemany(
        "INSERT INTO person_field VALUES (?, ?, ?, 'bench', ?, '[]', 0)",
        ((r["id"], f, r[src_of[f]], json.dumps([f"m{r['i']:015x}"])) for r in rows for f in fields),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return root


def _load() -> str:
    """The 1-minute load average (how busy the machine was), or "?"."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def _time(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Seconds on the clock, CPU seconds of this process (what a quiet machine would
    take, near enough: SQLite runs in the process), and what ``fn`` returned."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--persons", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    ap.add_argument("--reuse", action="store_true", help="time the registry kept in --keep")
    ap.add_argument("--skip-exports", action="store_true")
    ap.add_argument("--exports", default=None, help="only these formats, e.g. csv,parquet")
    args = ap.parse_args(argv)
    if args.reuse and not args.keep:
        ap.error("--reuse needs --keep DIR")

    from headcount.publish import export_registry
    from headcount.settings import load_workspace
    from headcount.stats import Filter, count_by, count_registry, per_capita, write_report

    tmp = Path(tempfile.mkdtemp(prefix="hc-bench-stats-"))
    root = args.keep or tmp / "ws"
    rows: list[tuple[str, float, float, str]] = []
    load_before = _load()
    try:
        if not args.reuse:
            build, cpu, _ = _time(lambda: synthesize(root, args.persons))
            rows.append(("build the synthetic registry (not timed against a goal)", build, cpu, ""))
        ws = load_workspace(root)
        engine = open_registry(ws.database_url)
        deaths = Filter(statuses=("killed", "declared_dead"))  # what --per-capita counts

        def stats_region() -> Any:
            return per_capita(count_by(count_registry(engine, ["region"], deaths), ["region"]))

        def stats_month_channel() -> Any:
            return count_by(count_registry(engine, ["month", "channel"]), ["month", "channel"])

        t, cpu, out = _time(stats_region)
        rows.append(("`stats --by region --per-capita`", t, cpu, f"{len(out)} rows"))
        t, cpu, out = _time(stats_month_channel)
        rows.append(("`stats --by month --by channel`", t, cpu, f"{len(out)} rows"))
        t, cpu, out = _time(lambda: write_report(engine, ws, tmp / "report.html"))
        rows.append(("`report`", t, cpu, f"{out.stat().st_size / 1e6:.1f} MB HTML"))
        if not args.skip_exports:
            for fmt, public in [
                ("csv", False),
                ("csv", True),
                ("parquet", False),
                ("jsonl", False),
                ("ftm", False),
                ("datasette", False),
            ]:
                if args.exports and fmt not in args.exports.split(","):
                    continue
                out_dir = tmp / f"export-{fmt}-{int(public)}"
                t, cpu, res = _time(
                    lambda f=fmt, p=public, o=out_dir: export_registry(engine, ws, f, o, public=p)
                )
                size = sum(f.stat().st_size for f in out_dir.rglob("*") if f.is_file()) / 1e6
                label = f"`export --format {fmt}{' --public' if public else ''}`"
                rows.append((label, t, cpu, f"{res.persons:,} persons, {size:.0f} MB"))
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # report and exports; --keep DIR stays

    lines = [
        "# Stats, report and export speed",
        "",
        f"{args.persons:,} synthetic persons in a SQLite registry (one mention each); "
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPU cores shared with other work (load average {load_before} "
        f"before, {_load()} after). Regenerate: `python bench/stats.py`.",
        "",
        "| step | seconds | CPU seconds | output |",
        "|---|---:|---:|---|",
        *(f"| {name} | {sec:.2f} | {cpu:.2f} | {note} |" for name, sec, cpu, note in rows),
        "",
        "Goals: stats under 2 s, report under 30 s.",
    ]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.persons >= 1_000_000:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
