"""English: a home cue, a town and a name run together without a comma ("A native of Kurgan
Ivan Petrov was killed …"): the capitalised run is the town, then the person, not one place.
A run after a cue that is one name with no town in front stays a name or nothing."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "surname", "given", "settlement"),
    [
        ("A native of Kurgan Ivan Petrov was killed near Bakhmut.", "Petrov", "Ivan", "Kurgan"),
        ("A resident of Kurgan Ivan Petrov was killed near Bakhmut.", "Petrov", "Ivan",
         "Kurgan"),
        ("A native of Nizhny Tagil Oleg Smirnov died of wounds in a hospital.", "Smirnov",
         "Oleg", "Nizhny Tagil"),
        ("Native of Shadrinsk Artyom Guskov, 31, was killed on 3 February.", "Guskov",
         "Artyom", "Shadrinsk"),
        ("A native of Yakutsk Nikolai Argunov went missing near Avdiivka in March.",
         "Argunov", "Nikolai", "Yakutsk"),
        ("The court heard that a native of Orsk Dmitry Lazutkin had been captured in March.",
         "Lazutkin", "Dmitry", "Orsk"),
    ],
)
def test_a_town_then_a_name(text: str, surname: str, given: str, settlement: str) -> None:
    (m,) = extract_text(text, "en", "2024-09-01")
    assert (m["surname"], m["given_name"], m["settlement"]) == (surname, given, settlement)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Native of Tajikistan Firdavs Nazarov was killed near Avdiivka.", "Nazarov"),
        ("Private Ivan Petrov, a native of Kurgan, was killed near Bakhmut.", "Petrov"),
        ("Kurgan native Ivan Petrov was killed near Bakhmut.", "Petrov"),
    ],
)
def test_other_orders_keep_the_name(text: str, surname: str) -> None:
    (m,) = extract_text(text, "en", "2024-09-01")
    assert m["surname"] == surname


def test_a_village_of_a_name_is_no_person() -> None:
    assert extract_text("The village of Ivan Petrov was shelled on Sunday.", "en",
                        "2024-09-01") == []
