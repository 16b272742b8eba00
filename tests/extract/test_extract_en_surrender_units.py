"""English: the formation a man gave himself up or handed himself over to is his
captors', not his unit ("gave himself up to the 92nd Brigade"); the unit he served in stays
his."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2025-03-01"


@pytest.mark.parametrize("text, surname", [
    ("Jean-Pierre Essomba, 29, signed a contract in November and gave himself up to the 92nd "
     "Brigade on 3 February.", "Essomba"),
    ("Private Ivan Petrov, 24, gave himself up to the 47th Mechanised Brigade near Avdiivka.",
     "Petrov"),
    ("Ivan Petrov, a rifleman from Tula, handed himself over to the 3rd Assault Brigade in "
     "March.", "Petrov"),
    ("Ukraine's military says contract soldier Oleg Sidorov, 33, was captured after handing "
     "himself over to the 58th Brigade near Kupiansk.", "Sidorov"),
    ("Sergei Lapin, 31, and two comrades gave themselves up to the 110th Brigade near "
     "Avdiivka in February.", "Lapin"),
    ("A video shows Viktor Orlov, 40, giving himself up to the 93rd Brigade near Bakhmut.",
     "Orlov"),
    ("Andrei Kozlov, 27, from Omsk, gave himself up to fighters of the 79th Air Assault "
     "Brigade near Kurakhove.", "Kozlov"),
    ("Captured soldier Yuri Belov, 35, said he had handed himself over to the 24th Brigade in "
     "January.", "Belov"),
])
def test_the_formation_he_gave_himself_up_to_is_not_his(text: str, surname: str) -> None:
    assert person_named(text, "en", surname, PUB)["unit"] is None


@pytest.mark.parametrize("text, surname, unit", [
    ("Private Ivan Petrov of the 1st Guards Tank Army gave himself up near Kupiansk.", "Petrov",
     "1st Guards Tank Army"),
    ("Ivan Petrov, who served in the 15th Motor Rifle Brigade, gave himself up to Ukrainian "
     "troops in May.", "Petrov", "15th Motor Rifle Brigade"),
])
def test_his_own_unit_stays(text: str, surname: str, unit: str) -> None:
    assert person_named(text, "en", surname, PUB)["unit"] == unit
