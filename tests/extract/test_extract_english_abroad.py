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
    ("Prabhat Singh, a 28-year-old from a village in Punjab's Hoshiarpur district, India, "
     "has not been heard from since March 15.", "IN"),
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


def _other(m: dict[str, Any]) -> dict[str, str]:
    return m.get("other_dates") or {}


@pytest.mark.parametrize(("text", "published", "value"), [
    # the last contact wins over the journey before it, in either order
    ("Abdulrahman al-Haidari, 22, flew to Moscow in September. His brother says he last "
     "heard from him on October 20. He is missing.", "2024-12-01", "2024-10-20"),
    ("Mother appeals for news of son: Ibrahim Kone, 23, who left Abidjan for Moscow in 2023, "
     "was last in touch on 20 January 2025.", "2025-02-10", "2025-01-20"),
    ("The family of Daniel Kamau, 30, lost contact with him on 12 May after he arrived in "
     "Russia in March. He is missing.", "2024-06-20", "2024-05-12"),
    ("Sandeep Saini left his village in December and was last seen by comrades on 2 March, "
     "when he went missing near Kupiansk.", "2024-04-01", "2024-03-02"),
    # an arrival alone is kept
    ("Cuban recruit Alexis Perez Garcia, 22, was killed near Bakhmut on 15 March 2024. He "
     "had arrived in Russia in September 2023.", "2024-04-01", "2023-09"),
])
def test_one_other_event_the_most_salient(text: str, published: str, value: str) -> None:
    m = _one(text, published)
    assert _other(m).get("other") == value, m["other_dates"]
    assert not {"contact", "departure", "repatriation"} & _other(m).keys()


@pytest.mark.parametrize(("text", "published", "event", "value"), [
    ("Bahadur Gurung (41) from Syangja died fighting in Ukraine's Luhansk region; the news "
     "reached his family on 3 June.", "2024-06-10", "reported", "2024-06-03"),
    ("Private Ilya Zotov, 29, was killed near Avdiivka. News of his death reached his mother "
     "in Penza on 12 February.", "2024-03-01", "reported", "2024-02-12"),
    ("A court in Ulan-Ude declared Bair Dorzhiev, a soldier missing since 2022, legally dead "
     "on 14 February 2024.", "2024-03-01", "court|other", "2024-02-14"),
    ("On 3 April 2024 a district court in Chita declared mobilised soldier Alexei Tsybikov "
     "dead.", "2024-05-01", "court|other", "2024-04-03"),
])
def test_news_and_court_dates(text: str, published: str, event: str, value: str) -> None:
    m = _one(text, published)  # a court's decision is told as "court" or "other"
    assert value in [_other(m).get(e) for e in event.split("|")], m["other_dates"]
    assert m["death_date"] != value


@pytest.mark.parametrize(("text", "status"), [
    ("Junior Sergeant Oleg Morozov from Chita returned home after a prisoner exchange on 24 "
     "August 2024.", "returned"),
    ("Sergeant Pavel Rudenko was freed following a prisoner swap in June.", "returned"),
    ("Rifleman Aldar Zhamsoev came home via an exchange of prisoners in October.",
     "returned"),
    ("Another Indian national, Mr. Vinod Thomas of Thrissur, Kerala, has sustained injuries "
     "and is being treated in a hospital in Moscow.", "wounded"),
    ("Cuban recruit Yordan Diaz Leon, 21, lost a leg near Vuhledar in January.", "wounded"),
    ("Kenyan recruit Brian Ochieng suffered shrapnel wounds near Pokrovsk in May.", "wounded"),
    # guards: a death from wounds is a death; a swap he died before is none of his
    ("Private Ilya Zotov, 29, died of injuries sustained in shelling near Avdiivka on 3 March "
     "2024.", "killed"),
    ("Private Ilya Zotov, 29, was killed near Avdiivka; his body came home after an exchange "
     "of bodies in May.", "killed"),
])
def test_statuses_in_other_words(text: str, status: str) -> None:
    assert _one(text, "2024-11-01")["status"] == status


@pytest.mark.parametrize(("text", "settlement"), [
    ("Two men from Kerala were lured to Russia. Sijo Mathew, 32, of Thrissur, died in a drone "
     "attack near Kupiansk on Jan. 5.", "Thrissur"),
    ("Ram Kumar Thapa, 26, from Gandaki province, was killed near Bakhmut in May.", None),
    ("Deepak Yadav, 24, from Bihar, was killed near Pokrovsk on 2 May.", None),
    ("Nimal Perera, 41, from Kandy, Sri Lanka, was killed near Kupiansk on 2 May.", "Kandy"),
])
def test_a_state_abroad_is_no_settlement(text: str, settlement: str | None) -> None:
    m = _all(text, "2025-02-01")[0]
    assert m["settlement"] == settlement and m["citizenship"] in ("IN", "NP", "LK")


@pytest.mark.parametrize(("text", "event", "value"), [
    ("Kazakh citizen Yerlan Dzhaksybekov, 35, who signed a contract in Moscow in May 2023, "
     "deserted from his unit in August.", "contract", "2023-05"),
    ("Rustam Aliev, who was mobilised in October 2022, went missing near Svatove in March "
     "2023.", "mobilised", "2022-10"),
    ("Dil Bahadur Rai joined the army in January 2024, was wounded in March and died in May.",
     "contract", "2024-01"),
    # guard: a date before its clause's verb still takes that verb past a comma
    ("In October 2022, Private Oleg Sitnikov was mobilised and sent to the front; he was "
     "killed in May 2023.", "mobilised", "2022-10"),
])
def test_a_date_stays_in_its_clause(text: str, event: str, value: str) -> None:
    m = _one(text, "2024-06-01")
    assert _other(m).get(event) == value, m["other_dates"]


@pytest.mark.parametrize(("text", "homes"), [
    ("Gurpreet Sandhu, 21, and Harjinder Singh, 24, both from Amritsar, went missing near "
     "Avdiivka in March.", ["Amritsar", "Amritsar"]),
    ("Private Ilya Gusev and Corporal Roman Shein, both from the village of Ust-Kan, were "
     "killed in May 2023.", ["Ust-Kan", "Ust-Kan"]),
    ("The ministry confirmed the deaths of Ram Prasad Adhikari, of Gulmi, and Tek Bahadur "
     "Khatri, of Dang, both killed in Ukraine in December 2023.", ["Gulmi", "Dang"]),
    # guards: each his own home; a unit after "of" is none
    ("Private Ivan Sokolov, 22, from Kursk, and Private Oleg Belov, 30, from Tula, were killed "
     "in May 2023.", ["Kursk", "Tula"]),
    ("Sergeant Oleg Pak from Omsk and Private Ivan Lis, both mobilised in 2022, were killed in "
     "May 2023.", ["Omsk", None]),
    ("Private Ivan Sokolov, of the 155th Naval Infantry Brigade, was killed near Vuhledar in "
     "February 2023.", [None]),
])
def test_homes_told_once_for_several(text: str, homes: list[str | None]) -> None:
    assert [m["settlement"] for m in _all(text, "2024-09-01")] == homes
