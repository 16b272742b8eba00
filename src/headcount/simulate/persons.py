"""Persons against people: why a registry built from a generated corpus counts too many.

:func:`person_errors` takes a registry built by :func:`headcount.pipeline.build_demo`
(the bundled example or a simulation scenario) and its ground truth, and splits the
difference between persons and people into its causes, each a count of persons:

``exact``
    persons holding the mentions of one true person, and only theirs (possibly not all).
``split``
    extra persons of people whose mentions landed in several persons (a person split in
    three counts two).
``merged``
    persons holding the mentions of two or more people (each hides ``people - 1``).
``noise``
    persons none of whose mentions names a true person: words misread as names, names
    in page chrome, relatives or officials named in a story. They are sorted by what the
    name looks like (``noise_kinds``): a place of the corpus, a woman's surname alone, a
    rank written into the name, or anything else.
``absent``
    people some source names whom no person holds (extraction missed every mention).

So persons = people named − absent + split + noise − (hidden by merges).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from headcount.store import schema as s

#: endings of Russian women's surnames (a lone one in a story is usually a relative)
FEMININE = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")
RANK_WORDS = ("рядов", "ефрейтор", "сержант", "старшин", "прапорщик", "лейтенант",
              "капитан", "майор", "полковник")


@dataclass
class PersonErrors:
    """Counts of persons by cause (see the module docstring)."""

    people_named: int  # true people some source names (truth/people.csv)
    persons: int
    exact: int = 0
    split: int = 0
    merged: int = 0
    hidden_by_merges: int = 0
    noise: int = 0
    absent: int = 0
    noise_kinds: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, int]:
        out = {k: int(v) for k, v in vars(self).items() if isinstance(v, int)}
        out.update({f"noise_{k}": int(v) for k, v in sorted(self.noise_kinds.items())})
        return out


def _places() -> set[str]:
    from headcount.demo import geo

    out: set[str] = set()
    for region in geo.REGIONS:
        for sett in region.settlements:
            out.update({sett.name.lower(), sett.gen.lower()})
    return out


def noise_kind(name: str, places: set[str]) -> str:
    """What a name that names nobody looks like: place, kin (a woman's surname alone),
    rank (a rank word in the name), or other."""
    text = " ".join(name.split()).lower()
    words = text.split()
    if text in places or (words and words[0] in places):
        return "place"
    if any(w.startswith(RANK_WORDS) for w in words):
        return "rank"
    if 0 < len(words) <= 2 and any(w.endswith(FEMININE) for w in words):
        return "kin"
    return "other"


def person_errors(engine: Engine, root: Path) -> PersonErrors:
    """The registry's active persons against ``root``'s truth (see the module docstring)."""
    from headcount.link.evaluate import NOISE, cluster_errors, demo_labels

    truth = demo_labels(engine, root)
    p, m = s.person, s.mention
    with engine.connect() as conn:
        active = set(conn.scalars(
            select(p.c.id).where(p.c.state == "active", p.c.grade != "rejected")
        ))
        names = {str(i): n for i, n in conn.execute(select(m.c.id, m.c.name)).all()}
    kept = [
        (mid, label, person)
        for mid, label, person in zip(truth.mention_ids, truth.truth, truth.persons, strict=True)
        if person in active
    ]
    with (root / "truth" / "people.csv").open(encoding="utf-8") as fh:
        named = sum(1 for row in csv.DictReader(fh) if row["sources"])
    # the counts are the linkage bench's (link.evaluate.cluster_errors); only what
    # the noise persons look like is this module's own
    counts = cluster_errors([lab for _, lab, _ in kept], [per for _, _, per in kept])
    out = PersonErrors(
        people_named=named,
        persons=counts["clusters"],
        split=counts["split_extra"],
        merged=counts["merging_clusters"],
        hidden_by_merges=counts["merged_away"],
        noise=counts["noise_clusters"],
        absent=named - counts["people"],
    )
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for mid, label, person in kept:
        members[person].append((mid, label))
    places = _places()
    for ms in members.values():
        people = {label for _, label in ms if not label.startswith(NOISE)}
        if not people:
            out.noise_kinds[noise_kind(names.get(ms[0][0]) or "", places)] += 1
        elif len(people) == 1:
            out.exact += 1
    return out
