"""Every ISO 3166-1 country by its Russian, English and short names; regions are not countries."""

from __future__ import annotations

import pytest

from headcount.reference import countries, find_country, find_region


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Чили", "CL"), ("Chile", "CL"), ("Ливан", "LB"), ("Lebanon", "LB"),
        ("Барбадос", "BB"), ("Коста-Рика", "CR"), ("Costa Rica", "CR"), ("Тайвань", "TW"),
        ("Taiwan", "TW"), ("Боливия", "BO"), ("Лаос", "LA"), ("Соединённое Королевство", "GB"),
        ("Republic of Moldova", "MD"), ("ДР Конго", "CD"), ("Кот-д'Ивуар", "CI"),
        ("Абхазия", "GE-AB"), ("Южная Осетия", "XS-OS"), ("Приднестровье", "MD-SN"),
    ],
)  # fmt: skip
def test_names_in_both_scripts_resolve(name: str, code: str) -> None:
    c = find_country(name)
    assert c is not None and c.code == code


def test_every_iso_3166_1_country_is_in_the_table() -> None:
    pycountry = pytest.importorskip("pycountry")
    codes = {c.code for c in countries()}
    assert {c.alpha_2 for c in pycountry.countries} <= codes


@pytest.mark.parametrize("name", ["Неопределенно", "Французский легион", "Африка", "Корея"])
def test_what_is_no_country_resolves_to_none(name: str) -> None:
    assert find_country(name) is None


@pytest.mark.parametrize("name", ["Запорожская область", "ДНР", "ЛНР", "Херсонская область"])
def test_occupied_oblasts_are_regions_never_countries(name: str) -> None:
    assert find_country(name) is None
    region = find_region(name)
    assert region is not None and region.occupied and region.code.startswith("UA-")
