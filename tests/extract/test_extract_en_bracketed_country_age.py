"""English lists of foreign recruits write a person's country in brackets right after the
name, his age after it ("Miloš Radovanović (Serbia), 38, a former driver"): the country is his
citizenship and the age his; a country in brackets after a town is not his citizenship."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2024-06-01"


@pytest.mark.parametrize("text, surname, code", [
    ("Miloš Radovanović (Serbia), 38, a former truck driver, was killed near Bakhmut in May.",
     "Radovanović", "RS"),
    ("• Chanda Mwansa (Zambia), 23. He was serving a sentence when Wagner recruited him. "
     "Died in Ukraine in December.", "Mwansa", "ZM"),
    ("Yoandri Pérez Castillo (Cuba) signed a contract in June and has been missing since "
     "September.", "Pérez Castillo", "CU"),
    ("Killed near Avdiivka: Bishnu Gurung ( Nepal ), a former security guard.", "Gurung", "NP"),
    ("The ministry confirmed the deaths of Rohan Perera (Sri Lanka) and Amit Singh (India) "
     "in the Donetsk region.", "Perera", "LK"),
    ("Rohan Perera (Sri Lanka), 29, and Kamal Thapa (Nepal), 31, were killed near Kupiansk.",
     "Thapa", "NP"),
])
def test_a_country_in_brackets_after_a_name_is_his(text: str, surname: str, code: str) -> None:
    assert person_named(text, "en", surname, PUB)["citizenship"] == code


@pytest.mark.parametrize("text, surname, age", [
    ("Miloš Radovanović (Serbia), 38, a former truck driver, was killed near Bakhmut in May.",
     "Radovanović", 38),
    ("Killed near Bakhmut: Dragan Ilić (Serbia), 41, a father of two.", "Ilić", 41),
    ("• Chanda Mwansa (Zambia), 23, a student in Moscow. Died in Ukraine in December.",
     "Mwansa", 23),
    ("Alexei Morozov (Tver), 45, was killed near Bakhmut in May.", "Morozov", 45),
    ("Rohan Perera (Sri Lanka), 29, and Kamal Thapa (Nepal), 31, were killed near Kupiansk.",
     "Thapa", 31),
])
def test_an_age_after_the_bracket_is_his(text: str, surname: str, age: int) -> None:
    assert person_named(text, "en", surname, PUB)["age"] == age


@pytest.mark.parametrize("text, surname", [
    ("Ivan Petrov, who studied in Minsk (Belarus), was killed in Ukraine in December.",
     "Petrov"),
    ("Sergei Lapin, a driver from Kraljevo (Serbia) who lived in Moscow, was mobilised and "
     "killed near Bakhmut.", "Lapin"),
])
def test_a_country_in_brackets_after_a_town_is_not_his(text: str, surname: str) -> None:
    assert person_named(text, "en", surname, PUB)["citizenship"] in (None, "RU")
