"""Field accuracy of the gold obituaries by the classes their texts exercise.

    python bench/extract.py --only-gold --split dev --errors dev-errors.jsonl
    python bench/extract_classes.py dev-errors.jsonl --split dev

Every gold text lists its classes (`bench/data/obituaries/GUIDE.md`). For each class: how
many of its texts' field values are right — the scored fields of every gold person (one
set for a text with none), less the wrong or missing values and spurious persons' fields the errors
file records for those texts. A text counts in each of its classes. Only counts are read,
so the figure can be taken on a test half without reading its texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import GOLD_DIR, GOLD_FIELDS, gold_records


def by_class(errors: Path, split: str, gold: Path = GOLD_DIR) -> dict[str, tuple[int, float]]:
    """class -> (texts, share of field values right) on ``split`` of the gold in ``gold``."""
    wrong = Counter(json.loads(line)["id"] for line in errors.read_text("utf-8").splitlines()
                    if line.strip())  # fmt: skip
    values: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    for doc in gold_records([gold]):
        if doc["split"] != split:
            continue
        n = max(len(doc["persons"]), 1) * len(GOLD_FIELDS)
        for cls in doc.get("classes", []):
            values[cls] += n
            bad[cls] += wrong[doc["id"]]
            texts[cls] += 1
    return {c: (texts[c], 1 - bad[c] / values[c]) for c in values}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("errors", type=Path, help="an errors file of bench/extract.py")
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    args = parser.parse_args()
    rows = sorted(by_class(args.errors, args.split, args.gold).items(), key=lambda kv: kv[1][1])
    print("| class | texts | right |\n|---|---|---|")
    for cls, (n, acc) in rows:
        print(f"| {cls} | {n} | {acc:.3f} |")


if __name__ == "__main__":
    main()
