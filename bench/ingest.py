"""Ingest speed: HTML pages per second and list rows per second, on one core.

Corpus: the bundled example generator run with successive seeds until it holds
at least 10,000 HTML pages (regional news and government sites), with the
Telegram exports and Mediazona-format lists of the same runs; and the real
ruCasualtiesPublic list (20,253 rows) from the shared data when present.

Lists, per published format: generated lists of 20,000 rows with the messy
cells of real ones (``messy_lists.py``: placeholders, slips, bounds, unreadable
dates, call signs, non-countries, unmapped values, each class counted as
planted), the real samples and ruCasualtiesPublic: rows read, rows stored,
cells repaired, cells kept raw (warnings), and rows per second.

    python bench/ingest.py [--documents 10000] [--lists-only] [--rows 20000]

Prints markdown tables and writes them to bench/results/ingest.md (with
``--lists-only``, to bench/results/ingest-lists.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

import yaml
from common import markdown_table, shared_data, write_result
from messy_lists import Planted, lostarmour, mediazona

from headcount.demo import generate
from headcount.ingest.readers import read_file, walk
from headcount.ingest.run import IngestReport, ingest
from headcount.ingest.source import parse_source
from headcount.store import open_registry

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(out: Path, documents: int) -> dict[str, list[Path]]:
    """Generated files by format: html, telegram, list (mediazona JSON)."""
    files: dict[str, list[Path]] = {"html": [], "telegram": [], "list": []}
    seed, count = 1, 0
    while count < documents:
        corpus = generate(out / f"seed{seed}", seed=seed, people=300)
        for rel in corpus.files:
            path = corpus.root / rel
            if path.suffix == ".html":
                files["html"].append(path)
                count += 1
            elif path.name == "result.json":
                files["telegram"].append(path)
            elif path.name == "mediazona.json":
                files["list"].append(path)
        seed += 1
    return files


def time_read(paths: list[Path], decl: dict) -> tuple[int, int, float]:
    """(documents, mentions, seconds) to read files without storing them."""
    src = parse_source(decl)
    docs = mentions = 0
    start = time.process_time()
    for path in walk(paths):
        for doc in read_file(path, path.read_bytes(), src, path.name):
            docs += 1
            mentions += len(doc.mentions)
    return docs, mentions, time.process_time() - start


def time_ingest(paths: list[Path], decl: dict, work: Path) -> tuple[int, int, float]:
    """(documents, mentions, seconds) to ingest into a fresh SQLite registry."""
    report, seconds = run_ingest(paths, decl, work)
    return report.documents_new, report.mentions, seconds


def run_ingest(paths: list[Path], decl: dict, work: Path) -> tuple[IngestReport, float]:
    engine = open_registry(f"sqlite:///{work / 'registry.sqlite'}")
    src = parse_source(decl)
    start = time.process_time()
    report = ingest(engine, work / "archive", src, paths)
    seconds = time.process_time() - start
    assert report.ok, report.errors[:3]
    engine.dispose()
    return report, seconds


def rows_in(path: Path) -> int:
    """Rows of a list file, counted apart from the reader under test."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return sum(1 for _ in csv.DictReader(fh))
    return len(json.loads(path.read_text("utf-8")))


LIST_HEADER = ["list", "format", "rows read", "rows stored", "cells repaired",
               "cells kept raw (warnings)", "planted: slips / unreadable",
               "read only (rows/s)", "ingest (rows/s)"]  # fmt: skip


def bench_lists(tmp: Path, rows: int) -> list[list[object]]:
    """Per published list format: rows read / stored / repaired / kept raw, and speed."""
    cases: list[tuple[str, str, Path, dict, Planted | None]] = []
    for label, profile, make in (
        ("generated, messy", "mediazona", mediazona),
        ("generated, messy", "lostarmour", lostarmour),
    ):
        records, planted = make(rows, seed=7)
        path = tmp / f"{profile}-messy.json"
        path.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
        decl = {"name": profile, "kind": "list", "profile": profile}
        cases.append((f"{label} ({rows:,} rows)", profile, path, decl, planted))
    data = shared_data()
    if data:
        war = data / "war"
        for name, profile in (
            ("mediazona_foreign_sample.json", "mediazona"),
            ("lostarmour_mercenaries_sample.json", "lostarmour"),
        ):
            if (war / name).is_file():
                decl = {"name": profile, "kind": "list", "profile": profile}
                cases.append((f"real sample ({name})", profile, war / name, decl, None))
        real = war / "ruCasualtiesPublic" / "dfFatalitiesAnonymised.csv"
        if real.is_file():
            decl = yaml.safe_load(
                (ROOT / "examples" / "sources" / "ru_casualties_public.yml").read_text("utf-8")
            )
            cases.append(("ruCasualtiesPublic (real)", "CSV, own mapping", real, decl, None))
    out: list[list[object]] = []
    for i, (label, fmt, path, decl, planted) in enumerate(cases):
        _, read_rows, read_s = time_read([path], decl)
        work = tmp / f"list{i}"
        work.mkdir()
        report, seconds = run_ingest([path], decl, work)
        n = rows_in(path)
        assert report.mentions == n, (label, report.mentions, n)
        plant = f"{planted.repairable:,} / {planted.unreadable:,}" if planted else "–"
        out.append([label, fmt, f"{n:,}", f"{report.mentions:,}", f"{report.cells_repaired:,}",
                    f"{len(report.cell_warnings):,}", plant, f"{read_rows / read_s:,.0f}",
                    f"{report.mentions / seconds:,.0f}"])  # fmt: skip
        if planted:
            print(f"{label} {fmt}: planted {planted.classes}", file=sys.stderr)
            print(f"  warnings by kind: {report.warning_counts()}", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=20_000, help="rows of each generated list")
    parser.add_argument("--lists-only", action="store_true", help="only the list formats")
    args = parser.parse_args()
    rows: list[list[object]] = []
    note = (
        f"\nOne process, one core; {platform.python_implementation()} "
        f"{platform.python_version()} on {platform.machine()}; rates are rows (or pages, posts) "
        "per second of this process's CPU time, so that a machine shared with other work "
        "does not slow them. 'read only' parses and maps; "
        "'ingest' also archives the raw bytes and writes documents, mentions and cell "
        "warnings (SQLite, WAL, one transaction per file). Every list row is stored: "
        "'cells kept raw' are the cells no reading could be trusted for, each with one "
        "warning; 'planted' counts what the generator put in.\n"
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        lists = markdown_table(LIST_HEADER, bench_lists(tmp, args.rows))
        if args.lists_only:
            text = "# Ingest: published list formats\n\n" + lists + note
            out = write_result("ingest-lists", text)
            print(text)
            print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)
            return
        t0 = time.perf_counter()
        files = build_corpus(tmp / "corpus", args.documents)
        print(f"generated corpus in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        cases = [
            (
                "HTML pages (generated news + government)",
                files["html"],
                {"name": "html", "kind": "news", "format": "html"},
                "pages",
            ),
            (
                "Telegram posts (generated exports)",
                files["telegram"],
                {
                    "name": "tg",
                    "kind": "social",
                    "format": "telegram",
                    "url_template": "https://t.me/x/{id}",
                },
                "posts",
            ),
            (
                "list rows, Mediazona format (generated)",
                files["list"],
                {"name": "mz", "kind": "list", "profile": "mediazona"},
                "rows",
            ),
        ]
        data = shared_data()
        real = data / "war" / "ruCasualtiesPublic" / "dfFatalitiesAnonymised.csv" if data else None
        if real and real.is_file():
            decl = yaml.safe_load(
                (ROOT / "examples" / "sources" / "ru_casualties_public.yml").read_text("utf-8")
            )
            cases.append(("list rows, ruCasualtiesPublic CSV (real)", [real], decl, "rows"))
        else:
            print("shared data not found: skipping the real list", file=sys.stderr)
        for i, (label, paths, decl, unit) in enumerate(cases):
            docs, mentions, read_s = time_read(paths, decl)
            work = tmp / f"ws{i}"
            work.mkdir()
            n_docs, n_mentions, ingest_s = time_ingest(paths, decl, work)
            n = mentions if unit == "rows" else docs
            stored = n_mentions if unit == "rows" else n_docs
            rows.append([label, f"{n:,} {unit}", f"{n / read_s:,.0f}", f"{stored / ingest_s:,.0f}"])
    header = ["input", "size", f"read only ({'units'}/s)", "ingest into SQLite (units/s)"]
    table = markdown_table(header, rows)
    text = "# Ingest speed\n\n" + table + "\n## Published list formats\n\n" + lists + note
    out = write_result("ingest", text)
    print(text)
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
