"""The places a home can be: Russia's regions and towns of the reference tables and
Ukraine's oblasts and larger towns (``headcount.reference.ukraine``), as rows of one kind.

A Ukrainian oblast is a Region with its ISO 3166-2 code ("UA-63" Харьковская область), a
Ukrainian town a Settlement in it ("Харьков", "Макеевка" in UA-14); where a Russian town
has the name of a Ukrainian one the table keeps (Донецк), the Ukrainian one is meant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from headcount.reference import (
    Region,
    Settlement,
    UkrainianPlace,
    regions,
    settlements,
    ukraine,
    villages,
)


@cache
def home_regions() -> tuple[Region, ...]:
    """Russia's regions, the occupied territories, and Ukraine's other oblasts."""
    extra = tuple(Region(p.code, p.name, "", "область", "", None, False, (p.name_uk,))
                  for p in ukraine() if p.kind == "oblast")
    return (*regions(), *extra)


@cache
def home_settlements() -> tuple[Settlement, ...]:
    """Russia's towns (less those a Ukrainian town's name means) and Ukraine's."""
    towns = [p for p in ukraine() if p.kind == "city"]
    names = {p.name for p in towns}
    return (*(s for s in settlements() if s.name not in names),
            *(Settlement(p.name, "г", p.code, 0, False) for p in towns))


def town_index(keys: Callable[[UkrainianPlace], Iterable[str]],
               shortest: int = 1) -> dict[str, str | None]:
    """Ukraine's towns by the keys ``keys`` gives each (its names spelt by sound, the
    adjective it makes, …): key → the oblast's code of the towns with it, None when towns of
    two oblasts share it; keys shorter than ``shortest`` are left out."""
    out: dict[str, str | None] = {}
    for p in ukraine():
        if p.kind != "city":
            continue
        for key in set(keys(p)):
            if len(key) >= shortest:
                out[key] = p.code if out.get(key, p.code) == p.code else None
    return out


def ukrainian(code: str) -> bool:
    """A region code of Ukraine (occupied or not)."""
    return code.startswith("UA-")


@cache
def _occupied() -> frozenset[str]:
    return frozenset(r.code for r in regions() if r.occupied)


def occupied(code: str) -> bool:
    """A region code of a territory of Ukraine occupied by Russia (UA-14 the "ДНР", …)."""
    return code in _occupied()


@cache
def _uk_names() -> dict[str, str]:
    return {p.name: p.name_uk for p in ukraine()}


def ukrainian_name(name: str) -> str | None:
    """The Ukrainian spelling of a Ukrainian town or oblast the table has ("Винница" →
    Вінниця), else None."""
    return _uk_names().get(name)


def _key(name: str) -> str:
    return name.casefold().replace("ё", "е").replace("’", "'").replace("ʼ", "'")


@cache
def _village_keys() -> dict[str, tuple[Settlement, ...]]:
    """Every spelling of a village (Russian, Ukrainian) → the village as a Settlement in
    each region that has a place of that spelling (one when the name says its region)."""
    out: dict[str, dict[str, Settlement]] = {}
    for v in villages():
        row = Settlement(v.name, "village", v.region_code, v.population, v.ambiguous)
        for n in (v.name, *v.aliases, *v.names_uk):
            out.setdefault(_key(n), {}).setdefault(v.region_code, row)
    return {k: tuple(by_region.values()) for k, by_region in out.items()}


@cache
def _common_keys() -> frozenset[str]:
    return frozenset(_key(v.name) for v in villages() if v.common)


def find_village(name: str) -> tuple[Settlement, ...]:
    """The villages (GeoNames, of 500 people or more) a name written in Russian or
    Ukrainian, in the nominative, may be — one per region (flagged ``ambiguous`` also when a
    town of the town tables has the name); empty when no village has it."""
    return _village_keys().get(_key(name), ())


def village_region(name: str) -> str | None:
    """The region of the village a nominative name (Russian or Ukrainian) is, when only one
    region has a place of that name and it is no town of the town tables ("Кулунда" →
    RU-ALT, "Кочёво" → RU-PER; "Октябрьский" → None)."""
    found = find_village(name)
    if len(found) != 1 or found[0].ambiguous:
        return None
    return found[0].region_code


def common_village_name(name: str) -> bool:
    """A village's name that is also a common word, a given name or a surname ("Победа",
    "Заря", "Маркова"): a place only after a word for a village ("с. Победа")."""
    return _key(name) in _common_keys()


@cache
def home_villages() -> tuple[Settlement, ...]:
    """The villages of the village table as Settlement rows (type ``village``), one per
    village and region, for a gazetteer of their Russian names."""
    out: dict[tuple[str, str], Settlement] = {}
    for v in villages():
        for n in (v.name, *v.aliases):
            out.setdefault((n, v.region_code),
                           Settlement(n, "village", v.region_code, v.population,
                                      v.ambiguous or len(find_village(n)) > 1))
    return tuple(out.values())


#: endings a village's name loses before a district's suffix ("Кочёв|о" → "Кочёвский",
#: "Кулунд|а" → "Кулундинский", "Ув|а" → "Увинский", "Кыштов|ка" → "Кыштовский")
_VILLAGE_ENDINGS = ("ье", "ка", "о", "е", "ь", "а", "я", "ы", "и", "")


@cache
def _village_stems() -> dict[str, Settlement | None]:
    out: dict[str, Settlement | None] = {}
    for v in villages():
        row = Settlement(v.name, "village", v.region_code, v.population, v.ambiguous)
        for n in {v.name, *v.aliases}:
            name = n.casefold().replace("ё", "е")
            if " " in name:
                continue
            for ending in _VILLAGE_ENDINGS:
                if ending and not name.endswith(ending):
                    continue
                if ending == "ка" and not v.region_code.startswith("RU-"):
                    continue  # "-ка" dropped only for Russia's district centres ("Кыштовка")
                stem = name[: len(name) - len(ending)]
                if len(stem) < 2:
                    continue
                if stem in out and (out[stem] is None
                                    or out[stem].region_code != v.region_code):  # type: ignore[union-attr]
                    out[stem] = None  # villages of two regions: no answer
                else:
                    out.setdefault(stem, row)
    return out


def village_by_stem(stem: str) -> Settlement | None:
    """The village (GeoNames) a district adjective's stem names when the villages with that
    stem are of one region and none shares a town's name ("кочев" → Кочёво, RU-PER; "ув" →
    Ува, RU-UD), else None."""
    found = _village_stems().get(stem.casefold().replace("ё", "е"))
    return None if found is None or found.ambiguous else found
