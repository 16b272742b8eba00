"""A plural word for the people of a place ("трое жителей Ульяновской области: …",
"уроженцы Алтайского края сержант … и рядовой …", "Трое жителей Бийска — …") gives that home
to everyone it speaks of, over a region merely mentioned later."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "region", "settlement"),
    [
        ("Из плена вернулись трое жителей Ульяновской области: рядовой Максим Шишкин и "
         "сержант Виталий Сорокин. Они проходят обследование в Подмосковье.", "RU-ULY", None),
        ("Погибли двое жителей Курганской области — рядовой Олег Мусин и ефрейтор Павел "
         "Сидоров, их похоронят в Тюмени.", "RU-KGN", None),
        ("В зоне СВО погибли уроженцы Алтайского края сержант Игорь Лунин и рядовой Денис "
         "Бочаров. Прощание пройдёт в Новосибирске.", "RU-ALT", None),
        ("Трое жителей Бийска — Андрей Зыков, Олег Панов и Иван Кузьмин — погибли под "
         "Бахмутом, сообщили в Москве.", "RU-ALT", "Бийск"),
        ("Погибли уроженки Шадринска медсёстры Анна Лунина и Ольга Бочарова, сообщили в "
         "Кургане.", "RU-KGN", "Шадринск"),
        ("Под Авдеевкой погибли земляки из Кургана рядовой Олег Мусин и ефрейтор Павел "
         "Сидоров.", "RU-KGN", "Курган"),
    ],
)
def test_a_plural_home_is_everyones(text: str, region: str, settlement: str | None) -> None:
    found = extract_text(text, "ru", "2024-05-01")
    assert len(found) >= 2
    assert all(m["region"] == region for m in found)
    assert all(m["settlement"] == settlement for m in found)
