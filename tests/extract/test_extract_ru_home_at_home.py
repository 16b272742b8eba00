"""Russian "дома, в …": the place after "at home" is the home ("Похоронили мы тебя дома, в
Будённовске"); "дома" as the house ("возле дома, в котором") gives none."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("Рядовой Сергей Ставицкий погиб под Бахмутом. Похоронили мы тебя дома, в Будённовске, "
         "рядом с отцом.", "Будённовск", "RU-STA"),
        ("Рядовой Сергей Ставицкий погиб под Бахмутом. Дома, в селе Кочёво, его ждут жена и "
         "дети.", "Кочёво", "RU-PER"),
        ("Младший сержант Олег Кравец попал в плен под Суджей. Дома, в Шебекине, его ждёт мать.",
         "Шебекино", "RU-BEL"),
        ("Ефрейтор Иван Лосев погиб 3 мая. Его похоронили дома, в Мичуринске.", "Мичуринск",
         "RU-TAM"),
    ],
)
def test_home_at_home(text: str, town: str, region: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"].replace("ё", "е") == town.replace("ё", "е")
    assert m["region"] == region


@pytest.mark.parametrize("text", [
    "Рядовой Сергей Ставицкий погиб под Бахмутом возле дома, в котором жил.",
    "Рядовой Сергей Ставицкий погиб под Бахмутом. Дома его ждут жена и дети.",
])
def test_no_home(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] is None
