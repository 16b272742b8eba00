"""Two federal subjects share a stem ("Altai Krai" and the "Altai Republic"): the English word
for the kind ("Territory", "Krai", "Republic") tells which one a text names."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2024-06-01"


def _surname(text: str) -> str:
    return next(w for w in ("Pankin", "Lapin", "Tadyshev") if w in text)


@pytest.mark.parametrize("text, region", [
    ("Yegor Pankin, 19, from Rubtsovsk in the Altai Territory, was killed near Pokrovsk.",
     "RU-ALT"),
    ("Private Yegor Pankin of Biysk, Altai Territory, died of wounds in March.", "RU-ALT"),
    ("Yegor Pankin, a native of the Altai Territory, was killed near Pokrovsk.", "RU-ALT"),
    ("Mobilised soldier Ivan Lapin, from Slavgorod (Altai Territory), was killed in May.",
     "RU-ALT"),
    ("Yegor Pankin, from the Altai Krai, was killed near Pokrovsk.", "RU-ALT"),
    ("Yegor Pankin, from Gorno-Altaisk in the Altai Republic, was killed near Pokrovsk.",
     "RU-AL"),
    ("Artyom Tadyshev, a native of the Altai Republic, was killed near Pokrovsk.", "RU-AL"),
    ("Ivan Lapin, a contract soldier from the Altai region, was killed in May.", "RU-ALT"),
])
def test_the_kind_word_picks_the_subject(text: str, region: str) -> None:
    assert person_named(text, "en", _surname(text), PUB)["region"] == region
