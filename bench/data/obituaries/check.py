"""Validate the obituary gold files: python bench/data/obituaries/check.py [file.jsonl ...]"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = {"id", "lang", "split", "published", "kind", "classes", "text", "persons"}
PERSON_KEYS = {"surname", "given_name", "patronymic", "birth_date", "death_date", "age", "region",
               "settlement", "citizenship", "unit", "rank", "channel", "status", "place_of_death",
               "other_dates"}
OPTIONAL = {"call_sign", "guards", "region_inferred"}
CHANNELS = {None, "contract", "mobilised", "conscript", "volunteer_formation", "prisoner", "pmc",
            "foreign_contract", "regular"}
STATUSES = {"killed", "missing", "captured", "wounded", "deserted", "returned", "declared_dead",
            "serving"}
OTHER = {"funeral", "farewell", "contract", "mobilised", "citizenship", "reported", "other"}


def check(path):
    errors, ids, classes = [], set(), Counter()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        if set(rec) != KEYS:
            errors.append(f"{where}: keys {sorted(set(rec) ^ KEYS)}")
        if rec.get("id") in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rec.get("id"))
        if rec.get("split") not in ("dev", "test") or not DATE.match(rec.get("published", "")):
            errors.append(f"{where}: split/published")
        for c in rec.get("classes", []):
            classes[(c, rec.get("split"))] += 1
        for p in rec.get("persons", []):
            extra, missing = set(p) - PERSON_KEYS - OPTIONAL, PERSON_KEYS - set(p)
            if extra or missing:
                errors.append(f"{where}: person keys +{sorted(extra)} -{sorted(missing)}")
            for k in ("birth_date", "death_date"):
                if p.get(k) is not None and not DATE.match(p[k]):
                    errors.append(f"{where}: {k} {p[k]!r}")
            for k, v in (p.get("other_dates") or {}).items():
                if k not in OTHER or not DATE.match(v):
                    errors.append(f"{where}: other_dates {k}={v!r}")
            if p.get("channel") not in CHANNELS or p.get("status") not in STATUSES:
                errors.append(f"{where}: channel/status {p.get('channel')!r}/{p.get('status')!r}")
            if p.get("age") is not None and not isinstance(p["age"], int):
                errors.append(f"{where}: age {p['age']!r}")
            c = p.get("citizenship")
            if c is not None and not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(f"{where}: citizenship {c!r}")
            if not p.get("surname") and not p.get("given_name"):
                errors.append(f"{where}: person without a name")
    return errors, ids, classes


def main(paths):
    paths = paths or sorted(str(p) for p in Path(__file__).parent.glob("*.jsonl"))
    failed = False
    for path in paths:
        errors, ids, classes = check(path)
        print(f"{path}: {len(ids)} texts, {len(errors)} errors")
        for e in errors:
            print("  " + e)
        for c in sorted({c for c, _ in classes}):
            print(f"  {c:28} dev {classes[(c, 'dev')]:3}  test {classes[(c, 'test')]:3}")
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
