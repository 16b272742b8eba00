"""A death told "that same day", "that very day" or "in that battle" after a dated fate of
another man takes that day, as "the same day" and "in the same battle" did; a sentence with a
day of its own keeps it."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def deaths(text: str) -> dict[str, str | None]:
    return {m["name"]: m["death_date"] for m in extract_text(text, "en", "2024-09-02")}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("On August 5 Private Dennis Langat surrendered to Ukrainian soldiers. Another recruit, "
         "Peter Mwangi, was killed by a drone near Vovchansk that same day.", "Mwangi Peter",
         "2024-08-05"),
        ("Private Yegor Kuzmin was captured near Kharkiv on May 3. Their commander, Senior "
         "Lieutenant Anton Gusak, was killed in that battle.", "Gusak Anton", "2024-05-03"),
        ("Sergeant Ivan Belov was wounded near Bakhmut on 12 March. His friend Private Oleg "
         "Titov died that very day.", "Titov Oleg", "2024-03-12"),
        ("Private Roman Sokolov was captured near Robotyne on 2 July. Corporal Pavel Orlov was "
         "killed in that assault.", "Orlov Pavel", "2024-07-02"),
        ("Private Ilya Demin went missing near Avdiivka on 20 February. His comrade Artyom "
         "Zuev was killed that same day, his mother said.", "Zuev Artyom", "2024-02-20"),
        ("On 9 June Private Denis Kolesov was taken prisoner near Kupiansk. Private Maxim "
         "Lapin died in that very attack.", "Lapin Maxim", "2024-06-09"),
        ("Sergeant Oleg Markov was captured near Siversk on 7 April. Private Igor Volkov "
         "perished in the very same battle.", "Volkov Igor", "2024-04-07"),
    ],
)
def test_same_day(text: str, name: str, day: str) -> None:
    assert deaths(text)[name] == day


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("Private Yegor Kuzmin was captured near Kharkiv on May 3. Their commander, Senior "
         "Lieutenant Anton Gusak, was killed in that battle on May 4.", "Gusak Anton",
         "2024-05-04"),
        ("On August 5 Private Dennis Langat surrendered. Peter Mwangi was killed on August 9 "
         "near Vovchansk.", "Mwangi Peter", "2024-08-09"),
        ("Private Oleg Titov was killed near Bakhmut. His friend Sergeant Ivan Belov had "
         "fought in that battle too and was wounded.", "Titov Oleg", None),
    ],
)
def test_own_day(text: str, name: str, day: str | None) -> None:
    assert deaths(text)[name] == day
