"""A medium's name ending in "сегодня" / "сьогодні" whose first word holds an apostrophe
(«Прокоп'євськ сьогодні», «П’ятигорськ сьогодні») is a name, no day: today dates no death
(nor pushes it a year back behind yesterday's farewell), and the death's own day stays."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUBLISHED = "2024-03-12"


@pytest.mark.parametrize(
    ("text", "lang", "surname", "death"),
    [
        ("Місцеве видання «Прокоп'євськ сьогодні» повідомило, що на війні загинув мобілізований "
         "Артем Шулепов. Він загинув 19 лютого під Авдіївкою. Прощалися з ним учора.", "uk",
         "Шулепов", "2024-02-19"),
        ("Видання «П’ятигорськ сьогодні» пише, що на фронті загинув контрактник Ігор Лапін. "
         "Єфрейтор Лапін загинув 2 березня під Авдіївкою. Прощалися з ним учора.", "uk",
         "Лапін", "2024-03-02"),
        ("Як повідомляє «Слов'янськ сьогодні», загинув мобілізований Олег Седов. Він загинув "
         "5 березня під Бахмутом. Поховали його вчора.", "uk", "Седов", "2024-03-05"),
        ("«Прокоп’євськ сьогодні» повідомляє: загинув рядовий Павло Гуров. Загинув 1 березня "
         "під Роботиним, прощання відбулося вчора.", "uk", "Гуров", "2024-03-01"),
        ("Паблік «Кам'янське сьогодні» пише, що на війні загинув окупант Денис Рябов з Курська. "
         "Рябов загинув 28 лютого. З ним попрощалися вчора.", "uk", "Рябов", "2024-02-28"),
    ],
)
def test_joined_masthead_is_no_day(text: str, lang: str, surname: str, death: str) -> None:
    assert person_named(text, lang, surname, PUBLISHED)["death_date"] == death


@pytest.mark.parametrize(
    ("text", "lang", "surname", "event", "day"),
    [
        # a real today: a farewell held today, a town doing it today
        ("Рядовий Артем Шулепов загинув 19 лютого. Прощання з ним відбулося сьогодні.", "uk",
         "Шулепов", "farewell", "2024-03-12"),
        ("Прокоп'євськ сьогодні прощається з Артемом Шулеповим, який загинув 19 лютого.", "uk",
         "Шулепов", "farewell", "2024-03-12"),
        ("Рядовой Олег Седов погиб 5 марта. Усть-Кут сегодня простился с ним.", "ru", "Седов",
         "farewell", "2024-03-12"),
        ("Рядовой Олег Седов погиб 5 марта. Прощание прошло сегодня в Усть-Куте.", "ru", "Седов",
         "farewell", "2024-03-12"),
        ("Сержант Павел Гуров погиб 1 марта. Жители Ростова-на-Дону сегодня простились с ним.",
         "ru", "Гуров", "farewell", "2024-03-12"),
    ],
)
def test_real_today_still_dates(text: str, lang: str, surname: str, event: str,
                                day: str) -> None:
    m = person_named(text, lang, surname, PUBLISHED)
    assert (m["other_dates"] or {}).get(event) == day
