""""the village of X" after a preposition of where something happened ("near the village of
Kurdyumovka", "buried in the town of Kimry") is no home cue: neither the village nor the
region after it ("in the Donetsk region") is the person's home."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Yevgeny Sorokin, 41, was killed during an assault near the village of Kurdyumovka "
        "in the Donetsk region.",
        "Yevgeny Sorokin went missing in fighting around the village of Kurdyumovka.",
        "Private Oleg Mukhin was buried in the town of Kimry on Friday. He was killed near "
        "Bakhmut.",
        "Oleg Mukhin died of wounds at the village of Krynky in the Kherson region.",
        "Private Oleg Mukhin was wounded near the town of Toretsk in the Donetsk region and "
        "died in hospital.",
        "Oleg Mukhin, a mobilized soldier, was killed in an assault on the outskirts of "
        "Avdiivka, in the village of Stepove in the Donetsk region.",
    ],
)
def test_event_village_is_no_home(text: str) -> None:
    (p,) = extract_text(text, lang="en")
    assert p["settlement"] is None
    assert not (p["region"] or "").startswith("UA-")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Yevgeny Sorokin, 41, from the village of Kulunda, was killed near Bakhmut.",
         "Kulunda"),
        ("Yevgeny Sorokin, who lived in the village of Kulunda, was killed near Bakhmut.",
         "Kulunda"),
        ("Yevgeny Sorokin, a native of the town of Shadrinsk, was killed near Bakhmut.",
         "Shadrinsk"),
        ("Yevgeny Sorokin of the village of Kulunda was killed near Bakhmut.", "Kulunda"),
        # a civilian's house struck in his village: his home
        ("Pyotr Shilov, 63, was killed when a drone struck a house in the village of Kulunda "
         "on Sunday.", "Kulunda"),
    ],
)
def test_home_village_still_read(text: str, town: str) -> None:
    (p,) = extract_text(text, lang="en")
    assert p["settlement"] == town
