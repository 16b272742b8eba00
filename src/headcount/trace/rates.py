"""How often two different persons of the registry agree by chance, measured on it.

The linkage model's u-probabilities (the chance that two records of different
people agree) are averages over the data it was trained on, and its citizenship
comparison treats citizenship as independent of the name. A trace looks up a
row in one registry, where neither need hold: a registry of foreigners drawn
from a few countries has many persons whose whole names are another's, or
contain another's (a second given name, a father's name), and people whose
names agree come from the same countries. Then "same name" and "same
citizenship" together look far surer than they are, and a person who is in no
registry is confidently matched to his namesake.

:func:`registry_rates` measures both on the registry itself: among pairs of
different persons, the share whose names agree word by word at each level of
:func:`headcount.names.tokenset.compare_names` (``same``, ``contained``,
``alike``), and among the pairs whose names agree so, the share of the same
citizenship. The pairs are those that share two words' sound keys (every pair
at these levels does); in a large registry a sample of persons is compared with
a sample of their partners and the counts are scaled. :mod:`headcount.trace.rescore`
uses a rate only where it is higher than the model's u: measured chance
agreement can make the evidence weaker, never stronger.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from headcount.names.tokenset import compare_names

#: word-by-word levels whose chance rate is measured (two or more words agree)
MEASURED = ("same", "contained", "alike")
#: persons compared with their partners (a sample in a larger registry)
PROBES = 400
#: partners compared per person (a sample when more share his words)
PARTNERS = 30


@dataclass(frozen=True)
class RegistryRates:
    """Chance agreement between different persons of one registry."""

    #: person pairs the rates are shares of (about N·(N-1) ordered pairs, sampled)
    pairs: float = 0.0
    #: word-by-word level -> weighted count of person pairs at that level
    name: Mapping[str, float] = field(default_factory=dict)
    #: of the pairs at a MEASURED level with both citizenships known: (count, same)
    citizenship: tuple[float, float] = (0.0, 0.0)

    def name_u(self, level: str) -> float:
        """The share of person pairs whose names agree at ``level`` (0.0 unmeasured)."""
        return self.name.get(level, 0.0) / self.pairs if self.pairs else 0.0

    def citizenship_u(self, prior: float, weight: float = 10.0) -> float:
        """The share of the same citizenship among persons whose names agree, drawn
        towards ``prior`` (the model's u) by ``weight`` pseudo-pairs."""
        n, same = self.citizenship
        return (same + weight * prior) / (n + weight)


def registry_rates(
    names: Mapping[str, str],
    citizenship: Mapping[str, str | None],
    keys: Mapping[str, list[str] | None],
    probes: int = PROBES,
    partners: int = PARTNERS,
    seed: int = 0,
) -> RegistryRates:
    """Chance agreement among the registry's persons.

    ``names``: person id -> his name as written; ``citizenship``: person id -> coded
    citizenship; ``keys``: person id -> the sound keys of every two words of his name
    (:func:`headcount.trace.rescore.word_keys`), by which partners are found.
    """
    ids = sorted(pid for pid in names if names[pid])
    if len(ids) < 2:
        return RegistryRates()
    index: dict[str, list[str]] = defaultdict(list)
    for pid in ids:
        for k in keys.get(pid) or ():
            index[k].append(pid)
    rng = random.Random(seed)
    chosen = ids if len(ids) <= probes else rng.sample(ids, probes)
    counts: dict[str, float] = defaultdict(float)
    cit_n = cit_same = 0.0
    for pid in chosen:
        found = {q for k in keys.get(pid) or () for q in index[k]}
        found.discard(pid)
        others = sorted(found)
        scale = 1.0
        if len(others) > partners:
            scale = len(others) / partners
            others = rng.sample(others, partners)
        for q in others:
            level = compare_names(names[pid], names[q]).level
            if level not in MEASURED:
                continue
            counts[level] += scale
            a, b = citizenship.get(pid), citizenship.get(q)
            if a and b:
                cit_n += scale
                cit_same += scale * (a == b)
    pairs = float(len(chosen) * (len(ids) - 1))
    return RegistryRates(pairs, dict(counts), (cit_n, cit_same))


__all__ = ["MEASURED", "PARTNERS", "PROBES", "RegistryRates", "registry_rates"]
