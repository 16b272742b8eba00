"""A soldier's home town whose region only the rest of the text gives (pipeline's
_region_of_home) implies Russian citizenship as a region read beside the town does
(home_citizenship); not for a foreign recruit, a convict, or a civilian with no home named."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str) -> dict[str, dict[str, object]]:
    return {str(m["surname"]): m for m in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("В Пермском крае простились с бойцом ЧВК «Вагнер». Константин Лапшин жил с семьёй "
         "в селе Фоки и погиб 26 февраля под Бахмутом.", "ru", "Лапшин"),
        ("Книга памяти Забайкальского края. Лыков Сергей, с. Красный Чикой, боец ЧВК "
         "«Вагнер». Погиб в январе под Соледаром.", "ru", "Лыков"),
        ("Книга памяти Забайкальского края. Ю. А. Верхотуров, 29 лет, с. Захарово; погиб в "
         "феврале.", "ru", "Верхотуров"),
        ("Администрация Кунгурского округа Пермского края сообщает: Чащин Евгений, с. "
         "Филипповка, погиб 3 ноября.", "ru", "Чащин"),
        ("В Чувашии похоронили Олега Орлова из села Яльчики, погибшего 4 марта под "
         "Кременной.", "ru", "Орлов"),
        ("Книга памяти Забайкальского края. Дашиев Баир, с. Урлук. Погиб 12 декабря в районе "
         "Кременной.", "ru", "Дашиев"),
        ("Книга памяти Алтайского края. Гребенщиков Виталий, с. Попово. Погиб 11 января под "
         "Авдеевкой.", "ru", "Гребенщиков"),
        ("Кунгурский округ Пермского края. Погибшие: Зуев Павел, п. Шадейка. Погиб 21 ноября.",
         "ru", "Зуев"),
        ("Книга памяти Пермского края пополнилась: Кузнецов Олег, с. Фоки, пропал без вести под "
         "Бахмутом.", "ru", "Кузнецов"),
        ("В Чувашии простились с Андреем Ильиным из села Яльчики. Он погиб 21 января.", "ru",
         "Ильин"),
    ],
)
def test_a_home_town_in_the_texts_region_gives_russia(text: str, lang: str,
                                                      surname: str) -> None:
    m = people(text, lang)[surname]
    assert str(m["region"]).startswith("RU-")
    assert m["citizenship"] == "RU"


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        # a convict's story: the town is as often his colony's or his grave's
        ("В Алтайском крае похоронили осуждённого Николая Тюрина из села Корнилово, "
         "завербованного в отряд «Шторм Z». Погиб 2 марта.", "ru", "Тюрин"),
        # a civilian struck at home, no home named
        ("Вечером 12 мая ВСУ обстреляли село Головчино Белгородской области, местная "
         "жительница Нина Тарасова погибла на месте.", "ru", "Тарасова"),
    ],
)
def test_no_russia_for_a_convict_or_a_civilian(text: str, lang: str, surname: str) -> None:
    assert people(text, lang)[surname]["citizenship"] is None
