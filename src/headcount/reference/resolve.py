"""Names of regions and countries, as sources write them, resolved to codes.

Lists write "Бурятия", "Республика Бурятия", "Buryatia" or "RU-BU" for one
region, and "Непал", "Nepal" or "NP" for one country. Resolving them to ISO
codes lets counts, per-capita rates and linkage compare like with like; the
words the source wrote stay in the evidence.
"""

from __future__ import annotations

import re
from functools import cache

from headcount.reference.tables import Country, Region, countries, regions

_NOISE = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"[\s-]+")
_GENERIC = re.compile(
    r"\b(республика|область|обл|край|автономный округ|автономная область|ао|город|г|"
    r"republic|oblast|krai|kray|region|autonomous okrug|ao|city)\b"
)


def _key(text: str) -> str:
    text = text.casefold().replace("ё", "е")
    text = _NOISE.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _short(text: str) -> str:
    return _SPACES.sub(" ", _GENERIC.sub(" ", _key(text))).strip()


@cache
def _region_keys() -> dict[str, Region]:
    index: dict[str, Region] = {}
    for r in regions():
        for name in (r.code, r.name, r.name_en, *r.aliases):
            if name:
                index.setdefault(_key(name), r)
    for r in regions():  # short forms after every full name: "Moscow" is the city
        for name in (r.name, r.name_en, *r.aliases):
            if name and _short(name):
                index.setdefault(_short(name), r)
    return index


@cache
def _country_keys() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for c in countries():
        for name in (c.code, c.name, c.name_gen, c.name_en, *c.aliases, *c.demonyms_en):
            if name:
                index.setdefault(_key(name), c)
    return index


@cache
def find_region(text: str) -> Region | None:
    """The region a name, English name, alias or ISO code denotes, or None.

    >>> find_region("Бурятия").code, find_region("Buryatia").code, find_region("RU-BU").code
    ('RU-BU', 'RU-BU', 'RU-BU')
    """
    key = _key(text)
    if not key:
        return None
    return _region_keys().get(key) or _region_keys().get(_short(text))


@cache
def find_country(text: str) -> Country | None:
    """The country (or contested entity) a name, English name, alias or code denotes.

    >>> find_country("Непал").code, find_country("Nepal").code, find_country("NP").code
    ('NP', 'NP', 'NP')
    """
    key = _key(text)
    return _country_keys().get(key) if key else None
