"""Train the home-place model (`headcount.extract.home_roles`) on the gold obituaries' dev halves.

    python bench/train_home_roles.py --cache DIR              # fit on every dev text, write it
    python bench/train_home_roles.py --cv 5 --cache DIR       # 5-fold cross-validation on dev
    python bench/train_home_roles.py --cv 5 --cache DIR --hold 'ru16-,en_uk16-' \\
        --readings DIR/fr16.json ...                          # fit without those texts, apply
                                                              # to their first readings

Every town or village the package's gazetteers find in a dev text is labelled with what the
gold says it is (a person's home ``settlement``, a ``place_of_death``, or nothing) and the
model is a multinomial logistic regression (scikit-learn) over `home_roles.features`. The
test halves are never read.

``--cache DIR`` keeps the dev extraction without the learned fallbacks in DIR
(``mentions_dev.json``, as ``bench/train_date_roles.py`` writes it): the features read the
rules' mentions (their names and the places they hold) and the cross-validation applies the
fallback to the same mentions.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import gold_records, score_gold
from train_date_roles import cached, prepared
from train_date_roles import fit as fit_roles

from headcount.extract import home_roles
from headcount.extract.date_roles import Model

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "data" / "obituaries"
MODEL = ROOT / "src" / "headcount" / "extract" / "home_roles.json"


def dev_mentions(dev: list[dict[str, Any]], cache: Path) -> dict[str, list[dict[str, Any]]]:
    """The rules' mentions of every dev text, from the cache (texts it lacks read and added)."""
    import warnings

    from headcount.extract import extract_text

    mentions = cached("dev", dev, cache)
    missing = [r for r in dev if r["id"] not in mentions]
    if missing:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for rec in missing:
                mentions[rec["id"]] = extract_text(rec["text"], None, rec.get("published"),
                                                   learned=False)
        (cache / "mentions_dev.json").write_text(
            json.dumps(mentions, ensure_ascii=False, default=str), "utf-8")
    return mentions


def labels(rec: dict[str, Any]) -> dict[str, str]:
    """Normalised place name -> what the gold makes of it (a home before a place of death)."""
    out: dict[str, str] = {}
    for p in rec["persons"]:
        if p.get("place_of_death"):
            out[home_roles._norm(p["place_of_death"])] = "death"
    for p in rec["persons"]:
        if p.get("settlement"):
            out[home_roles._norm(p["settlement"])] = "home"
    return out


def examples(recs: list[dict[str, Any]], mentions: dict[str, list[dict[str, Any]]]
             ) -> tuple[list[list[str]], list[str], list[str]]:
    """Features, role and text id of every place found in ``recs``."""
    X, y, ids = [], [], []
    for rec in recs:
        text, lang, _ = prepared(rec)
        gold = labels(rec)
        ms = mentions[rec["id"]]
        bounds = home_roles.sentence_spans(text)
        places = home_roles.candidates(text, lang, ms, bounds)
        for p in places:
            X.append(home_roles.features(text, p, lang, ms, bounds, places))
            y.append(gold.get(home_roles._norm(p.name), "none"))
            ids.append(rec["id"])
    return X, y, ids


def fit(X: list[list[str]], y: list[str], c: float, min_count: int = 3) -> Model:
    return fit_roles(X, y, c, min_count, home_roles.ROLES)


def apply(recs: list[dict[str, Any]], mentions: dict[str, list[dict[str, Any]]],
          model: Model | None, threshold: float, death: float | None = None
          ) -> list[list[dict[str, Any]]]:
    out = []
    for rec in recs:
        ms = copy.deepcopy(mentions[rec["id"]])
        if model is not None:
            text, lang, _ = prepared(rec)
            home_roles.fill_homes(text, lang, ms, model, threshold, death)
        out.append(ms)
    return out


FIELDS = ("region", "settlement", "place_of_death", "citizenship")
HEAD = ("| run | texts | person F1 | " + " | ".join(FIELDS) + " | field mean |\n"
        "|---|---|---|" + "---|" * len(FIELDS) + "---|")


def row(name: str, scores: dict[str, Any]) -> str:
    f = scores["fields"]
    return (f"| {name} | {scores['texts']} | {scores['prf'][2]:.3f} | "
            + " | ".join(f"{f[x]:.3f}" for x in FIELDS) + f" | {scores['mean']:.4f} |")


def _accuracy(model: Model, X: list[list[str]], y: list[str], threshold: float
              ) -> tuple[int, int, int]:
    """(homes proposed at ``threshold``, of them right, gold homes) of a set of examples."""
    k = model.classes.index("home")
    said = [model.proba(x)[k] >= threshold for x in X]
    return sum(said), sum(s and v == "home" for s, v in zip(said, y, strict=True)), \
        sum(v == "home" for v in y)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, action="append")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=3, help="least texts' count of a feature")
    ap.add_argument("--cv", type=int, default=0, help="folds of a cross-validation on dev")
    ap.add_argument("--cache", type=Path, required=True,
                    help="folder keeping the dev extraction without the learned fallbacks")
    ap.add_argument("--hold", default="",
                    help="comma-separated id prefixes left out of the fit and scored on "
                         "--readings (the first readings of those texts)")
    ap.add_argument("--readings", type=Path, nargs="*", default=[],
                    help="JSON files of mentions by text id: the held texts' first readings")
    ap.add_argument("--thresholds", default="0.4,0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--death", type=float, default=None,
                    help="also fill an empty place of death at this probability")
    ap.add_argument("--out", type=Path, default=MODEL)
    a = ap.parse_args()
    recs = gold_records(a.gold or [GOLD])
    dev = [r for r in recs if r["split"] == "dev"]
    del recs  # the test halves are never read
    a.cache.mkdir(parents=True, exist_ok=True)
    mentions = dev_mentions(dev, a.cache)
    thresholds = [float(t) for t in a.thresholds.split(",")]
    if a.hold:
        prefixes = tuple(a.hold.split(","))
        held = [r for r in dev if r["id"].startswith(prefixes)]
        train = [r for r in dev if not r["id"].startswith(prefixes)]
        readings: dict[str, list[dict[str, Any]]] = {}
        for path in a.readings:
            readings.update(json.loads(path.read_text("utf-8")))
        held = [r for r in held if r["id"] in readings]
        X, y, _ = examples(train, mentions)
        model = fit(X, y, a.c, a.min_count)
        print(f"fit on {len(train)} dev texts, {len(X)} places; scored on the first readings "
              f"of {len(held)} texts")
        print(HEAD)
        print(row("first readings, rules alone",
                  score_gold(held, "extract", apply(held, readings, None, 1))["dev"]))
        for t in thresholds:
            print(row(f"first readings + fallback at {t}",
                      score_gold(held, "extract", apply(held, readings, model, t, a.death))["dev"]))
        return 0
    X, y, ids = examples(dev, mentions)
    print(f"{len(dev)} dev texts, {len(X)} places: {Counter(y).most_common()}", file=sys.stderr)
    if a.cv:
        order = sorted({r["id"] for r in dev})
        fold = {t: i % a.cv for i, t in enumerate(order)}
        preds: dict[float, dict[str, list[dict[str, Any]]]] = {t: {} for t in thresholds}
        tally: dict[float, list[int]] = {t: [0, 0, 0] for t in thresholds}
        for k in range(a.cv):
            train_rows = [i for i, t in enumerate(ids) if fold[t] != k]
            model = fit([X[i] for i in train_rows], [y[i] for i in train_rows], a.c,
                        a.min_count)
            test_rows = [i for i, t in enumerate(ids) if fold[t] == k]
            held = [r for r in dev if fold[r["id"]] == k]
            for t in thresholds:
                n, right, gold = _accuracy(model, [X[i] for i in test_rows],
                                           [y[i] for i in test_rows], t)
                tally[t] = [tally[t][0] + n, tally[t][1] + right, tally[t][2] + gold]
                for rec, ms in zip(held, apply(held, mentions, model, t, a.death), strict=True):
                    preds[t][rec["id"]] = ms
        print(HEAD)
        print(row("rules alone (dev)",
                  score_gold(dev, "extract", [mentions[r["id"]] for r in dev])["dev"]))
        for t in thresholds:
            n, right, gold = tally[t]
            print(row(f"fallback at {t} ({a.cv}-fold; places said home {n}, right {right}, "
                      f"gold homes {gold})",
                      score_gold(dev, "extract", [preds[t][r["id"]] for r in dev])["dev"]))
        return 0
    model = fit(X, y, a.c, a.min_count)
    a.out.write_text(json.dumps(model.as_json(), ensure_ascii=False, separators=(",", ":")),
                     "utf-8")
    print(f"{a.out.name}: {len(model.weights)} features, classes {model.classes}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
