"""Trace accuracy: case lists of missing people matched against a linked registry.

1. The bundled example (seed 2022, 300 people): its families' and consular
   missing-persons list (``corpus/family/missing_persons.csv``, Latin-script
   names as in passports) is traced against the demo registry with that list's
   own source left out (``exclude_sources``), and compared with the ground truth
   (``truth/mentions.csv``: which person each list row and each registry mention
   is). Precision and recall of the top candidate at the "possible" and "match"
   thresholds, and how many rows with a true counterpart have it ranked first.
2. The Mediazona foreign-fighters sample (shared data,
   ``war/mediazona_foreign_sample.json``) ingested as a list (profile
   mediazona) and linked; ``bench/data/mediazona_foreign_romanised.csv`` holds
   the same people's names romanised by hand as consulates write passport
   names (never by the project's transliterator), with birth dates where the
   list has them. Recall@1 and recall@3 of the right person among the ranked
   candidates and near-misses.

3. Generated consulate lists (``trace_lists.py``): seed 7, and the fresh seeds
   201-205 with a calibration table per seed, beside unidecode + Jaro-Winkler.

    python bench/trace.py [--skip-demo] [--skip-mediazona] [--fresh-seeds 201 202]

Prints a markdown report and writes it to bench/results/trace.md. Without the
shared data the second part says so and is skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import markdown_table, write_result

from headcount.names import loose_sorted_key, token_overlap
from headcount.store import schema as s
from headcount.trace import TraceResult, trace_table

HERE = Path(__file__).resolve().parent
DATA = Path(
    os.environ.get("HEADCOUNT_SHARED_DATA", Path(__file__).resolve().parents[1].parent / "shared"
                   / "data")
)  # fmt: skip
ROMANISED = HERE / "data" / "mediazona_foreign_romanised.csv"


def ranked(r: Any) -> list[str]:
    return [c.person_id for c in (r.candidates or r.near_misses)]


#: probability bins of the calibration tables
BINS = (0.0, 0.1, 0.5, 0.9, 0.99, 1.0001)


def calibration(scored: list[tuple[float, bool]]) -> str:
    """Predicted probability of each row's top candidate against the observed share
    of right ones, in bins: calibrated probabilities put the two close together."""
    lines = []
    for lo, hi in pairwise(BINS):
        inside = [ok for p, ok in scored if lo <= p < hi]
        mean = sum(p for p, _ in scored if lo <= p < hi) / len(inside) if inside else 0.0
        rate = sum(inside) / len(inside) if inside else 0.0
        shown = (f"{mean:.3f}", f"{rate:.3f}") if inside else ("", "")
        lines.append([f"{lo:.2f}–{min(hi, 1.0):.2f}", len(inside), *shown])
    return markdown_table(["predicted", "rows", "mean predicted", "observed right"], lines)


# ------------------------------------------------------------------ the example


def _person_truth(engine: Engine, root: Path, skip: str) -> dict[str, str]:
    """Registry person -> the truth person most of its mentions (outside ``skip``) are."""
    truth = list(csv.DictReader((root / "truth" / "mentions.csv").open(encoding="utf-8")))
    by_origin: dict[str, list[dict[str, str]]] = {}
    for t in truth:
        telegram = t["locator"] and "/telegram/" in t["path"]
        origin = f"{t['path']}#message={t['locator']}" if telegram else t["path"]
        by_origin.setdefault(origin, []).append(t)
    with engine.connect() as conn:
        rows = conn.execute(
            select(s.mention.c.id, s.mention.c.source, s.mention.c.locator, s.mention.c.name,
                   s.document.c.origin, s.person_mention.c.person_id)
            .join(s.document, s.document.c.id == s.mention.c.document_id)
            .join(s.person_mention, s.person_mention.c.mention_id == s.mention.c.id)
        ).all()  # fmt: skip
    votes: dict[str, Counter[str]] = {}
    for r in rows:
        if r.source == skip:
            continue
        cands = by_origin.get(r.origin, [])
        if r.locator.startswith("row:"):
            idx = str(int(r.locator[4:]) - 1)
            cands = [t for t in cands if t["locator"] == idx]
        if not cands:
            continue
        key = loose_sorted_key(r.name or "")
        best = max(cands, key=lambda t: token_overlap(loose_sorted_key(t["name_form"]), key))
        votes.setdefault(r.person_id, Counter())[best["person_id"]] += 1
    return {pid: c.most_common(1)[0][0] for pid, c in votes.items()}


def example(people: int = 300, seed: int = 2022) -> tuple[str, dict[str, Any]]:
    from headcount.pipeline import build_demo

    tmp = Path(tempfile.mkdtemp(prefix="hc-trace-bench-"))
    try:
        run = build_demo(tmp / "ws", people=people, seed=seed)
        root = run.workspace.root
        listed = pd.read_csv(root / "corpus" / "family" / "missing_persons.csv", dtype=str,
                             keep_default_na=False)  # fmt: skip
        truth = list(csv.DictReader((root / "truth" / "mentions.csv").open(encoding="utf-8")))
        row_truth = {int(t["locator"]) + 1: t["person_id"] for t in truth
                     if t["source"] == "family-missing"}  # fmt: skip
        start = time.perf_counter()
        result = trace_table(listed, run.engine, root, exclude_sources=["family-missing"])
        seconds = time.perf_counter() - start
        person_truth = _person_truth(run.engine, root, "family-missing")
        run.engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    present = {p for p in person_truth.values()}
    stats: dict[str, Any] = {"rows": len(result.rows), "seconds": seconds,
                             "persons": result.persons, "model": result.model}  # fmt: skip
    with_counterpart = [r for r in result.rows if row_truth.get(r.row) in present]
    stats["with_counterpart"] = len(with_counterpart)
    first = sum(1 for r in with_counterpart
                if ranked(r) and person_truth.get(ranked(r)[0]) == row_truth[r.row])  # fmt: skip
    stats["ranked_first"] = first
    lines = []
    cuts = (("possible (p >= 0.5)", result.possible), ("match (p >= 0.9)", result.match))
    for label, cut in cuts:
        predicted = [r for r in result.rows if r.best is not None and r.best.probability >= cut]
        correct = [r for r in predicted if r.best is not None
                   and person_truth.get(r.best.person_id) == row_truth.get(r.row)]  # fmt: skip
        p = len(correct) / len(predicted) if predicted else 1.0
        rc = len(correct) / len(with_counterpart) if with_counterpart else 1.0
        lines.append([label, len(predicted), len(correct), f"{p:.3f}", f"{rc:.3f}"])
    table = markdown_table(["top candidate at", "rows with one", "right person", "precision",
                            "recall"], lines)  # fmt: skip
    scored = [(r.best.probability, person_truth.get(r.best.person_id) == row_truth.get(r.row))
              for r in result.rows if r.best is not None]  # fmt: skip
    table += "\nCalibration (top candidate of every row that has one):\n\n" + calibration(scored)
    md = (f"### Bundled example (seed {seed}, {people} people)\n\n"
          f"{stats['rows']} list rows, {stats['with_counterpart']} of them with a true "
          f"counterpart among the registry's {stats['persons']} persons (the others are named "
          f"only by the families' list); model {stats['model']}; traced in "
          f"{stats['seconds']:.1f} s.\n\n{table}\n"
          f"True matches ranked first (whatever the probability): **{first} of "
          f"{stats['with_counterpart']}**.\n")  # fmt: skip
    return md, stats


# ------------------------------------------------------------------ consulate list


def baseline_ranks(registry: pd.DataFrame, listed: pd.DataFrame) -> list[list[tuple[str, float]]]:
    """The simplest honest trace: names folded to ASCII by unidecode, words sorted, every
    registry person ranked by Jaro-Winkler against each list row (the score as probability)."""
    import duckdb
    from unidecode import unidecode

    def key(name: str) -> str:
        return " ".join(sorted(unidecode(name).lower().replace("-", " ").split()))

    q = pd.DataFrame({"row": range(len(listed)), "q": [key(n) for n in listed["full_name"]]})
    r = pd.DataFrame({"pid": registry["person_id"], "r": [key(n) for n in registry["name"]]})
    con = duckdb.connect()
    con.register("q", q)
    con.register("r", r)
    top = con.execute("SELECT row, max_by([pid, jaro_winkler_similarity(q, r)::VARCHAR], "
                      "jaro_winkler_similarity(q, r), 3) FROM q CROSS JOIN r GROUP BY row"
                      ).fetchall()  # fmt: skip
    out: list[list[tuple[str, float]]] = [[] for _ in range(len(listed))]
    for row, best in top:
        out[row] = sorted(((pid, float(p)) for pid, p in best), key=lambda x: (-x[1], x[0]))
    return out


def _scores(ranks: list[list[tuple[str, float]]], truth: list[str | None],
            match: float) -> tuple[list[object], list[tuple[float, bool]]]:  # fmt: skip
    present = [i for i, t in enumerate(truth) if t is not None]
    at1 = sum(1 for i in present if ranks[i][:1] and ranks[i][0][0] == truth[i])
    at3 = sum(1 for i in present if truth[i] in [pid for pid, _ in ranks[i][:3]])
    scored = [(ranks[i][0][1], ranks[i][0][0] == truth[i]) for i in range(len(truth))
              if ranks[i]]  # fmt: skip
    confident = [ok for p, ok in scored if p >= match]
    wrong = sum(1 for ok in confident if not ok)
    absent = sum(1 for i, t in enumerate(truth) if t is None and ranks[i]
                 and ranks[i][0][1] >= match)  # fmt: skip
    n = len(present)
    return [f"{at1 / n:.3f}", f"{at3 / n:.3f}", len(confident), wrong, absent], scored


def _consulate_run(people: int, seed: int) -> dict[str, Any]:
    """One generated consulate list traced by headcount and by the baseline."""
    from trace_lists import consulate_case, load_registry, wikidata_names

    from headcount.store import open_registry

    pairs = DATA / "linkage" / "translit_ru" / "wd_russian_16"
    others = wikidata_names(pairs) if pairs.is_file() else None
    registry, listed, truth = consulate_case(people, seed, others=others)
    tmp = Path(tempfile.mkdtemp(prefix="hc-trace-consulate-"))
    try:
        engine = open_registry(f"sqlite:///{tmp / 'registry.db'}")
        load_registry(engine, registry)
        start = time.perf_counter()
        result = trace_table(listed, engine, None)
        seconds = time.perf_counter() - start
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ours = [[(c.person_id, c.probability) for c in (r.candidates or r.near_misses)]
            for r in result.rows]  # fmt: skip
    return {"ours": ours, "base": baseline_ranks(registry, listed), "truth": truth,
            "match": result.match, "seconds": seconds, "rows": len(listed),
            "registry": len(registry)}  # fmt: skip


def consulate(people: int = 300, seed: int = 7) -> tuple[str, dict[str, Any]]:
    run = _consulate_run(people, seed)
    truth = run["truth"]
    line_ours, scored_ours = _scores(run["ours"], truth, run["match"])
    line_base, scored_base = _scores(run["base"], truth, run["match"])
    n = sum(t is not None for t in truth)
    table = markdown_table(
        ["trace", "recall@1", "recall@3", "top at p >= 0.9", "of them wrong",
         "of them for a person in no registry"],
        [["headcount", *line_ours], ["unidecode + Jaro-Winkler (sorted words)", *line_base]],
    )  # fmt: skip
    md = (f"### Consulate list against a registry of foreigners (generated, seed {seed})\n\n"
          f"`bench/trace_lists.py`: {run['rows']} list rows (Latin passport spellings, given "
          f"name first), {n} of them in the registry of {run['registry']} foreigners "
          f"(Cyrillic, surname or given name first; Spanish double surnames, Arabic chains "
          f"with bin and al-, South Asian, Central Asian, African names and Wikidata names "
          f"of other origins); hard negatives share a surname and birth year. Traced in "
          f"{run['seconds']:.1f} s.\n\n{table}\n"
          f"Calibration, headcount (top candidate of every row):\n\n{calibration(scored_ours)}\n"
          f"Calibration, baseline (Jaro-Winkler as the probability):\n\n"
          f"{calibration(scored_base)}")  # fmt: skip
    return md, {"recall@1": line_ours[0], "wrong": line_ours[3]}


def fresh_seeds(seeds: list[int], people: int = 300) -> str:
    """The consulate case on seeds neither the bench's nor the calibration's: per seed,
    recall and confident errors of both traces, and the calibration in bins."""
    lines, cal_lines = [], []
    pooled: dict[str, list[tuple[float, bool]]] = {"headcount": [], "baseline": []}
    for seed in seeds:
        run = _consulate_run(people, seed)
        for label, key in (("headcount", "ours"), ("baseline", "base")):
            line, scored = _scores(run[key], run["truth"], run["match"])
            lines.append([seed, label, *line])
            pooled[label] += scored
            for lo, hi in pairwise(BINS):
                inside = [(p, ok) for p, ok in scored if lo <= p < hi]
                if inside:
                    mean = sum(p for p, _ in inside) / len(inside)
                    rate = sum(ok for _, ok in inside) / len(inside)
                    cal_lines.append([seed, label, f"{lo:.2f}–{min(hi, 1.0):.2f}", len(inside),
                                      f"{mean:.3f}", f"{rate:.3f}"])  # fmt: skip
    table = markdown_table(["seed", "trace", "recall@1", "recall@3", "top at p >= 0.9",
                            "of them wrong", "of them for a person in no registry"],
                           lines)  # fmt: skip
    cal = markdown_table(["seed", "trace", "predicted", "rows", "mean predicted",
                          "observed right"], cal_lines)  # fmt: skip
    return (f"### Consulate lists on fresh seeds ({', '.join(map(str, seeds))})\n\n"
            f"The same generator, seeds used neither above nor to fit the calibration "
            f"(101-104). Baseline: unidecode + Jaro-Winkler of the sorted words, the "
            f"similarity as the probability.\n\n{table}\n"
            f"Pooled calibration, headcount:\n\n{calibration(pooled['headcount'])}\n"
            f"Pooled calibration, baseline:\n\n{calibration(pooled['baseline'])}\n"
            f"Per seed (top candidate of every row; empty bins left out):\n\n{cal}")


# ------------------------------------------------------------------ mediazona


def mediazona(data: Path) -> tuple[str, dict[str, Any]] | None:
    from headcount.ingest.run import ingest
    from headcount.ingest.workspace import declared_paths, load_sources
    from headcount.link.run import link_registry
    from headcount.settings import init_workspace
    from headcount.store import open_registry

    sample = data / "war" / "mediazona_foreign_sample.json"
    if not sample.is_file():
        return None
    tmp = Path(tempfile.mkdtemp(prefix="hc-trace-mz-"))
    try:
        ws = init_workspace(tmp / "ws", "mediazona foreign")
        (ws.root / "data").mkdir()
        shutil.copy(sample, ws.root / "data" / sample.name)
        (ws.sources_dir / "mediazona.yml").write_text(
            "name: mediazona\nkind: list\npublisher: Mediazona / BBC Russian\nlanguage: ru\n"
            f"system: mediazona\nprofile: mediazona\npaths:\n- data/{sample.name}\n", "utf-8")
        engine = open_registry(ws.database_url)
        for src in load_sources(ws):
            ingest(engine, ws.archive_dir, src, declared_paths(ws, src), base=ws.root)
        link_registry(engine, ws.root, retrain=True)
        with engine.connect() as conn:
            person_of_uid = dict(conn.execute(
                select(s.mention.c.record_id, s.person_mention.c.person_id)
                .join(s.person_mention, s.person_mention.c.mention_id == s.mention.c.id)).all())
        uid_of = {str(x["originalId"]): x["uid"] for x in json.loads(sample.read_text("utf-8"))}
        listed = pd.read_csv(ROMANISED, dtype=str, keep_default_na=False)
        expected = [person_of_uid.get(uid_of.get(i, "")) for i in listed["mediazona_id"]]
        start = time.perf_counter()
        result: TraceResult = trace_table(listed.drop(columns=["mediazona_id"]), engine, ws.root)
        seconds = time.perf_counter() - start
        engine.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = len(listed)
    at1 = sum(1 for r, e in zip(result.rows, expected, strict=True) if e and ranked(r)[:1] == [e])
    at3 = sum(1 for r, e in zip(result.rows, expected, strict=True) if e and e in ranked(r)[:3])
    matched = sum(1 for r in result.rows if r.verdict == "match")
    wrong = sum(1 for r, e in zip(result.rows, expected, strict=True)
                if r.best is not None and r.best.probability >= result.match
                and r.best.person_id != e)  # fmt: skip
    misses = [f"{r.reference}" for r, e in zip(result.rows, expected, strict=True)
              if e not in ranked(r)[:3]]  # fmt: skip
    table = markdown_table(
        ["rows", "recall@1", "recall@3", "verdict match (p >= 0.9)", "of them wrong", "seconds"],
        [[n, f"{at1 / n:.3f}", f"{at3 / n:.3f}", matched, wrong, f"{seconds:.1f}"]],
    )
    scored = [(r.best.probability, r.best.person_id == e)
              for r, e in zip(result.rows, expected, strict=True) if r.best is not None]
    table += "\nCalibration (top candidate of every row that has one):\n\n" + calibration(scored)
    md = (f"### Mediazona foreign sample, names romanised by hand\n\n"
          f"{n} people of `war/mediazona_foreign_sample.json` (ingested with profile "
          f"mediazona and linked: {result.persons} persons; model {result.model}) traced by "
          f"`bench/data/mediazona_foreign_romanised.csv` (passport-style spellings: Uzbek, "
          f"Tajik, Kyrgyz, Kazakh, Azerbaijani, Belarusian and Ukrainian national "
          f"romanisations; Nepali and Indian names in their usual English spelling).\n\n"
          f"{table}\nNot among the top 3: {', '.join(misses) or 'none'}.\n")  # fmt: skip
    return md, {"recall@1": at1 / n, "recall@3": at3 / n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--skip-mediazona", action="store_true")
    parser.add_argument("--skip-consulate", action="store_true")
    parser.add_argument("--consulate-seed", type=int, default=7)
    parser.add_argument("--fresh-seeds", type=int, nargs="*", default=[201, 202, 203, 204, 205])
    args = parser.parse_args(argv)
    parts = ["# Trace benchmark\n",
             f"Python {platform.python_version()} on {platform.machine()}, "
             f"{os.cpu_count()} CPUs. `python bench/trace.py`.\n"]  # fmt: skip
    if not args.skip_demo:
        parts.append(example()[0])
    if not args.skip_consulate:
        parts.append(consulate(seed=args.consulate_seed)[0])
        if args.fresh_seeds:
            parts.append(fresh_seeds(args.fresh_seeds))
    if not args.skip_mediazona:
        out = mediazona(DATA) if DATA.is_dir() else None
        parts.append(out[0] if out else "### Mediazona foreign sample\n\nShared data not found "
                     "(set HEADCOUNT_SHARED_DATA): skipped.\n")  # fmt: skip
    report = "\n".join(parts)
    print(report)
    write_result("trace", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
