"""English home cues after the place or woven into a word: "a Pechora native", "our fellow
Kurgan resident", "Tver-born", "born and raised in Kirov"; a Russian town far the largest of
its name gives its region ("Kirov"). A country's demonym is no town ("Tajik-born")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("Nikolai Fedotov, a Pechora native serving nine years for robbery, was killed near "
         "Soledar.", "Pechora", "RU-KO"),
        ("Dmitry Lazarev, a Syzran native who signed a contract in May, was killed near Bakhmut.",
         "Syzran", "RU-SAM"),
        ("Private Vadim Orekhov, our fellow Kurgan resident, died on 22 September near Bakhmut.",
         "Kurgan", "RU-KGN"),
        ("Ivan Petrov, a Syktyvkar resident, was killed near Bakhmut.", "Syktyvkar", "RU-KO"),
        ("Sergeant Pavel Lukin, a longtime Kungur resident, was killed near Avdiivka in March.",
         "Kungur", "RU-PER"),
        ("Tver-born soldier Ivan Petrov was killed near Bakhmut.", "Tver", "RU-TVE"),
        ("Omsk-born paratrooper Denis Karpov went missing near Kreminna in July.", "Omsk",
         "RU-OMS"),
        ("Ivan Petrov was born and raised in Zlatoust and was killed near Bakhmut.", "Zlatoust",
         "RU-CHE"),
        ("Raised in Novokuznetsk, Anatoly Grebnev was killed near Soledar in January.",
         "Novokuznetsk", "RU-KEM"),
        ("Andrei Sokolov, a resident of Kirov, was killed near Bakhmut on 2 March.", "Kirov",
         "RU-KIR"),
    ],
)
def test_home_cue(text: str, town: str, region: str) -> None:
    (m,) = extract_text(text, "en", "2024-09-01")
    assert m["settlement"] == town
    assert m["region"] == region


@pytest.mark.parametrize("text", [
    "Tajik-born builder Farrukh Rakhimov was killed near Kreminna.",
    "Peter Otieno, a Kenyan native, was killed near Bakhmut.",
    "Ivan Petrov, a native speaker of Tatar, was killed near Bakhmut.",
])
def test_no_town(text: str) -> None:
    (m,) = extract_text(text, "en", "2024-09-01")
    assert m["settlement"] is None


def test_a_town_of_two_regions_gives_none() -> None:
    (m,) = extract_text("Ivan Petrov, a resident of Zheleznogorsk, was killed near Bakhmut.",
                        "en", "2024-09-01")
    assert m["settlement"] == "Zheleznogorsk"
    assert m["region"] is None
