"""Desertion told as a flight from one's unit, its number or kind between ("fled the 36th
Army", "сбежал из воинской части", "втік із військової частини"), or as leaving it without
permission ("for leaving his unit without permission", "покинул позиции без разрешения")."""

from __future__ import annotations

import pytest
from extract_people import only_status


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Private Ivan Kolesov fled the 36th Army in May, his mother said.", "en"),
        ("Ivan Kolesov, 24, was jailed for leaving his unit without permission.", "en"),
        ("Prosecutors say Artur Belov absconded from the 1434th regiment in March.", "en"),
        ("Nikita Zorin abandoned the 3rd motor rifle battalion near Svatove and hid at home "
         "for two months.", "en"),
        ("According to the court, Roman Danilov quit his battalion without authorisation on "
         "4 May.", "en"),
        ("Мобилизованный Сергей Ильин сбежал из воинской части под Белгородом, его ищет "
         "военная полиция.", "ru"),
        ("По данным следствия, рядовой Антон Сурков бежал с боевых позиций в июле.", "ru"),
        ("Контрактник Олег Рыжов покинул расположение полка без разрешения командира и "
         "уехал домой в Курган.", "ru"),
        ("Рядовий Ігор Лосєв утік із розташування батальйону і переховувався у родичів.",
         "uk"),
        ("Як встановив суд, Максим Гребньов залишив бойові позиції без наказу 12 травня.",
         "uk"),
    ],
)
def test_a_flight_from_the_unit_is_desertion(text: str, lang: str) -> None:
    assert only_status(text, lang) == "deserted"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a unit's retreat, a shelter fled, a leave taken with permission
        ("Ivan Kolesov fled the shelling with his family and was wounded in Belgorod.", "en"),
        ("Сергей Ильин сбежал из дома на фронт и погиб под Бахмутом.", "ru"),
        ("Олег Рыжов покинул расположение полка с разрешения командира и погиб в дороге.",
         "ru"),
    ],
)
def test_no_desertion_without_a_flight_from_the_unit(text: str, lang: str) -> None:
    assert only_status(text, lang) != "deserted"
