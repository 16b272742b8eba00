"""Region and country names as sources write them resolve to one code."""

from __future__ import annotations

import pytest

from headcount.reference import find_country, find_region


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Бурятия", "RU-BU"),
        ("Республика Бурятия", "RU-BU"),
        ("Buryatia", "RU-BU"),
        ("RU-BU", "RU-BU"),
        ("Moscow", "RU-MOW"),
        ("Moscow Oblast", "RU-MOS"),
        ("Нижегородская обл.", "RU-NIZ"),
        ("Тува", "RU-TY"),
        ("Якутия", "RU-SA"),
        ("ХМАО", "RU-KHM"),
    ],
)
def test_regions(name: str, code: str) -> None:
    region = find_region(name)
    assert region is not None and region.code == code


def test_occupied_territories_are_flagged() -> None:
    dnr = find_region("ДНР")
    assert dnr is not None and dnr.occupied


@pytest.mark.parametrize(
    ("name", "code"), [("Непал", "NP"), ("Nepal", "NP"), ("NP", "NP"), ("Куба", "CU")]
)
def test_countries(name: str, code: str) -> None:
    country = find_country(name)
    assert country is not None and country.code == code


def test_unknown_names_resolve_to_nothing() -> None:
    assert find_region("Atlantis") is None
    assert find_country("Narnia") is None
    assert find_region("") is None
