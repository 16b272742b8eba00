"""The other side's English reports of the enemy killed: "Liquidated on 2 March near
Bakhmut", "was eliminated by a drone", "Destroyed on 9 March" give status killed; things
destroyed ("the tank was destroyed near …") give nothing."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.vocab import Status


def statuses(text: str) -> dict[str, object]:
    return {str(m["surname"]): m["status"] for m in extract_text(text, "en", "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("1. SOKOLOV Ivan Petrovich (b. 1990), Omsk. Mobilised. Liquidated on 2 March 2023 "
         "near Bakhmut.", "Sokolov"),
        ("2. GRIGORYEV Anton Olegovich (b. 1985), Kursk region. Junior sergeant. Destroyed on "
         "9 March 2023 near Klishchiivka.", "Grigoryev"),
        ("Russian paratrooper Maxim Belyaev, 29, was eliminated by a drone strike near "
         "Kreminna on 4 May.", "Belyaev"),
        ("Wagner mercenary Oleg Fomin was liquidated near Soledar in January, the brigade "
         "said.", "Fomin"),
        ("The occupier Artur Nikitin, a contract soldier from Tula, was neutralised in "
         "Robotyne on 12 August.", "Nikitin"),
        ("Private Ruslan Tagirov of the 155th brigade: eliminated on 20 February 2024 outside "
         "Vuhledar.", "Tagirov"),
        ("Another occupier, Sergei Lobanov from Bryansk, was destroyed by artillery near "
         "Avdiivka.", "Lobanov"),
        ("Denis Kozlov, 31, a mobilised rifleman, got liquidated during an assault near "
         "Marinka.", "Kozlov"),
    ],
)
def test_an_enemy_killed_in_the_other_sides_words(text: str, surname: str) -> None:
    assert statuses(text)[surname] == Status.KILLED


@pytest.mark.parametrize(
    "text",
    [
        "Private Ivan Savin said his tank was destroyed near Avdiivka before he surrendered.",
        "Nikolai Orlov, a mobilised driver from Tver, is serving near Kupiansk; his house was "
        "destroyed in shelling last year.",
        "Corporal Andrei Kuznetsov was wounded when their positions were destroyed near "
        "Bakhmut on 3 March.",
    ],
)
def test_things_destroyed_are_no_death(text: str) -> None:
    assert Status.KILLED not in statuses(text).values()
