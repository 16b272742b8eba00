"""English texts name a Russian surname-first, as documents and lists do, when the
patronymic comes last ("Bobrov Kirill Andreyevich"); given-first, it sits in the middle."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.en_names import name_parts


@pytest.mark.parametrize(("written", "surname", "given", "patronymic"), [
    ("Bobrov Kirill Andreyevich", "Bobrov", "Kirill", "Andreyevich"),
    ("Tsyrenov Bair Dorzhiyevich", "Tsyrenov", "Bair", "Dorzhiyevich"),
    ("Gorshkova Anna Nikolayevna", "Gorshkova", "Anna", "Nikolayevna"),
    ("Melnyk Oleh Ivanovych", "Melnyk", "Oleh", "Ivanovych"),
    ("Sidorov Ilya Kuzmich", "Sidorov", "Ilya", "Kuzmich"),
    ("Kirill Andreyevich Bobrov", "Bobrov", "Kirill", "Andreyevich"),  # given first
    ("Anna Nikolayevna Gorshkova", "Gorshkova", "Anna", "Nikolayevna"),
    ("Oleg Ivanovich Petrovich", "Petrovich", "Oleg", "Ivanovich"),  # a surname in -ich
    ("John Paul Jones", "Jones", "John Paul", ""),
])
def test_parts_of_a_three_word_name(written: str, surname: str, given: str,
                                    patronymic: str) -> None:
    p = name_parts(written.split())
    assert (p.surname, p.given, p.patronymic) == (surname, given, patronymic)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("PLEASE SHARE. Looking for my son, Bobrov Kirill Andreyevich, born 14.06.1991, from "
     "Syzran. Mobilised on 29 September 2022, no contact since March.", "Bobrov", "Kirill"),
    ("Yesterday we buried my husband. Gorshkov Alexei Nikolayevich, 03.03.1990 – 21.08.2024.",
     "Gorshkov", "Alexei"),
    ("The list of the fallen:\n1. Dashiyev Aldar Batorovich (2001–2023), private, mobilised;\n",
     "Dashiyev", "Aldar"),
    ("Private Lapin Denis Sergeyevich was killed near Avdiivka on 3 March 2024, the district "
     "administration said.", "Lapin", "Denis"),
    ("Junior sergeant Denis Sergeyevich Lapin was killed near Avdiivka on 3 March 2024.",
     "Lapin", "Denis"),
])
def test_the_person_of_a_text_gets_surname_and_given_name(text: str, surname: str,
                                                          given: str) -> None:
    found = extract_text(text, "en", "2024-09-01")
    assert [(m["surname"], m["given_name"]) for m in found] == [(surname, given)]
