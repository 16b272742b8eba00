"""Train the date-role model (`headcount.extract.date_roles`) on the gold obituaries' dev halves.

    python bench/train_date_roles.py                 # fit on every dev text, write the model
    python bench/train_date_roles.py --cv 5 --cache DIR   # 5-fold cross-validation on dev
    python bench/train_date_roles.py --test --cache DIR   # the shipped fit on the test halves

Every date the date finder finds in a dev text is labelled with what the gold says it dates
(a person's birth or death, an event of ``other_dates``, or nothing) and the model is a
multinomial logistic regression (scikit-learn) over `date_roles.features`. The test halves
are never used to fit or to choose anything; ``--test`` reports them.

``--cache DIR`` keeps each split's extraction (without the fallback) in DIR, so the
cross-validation and the thresholds apply the fallback to the same mentions.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import gold_records, score_gold

from headcount.extract import date_roles

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "data" / "obituaries"
MODEL = ROOT / "src" / "headcount" / "extract" / "date_roles.json"
#: the guide's events that the scoring counts as "other"
_OTHER = {"award", "departure", "court", "conscription", "contact", "missing", "captured",
          "wounded", "deserted", "repatriation"}


def prepared(rec: dict[str, Any]) -> tuple[str, str, Any]:
    """The text as extraction reads it, its language and publication date."""
    from headcount.extract.datelines import blank_datelines
    from headcount.extract.pipeline import as_date
    from headcount.extract.text import MAX_CHARS, clean, detect_language

    text, _ = clean(rec["text"], MAX_CHARS)
    text = blank_datelines(text)
    return text, detect_language(text).lower()[:2], as_date(rec.get("published"))


def labels(rec: dict[str, Any]) -> dict[str, str]:
    """Date value -> the role the gold gives it (a death before a birth before an event)."""
    out: dict[str, str] = {}
    for p in rec["persons"]:
        for k, v in (p.get("other_dates") or {}).items():
            role = "other" if k in _OTHER else k
            if role in date_roles.ROLES:
                out.setdefault(str(v), role)
    for p in rec["persons"]:
        if p.get("birth_date"):
            out[str(p["birth_date"])] = "birth"
    for p in rec["persons"]:
        if p.get("death_date"):
            out[str(p["death_date"])] = "death"
    return out


def examples(recs: list[dict[str, Any]]) -> tuple[list[list[str]], list[str], list[str]]:
    """Features, role and text id of every date found in ``recs``."""
    from headcount.extract.sentences import sentence_bounds

    X, y, ids = [], [], []
    for rec in recs:
        text, lang, pub = prepared(rec)
        gold = labels(rec)
        dates = [d for d in date_roles.found_dates(text, lang, pub) if d.kind != "report"]
        bounds = sentence_bounds(text)
        for d in dates:
            X.append(date_roles.features(text, d, lang, pub, bounds, dates))
            y.append(gold.get(d.value, "none"))
            ids.append(rec["id"])
    return X, y, ids


def fit(X: list[list[str]], y: list[str], c: float, min_count: int = 3,
        roles: tuple[str, ...] = date_roles.ROLES) -> date_roles.Model:
    """A multinomial logistic regression of ``y`` (one of ``roles``) on the features ``X``
    seen at least ``min_count`` times, as plain weights (tiny ones pruned)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats in X for f in set(feats))
    rows = [{f: 1.0 for f in feats if counts[f] >= min_count} for feats in X]
    vec = DictVectorizer()
    matrix = vec.fit_transform(rows)
    classes = [r for r in roles if r in set(y)]
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit(matrix, [classes.index(v) for v in y])
    coef = lr.coef_
    weights: dict[str, dict[int, float]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        ws = {k: round(float(coef[k, j]), 3) for k in range(len(classes))
              if abs(coef[k, j]) >= 0.01}
        if ws:
            weights[str(name)] = ws
    return date_roles.Model(tuple(classes), tuple(round(float(b), 4) for b in lr.intercept_),
                            weights)


def cached(split: str, recs: list[dict[str, Any]], cache: Path) -> dict[str, list[dict]]:
    from headcount.extract import extract_text

    path = cache / f"mentions_{split}.json"
    if path.is_file():
        return json.loads(path.read_text("utf-8"))
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for rec in recs:
            out[rec["id"]] = extract_text(rec["text"], None, rec.get("published"),
                                          learned=False)
    path.write_text(json.dumps(out, ensure_ascii=False, default=str), "utf-8")
    return out


def apply(recs: list[dict[str, Any]], mentions: dict[str, list[dict]],
          model: date_roles.Model, threshold: float) -> list[list[dict[str, Any]]]:
    out = []
    for rec in recs:
        ms = copy.deepcopy(mentions[rec["id"]])
        text, lang, pub = prepared(rec)
        date_roles.fill_dates(text, lang, pub, ms, model, threshold)
        out.append(ms)
    return out


def row(name: str, scores: dict[str, Any]) -> str:
    f = scores["fields"]
    return (f"| {name} | {scores['texts']} | {scores['prf'][2]:.3f} | "
            f"{f['birth_date']:.3f} | {f['death_date']:.3f} | {f['other_dates']:.3f} | "
            f"{scores['mean']:.3f} |")


HEAD = ("| run | texts | person F1 | birth_date | death_date | other_dates | field mean |\n"
        "|---|---|---|---|---|---|---|")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, action="append")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--cv", type=int, default=0, help="folds of a cross-validation on dev")
    ap.add_argument("--test", action="store_true", help="score the test halves (reported only)")
    ap.add_argument("--cache", type=Path, help="folder keeping each split's extraction")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--out", type=Path, default=MODEL)
    a = ap.parse_args()
    recs = gold_records(a.gold or [GOLD])
    dev = [r for r in recs if r["split"] == "dev"]
    X, y, ids = examples(dev)
    print(f"{len(dev)} dev texts, {len(X)} dates: {Counter(y).most_common()}", file=sys.stderr)
    thresholds = [float(t) for t in a.thresholds.split(",")]
    if a.cv:
        if a.cache is None:
            ap.error("--cv needs --cache")
        a.cache.mkdir(parents=True, exist_ok=True)
        mentions = cached("dev", dev, a.cache)
        order = sorted({r["id"] for r in dev})
        fold = {t: i % a.cv for i, t in enumerate(order)}
        preds: dict[float, dict[str, list[dict]]] = {t: {} for t in thresholds}
        right = total = 0
        for k in range(a.cv):
            train = [i for i, t in enumerate(ids) if fold[t] != k]
            model = fit([X[i] for i in train], [y[i] for i in train], a.c)
            held = [r for r in dev if fold[r["id"]] == k]
            for i, t in enumerate(ids):
                if fold[t] == k:
                    total += 1
                    right += model.role(X[i])[0] == y[i]
            for t in thresholds:
                for rec, ms in zip(held, apply(held, mentions, model, t), strict=True):
                    preds[t][rec["id"]] = ms
        print(f"role accuracy, {a.cv}-fold: {right / total:.3f} of {total} dates")
        print(HEAD)
        print(row("rules alone (dev)", score_gold(dev, "extract",
                                                  [mentions[r["id"]] for r in dev])["dev"]))
        for t in thresholds:
            print(row(f"with the fallback at {t} ({a.cv}-fold)",
                      score_gold(dev, "extract", [preds[t][r["id"]] for r in dev])["dev"]))
        return 0
    model = fit(X, y, a.c)
    if a.test:
        if a.cache is None:
            ap.error("--test needs --cache")
        a.cache.mkdir(parents=True, exist_ok=True)
        test = [r for r in recs if r["split"] == "test"]
        mentions = cached("test", test, a.cache)
        print(HEAD)
        print(row("rules alone (test)", score_gold(test, "extract",
                                                   [mentions[r["id"]] for r in test])["test"]))
        for t in thresholds:
            print(row(f"with the fallback at {t} (test)",
                      score_gold(test, "extract", apply(test, mentions, model, t))["test"]))
        return 0
    a.out.write_text(json.dumps(model.as_json(), ensure_ascii=False, separators=(",", ":")),
                     "utf-8")
    print(f"{a.out.name}: {len(model.weights)} features, classes {model.classes}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
