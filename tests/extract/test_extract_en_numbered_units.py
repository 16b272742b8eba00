"""English units written as an ordinal and a formation noun with no kind between ("the
1434th regiment", "the 36th Army"), numbers of four digits, and a named volunteer formation
whose name comes first ("the Ratnik volunteer detachment")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def unit_of(text: str) -> object:
    people = extract_text(text, "en", "2024-06-01")
    assert len(people) == 1
    return people[0]["unit"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Dmitry Orlov, of the 1434th regiment, was killed near Kupiansk.", "1434th regiment"),
        ("Private Ivan Kolesov of the 36th Army died of his wounds on May 3.", "36th Army"),
        ("Ruslan Galiev from Kazan served in the 1434th Motor Rifle Regiment and died on "
         "May 3.", "1434th Motor Rifle Regiment"),
        ("Oleg Sidorenko of the Ratnik volunteer detachment was killed near Avdiivka.",
         "Ratnik volunteer detachment"),
        ("Viktor Lomov, who joined the Kaskad volunteer unit last spring, was killed in "
         "March.", "Kaskad volunteer unit"),
        ("Mobilised in 2022, Sergei Panin was sent to the 1009th regiment and was killed "
         "near Svatove.", "1009th regiment"),
        ("Andrei Kuzin served in the 4th brigade until he was killed in February.",
         "4th brigade"),
        ("Yuri Tkachuk, a gunner with the 1st battalion, was killed near Marinka on 2 May.",
         "1st battalion"),
        ("Corporal Timur Aliyev of the 1194th Rifle Regiment went missing near Robotyne.",
         "1194th Rifle Regiment"),
        ("Danila Shtykov, 22, was killed while serving with the 20th army near Kreminna.",
         "20th army"),
    ],
)
def test_an_ordinal_and_a_formation_noun(text: str, unit: str) -> None:
    assert unit_of(text) == unit


@pytest.mark.parametrize(
    "text",
    [
        # a volunteer formation named by no name of its own
        ("Oleg Sidorenko of the volunteer detachment was killed near Avdiivka."),
        ("The volunteer unit said Oleg Sidorenko was killed near Avdiivka."),
        # an ordinal of something else
        ("Oleg Sidorenko was killed on the 3rd day of the assault near Avdiivka."),
    ],
)
def test_no_unit_without_a_name_or_a_number(text: str) -> None:
    assert unit_of(text) is None
