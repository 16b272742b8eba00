"""Derive the learned Latin -> Russian transcription rules (the ``wd`` convention).

Source: ``translit_ru/wd_russian_64`` of the shared data, the training split of
the English -> Russian person-name token pairs drawn from Wikidata by Y. Merhav
and S. Ash, "Design Challenges in Named Entity Transliteration", COLING 2018
(https://github.com/steveash/NETransliteration-COLING2018). Licence: CC0 1.0.
Only its dev part is read (``translit_split.part_of``): its test part is kept
for measuring names nothing was learned or tuned on; ``--with-16`` adds
``wd_russian_16``, the table the conventions and weights are tuned on.

1. Alignment: each Latin letter emits 0-3 Cyrillic letters (``sh`` -> ш + "",
   ``x`` -> кс, ``j`` -> дж). The joint probability of (letter, chunk) is
   fitted by EM (forward-backward, 6 rounds) over all pairs, and each pair is
   aligned by Viterbi. Pairs whose alignment costs more than 6 nats a letter
   (mostly pairs of unrelated tokens: yoritoshi / Мацудаира) are left out.
2. Rules: the chunk of a letter is decided by its context, from none to three
   letters either side plus the chunk written last (:data:`CHAIN` in
   ``headcount.names.russian``). A context seen at least ``--min-count`` times
   becomes a rule, with the share of each chunk in it, when those shares differ
   from the shorter context's by at least ``--delta`` (total variation); so the
   table holds only the exceptions, and the longest matching context decides
   when transcribing. The shares let a word be spelt more than one way, the
   likeliest spellings first (``headcount.names.russian.learned_spellings``).

Writes ``src/headcount/names/data/latin_to_russian.txt``: one rule a line,
``left|letter|right[|last chunk]<TAB>chunk:share<TAB>…`` (^ and $ are the word's ends);
and, from the same aligned pairs, the counts of the joint graphone model
(``headcount.names.graphones``) to ``data/graphones.txt``.

    python bench/translit_rules.py [--data PATH/wd_russian_64] [--with-16] [--min-count 3]
        [--delta 0.1] [--prior 0] [--aligned CACHE/aligned.tsv]
"""

from __future__ import annotations

import argparse
import math
import os
from collections import Counter, defaultdict
from pathlib import Path

from translit_split import part_of

from headcount.names.graphones import GraphoneModel
from headcount.names.russian import CHAIN, context_key

ROOT = Path(__file__).resolve().parents[1]
DATA = (
    Path(os.environ.get("HEADCOUNT_SHARED_DATA", ROOT.parent / "shared" / "data"))
    / "linkage"
    / "translit_ru"
    / "wd_russian_64"
)
OUT = ROOT / "src" / "headcount" / "names" / "data" / "latin_to_russian.txt"
GRAPHONES = OUT.with_name("graphones.txt")
MAX_CHUNK = 3  # Cyrillic letters one Latin letter may emit
MAX_COST = 6.0  # nats a letter, beyond which a pair is taken for noise
DELTA = 0.1  # how far a context's chunks must differ from its shorter context's to be kept
PRIOR = 0.0  # pseudo-count of the shorter context's shares added to a context's counts
MIN_SHARE = 0.01  # chunks rarer than this in a context are left out


def read_pairs(path: Path, part: str | None = None) -> list[tuple[str, str]]:
    """(latin, cyrillic) token pairs, lower case, Cyrillic letters joined; with
    ``part``, only the Latin tokens of that part of the split."""
    pairs = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] and parts[1]:
            if part is not None and part_of(parts[0]) != part:
                continue
            pairs.append((parts[0].lower(), parts[1].replace(" ", "").lower()))
    return pairs


def fit_alignment(pairs: list[tuple[str, str]], rounds: int = 6) -> dict[tuple[str, str], float]:
    """Joint probabilities of (Latin letter, Cyrillic chunk) by EM."""
    prob: dict[tuple[str, str], float] = defaultdict(lambda: 1e-3)
    for r in range(rounds):
        counts: dict[tuple[str, str], float] = defaultdict(float)
        for a, b in pairs:
            n, m = len(a), len(b)
            fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            fwd[0][0] = 1.0
            for i in range(1, n + 1):
                ch, row, prev = a[i - 1], fwd[i], fwd[i - 1]
                for j in range(m + 1):
                    row[j] = sum(
                        prev[j - k] * prob[(ch, b[j - k : j])]
                        for k in range(min(MAX_CHUNK, j) + 1)
                        if prev[j - k]
                    )
            z = fwd[n][m]
            if z < 1e-300:
                continue
            bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            bwd[n][m] = 1.0
            for i in range(n, 0, -1):
                ch, row, prev, fprev = a[i - 1], bwd[i], bwd[i - 1], fwd[i - 1]
                for j in range(m, -1, -1):
                    if not row[j]:
                        continue
                    for k in range(min(MAX_CHUNK, j) + 1):
                        if fprev[j - k]:
                            p = prob[(ch, b[j - k : j])]
                            prev[j - k] += row[j] * p
                            counts[(ch, b[j - k : j])] += fprev[j - k] * p * row[j] / z
        total = sum(counts.values())
        prob = defaultdict(
            lambda: 1e-9, {k: v / total for k, v in counts.items() if v / total > 1e-7}
        )
        print(f"EM round {r + 1}: {len(prob)} letter-chunk pairs", flush=True)
    return dict(prob)


def viterbi(a: str, b: str, prob: dict[tuple[str, str], float]) -> tuple[list[str], float] | None:
    """The likeliest chunk of each Latin letter, and its cost in nats a letter."""
    n, m = len(a), len(b)
    best = [[-math.inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        for j in range(m + 1):
            for k in range(min(MAX_CHUNK, j) + 1):
                p = prob.get((a[i - 1], b[j - k : j]))
                if p and best[i - 1][j - k] > -math.inf:
                    s = best[i - 1][j - k] + math.log(p)
                    if s > best[i][j]:
                        best[i][j], back[i][j] = s, k
    if best[n][m] == -math.inf:
        return None
    chunks, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        chunks.append(b[j - k : j])
        j -= k
    return chunks[::-1], -best[n][m] / n


def learn_table(
    aligned: list[tuple[str, list[str]]],
    min_count: int,
    delta: float = DELTA,
    prior: float = PRIOR,
) -> dict[str, list[tuple[str, float]]]:
    """Context -> chunks and their shares, shortest contexts first.

    A context is kept when seen ``min_count`` times (a single letter: once) and
    its chunks differ from those of the longest shorter context kept for it by
    at least ``delta`` (total variation): the table holds the exceptions only,
    and the longest matching context decides when transcribing. Its shares are
    smoothed towards that shorter context's: ``prior`` pseudo-counts spread as
    the shorter context's shares are added to its counts, so a context seen a
    few times keeps the other chunks its letter may have (0: the counts alone).
    Chunks rarer than :data:`MIN_SHARE` in a context are left out.
    """
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    shorter: dict[str, list[str]] = {}  # context -> its shorter contexts, shortest first
    for a, chunks in aligned:
        padded, last = "^" + a + "$", "^"
        for i, chunk in enumerate(chunks, start=1):
            keys = [context_key(padded, i, level, last) for level in CHAIN]
            for depth, key in enumerate(keys):
                stats[key][chunk] += 1
                shorter.setdefault(key, keys[:depth])
            last = chunk or last
    kept: dict[str, dict[str, float]] = {}
    for depth in range(len(CHAIN)):
        for key, parents in shorter.items():
            if len(parents) != depth:
                continue
            count = stats[key]
            total = sum(count.values())
            if total < (1 if depth == 0 else min_count):
                continue
            parent = next((kept[k] for k in reversed(parents) if k in kept), None)
            if parent is None or not prior:
                share = {chunk: n / total for chunk, n in count.items()}
            else:
                share = {chunk: (count.get(chunk, 0) + prior * parent.get(chunk, 0.0))
                         / (total + prior) for chunk in count.keys() | parent.keys()}  # fmt: skip
            if parent is not None:
                chunks = sorted(share.keys() | parent.keys())  # one order: one sum
                moved = sum(abs(share.get(c, 0.0) - parent.get(c, 0.0)) for c in chunks) / 2
                if moved < delta:
                    continue
            kept[key] = share
    return {
        key: sorted(
            ((c, p) for c, p in share.items() if p >= MIN_SHARE), key=lambda cp: (-cp[1], cp[0])
        )
        for key, share in kept.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--with-16", action="store_true",
                        help="learn from wd_russian_16 (beside --data) too")  # fmt: skip
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--graphones", type=Path, default=GRAPHONES)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--delta", type=float, default=DELTA)
    parser.add_argument("--prior", type=float, default=PRIOR)
    parser.add_argument("--aligned", type=Path,
                        help="dev pairs aligned already, or where to keep them once aligned "
                             "(not with --with-16)")  # fmt: skip
    args = parser.parse_args()
    if args.aligned is not None and args.with_16:
        # the cached pairs are the dev part's alone, aligned by an EM fitted on them: the
        # pairs of wd_russian_16 would be left out without a word
        parser.error("--with-16 fits the alignment on both tables: leave out --aligned")
    if args.aligned is not None and args.aligned.exists():
        # the pairs aligned by an earlier run (translit_rerank.py's cache: the dev part)
        lines = args.aligned.read_text("utf-8").splitlines()
        aligned = [(a, chunks.split(" ")) for a, chunks in (x.split("\t") for x in lines)]
    else:
        pairs = read_pairs(args.data, part="dev")  # the test part is never read
        if args.with_16:
            pairs += read_pairs(args.data.with_name("wd_russian_16"))
        prob = fit_alignment(pairs)
        aligned = []
        for a, b in pairs:
            found = viterbi(a, b, prob)
            if found is not None and found[1] <= MAX_COST:
                aligned.append((a, found[0]))
        print(f"{len(aligned)} of {len(pairs)} pairs aligned and kept")
        if args.aligned is not None and not args.with_16:  # kept for the next run
            args.aligned.write_text("".join(f"{a}\t{' '.join(ch)}\n" for a, ch in aligned),
                                    "utf-8")  # fmt: skip
    table = learn_table(aligned, args.min_count, args.delta, args.prior)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        key + "".join(f"\t{chunk}:{share:.3f}" for chunk, share in chunks)
        for key, chunks in sorted(table.items())
    ]
    header = (
        "# Latin -> Russian transcription rules learned by bench/translit_rules.py from\n"
        "# Wikidata person-name pairs (Merhav & Ash, COLING 2018), CC0 1.0: the dev part of\n"
        f"# wd_russian_64{' and wd_russian_16' if args.with_16 else ''}.\n"
        "# context<TAB>chunk:share<TAB>chunk:share... (left|letter|right[|last chunk])\n"
    )
    args.out.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(table)} rules, {args.out.stat().st_size} bytes -> {args.out}")
    model = GraphoneModel.learn(aligned)
    args.graphones.write_text(
        "# Joint graphone n-gram counts (headcount.names.graphones) learned by\n"
        "# bench/translit_rules.py from the same aligned pairs as latin_to_russian.txt.\n"
        "# graphone graphone ...<TAB>count (a graphone: Latin letter:Cyrillic chunk)\n"
        + "\n".join(model.lines())
        + "\n",
        "utf-8",
    )
    print(f"{len(model.counts)} graphone n-grams -> {args.graphones}")


if __name__ == "__main__":
    main()
