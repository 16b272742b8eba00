""""На 48-м году жизни" tells no age: the guide leaves it null (an age would be computed, not
stated), and the ordinal is no age of its own; an age stated beside it is still read."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname", [
    ("Подполковник Вячеслав Лозовой пал в бою 8 мая 2024 года на 47-м году жизни.", "ru",
     "Лозовой"),
    ("Погиб на 48-м году жизни рядовой Виталий Рожков из Канаша.", "ru", "Рожков"),
    ("Гвардии майор Кирилл Осокин пал смертью храбрых 14 января на 38-м году жизни.", "ru",
     "Осокин"),
    ("На 52 году жизни в госпитале скончался от ран сержант Олег Кравцов.", "ru", "Кравцов"),
    ("Рядовой Юрий Носов ушёл из жизни на 48-м году жизни.", "ru", "Носов"),
    ("Старший лейтенант Роман Белов скончался от ран в госпитале на 26-м году жизни.", "ru",
     "Белов"),
])
def test_a_year_of_life_is_no_age(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["age"] is None


@pytest.mark.parametrize("text, lang, surname, age", [
    ("Рядовой Павел Зуев погиб в возрасте 45 лет 3 марта.", "ru", "Зуев", 45),
    ("Сержант Игорь Лапин погиб на 48-м году жизни. Ему было 47 лет.", "ru", "Лапин", 47),
    ("47-летний майор Андрей Рудаков погиб 2 июня.", "ru", "Рудаков", 47),
    ("Солдат Тарас Шевчук загинув у віці 45 років.", "uk", "Шевчук", 45),
])
def test_a_stated_age_stays(text: str, lang: str, surname: str, age: int) -> None:
    assert _person(text, lang, surname)["age"] == age
