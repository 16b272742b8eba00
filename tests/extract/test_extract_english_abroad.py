"""English reporting on recruits from abroad and on Russian soldiers, by class: a citizenship
implied by a home abroad (the country or one of its provinces, states or districts named in
the home), places of death after an adjective ("occupied Donetsk"), an assault or a front,
multi-word towns that are no names ("Chasiv Yar", "Ciego de Avila"), ages told with "when"
or "at the time", deaths told as "passed away". Sentences written for each class, with
guards where a rule must not fire."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from headcount.extract import extract_text


def _all(text: str, published: str) -> list[dict[str, Any]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_text(text, "en", published)


def _one(text: str, published: str = "2024-06-01") -> dict[str, Any]:
    found = _all(text, published)
    assert len(found) == 1, [m["name"] for m in found]
    return found[0]


@pytest.mark.parametrize(("text", "code"), [
    ("Navin Chandra Bhattarai, aged 35, from Jhapa, Nepal, was killed in the Kharkiv region "
     "on 1 April 2024.", "NP"),
    ("Mohammed Asfan, a 30-year-old resident of Hyderabad in India's Telangana state, died "
     "of injuries sustained at the front.", "IN"),
    ("Hemil Mangukiya, 23, from Surat in Gujarat, was killed in a missile strike in Donetsk "
     "on February 21.", "IN"),
    ("Prabhat Singh, a 28-year-old from a village in Punjab's Hoshiarpur district, has not "
     "been heard from since March 15.", "IN"),
    ("The body of Ramesh Kumar Yadav, who hailed from the village of Bhaluhi in Bara "
     "district, was repatriated on Sunday. Yadav died in the Kursk region in January.", "NP"),
    ("Bahadur Gurung (41) from Syangja died fighting in Ukraine's Luhansk region.", "NP"),
    ("Daniel Mwangi Kamau, 30, from Nakuru, Kenya, was killed near Pokrovsk in May.", "KE"),
    ("Jose Antonio Hernandez Perez, 19, from Ciego de Avila, was killed near Bakhmut in "
     "October 2023.", "CU"),
    ("Sunil Bandara, 45, of Kurunegala, Sri Lanka, was killed near Kupiansk on 2 May.", "LK"),
    ("Abdullah Saleh Nasser, 27, a resident of Ibb in western Yemen, was killed near "
     "Vuhledar in March.", "YE"),
])
def test_a_home_abroad_gives_citizenship(text: str, code: str) -> None:
    assert _one(text)["citizenship"] == code


@pytest.mark.parametrize("text", [
    # born there is no citizenship (the guides: "native of Tajikistan" alone gives none)
    "Firdavs Rakhimov, 27, a native of Kulob in Tajikistan, was killed near Bakhmut in May.",
    "Bakhtiyor Yusupov, 30, who was born in Osh, Kyrgyzstan, died near Avdiivka in March.",
    # Ukraine's region where he died is no home, and no Ukrainian citizenship
    "Private Pavel Sokolov, 25, was killed in Ukraine's Zaporizhzhia region on 7 May 2024.",
    # a Russian home gives Russia, not a province abroad
    "Sergeant Ivan Tarasov, 31, from Bryansk, was killed near Kupiansk on 3 May 2024.",
])
def test_no_foreign_citizenship_without_a_home_abroad(text: str) -> None:
    assert _one(text)["citizenship"] in (None, "RU")


@pytest.mark.parametrize(("text", "place"), [
    ("Sri Lankan national Sunil Bandara, 45, was killed in occupied Donetsk on 2 May 2024.",
     "Donetsk"),
    ("Private Oleg Zimin, 33, died near Russian-held Tokmak on 9 June 2024.", "Tokmak"),
    ("Corporal Timur Abdullaev, 29, was killed during an assault on Chasiv Yar on 18 July "
     "2024.", "Chasiv Yar"),
    ("Cuban recruit Yordan Diaz Leon, 21, died in the battle for Vuhledar in January.",
     "Vuhledar"),
    ("Two Nepali men, Sujan Gurung (25) and Deepak Rai (32), were killed on the Avdiivka "
     "front in January.", "Avdiivka front"),
    ("He passed away in Ukraine on 28 August 2024, the embassy said of Mr. Sandeep Kumar "
     "Chauhan.", "Ukraine"),
    ("Lance Corporal Artur Galiev, 24, was killed in an attack on Kurakhove on 3 December "
     "2024.", "Kurakhove"),
])
def test_place_of_death_wordings(text: str, place: str) -> None:
    found = _all(text, "2024-12-20")
    assert found and all(m["place_of_death"] == place for m in found), found


@pytest.mark.parametrize("text", [
    # wounded or captured: where it happened is no place of death
    "Yoel Martinez Rodriguez, a 22-year-old Cuban, was wounded near Avdiivka in February.",
    "Rifleman Denis Kovalev, 20, was captured near Robotyne on 6 September 2023.",
    # the attack is on his unit's positions, the death is elsewhere
    "Viktor Pavlov, 52, from Krasnoyarsk, took part in the assault on Avdiivka and later "
    "returned home.",
])
def test_no_place_of_death_without_a_death(text: str) -> None:
    assert _one(text, "2024-03-01")["place_of_death"] is None


@pytest.mark.parametrize(("text", "name"), [
    ("Corporal Timur Abdullaev was killed near Chasiv Yar on 18 July 2024.", "Abdullaev Timur"),
    ("Jose Hernandez Perez, from Ciego de Avila, was killed in October 2023.",
     "Hernandez Perez Jose"),
    ("Pvt. Anton Belov was killed near Kryvyi Rih in March 2024.", "Belov Anton"),
    ("Indian national Sandeep Kumar Chauhan, a native of Varanasi, Uttar Pradesh, died in "
     "Ukraine on 28 August 2024.", "Chauhan Sandeep Kumar"),
    ("Mobilised soldier Alexei Tsybikov served with the 36th Combined Arms Army and was "
     "killed in March 2023.", "Tsybikov Alexei"),
    ("KATHMANDU, Feb 8 (AP) - Dil Bahadur Rai, 33, was killed near Kupiansk in January.",
     "Rai Dil Bahadur"),
])
def test_places_units_and_datelines_are_no_persons(text: str, name: str) -> None:
    assert [m["name"] for m in _all(text, "2024-09-01")] == [name]


@pytest.mark.parametrize(("text", "age"), [
    ("Yasmani Rodriguez Perez was 22 when he flew to Moscow. He was killed near Bakhmut in "
     "October 2023.", 22),
    ("Alexei Tsybikov went missing near Svatove on March 2, 2023. He was 40 at the time.", 40),
    ("Kenyan recruit Brian Ochieng died at 33 in a drone strike near Pokrovsk.", 33),
    ("Sergeant Roman Ilyin was killed in May. He was forty-one.", 41),
])
def test_ages_in_other_words(text: str, age: int) -> None:
    assert _one(text, "2024-06-01")["age"] == age


@pytest.mark.parametrize("text", [
    "Sergeant Roman Ilyin was killed at 5 a.m. near Bakhmut in May.",
    "Private Ivan Lapin died at 23:40 in a hospital in Rostov-on-Don in May.",
    "Private Ivan Lapin was killed when the clock showed 12 and his unit was moving.",
])
def test_no_age_from_times(text: str) -> None:
    assert _one(text, "2024-06-01")["age"] is None


def test_lived_with_a_relative_is_home() -> None:
    m = _one("Yasmani Perez was killed near Bakhmut in October 2023. Yasmani lived with his "
             "mother in Cienfuegos and worked as a mechanic there.")
    assert m["settlement"] == "Cienfuegos"
