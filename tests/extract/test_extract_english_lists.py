"""English namings a list or a foreign name writes its own way: "SURNAME, Given", an initial
as the patronymic, a Kenyan middle name that is no patronymic, "bin X" as the father's name."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text
from headcount.extract.en_names import name_parts

ENTRIES = [("FERNÁNDEZ CASTILLO", "Yoandri", "Fernández Castillo"),
           ("RAMOS DEL VALLE", "Osniel", "Ramos del Valle"),
           ("PUPO", "Leonel Antonio", "Pupo"),
           ("OKAFOR", "Chinedu", "Okafor")]


@pytest.mark.parametrize(("first", "second"), list(itertools.permutations(ENTRIES, 2)))
def test_surname_comma_given_in_a_list(first: tuple[str, str, str],
                                       second: tuple[str, str, str]) -> None:
    text = (f"Missing since October:\n1. {first[0]}, {first[1]} — b. 1985 — contract "
            f"14.07.2023\n2. {second[0]}, {second[1]} — b. 1979 — contract 02.08.2023\n")
    found = {(m["surname"], m["given_name"], m["birth_date"])
             for m in extract_text(text, "en", "2024-01-01")}
    assert found == {(first[2], first[1], "1985"), (second[2], second[1], "1979")}


def test_a_later_naming_by_the_whole_surname_joins_the_entry() -> None:
    text = ("1. RAMOS DEL VALLE, Osniel — b. 1979 — contract 02.08.2023\n\n"
            "Relatives of Ramos del Valle told us he was wounded in September.")
    [m] = extract_text(text, "en", "2024-01-01")
    assert (m["surname"], m["given_name"], m["status"]) == ("Ramos del Valle", "Osniel",
                                                            "wounded")


@pytest.mark.parametrize(("words", "surname", "given", "patronymic"), [
    ("Denis A. Sokolov", "Sokolov", "Denis", "A."),
    ("Evans Kiprotich Kemboi", "Kemboi", "Evans Kiprotich", ""),
    ("Andrei Nikitich Orlov", "Orlov", "Andrei", "Nikitich"),
    ("Alexei Viktorovich Gorbunov", "Gorbunov", "Alexei", "Viktorovich"),
    ("Abdulrahman bin Saleh al-Haidari", "al-Haidari", "Abdulrahman", "bin Saleh"),
])
def test_name_parts(words: str, surname: str, given: str, patronymic: str) -> None:
    p = name_parts(words.split())
    assert (p.surname, p.given, p.patronymic) == (surname, given, patronymic)
