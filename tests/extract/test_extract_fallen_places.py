"""The verb "пасть" of a death in war as the cue of its place: the participle ("павшим при
выполнении боевой задачи под Соледаром", "павшего под Угледаром") and the plural battle
("пал в боях под …"). A "павшим" of another war in another sentence gives no place."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _place(text: str) -> str | None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    return m["place_of_death"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Прощание с рядовым Павлом Никитиным, павшим при выполнении боевой задачи под "
         "Соледаром, состоится 16 января.", "Соледар"),
        ("Рядовой Павел Никитин пал в боях под Соледаром.", "Соледар"),
        ("Памяти рядового Павла Никитина, павшего под Соледаром.", "Соледар"),
        ("Рядовой Иван Петров, павший под Угледаром, похоронен в Курске.", "Угледар"),
        ("Вечная память ефрейтору Олегу Смирнову, павшему в районе Клещеевки.", "Клещеевка"),
        ("Мобилизованный Антон Зуев, павший 5 марта у села Работино, был родом из Орла.",
         "Работино"),
        ("Ефрейтор Ринат Гилязов пал в боях за Авдеевку в феврале.", "Авдеевка"),
    ],
)
def test_fallen_gives_the_place(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Сержант Олег Смирнов погиб 5 мая. В Туле открыли памятник павшим в Великой "
        "Отечественной войне.",
        "Рядовой Иван Петров погиб 3 мая. Его дед пал смертью храбрых, но где — неизвестно.",
        "Рядовой Иван Петров из Тулы ранен. Его мать возложила цветы к памятнику павшим.",
    ],
)
def test_no_place_without_a_place_of_the_fallen(text: str) -> None:
    assert _place(text) is None
