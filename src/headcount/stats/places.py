"""Region and citizenship values as the registry holds them, resolved to the reference tables.

Extraction stores ISO codes (``RU-BU``); list sources may keep the names they
publish (``Buryatia``, ``Республика Бурятия``). Both resolve to one region of
:func:`headcount.reference.regions` by code, Russian name, English name or alias
(case-insensitive). A value that resolves to nothing is kept as written.
"""

from __future__ import annotations

from functools import cache

from headcount.reference import Country, Region, countries, regions

HOME_COUNTRY = "RU"


def _key(value: str) -> str:
    return " ".join(value.replace("ё", "е").casefold().split())


@cache
def _region_keys() -> dict[str, Region]:
    out: dict[str, Region] = {}
    for r in regions():
        for v in (r.code, r.code.removeprefix("RU-"), r.name, r.name_en, *r.aliases):
            if v:
                out.setdefault(_key(v), r)
    return out


@cache
def _country_keys() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        for v in (c.code, c.name, c.name_en, *c.aliases, *c.demonyms_en):
            if v:
                out.setdefault(_key(v), c)
    return out


def find_region(value: str | None) -> Region | None:
    """The reference region a registry value names, or None."""
    if value is None or not str(value).strip():
        return None
    return _region_keys().get(_key(str(value)))


def find_country(value: str | None) -> Country | None:
    if value is None or not str(value).strip():
        return None
    return _country_keys().get(_key(str(value)))


def region_code(value: str | None) -> str | None:
    """ISO code of the region ``value`` names; the value itself when unknown; None if empty."""
    if value is None or not str(value).strip():
        return None
    r = find_region(value)
    return r.code if r else str(value).strip()


def country_code(value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    c = find_country(value)
    return c.code if c else str(value).strip()


def region_label(code: str | None) -> str | None:
    r = find_region(code)
    return r.name_en if r else code


def country_label(code: str | None) -> str | None:
    c = find_country(code)
    return c.name_en if c else code
