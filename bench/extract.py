"""Accuracy and speed of extraction on real gold data and on the demo corpus.

    python bench/extract.py [--docs N] [--skip-demo]

Reads ../shared/data/extraction (or $HEADCOUNT_SHARED_DATA/extraction):
- factRuEval-2016 devset and Collection5: person-name (PER) spans of bare natasha
  and as the extractor repairs them, scored two ways: exact span match, and
  token-level F1 (how naeval, which produced the published natasha figures,
  scores NER);
- NEREL v1.1 dev: (person, value) pairs of the relations DATE_OF_DEATH,
  AGE_DIED_AT, PLACE_OF_DEATH, DATE_OF_BIRTH, PLACE_OF_BIRTH against the fields
  the extractor attaches to a person (rules were developed looking at dev errors,
  so dev is not held out);
- gold obituaries (bench/data/obituaries/*.jsonl, or --gold DIR): person P/R/F1 and
  field accuracy per split and language, side by side with bare natasha;
- the demo corpus (headcount.demo.generate, seed 2022, 300 people): per-field
  accuracy of the mentions extracted from its documents against truth/mentions.csv;
- speed: documents/s of `headcount extract` on 1,000 Collection5 documents in one
  process, in two and on Spark local[2] (bench/extract_speed.py, which runs alone too).

Prints a markdown table and writes it to bench/results/extract.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HEADCOUNT_SHARED_DATA", ROOT.parent / "shared" / "data"))
RESULTS = ROOT / "bench" / "results" / "extract.md"
_TOKEN = re.compile(r"\w+|[^\w\s]")

Spans = set[tuple[int, int]]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- person spans


def factru_docs(root: Path) -> Iterator[tuple[str, Spans]]:
    for txt in sorted(root.glob("*.txt")):
        text = txt.read_text("utf-8")
        spans: dict[str, tuple[int, int]] = {}
        for line in txt.with_suffix(".spans").read_text("utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
        gold: Spans = set()
        for line in txt.with_suffix(".objects").read_text("utf-8").splitlines():
            head = line.split("#")[0].split()
            if len(head) >= 3 and head[1] == "Person":
                pieces = [spans[s] for s in head[2:] if s in spans]
                if pieces:
                    gold.add((min(a for a, _ in pieces), max(b for _, b in pieces)))
        yield text, gold


def collection5_docs(path: Path) -> Iterator[tuple[str, Spans]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            src = json.loads(line)["source"]
            yield src["text"], {(s["start"], s["stop"]) for s in src["spans"]
                                if s["type"] == "PER"}


def _tokens_in(text: str, spans: Spans) -> set[int]:
    out = set()
    for m in _TOKEN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            out.add(m.start())
    return out


def score_per(docs: list[tuple[str, Spans]], repaired: bool = False,
              latin_joined: bool = False) -> dict[str, Any]:
    """Exact and token P/R/F1 of PER spans: bare natasha, or with boundaries repaired
    (``latin_joined``: the corpus annotates "Имя Фамилия (Latin Name)" as one span)."""
    from headcount.extract import ner
    from headcount.extract.boundary import person_spans

    tp = n_pred = n_gold = 0
    ttp = tpred = tgold = 0
    for text, gold in docs:
        bare = [(e.start, e.end) for e in ner.entities(text) if e.type == "PER"]
        pred = set(person_spans(text, bare, latin_joined=latin_joined) if repaired else bare)
        tp += len(pred & gold)
        n_pred += len(pred)
        n_gold += len(gold)
        pt, gt = _tokens_in(text, pred), _tokens_in(text, gold)
        ttp += len(pt & gt)
        tpred += len(pt)
        tgold += len(gt)
    return {"docs": len(docs), "spans": n_gold, "exact": prf(tp, n_pred, n_gold),
            "token": prf(ttp, tpred, tgold)}


# ---------------------------------------------------------------- NEREL


RELATIONS = {"DATE_OF_DEATH": "death_date", "AGE_DIED_AT": "age",
             "PLACE_OF_DEATH": "place_of_death", "DATE_OF_BIRTH": "birth_date",
             "PLACE_OF_BIRTH": "place_of_birth"}


def nerel_docs(root: Path) -> Iterator[tuple[str, list[tuple[str, tuple[int, int],
                                                               tuple[int, int]]]]]:
    for ann in sorted(root.glob("*.ann")):
        text = ann.with_suffix(".txt").read_text("utf-8")
        ents: dict[str, tuple[int, int]] = {}
        rels = []
        for line in ann.read_text("utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("T") and len(cols) >= 2:
                kind_span = cols[1].split()
                if len(kind_span) >= 3 and ";" not in cols[1]:
                    ents[cols[0]] = (int(kind_span[1]), int(kind_span[2]))
            elif line.startswith("R") and len(cols) >= 2:
                kind, a1, a2 = cols[1].split()[:3]
                if kind in RELATIONS:
                    rels.append((kind, a1.split(":")[1], a2.split(":")[1]))
        gold = [(k, ents[a], ents[b]) for k, a, b in rels if a in ents and b in ents]
        yield text, gold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_nerel(root: Path, errors: list[dict[str, Any]] | None = None,
                ) -> dict[str, tuple[float, float, float, int]]:
    """(P, R, F1, gold pairs) per relation; ``errors`` gets every wrong and missed pair."""
    from headcount.extract import extract_text

    tp = dict.fromkeys(RELATIONS, 0)
    npred = dict.fromkeys(RELATIONS, 0)
    ngold = dict.fromkeys(RELATIONS, 0)
    for n_doc, (text, gold) in enumerate(nerel_docs(root)):
        preds: list[tuple[str, list[tuple[int, int]], tuple[int, int]]] = []
        for m in extract_text(text, "ru"):
            persons = [(s, e) for s, e in m["spans"]]
            for rel, field in RELATIONS.items():
                if field == "age" and m["status"] != "killed":
                    ev = None
                else:
                    ev = m["evidence"].get(field)
                if ev:
                    preds.append((rel, persons, (ev["start"], ev["end"])))
        used: set[int] = set()
        for rel, persons, value in preds:
            npred[rel] += 1
            for i, (grel, gp, gv) in enumerate(gold):
                if (i not in used and grel == rel and _overlap(value, gv)
                        and any(_overlap(p, gp) for p in persons)):
                    used.add(i)
                    tp[rel] += 1
                    break
            else:
                if errors is not None:
                    errors.append(_nerel_error(n_doc, text, "wrong", rel, persons[0], value))
        for i, (grel, gp, gv) in enumerate(gold):
            ngold[grel] += 1
            if errors is not None and i not in used:
                errors.append(_nerel_error(n_doc, text, "missed", grel, gp, gv))
    return {r: (*prf(tp[r], npred[r], ngold[r]), ngold[r]) for r in RELATIONS}


def _nerel_error(doc: int, text: str, kind: str, rel: str, person: tuple[int, int],
                 value: tuple[int, int]) -> dict[str, Any]:
    lo, hi = min(person[0], value[0]), max(person[1], value[1])
    return {"doc": doc, "kind": kind, "relation": rel, "person": text[person[0]:person[1]],
            "value": text[value[0]:value[1]],
            "context": text[max(0, lo - 120):hi + 120].replace("\n", " ")}


# ---------------------------------------------------------------- gold obituaries


GOLD_DIR = ROOT / "bench" / "data" / "obituaries"
GOLD_FIELDS = ("name", "birth_date", "death_date", "age", "region", "settlement", "citizenship",
               "unit", "rank", "channel", "status", "place_of_death", "other_dates")
#: the extractor's event names → the gold set's
_EVENT = {"award": "other", "departure": "other", "court": "other", "conscription": "other",
          "contact": "other", "missing": "other", "captured": "other", "wounded": "other",
          "deserted": "other", "repatriation": "other"}


def gold_records(dirs: list[Path]) -> list[dict[str, Any]]:
    """Every record of every ``*.jsonl`` in ``dirs`` (a bad line: a one-line error, skipped)."""
    out = []
    for d in dirs:
        for path in sorted(d.glob("*.jsonl")):
            for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    rec["persons"], rec["text"], rec["split"]
                except (ValueError, KeyError, TypeError) as exc:
                    print(f"{path.name}:{n}: skipped: {exc}", file=sys.stderr)
                    continue
                out.append(rec)
    return out


def _norm(value: Any) -> str:
    return " ".join(str(value).lower().replace("ё", "е").replace("—", "-").split())


def _region_code(name: Any) -> str | None:
    from headcount.reference import regions, ukraine

    if not name:
        return None
    key = _norm(name)
    for r in regions():
        if key in {_norm(r.name), *(_norm(a) for a in r.aliases)} or key == _norm(r.code):
            return r.code
    for p in ukraine():  # Ukraine's other oblasts ("Харьковская область" = UA-63)
        if p.kind == "oblast" and key in {_norm(p.name), _norm(p.name_uk), _norm(p.code)}:
            return p.code
    return key


def _value(person: dict[str, Any], field: str, predicted: bool) -> Any:
    if field == "name":
        return tuple(_norm(person.get(k) or "") for k in ("surname", "given_name", "patronymic"))
    value = person.get(field)
    if value in (None, "", {}, []):
        return None
    if field == "region":
        return _region_code(value)
    if field == "other_dates":
        return frozenset((_EVENT.get(k, k), str(v)) for k, v in value.items())
    if field == "age":
        return int(value)
    return _norm(value)


def _key(person: dict[str, Any]) -> tuple[str, str]:
    return _norm(person.get("surname") or ""), _norm(person.get("given_name") or "")


def _bare_persons(text: str) -> list[dict[str, Any]]:
    """Bare natasha: one person per PER span (names normalised, duplicates dropped), no fields."""
    from headcount.extract import ner
    from headcount.extract.namecase import parse_name

    out: dict[tuple[str, str], dict[str, Any]] = {}
    for e in ner.entities(text):
        if e.type == "PER":
            p = parse_name(text[e.start : e.end].split())
            person = {"surname": p.surname, "given_name": p.given, "patronymic": p.patronymic}
            out.setdefault(_key(person), person)
    return list(out.values())


def gold_predictions(records: list[dict[str, Any]], system: str) -> list[list[dict[str, Any]]]:
    """The persons ``system`` ("extract" or "natasha") finds in each record's text."""
    import warnings

    from headcount.extract import extract_text

    out = []
    for rec in records:
        if system == "natasha":
            out.append(_bare_persons(rec["text"]))
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out.append(extract_text(rec["text"], None, rec.get("published")))
    return out


def score_gold(records: list[dict[str, Any]], system: str,
               predictions: list[list[dict[str, Any]]] | None = None,
               ) -> dict[str, dict[str, Any]]:
    """Per split: person P/R/F1 and per-field accuracy of ``system`` ("extract" or "natasha").

    Persons match by surname + given name (case-free, ё = е). A field counts where the gold
    or the prediction has a value; it is right when they agree (dates at their precision);
    a gold person not found has every stated field wrong.
    """
    if predictions is None:
        predictions = gold_predictions(records, system)
    out: dict[str, dict[str, Any]] = {}
    for rec, preds in zip(records, predictions, strict=True):
        split = rec["split"]
        acc = out.setdefault(split, {"tp": 0, "pred": 0, "gold": 0, "texts": 0,
                                     "right": dict.fromkeys(GOLD_FIELDS, 0),
                                     "seen": dict.fromkeys(GOLD_FIELDS, 0)})
        acc["texts"] += 1
        acc["pred"] += len(preds)
        acc["gold"] += len(rec["persons"])
        free = list(preds)
        for g in rec["persons"]:
            m = next((p for p in free if _key(p) == _key(g)), None)
            if m is not None:
                free.remove(m)
                acc["tp"] += 1
            for f in GOLD_FIELDS:
                gv = _value(g, f, False)
                pv = _value(m, f, True) if m is not None else None
                if gv is None and pv is None:
                    continue
                acc["seen"][f] += 1
                acc["right"][f] += gv == pv
    for acc in out.values():
        acc["prf"] = prf(acc["tp"], acc["pred"], acc["gold"])
        acc["fields"] = {f: acc["right"][f] / acc["seen"][f] if acc["seen"][f] else 0.0
                         for f in GOLD_FIELDS}
        acc["mean"] = sum(acc["fields"].values()) / len(GOLD_FIELDS)
    return out


def gold_lines(dirs: list[Path]) -> list[str]:
    return gold_lines_for(gold_records(dirs))


def write_errors(records: list[dict[str, Any]], path: Path) -> int:
    """Every field a gold person and the extraction disagree on, one JSON line each."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for rec, preds in zip(records, gold_predictions(records, "extract"), strict=True):
            free = list(preds)
            for g in rec["persons"]:
                m = next((p for p in free if _key(p) == _key(g)), None)
                if m is not None:
                    free.remove(m)
                for f in GOLD_FIELDS:
                    gv = _value(g, f, False)
                    pv = _value(m, f, True) if m is not None else None
                    if gv != pv:
                        n += 1
                        out.write(json.dumps(
                            {"id": rec.get("id"), "person": list(_key(g)), "field": f,
                             "gold": _show(gv), "predicted": _show(pv),
                             "person_found": m is not None}, ensure_ascii=False) + "\n")
            for p in free:
                n += 1
                out.write(json.dumps({"id": rec.get("id"), "person": list(_key(p)),
                                      "field": "spurious person", "gold": None,
                                      "predicted": list(_key(p)), "person_found": False},
                                     ensure_ascii=False) + "\n")
    return n


def _show(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(list(v) for v in value)
    if isinstance(value, tuple):
        return list(value)
    return value


def gold_lines_for(records: list[dict[str, Any]]) -> list[str]:
    if not records:
        return []
    langs = sorted({r.get("lang", "?") for r in records})
    lines = ["", f"## Gold obituaries ({len(records)} texts; {', '.join(langs)})", "",
             "Written and annotated independently of the extractor; tuned on dev only.", "",
             "| split | system | texts | persons | P | R | F1 | "
             + " | ".join(GOLD_FIELDS) + " | mean |",
             "|---|---|---|---|---|---|---|" + "---|" * (len(GOLD_FIELDS) + 1)]
    groups = [("all", records)]
    if len(langs) > 1:
        groups += [(lang, [r for r in records if r.get("lang") == lang]) for lang in langs]
    # each text is read once per system, then scored in every group it belongs to
    found = {sys_: dict(zip((id(r) for r in records), gold_predictions(records, sys_),
                            strict=True)) for sys_ in ("natasha", "extract")}
    results = {(g, sys_): score_gold(recs, sys_, [found[sys_][id(r)] for r in recs])
               for g, recs in groups for sys_ in ("natasha", "extract")}
    for split in ("dev", "test"):
        for (group, sys_), label in (((g, s), f"{name} ({g})") for g, _ in groups
                                     for s, name in (("natasha", "bare natasha"),
                                                     ("extract", "extraction"))):
            a = results[(group, sys_)].get(split)
            if a is None:
                continue
            p, r, f = a["prf"]
            lines.append(f"| {split} | {label} | {a['texts']} | {a['gold']} | {p:.3f} | "
                         f"{r:.3f} | {f:.3f} | "
                         + " | ".join(f"{a['fields'][x]:.2f}" for x in GOLD_FIELDS)
                         + f" | {a['mean']:.3f} |")
            print(lines[-1], flush=True)
    return lines


def write_gold_section(gold: list[str]) -> None:
    """Replace the gold section of the results file (the rest kept), or write it alone."""
    old = RESULTS.read_text("utf-8").splitlines() if RESULTS.exists() else [
        "# Extraction benchmark", "", "Produced by `python bench/extract.py`."]
    start = next((i for i, line in enumerate(old) if line.startswith("## Gold obituaries")),
                 None)
    if start is None:
        lines = old + gold
    else:
        end = next((i for i in range(start + 1, len(old)) if old[i].startswith("## ")),
                   len(old))
        while start > 0 and not old[start - 1].strip():
            start -= 1
        lines = old[:start] + gold + ([""] if end < len(old) else []) + old[end:]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)} (gold section)")


# ---------------------------------------------------------------- demo corpus


DEMO_FIELDS = ("status", "status_date", "death_date", "birth_date", "age", "region",
               "settlement", "unit", "rank", "channel", "citizenship")


def score_demo() -> dict[str, tuple[float, float, int]] | None:
    try:
        from headcount.demo import generate
    except ImportError:
        return None
    from sqlalchemy import select

    from headcount.cli import run_ingest
    from headcount.extract import run_extract
    from headcount.extract.namecase import parse_name
    from headcount.ingest.workspace import load_sources
    from headcount.settings import init_workspace
    from headcount.store import open_registry
    from headcount.store import schema as s

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "demo"
        generate(out, seed=2022, people=300)
        ws = init_workspace(out, "bench")
        run_ingest(ws, [(src.name, []) for src in load_sources(ws)])
        engine = open_registry(ws.database_url)
        run_extract(engine, workers=2)
        with engine.connect() as conn:
            rows = conn.execute(
                select(s.mention, s.document.c.origin)
                .join(s.document, s.document.c.id == s.mention.c.document_id)
                .where(s.mention.c.extractor == "text")
            ).mappings().all()
            text_docs = {o for (o,) in conn.execute(
                select(s.document.c.origin).where(s.document.c.format.in_(
                    ["html", "text", "telegram", "jsonl"])))}
        truth = list(csv.DictReader((out / "truth" / "mentions.csv").open(encoding="utf-8")))
        engine.dispose()
    by_doc: dict[str, list[Any]] = {}
    for r in rows:
        by_doc.setdefault(r["origin"], []).append(r)
    correct = dict.fromkeys(("name", *DEMO_FIELDS), 0)
    gold = dict.fromkeys(("name", *DEMO_FIELDS), 0)
    stated = dict.fromkeys(("name", *DEMO_FIELDS), 0)
    matched_ids: set[str] = set()
    for t in truth:
        origin = t["path"] if not t["locator"] else f"{t['path']}#message={t['locator']}"
        if origin not in text_docs:
            continue  # list rows: mentions already, not extraction's work
        key = parse_name(t["name_form"].split()).surname_key
        gold["name"] += 1
        cands = [m for m in by_doc.get(origin, []) if m["id"] not in matched_ids
                 and parse_name((m["surname"] or "").split()).surname_key == key]
        m = cands[0] if cands else None
        if m is not None:
            matched_ids.add(m["id"])
            correct["name"] += 1
        for f in DEMO_FIELDS:
            if not t[f]:
                continue
            gold[f] += 1
            if m is not None and m[f] is not None and str(m[f]) == t[f]:
                correct[f] += 1
    for ms in by_doc.values():
        for m in ms:
            stated["name"] += 1
            if m["id"] in matched_ids:
                for f in DEMO_FIELDS:
                    stated[f] += m[f] is not None
    return {f: (correct[f] / stated[f] if stated[f] else 0.0,
                correct[f] / gold[f] if gold[f] else 0.0, gold[f]) for f in gold}


# ---------------------------------------------------------------- report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000, help="Collection5 documents to score")
    ap.add_argument("--speed-docs", type=int, default=1000,
                    help="documents for the speed section (bench/extract_speed.py)")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-demo", action="store_true")
    ap.add_argument("--gold", type=Path, action="append", default=None,
                    help="folder of gold obituary *.jsonl (repeatable; default "
                         "bench/data/obituaries)")
    ap.add_argument("--only-gold", action="store_true", help="score the gold obituaries only")
    ap.add_argument("--split", choices=("dev", "test"), default=None,
                    help="with --only-gold: score this split alone and print it (the results "
                         "file is left as it is)")
    ap.add_argument("--errors", type=Path, default=None,
                    help="with --split or --nerel: write every wrong or missing value to "
                         "this JSONL file (one line per text, person and field)")
    ap.add_argument("--nerel", choices=("dev", "train"), default=None,
                    help="score this NEREL split alone and print it (the results file is "
                         "left as it is)")
    args = ap.parse_args()
    data = SHARED / "extraction"
    if not data.is_dir():
        print(f"skipped: shared data not found at {data} (set HEADCOUNT_SHARED_DATA)")
        return 0
    if args.nerel:
        errors: list[dict[str, Any]] | None = [] if args.errors else None
        print("| relation | gold pairs | P | R | F1 |\n|---|---|---|---|---|")
        for rel, (p, r, f, n) in score_nerel(data / "NEREL" / args.nerel, errors).items():
            print(f"| {rel} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
        if args.errors and errors is not None:
            args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n"
                                           for e in errors), "utf-8")
            print(f"{len(errors)} wrong or missed pairs written to {args.errors}")
        return 0
    lines = ["# Extraction benchmark", "", "Produced by `python bench/extract.py`.", ""]
    if args.split:
        records = [r for r in gold_records(args.gold or [GOLD_DIR]) if r["split"] == args.split]
        gold_lines_for(records)
        if args.errors:
            n = write_errors(records, args.errors)
            print(f"{n} wrong or missing values written to {args.errors}")
        return 0
    gold = gold_lines(args.gold or [GOLD_DIR])
    if args.only_gold:
        write_gold_section(gold)
        return 0
    lines += ["## Person names (PER spans)", "",
              "Bare natasha NER, and the spans the extractor uses (boundaries repaired: "
              "descriptor words trimmed, spans cut at brackets and script changes).", "",
              "| corpus | spans | docs | gold spans | exact P | exact R | exact F1 | token P "
              "| token R | token F1 | natasha published F1 |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    c5 = list(collection5_docs(data / "collection5.raw.jsonl.gz"))[: args.docs]
    for name, docs, published, joined in (
        ("factRuEval-2016 devset", list(factru_docs(data / "factRuEval-2016" / "devset")),
         "0.959", False),
        ("Collection5", c5, "0.984", True),
    ):
        for label, repaired in (("bare natasha", False), ("repaired", True)):
            r = score_per(docs, repaired, joined)
            e, t = r["exact"], r["token"]
            lines.append(f"| {name} | {label} | {r['docs']} | {r['spans']} | {e[0]:.3f} | "
                         f"{e[1]:.3f} | {e[2]:.3f} | {t[0]:.3f} | {t[1]:.3f} | {t[2]:.3f} | "
                         f"{published} |")
            print(lines[-1], flush=True)
    lines += ["", "## Facts about birth and death, NEREL v1.1 dev (person, value) pairs", "",
              "| relation | gold pairs | P | R | F1 |", "|---|---|---|---|---|"]
    for rel, (p, r, f, n) in score_nerel(data / "NEREL" / "dev").items():
        lines.append(f"| {rel} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
        print(lines[-1], flush=True)
    lines += gold
    if not args.skip_demo:
        demo = score_demo()
        if demo:
            lines += ["", "## Demo corpus (seed 2022, 300 people), text documents only", "",
                      "| field | gold | precision | recall |", "|---|---|---|---|"]
            for f, (p, r, n) in demo.items():
                lines.append(f"| {f} | {n} | {p:.3f} | {r:.3f} |")
                print(lines[-1], flush=True)
    if not args.skip_speed:
        from extract_speed import MODES, speed_section

        section = speed_section(args.speed_docs, list(MODES))
        lines += ["", *(section or [])]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
