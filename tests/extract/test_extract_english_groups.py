"""English texts about one country's recruits: the country named through its state or its
people ("Kenyan officials", "Nepal's foreign ministry", "Nepalis") is the citizenship of the
people named, and their contract a foreigner's. Sentences written for the class."""

from __future__ import annotations

import warnings

import pytest

from headcount.extract import extract_text


def _people(text: str, published: str = "2024-12-01") -> list[dict[str, object]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_text(text, "en", published)


@pytest.mark.parametrize(("text", "country"), [
    ("Ghanaian officials said on Monday that two more men had died after signing contracts "
     "with the Russian army: Kwame Mensah, 31, and Kofi Boateng, 25.", "GH"),
    ("Nepal's foreign ministry confirmed that Bishnu Tamang, 28, was killed near Bakhmut in "
     "May. He had signed a contract with the Russian army in January.", "NP"),
    ("The Government of Kenya has asked Moscow to send home the body of Daniel Mwangi, 34, "
     "who was recruited by an agent and killed in August.", "KE"),
    ("At least twenty Nepalis have died fighting for Russia. The latest is Hari Gurung, 30, "
     "whose family learnt of his death on 2 March 2024.", "NP"),
    ("The Indian embassy in Moscow said Rohit Kumar, 26, lured to Russia with promises of "
     "jobs as a helper, had been killed on the front line.", "IN"),
])
def test_country_named_through_its_state_or_people(text: str, country: str) -> None:
    found = _people(text)
    assert found
    for person in found:
        assert person["citizenship"] == country, person
        assert person["channel"] == "foreign_contract", person


@pytest.mark.parametrize("text", [
    # no recruiting spoken of: a country's officials quoted in other news give nothing
    "Kenyan officials attended the funeral of Sergeant Ivan Petrov, 41, who was killed near "
    "Bakhmut in May.",
    # a man called up in Russia stays Russian whatever the text's country
    "Nepal's foreign ministry says recruiting must stop. Private Ivan Sergeyevich Orlov, "
    "mobilised in October 2022, was killed near Kreminna.",
])
def test_no_country_without_recruits_or_for_a_called_up_man(text: str) -> None:
    for person in _people(text):
        assert person["citizenship"] in (None, "RU"), person


@pytest.mark.parametrize(("text", "settlement"), [
    ("Mr. Ramesh Thapa Magar (Butwal) was confirmed killed near Kupiansk on 4 May 2024.",
     "Butwal"),
    ("Private MOROZOV Pavel Igorevich (b. 1990, Shadrinsk) was killed near Bakhmut in March "
     "2023.", "Shadrinsk"),
    ("Rahul Verma, 29 (Jalandhar), went missing near Pokrovsk in August 2025.", "Jalandhar"),
    ("Aliyu Bello, 31, of Kaduna, died near Avdiivka on 3 February 2024, his family said.",
     "Kaduna"),
    ("Sergei Vasilievich Gromov, 45, lived in the Siberian town of Tulun before he was "
     "mobilised. He was killed near Kreminna in January 2023.", "Tulun"),
])
def test_home_in_brackets_after_an_age_or_after_an_adjective(text: str, settlement: str) -> None:
    found = _people(text)
    assert len(found) == 1, found
    assert found[0]["settlement"] == settlement, found[0]


def test_bracketed_word_that_is_no_place_is_no_home() -> None:
    found = _people("Ivan Petrovich Sokolov (Ret.) was killed near Bakhmut in May 2023.")
    assert all(p["settlement"] in (None,) for p in found), found


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Three men from the Kurgan region who were mobilized in October have been killed. They "
     "were named as Oleg Sitnikov, 34; Yuri Bazhenov, 41; and Pavel Lomov, 29.",
     "region", "RU-KGN"),
    ("Two soldiers from Shadrinsk were killed in the same shelling. The dead were identified "
     "as Nikita Rusakov, 22, and Vadim Kozhin, 25.", "settlement", "Shadrinsk"),
    ("Four residents of the Altai region who signed contracts with the army last spring have "
     "died. Relatives named them as Artur Belov, Roman Tishkin, Lev Maltsev and Ilya Guryev.",
     "channel", "contract"),
    ("Two brothers from the Perm region were mobilised together in September 2022. Anton "
     "Reshetov was killed near Kreminna in March; Denis Reshetov is missing.",
     "channel", "mobilised"),
])
def test_a_group_told_before_its_names_gives_everyone_its_facts(
        text: str, field: str, value: str) -> None:
    found = _people(text)
    assert len(found) >= 2, found
    for person in found:
        assert person[field] == value, person


def test_a_group_of_a_foreign_state_names_no_shared_town() -> None:
    found = _people("Two men from Kerala were lured to Russia with promises of jobs. Sijo "
                    "Mathew, 32, of Thrissur, was killed; Anil Varghese, 27, was wounded.")
    by_name = {p["surname"]: p for p in found}
    assert by_name["Varghese"]["settlement"] is None


@pytest.mark.parametrize(("text", "country"), [
    ("The second prisoner, an Indian identified as Manpreet Gill, 23, was captured near "
     "Vovchansk in May 2024.", "IN"),
    ("A Nepali named Prakash Karki, 27, was killed near Bakhmut in June 2023.", "NP"),
    ("The dead man, a Cuban identified as Yasiel Mora, 30, had been fighting near Avdiivka "
     "since March 2024.", "CU"),
    ("A Kenyan named Joseph Otieno, 35, went missing near Kupiansk in August 2025.", "KE"),
])
def test_demonym_before_identified_as_or_named(text: str, country: str) -> None:
    found = _people(text)
    assert len(found) == 1, found
    assert found[0]["citizenship"] == country, found[0]
