"""A commander named by his role ("the battalion commander, Major Ivan Lobov") is one who
speaks or attends, unless a fate of his is told — after the name, or right before his role in
the same sentence ("Among those killed was the regiment's commander, …", "Mourners buried the
battalion commander, …", "reported the death of the battalion's commander, …")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

KEPT = [
    ("Among those killed was the regiment's commander, Colonel Sergei Ivanov.", "Ivanov"),
    ("Mourners buried the battalion commander, Major Ivan Lobov, in Pskov on Friday.", "Lobov"),
    ("Russian sources reported the death of the battalion's commander, Lieutenant Colonel Oleg "
     "Orlov, in a HIMARS strike near Tokmak.", "Orlov"),
    ("A Ukrainian drone killed their commander, Captain Pavel Zuev, near Bakhmut in May.",
     "Zuev"),
    ("Among the dead was the brigade's deputy commander, Major Denis Fomin, the ministry said.",
     "Fomin"),
]


@pytest.mark.parametrize(("text", "surname"), KEPT)
def test_superior_with_fate_kept(text: str, surname: str) -> None:
    (m,) = extract_text(text, "en", "2024-06-01")
    assert surname in m["name"]
    assert m["status"] == "killed"


DROPPED = [
    "Private Ivan Lobov was killed near Bakhmut. His commander, Major Oleg Chernykh, said he was "
    "brave.",
    "Private Ivan Lobov was killed near Bakhmut. The funeral was attended by his commander, "
    "Major Oleg Chernykh.",
    "Private Ivan Lobov was killed near Bakhmut. The battalion commander, Major Oleg Chernykh, "
    "will attend the funeral.",
]


@pytest.mark.parametrize("text", DROPPED)
def test_superior_who_speaks_dropped(text: str) -> None:
    ms = extract_text(text, "en", "2024-06-01")
    assert [m["name"] for m in ms] == ["Lobov Ivan"]
