"""Noise mentions: what extraction makes a person that names no true person, and why.

Builds a generated corpus (the bundled demo, or a replicate of a simulation scenario),
ingests and extracts it (no linkage: quick), matches the mentions to the truth
(:func:`headcount.link.evaluate.demo_labels`) and sorts every mention the truth does not
know into a class:

``repeat``  the text names a true person whose name shares the stems of this one: one
            person named twice in a text and read as two ("о гибели Виталия Гусева" …
            "Виталий Сергеевич Гусев", "Похоронят Дамбу");
``place``   a place name read as a name ("…, 1998 г.р., Баргузин.");
``role``    a relative, an official, a speaker or a namesake given facts;
``rank``    a rank taken into the name;
``other``   anything else.

    python bench/persons_noise.py                      # the demo
    python bench/persons_noise.py --scenario positive --replicate 1
    python bench/persons_noise.py --show               # every noise mention in context

Prints counts by class (and with --show each mention with 100 characters around it).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import select

from headcount.demo import generate
from headcount.extract.boundary import RANK_WORDS
from headcount.extract.morph import parses
from headcount.extract.namestems import word_keys
from headcount.extract.places import is_place
from headcount.extract.roles import role_before
from headcount.extract.store import run_extract
from headcount.ingest.run import ingest
from headcount.ingest.workspace import declared_paths, load_sources
from headcount.link.evaluate import NOISE, _truth_key, demo_labels
from headcount.settings import init_workspace
from headcount.store import open_registry
from headcount.store import schema as s


def _stems(name: str) -> set[str]:
    words = name.replace(".", " ").split()
    return set().union(*word_keys(" ".join(words), "")) if words else set()


def classify(name: str, quote: str, text: str, start: int | None,
             true_names: list[str]) -> str:
    """The class of a noise mention (see the module docstring)."""
    mine = _stems(quote or name)
    if mine and any(mine & _stems(t) for t in true_names):
        return "repeat"
    words = (quote or name).split()
    if words and words[0].lower().replace("ё", "е") in RANK_WORDS:
        return "rank"
    listed = start is not None and text[max(0, start - 2) : start] == ", " and text[
        start + len(quote) : start + len(quote) + 1] in (".", ",")  # "…, 1998 г.р., Тара."
    if len(words) == 1 and (listed or is_place(words[0]) or any(
            "Geox" in p.tag.grammemes for p in parses(words[0].lower()))):
        return "place"
    if start is not None and role_before(text, start):
        return "role"
    return "other"


def build(root: Path, scenario: str | None, seed: int) -> None:
    """The corpus written, ingested and extracted into ``root``."""
    if scenario:
        from headcount.simulate.study import planner

        generate(root, seed=seed, people=300, planner=planner(scenario))
    else:
        generate(root, seed=seed, people=300)
    ws = init_workspace(root, "noise bench")
    engine = open_registry(ws.database_url)
    for src in load_sources(ws):
        ingest(engine, ws.archive_dir, src, declared_paths(ws, src), base=ws.root)
    run_extract(engine)
    engine.dispose()


def run(root: Path, show: bool) -> Counter[str]:
    """Noise mentions of the registry in ``root`` (built by :func:`build`) by class."""
    ws = init_workspace(root, "noise bench")
    engine = open_registry(ws.database_url)
    truth = demo_labels(engine, root)
    label = dict(zip(truth.mention_ids, truth.truth, strict=True))
    by_doc: dict[str, list[str]] = defaultdict(list)
    with (root / "truth" / "mentions.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_doc[_truth_key(row)].append(row["name_form"])
    m, d = s.mention, s.document
    with engine.connect() as conn:
        rows = conn.execute(select(m.c.id, m.c.name, m.c.evidence, d.c.origin, d.c.text)
                            .join(d, d.c.id == m.c.document_id)).all()
    engine.dispose()
    counts: Counter[str] = Counter()
    for mid, name, evidence, origin, text in rows:
        if not label[mid].startswith(NOISE):
            continue
        ev = (evidence or {}).get("name", {})
        start, quote = ev.get("start"), ev.get("quote") or name or ""
        kind = classify(name or "", quote, text or "", start,
                        by_doc.get(origin, []))
        counts[kind] += 1
        if show and start is not None:
            ctx = (text or "")[max(0, start - 100) : start + len(quote) + 100]
            print(f"{kind:7} {origin}: …{ctx.replace(chr(10), ' | ')}…")
    counts["mentions"] = len(rows)
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", help="a simulation scenario (default: the bundled demo)")
    ap.add_argument("--replicate", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="print every noise mention")
    ap.add_argument("--workspace", type=Path,
                    help="a corpus already built and extracted here (e.g. by an earlier "
                         "extractor version): classify its noise, build nothing")
    a = ap.parse_args()
    seed = 2022
    if a.scenario:
        from headcount.demo.scenarios import BY_NAME

        seed = 1000 * (1 + list(BY_NAME).index(a.scenario)) + a.replicate  # as the study
    t0 = time.perf_counter()
    if a.workspace is not None:
        counts = run(a.workspace, a.show)
    else:
        with tempfile.TemporaryDirectory(prefix="headcount-noise-") as tmp:
            build(Path(tmp), a.scenario, seed)
            counts = run(Path(tmp), a.show)
    noise = sum(v for k, v in counts.items() if k != "mentions")
    kinds = ", ".join(f"{k} {v}" for k, v in counts.most_common() if k != "mentions") or "—"
    what = a.workspace.name if a.workspace is not None else a.scenario or "demo"
    print(f"{what}: {counts['mentions']} mentions, {noise} noise ({kinds}); "
          f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
