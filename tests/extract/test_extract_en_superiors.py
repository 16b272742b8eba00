"""A superior or an aide named with his rank after his role ("His commander, Captain Oleg
Chernykh, said …", "Muromtsev's deputy, Major Oleg Chernykh, will attend the ceremony") is
someone who speaks or attends, not a person of the report — unless a fate of his follows in
his clause ("The battalion commander, Lieutenant Colonel Ivan Orlov, was killed …")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

DEAD = "Private Ivan Sokolov was killed near Bakhmut. "

SUPERIORS = [
    "Lieutenant Colonel Alexander Muromtsev was killed near Bakhmut. Muromtsev's deputy, "
    "Major Oleg Chernykh, will attend the ceremony.",
    DEAD + "His commander, Captain Oleg Chernykh, said he died a hero.",
    DEAD + "The regiment's deputy commander, Lt. Col. Sergei Nikitin, attended the funeral.",
    DEAD + "The unit's deputy, Senior Sergeant Maxim Zhukov, carried his body out.",
    DEAD + "His commander, Captain Artyom Belov, laid flowers at the funeral.",
    DEAD + "The battalion's deputy commander, Major Denis Frolov, spoke at the farewell "
    "ceremony.",
    DEAD + "His superior, Colonel Igor Lebedev, confirmed the death to his mother.",
    DEAD + "The company's deputy, Sergeant Maxim Zhukov, identified the body.",
    DEAD + "The platoon's commander, Lieutenant Gleb Sorokin, was at the memorial service.",
    DEAD + "His company commander, Captain Yuri Lapin, handed his mother the Order of Courage "
    "at the funeral.",
]


@pytest.mark.parametrize("text", SUPERIORS)
def test_superior_is_no_person(text: str) -> None:
    found = [m["surname"] for m in extract_text(text, "en", "2024-06-01")]
    assert found == (["Muromtsev"] if text.startswith("Lieutenant") else ["Sokolov"])


@pytest.mark.parametrize(("text", "names"), [
    ("The battalion commander, Lieutenant Colonel Ivan Orlov, was killed near Kreminna on "
     "3 May.", ["Orlov"]),
    (DEAD + "His platoon commander, Lieutenant Roman Gusev, was wounded in the same attack.",
     ["Sokolov", "Gusev"]),
])
def test_superior_with_a_fate(text: str, names: list[str]) -> None:
    assert [m["surname"] for m in extract_text(text, "en", "2024-06-01")] == names
