""""He fell" as a death in English when its day, place or circumstance follows ("On 20 September
he fell near Selydove", "who fell on 29 May in the Kharkiv direction"): the status and the
day of the death; not a fall into something, ill or silent, nor a shell's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def fate(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m["name"]: (m["status"], m["death_date"])
            for m in extract_text(text, "en", "2024-10-30")}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("Alexander Lysenkov, call sign \"Lis\". He was 38. On 20 September he fell near "
         "Selydove, covering his guys while they pulled back.", "Lysenkov Alexander",
         "2024-09-20"),
        ("A farewell will be held for Sergeant Aisen Nikolaev, who fell on 29 May in the "
         "Kharkiv direction while performing a combat mission.", "Nikolaev Aisen", "2024-05-29"),
        ("Private Ivan Sokolov served in the 5th brigade. He fell on 3 August defending a "
         "position near Toretsk.", "Sokolov Ivan", "2024-08-03"),
        ("Corporal Oleg Titov went to the front in spring. On 14 July she wrote that he fell "
         "heroically near Vovchansk.", "Titov Oleg", "2024-07-14"),
        ("Junior Sergeant Denis Popov, who fell in the Avdiivka direction on 2 February, was "
         "buried in his native village.", "Popov Denis", "2024-02-02"),
        ("Private Yegor Lapin signed a contract in March. On 9 June he fell while storming "
         "an enemy stronghold.", "Lapin Yegor", "2024-06-09"),
        ("Our fellow villager Private Roman Belov, who fell on 11 October near Kupiansk, "
         "was 41.", "Belov Roman", "2024-10-11"),
    ],
)
def test_fell(text: str, name: str, day: str) -> None:
    assert fate(text)[name] == ("killed", day)


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("Private Ivan Sokolov was wounded on 3 May; later he fell ill with pneumonia.",
         "Sokolov Ivan", "wounded"),
        ("Private Ivan Sokolov was captured on 3 May after he fell into a trench.",
         "Sokolov Ivan", "captured"),
        ("Private Oleg Titov was wounded on 2 May when a shell fell near the trench.",
         "Titov Oleg", "wounded"),
        ("Private Pavel Orlov was wounded on 5 May. When asked about it, he fell silent.",
         "Orlov Pavel", "wounded"),
    ],
)
def test_no_fell(text: str, name: str, status: str) -> None:
    assert fate(text)[name] == (status, None)
