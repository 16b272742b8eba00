"""English: the region of a penal colony, prison or jail where a convict served his term is
no home ("serving nine years in a penal colony in the Omsk region"); a home stated beside it
stays his."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2024-07-02"


@pytest.mark.parametrize("text, surname", [
    ("Roman Shilov, 36, was serving nine years for robbery in a penal colony in the Omsk "
     "region when Wagner recruited him. He was killed near Bakhmut.", "Shilov"),
    ("Roman Shilov, 36, who was held in a prison in the Omsk region, signed up with Storm-Z "
     "and was killed near Bakhmut.", "Shilov"),
    ("Convict Igor Lapin was recruited by Wagner in a penal colony in the Sverdlovsk region "
     "and killed near Soledar in January.", "Lapin"),
    ("Igor Lapin, who was in jail in the Perm region for theft, joined Storm-Z and was killed "
     "near Avdiivka.", "Lapin"),
    ("Recruiters came to the colony in the Mordovia republic where Pavel Orlov was serving "
     "his sentence; he was killed near Bakhmut in March.", "Orlov"),
    ("Pavel Orlov was serving a ten-year term at a colony in the Kirov region when he signed "
     "a contract with the defence ministry. He was killed near Kupiansk.", "Orlov"),
    ("Pavel Orlov, a prisoner from a correctional colony in the Tver region, was killed near "
     "Bakhmut in February.", "Orlov"),
    ("Wagner took Sergei Belov out of a prison in the Rostov region in 2022; he was killed near "
     "Bakhmut.", "Belov"),
])
def test_a_colonys_region_is_no_home(text: str, surname: str) -> None:
    assert person_named(text, "en", surname, PUB)["region"] is None


@pytest.mark.parametrize("text, surname, region", [
    ("Roman Shilov, 36, from Tara in the Omsk region, was killed near Bakhmut.", "Shilov",
     "RU-OMS"),
    ("Igor Lapin, a resident of the Perm region, was recruited in a colony and killed near "
     "Avdiivka.", "Lapin", "RU-PER"),
])
def test_a_home_region_stays(text: str, surname: str, region: str) -> None:
    assert person_named(text, "en", surname, PUB)["region"] == region
