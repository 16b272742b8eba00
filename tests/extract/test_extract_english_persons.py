"""Who is a person in English texts (issue 19): the writer's own relative is the one the
post is about, a parent after "son of", officials and activists are not; a country before a
name and a nickname inside it are no part of it."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str) -> list[tuple[str, str]]:
    return [(m["surname"], m["given_name"]) for m in extract_text(text, "en", "2024-06-01")]


@pytest.mark.parametrize(("text", "name"), [
    ("Please help me find my brother Kevin Otieno. He went to Russia in December 2023 and "
     "signed a contract.", ("Otieno", "Kevin")),
    ("I announce the passing of my beloved brother Evans Kiprotich Kemboi. He was only "
     "twenty-nine.", ("Kemboi", "Evans Kiprotich")),
    ("Our son Daniel Mwangi was killed near Bakhmut in March 2024.", ("Mwangi", "Daniel")),
    ("My husband Rajesh Kumar Thapa has been missing since April 3.",
     ("Thapa", "Rajesh Kumar")),
    ("We are looking for my cousin Samuel Ochieng, 31, who went to Russia in January.",
     ("Ochieng", "Samuel")),
])
def test_the_writers_own_relative_is_the_person(text: str, name: tuple[str, str]) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Harpreet Singh, 24, son of Gurdev Singh, Indian citizen, was killed near Pokrovsk.",
     ("Singh", "Harpreet")),
    ("Rahul Verma, 27, son of Mohan Verma, went missing in May 2024.", ("Verma", "Rahul")),
    ("Nepal suspended permits, a labour ministry spokesperson, Ramesh Poudel, said. Bikash "
     "Gurung, 30, was killed in January 2024.", ("Gurung", "Bikash")),
    ("Rights activist Bimala Karki said agents recruited men. Suman Rai, 22, died in "
     "February 2024.", ("Rai", "Suman")),
    ("Ernesto Diaz was killed near Avdiivka in March 2024, official Carlos Mendez told the "
     "press.", ("Diaz", "Ernesto")),
])
def test_parents_officials_and_activists_are_not_persons(text: str,
                                                        name: tuple[str, str]) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Native of Tajikistan Firdavs Nazarov, 39, died of wounds on November 3.",
     ("Nazarov", "Firdavs")),
    ("Native of Uzbekistan Jasur Tursunov was killed in March 2024.", ("Tursunov", "Jasur")),
    ("- Artyom (Tyoma) Shakhov, 23, of Syzran, killed near Avdiivka in October 2023;",
     ("Shakhov", "Artyom")),
    ("Alexander (Sasha) Kudinov, 23, was killed near Kreminna on 2 February 2024.",
     ("Kudinov", "Alexander")),
    ("Dmitry (Dima) Orlov was mobilised in 2022 and died in May 2024.", ("Orlov", "Dmitry")),
])
def test_a_country_before_and_a_nickname_inside_are_no_part_of_a_name(
        text: str, name: tuple[str, str]) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Convict-turned-fighter Sergei Vasilyevich Pankratov has been declared dead by the "
     "district court.", ("Pankratov", "Sergei")),
    ("Ex-soldier Ivan Petrov was killed near Bakhmut in May 2023.", ("Petrov", "Ivan")),
    ("Former-inmate Oleg Sokolov died of his wounds on 3 March.", ("Sokolov", "Oleg")),
    ("Jean-Paul Mbarga was killed near Vovchansk.", ("Mbarga", "Jean-Paul")),
    ("Abd-al-Aziz Hamdan, 27, was killed in the Donetsk region.", ("Hamdan", "Abd-al-Aziz")),
])
def test_a_descriptor_written_with_hyphens_is_no_part_of_the_name(
        text: str, name: tuple[str, str]) -> None:
    assert _names(text) == [name]
