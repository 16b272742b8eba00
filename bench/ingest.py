"""Ingest speed: HTML pages per second and list rows per second, on one core.

Corpus: the bundled example generator run with successive seeds until it holds
at least 10,000 HTML pages (regional news and government sites), with the
Telegram exports and Mediazona-format lists of the same runs; and the real
ruCasualtiesPublic list (20,253 rows) from the shared data when present.

    python bench/ingest.py [--documents 10000]

Prints a markdown table and writes it to bench/results/ingest.md.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from pathlib import Path

import yaml
from common import markdown_table, shared_data, write_result

from headcount.demo import generate
from headcount.ingest.readers import read_file, walk
from headcount.ingest.run import ingest
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
    start = time.perf_counter()
    for path in walk(paths):
        for doc in read_file(path, path.read_bytes(), src, path.name):
            docs += 1
            mentions += len(doc.mentions)
    return docs, mentions, time.perf_counter() - start


def time_ingest(paths: list[Path], decl: dict, work: Path) -> tuple[int, int, float]:
    """(documents, mentions, seconds) to ingest into a fresh SQLite registry."""
    engine = open_registry(f"sqlite:///{work / 'registry.sqlite'}")
    src = parse_source(decl)
    start = time.perf_counter()
    report = ingest(engine, work / "archive", src, paths)
    seconds = time.perf_counter() - start
    assert report.ok, report.errors[:3]
    engine.dispose()
    return report.documents_new, report.mentions, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    rows: list[list[object]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
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
    note = (
        f"\nOne process, one core; {platform.python_implementation()} "
        f"{platform.python_version()} on {platform.machine()}. 'read only' parses and maps; "
        "'ingest' also archives the raw bytes and writes documents and mentions (SQLite, WAL, "
        "one transaction per file).\n"
    )
    out = write_result("ingest", "# Ingest speed\n\n" + table + note)
    print(table + note)
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
