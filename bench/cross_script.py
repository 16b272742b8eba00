"""A cross-script people table: one Latin and one Cyrillic row per person.

Built from English -> Russian name-token pairs (translit_ru/wd_russian_16):
each person's given name and surname are drawn independently (so of
independent origins: "Andrew" with "Fukugōriki"); the Latin row is written
surname first or given name first at random, and so is the Cyrillic row; each
row's birth date is full, the year only or missing; some people have a hard
negative: another person with the same surname and birth year.

    from cross_script import read_pairs, people_table
    df, truth = people_table(read_pairs(path), people=1500, seed=16)
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date
from pathlib import Path

import pandas as pd

#: Latin token -> its Cyrillic spellings with their counts
Pairs = dict[str, list[tuple[str, int]]]


def read_pairs(path: Path, min_length: int = 3) -> Pairs:
    """The token pairs of a wd_russian file (``latin<TAB>c y r<TAB>count`` lines)."""
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        latin, cyr = parts[0].strip(), parts[1].replace(" ", "")
        count = int(parts[2]) if len(parts) > 2 and parts[2].strip().isdigit() else 1
        if len(latin) >= min_length and latin.isalpha() and cyr.isalpha():
            out[latin].append((cyr, count))
    return dict(out)


def _cap(token: str) -> str:
    return token[:1].upper() + token[1:]


def _spelling(rng: random.Random, options: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in options], weights=[n for _, n in options])[0]


def _birth(rng: random.Random, born: date) -> str | None:
    r = rng.random()
    if r < 0.6:
        return born.isoformat()
    if r < 0.8:
        return str(born.year)
    return None


def _ordered(rng: random.Random, given: str, surname: str) -> str:
    return f"{surname} {given}" if rng.random() < 0.5 else f"{given} {surname}"


def people_table(
    pairs: Pairs, people: int = 1500, seed: int = 16, hard_negatives: float = 0.25
) -> tuple[pd.DataFrame, list[str]]:
    """Rows (``id``, ``name``, ``birth_date``) of about ``people`` people, and the true
    person of each row. A share ``hard_negatives`` of the people are extra people who
    share a surname and birth year with another one."""
    rng = random.Random(seed)
    latins = sorted(pairs)
    rows: list[dict[str, object]] = []
    truth: list[str] = []

    def person(pid: str, surname: str, born: date) -> None:
        given = rng.choice(latins)
        latin = _ordered(rng, _cap(given), _cap(surname))
        cyr_surname = _spelling(rng, pairs[surname])
        cyr = _ordered(rng, _cap(_spelling(rng, pairs[given])), _cap(cyr_surname))
        for name in (latin, cyr):
            rows.append({"name": name, "birth_date": _birth(rng, born)})
            truth.append(pid)

    n_base = round(people / (1 + hard_negatives))
    for i in range(n_base):
        surname = rng.choice(latins)
        born = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
        person(f"p{i}", surname, born)
        if rng.random() < hard_negatives:
            other = date(born.year, rng.randint(1, 12), rng.randint(1, 28))
            person(f"p{i}n", surname, other)
    order = list(range(len(rows)))
    rng.shuffle(order)
    df = pd.DataFrame([rows[i] for i in order])
    df.insert(0, "id", [f"r{i}" for i in range(len(df))])
    return df, [truth[i] for i in order]


__all__ = ["Pairs", "people_table", "read_pairs"]
