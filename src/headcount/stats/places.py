"""Region and citizenship values as the registry holds them, resolved for counting.

Ingest and extraction store ISO codes (``RU-BU``, ``NP``) where the reference
tables know the name; older rows or unknown names may hold what a source wrote.
Both resolve through :func:`headcount.reference.find_region` /
:func:`~headcount.reference.find_country`; a value that resolves to nothing is
counted as written.
"""

from __future__ import annotations

from headcount.reference import Country, Region
from headcount.reference import find_country as _find_country
from headcount.reference import find_region as _find_region

HOME_COUNTRY = "RU"


def find_region(value: str | None) -> Region | None:
    """The reference region a registry value names, or None."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    return _find_region(text) or _find_region(f"RU-{text}")


def find_country(value: str | None) -> Country | None:
    if value is None or not str(value).strip():
        return None
    return _find_country(str(value).strip())


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
