"""A formation that captured a place ("captured the village of Pavlivka", "captured Ukrainian
positions") took no captive: it stays the unit of the man in its sentence. A named man who
"took two prisoners" is the captor, not the captive."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

UNITS = [
    ("Soldiers of the 155th Naval Infantry Brigade captured the village of Pavlivka in November, "
     "where Sergeant Ivan Orlov was killed.", "155th Naval Infantry Brigade"),
    ("Marines of the 40th Naval Infantry Brigade captured Ukrainian positions near Krynky, where "
     "Private Oleg Lomov was killed.", "40th Naval Infantry Brigade"),
    ("Paratroopers of the 76th Guards Air Assault Division captured the town of Marinka, where "
     "Corporal Denis Fomin was killed in March.", "76th Guards Air Assault Division"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS)
def test_place_captured_keeps_unit(text: str, unit: str) -> None:
    (m,) = extract_text(text, "en", "2024-06-01")
    assert m["unit"] == unit


def test_captive_taken_by_formation() -> None:
    (m,) = extract_text("Soldiers of the 3rd Assault Brigade captured Russian private Artem "
                        "Zhukov near Bakhmut.", "en", "2024-06-01")
    assert m["status"] == "captured"
    assert m["unit"] is None


STATUS = [
    ("Sergeant Oleg Ivanov, who took two prisoners near Bakhmut last year, was killed in May.",
     "killed"),
    ("Private Pavel Zuev took three prisoners in Robotyne and was later killed by a drone.",
     "killed"),
    ("Corporal Denis Fomin, 31, took several captives near Avdiivka before he was killed.",
     "killed"),
    ("Ukrainian forces took Russian soldier Artem Zhukov, 23, prisoner near Bakhmut.",
     "captured"),
]


@pytest.mark.parametrize(("text", "status"), STATUS)
def test_captor_not_captive(text: str, status: str) -> None:
    (m,) = extract_text(text, "en", "2024-06-01")
    assert m["status"] == status
