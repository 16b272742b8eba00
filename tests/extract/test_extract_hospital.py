"""A death in a town's hospital: the hospital and its town ("военный госпиталь г.
Ростова-на-Дону"); a place where someone was wounded is not where he died."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ефрейтор Сергей Тимофеев умер от ран 14.08.2024 г. в военном госпитале г. "
         "Ростова-на-Дону.", "военный госпиталь г. Ростова-на-Дону"),
        ("Рядовой Денис Гаврюшин скончался от ран в госпитале в Грозном 2 июня.",
         "госпиталь в Грозном"),
        ("Сержант Олег Лыков скончался в областной больнице города Курска 3 мая.",
         "областная больница города Курска"),
        ("3 мая в военном госпитале в Ростове-на-Дону умер рядовой Пётр Лунин.",
         "военный госпиталь в Ростове-на-Дону"),
        ("Мобилизованный Антон Сухов, раненный под Бахмутом, скончался в клинике в Москве.",
         "клиника в Москве"),
        # the town in the genitive right after the hospital
        ("Старший лейтенант Роман Чернов скончался от ран 3 мая в госпитале "
         "Ростова-на-Дону.", "госпиталь Ростова-на-Дону"),
        ("Антон Васильев умер в больнице Луганска от полученных ранений 2 марта.",
         "больница Луганска"),
        ("Боец Тимур Ахметов, раненный под Работино, скончался в военном госпитале Симферополя.",
         "военный госпиталь Симферополя"),
        ("В областной больнице Белгорода 9 июня умер мобилизованный Кирилл Носков.",
         "областная больница Белгорода"),
        # a country before the hospital is not one of its words
        ("Сержант Павел Ерёмин скончался в Беларуси в госпитале Гомеля 4 апреля.",
         "госпиталь Гомеля"),
    ],
)
def test_a_death_in_a_hospital(text: str, place: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Денис Гаврюшин получил ранение под Часовым Яром и 2 июня скончался от ран в "
         "Грозном.", "Грозный"),
        ("Сержант Олег Лыков был ранен под Клещеевкой, а 5 мая погиб под Угледаром.", "Угледар"),
    ],
)
def test_where_he_was_wounded_is_not_where_he_died(text: str, place: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["place_of_death"] == place


def test_a_hospital_not_before_the_town_keeps_the_town() -> None:
    """Guard: a hospital told apart from the town ("в госпитале, но похоронен в …") does not
    join it."""
    (m,) = extract_text("Сержант Олег Рябов погиб в Горловке, его тело доставили в госпиталь.",
                        "ru", "2024-09-01")
    assert m["place_of_death"] == "Горловка"


def test_a_wound_keeps_its_place() -> None:
    (m,) = extract_text("Рядовой Олег Пак ранен под Угледаром 3 мая.", "ru", "2024-09-01")
    assert (m["status"], m["place_of_death"]) == ("wounded", "Угледар")
