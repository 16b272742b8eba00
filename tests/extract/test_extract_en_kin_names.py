"""English names (issue: English texts): relatives joined to the person by "and" or named
by given name only, Spanish double surnames, and count words of headlines."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _run(text: str) -> list[dict[str, Any]]:
    return extract_text(text, "en", "2024-06-01")


def _names(text: str) -> list[tuple[str, str]]:
    return [(m["surname"], m["given_name"]) for m in _run(text)]


@pytest.mark.parametrize(("text", "sibling", "status"), [
    ("Sergei Ivanov, 30, was killed near Avdiivka on May 3. His younger brother Pavel, 25, "
     "was wounded in the same attack.", ("Ivanov", "Pavel"), "wounded"),
    ("Maxim Petrov was killed in July near Kupiansk; his twin brother Mikhail was wounded "
     "and lost a leg.", ("Petrov", "Mikhail"), "wounded"),
    ("Ramesh Gurung died in Ukraine in January. His elder brother Dil, 34, has been missing "
     "since March.", ("Gurung", "Dil"), "missing"),
    ("Anna Sokolova, a medic, was killed by a drone on 4 June. Her sister Olga was wounded.",
     ("Sokolova", "Olga"), "wounded"),
])
def test_a_sibling_by_given_name_takes_the_surname(text: str, sibling: tuple[str, str],
                                                    status: str) -> None:
    found = {(m["surname"], m["given_name"]): m for m in _run(text)}
    assert sibling in found
    assert found[sibling]["status"] == status
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "Sergei Ivanov, 30, was killed near Avdiivka on May 3, his brother Pavel said.",
    "Ivan Orlov was killed in May 2024. His brother Oleg Smirnov organised the funeral.",
    "Maxim Petrov was killed in July near Kupiansk. His brother Mikhail lives in Tver.",
])
def test_a_sibling_who_only_speaks_or_lives_is_no_person(text: str) -> None:
    assert len(_run(text)) == 1


@pytest.mark.parametrize(("text", "names"), [
    ("Bair Tsyrenov, 38, and his cousin Dorzho Tsyrenov, 35, were called up in September. "
     "Both died on November 9 near Svatove.", [("Tsyrenov", "Bair"), ("Tsyrenov", "Dorzho")]),
    ("Oleg Kuzmin, a driver, and his brother Artem Kuzmin, who worked at a mine, were "
     "mobilised in 2022. Both were killed in 2023.", [("Kuzmin", "Oleg"), ("Kuzmin", "Artem")]),
    ("His brothers Ram and Shyam Thapa were killed near Bakhmut in March 2024, the family "
     "said.", [("Thapa", "Ram"), ("Thapa", "Shyam")]),
])
def test_relatives_joined_by_and_are_persons(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names


def test_a_relative_joined_by_and_to_a_singular_verb_is_no_person() -> None:
    text = ("Viktor Belov, 41, was killed in May 2024 and his son Ilya Belov, who lives in "
            "Perm, was told the news by phone.")
    assert _names(text) == [("Belov", "Viktor")]


@pytest.mark.parametrize(("text", "name"), [
    ("Yoandri Martínez Rosales, 22, was killed near Bakhmut.", ("Martínez Rosales", "Yoandri")),
    ("Cuban recruit Osmel Hernández Tamayo, 31, died in March 2024.",
     ("Hernández Tamayo", "Osmel")),
    ("Luis Alberto González Ochoa was killed in Ukraine in May 2024.",
     ("González Ochoa", "Luis Alberto")),
    ("Yasmani Pérez Morales, 40, went missing in April 2024.", ("Pérez Morales", "Yasmani")),
])
def test_spanish_double_surnames_stay_together(text: str, name: tuple[str, str]) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("José Vicente Rosales, 22, was killed near Bakhmut.", ("Rosales", "José Vicente")),
    ("Juan Carlos Rivera died in Ukraine in May 2024.", ("Rivera", "Juan Carlos")),
    ("Kevin Otieno Ouma was killed in March 2024.", ("Ouma", "Kevin Otieno")),
])
def test_a_given_name_before_a_surname_is_no_double_surname(text: str,
                                                            name: tuple[str, str]) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("Three Nepalis killed in Russia-Ukraine war\nKATHMANDU — Ram Bahadur Thapa, 30, and "
     "Krishna Gurung, 28, died in Ukraine.", [("Thapa", "Ram Bahadur"), ("Gurung", "Krishna")]),
    ("Punjab: Two men return home from Russian army\nGurpreet Sandhu and Manjit Gill came "
     "back on Friday.", [("Sandhu", "Gurpreet"), ("Gill", "Manjit")]),
    ("Four Kenyans missing in Russia\nNAIROBI — Peter Mwangi, 27, has not been heard from "
     "since May.", [("Mwangi", "Peter")]),
])
def test_count_words_in_headlines_are_no_names(text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text) == names
