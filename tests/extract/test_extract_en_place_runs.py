"""Capitalised pairs that the words around them show to be places are no persons: after a cue
only a place follows ("a 27-year-old from Santa Clara"), before a word for a kind of place
("Kot Khalsa village"), in an enumeration after "from" ("from Basra, Dhi Qar and Maysan"),
a region after a dateline's town ("ALATYR, Chuvashia —"). A bare "from" keeps a name."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str) -> list[tuple[str | None, str | None]]:
    return [(m["surname"], m["given_name"]) for m in extract_text(text, "en", "2024-09-01")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Yoandri Martínez Sánchez, a 27-year-old from Santa Clara, was killed in late March "
         "near Chasiv Yar.", ("Martínez Sánchez", "Yoandri")),
        ("Gurpreet Singh, 24, of Kot Khalsa village on the outskirts of Amritsar, was killed "
         "near Bakhmut.", ("Singh", "Gurpreet")),
        ("Ali Hassan, one of the young men from Basra, Dhi Qar and Maysan sent to Russia, was "
         "killed near Bakhmut.", ("Hassan", "Ali")),
        ("The Wagner graves of Chuvashia\n\nALATYR, Chuvashia — In the far corner of the town "
         "cemetery lies Ivan Petrov, who was killed near Bakhmut in May.", ("Petrov", "Ivan")),
        ("Graves of convicts\n\nKANASH, Chuvashia — In the town cemetery lies Oleg Demin, who "
         "was killed near Bakhmut in May.", ("Demin", "Oleg")),
        ("Ram Thapa, who lived in Pokhara Lekhnath, was killed near Bakhmut.",
         ("Thapa", "Ram")),
        ("Pedro Alvarez, who lived in Santa Clara, went missing near Bakhmut.",
         ("Alvarez", "Pedro")),
        ("Luis Gomez, a 30-year-old from Ciego Grande, was killed near Bakhmut.",
         ("Gomez", "Luis")),
        ("Arjun Rana, 22, of Kot Bhai village, was killed near Bakhmut in June.",
         ("Rana", "Arjun")),
        ("Yosvany Perez, who grew up in Pinar Grande, was killed near Bakhmut in June.",
         ("Perez", "Yosvany")),
    ],
)
def test_a_place_is_no_person(text: str, person: tuple[str, str]) -> None:
    assert _names(text) == [person]


@pytest.mark.parametrize("text", [
    "A letter from Ivan Petrov, who was killed near Bakhmut, reached his mother.",
    "In Kursk, Ivan Petrov was buried on Monday; he was killed near Bakhmut.",
])
def test_a_name_after_a_bare_cue_stays(text: str) -> None:
    assert ("Petrov", "Ivan") in _names(text)
