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
