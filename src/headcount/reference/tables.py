"""Typed rows of the reference CSVs shipped in ``headcount/reference/data``."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Region:
    """A federal subject of Russia, or an occupied territory of Ukraine (``occupied``)."""

    code: str  # ISO 3166-2: RU-BU, or UA-14 for an occupied territory
    name: str
    name_en: str
    type: str
    federal_district: str
    men_16_61: int | None  # men aged 16–61.5, census 2021; None where not counted
    occupied: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Settlement:
    """A Russian town and the region it lies in (``ambiguous``: the name exists twice)."""

    name: str
    type: str
    region_code: str
    population: int
    ambiguous: bool


@dataclass(frozen=True)
class Village:
    """A village or small town of Russia or Ukraine (GeoNames, 500 people or more) that the
    town tables lack: its Russian name and other spellings, Ukrainian and Latin names, the
    region; ``ambiguous``: a place of another region has one of its names; ``common``: the
    name is also a common word, a given name or a surname ("Победа", "Октябрьский",
    "Маркова")."""

    name: str
    aliases: tuple[str, ...]
    names_uk: tuple[str, ...]
    name_en: str
    region_code: str
    population: int
    ambiguous: bool
    common: bool


@dataclass(frozen=True)
class Country:
    """A state, or a contested entity (``contested``) with the state it belongs to."""

    code: str  # ISO 3166-1 alpha-2; a contested entity carries its territory's code
    name: str
    name_gen: str
    adjective: str
    name_en: str
    demonyms_en: tuple[str, ...]
    aliases: tuple[str, ...]
    contested: bool
    sovereign: str


@dataclass(frozen=True)
class UkrainianPlace:
    """An oblast of Ukraine not in the region table, or a Ukrainian town, with the ISO
    3166-2 code of its oblast (the occupied ones' codes are those of the region table)."""

    name: str  # Russian
    name_uk: str
    kind: str  # "oblast" or "city"
    code: str


def _rows(name: str) -> list[dict[str, str]]:
    raw = (resources.files("headcount.reference") / "data" / name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split(";") if v)


@cache
def regions() -> tuple[Region, ...]:
    """All regions: 83 federal subjects of Russia and 6 occupied territories of Ukraine."""
    return tuple(
        Region(
            code=r["code"],
            name=r["name"],
            name_en=r["name_en"],
            type=r["type"],
            federal_district=r["federal_district"],
            men_16_61=int(r["men_16_61"]) if r["men_16_61"] else None,
            occupied=r["occupied"] == "1",
            aliases=_split(r["aliases"]),
        )
        for r in _rows("regions.csv")
    )


@cache
def settlements() -> tuple[Settlement, ...]:
    return tuple(
        Settlement(
            name=r["name"],
            type=r["type"],
            region_code=r["region_code"],
            population=int(r["population"] or 0),
            ambiguous=r["ambiguous"] == "1",
        )
        for r in _rows("settlements.csv")
    )


@cache
def villages() -> tuple[Village, ...]:
    """Russia's and Ukraine's villages and small towns the town tables lack (GeoNames)."""
    return tuple(
        Village(
            name=r["name"],
            aliases=_split(r["aliases"]),
            names_uk=_split(r["name_uk"]),
            name_en=r["name_en"],
            region_code=r["region_code"],
            population=int(r["population"] or 0),
            ambiguous=r["ambiguous"] == "1",
            common=r["common"] == "1",
        )
        for r in _rows("villages.csv")
    )


@cache
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(
            code=r["code"],
            name=r["name"],
            name_gen=r["name_gen"],
            adjective=r["adjective"],
            name_en=r["name_en"],
            demonyms_en=_split(r["demonyms_en"]),
            aliases=_split(r["aliases"]),
            contested=r["contested"] == "1",
            sovereign=r["sovereign"],
        )
        for r in _rows("countries.csv")
    )


@cache
def _region_index() -> dict[str, Region]:
    return {r.code: r for r in regions()}


@cache
def _country_index() -> dict[str, Country]:
    return {c.code: c for c in countries()}


def region(code: str) -> Region:
    """The region with ISO 3166-2 ``code``; KeyError if unknown."""
    return _region_index()[code]


def country(code: str) -> Country:
    """The country or contested entity with ``code``; KeyError if unknown."""
    return _country_index()[code]


@cache
def ukraine() -> tuple[UkrainianPlace, ...]:
    """Ukraine's oblasts (those the region table lacks) and its larger towns."""
    return tuple(UkrainianPlace(r["name"], r["name_uk"], r["kind"], r["code"])
                 for r in _rows("ukraine.csv"))
