"""Home towns the settlement table does not have, known to pymorphy as places: a town abroad
after a home cue or "из" after a name ("житель Хараре", "аль-Хасан из Хомса"); it gives no
Russian region."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("24-летний Тендай Мусекива, житель Хараре, погиб под Бахмутом.", "Хараре"),
        ("33-летний Мухаммад бин Халид аль-Хасан из Хомса попал в плен под Курахово.", "Хомс"),
        ("Гражданин Непала Рам Тапа, уроженец Катманду, погиб 5 мая в Курской области.",
         "Катманду"),
        ("Погиб кубинец Хосе Мартинес Рохас из Гаваны, подписавший контракт летом.", "Гавана"),
        ("Родом из Кабула, Ахмад Карими подписал контракт в Москве и погиб под Угледаром.",
         "Кабул"),
    ],
)
def test_a_home_abroad(text: str, town: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] == town
    assert m["region"] is None


def test_a_town_abroad_takes_no_region_from_the_text() -> None:
    (m,) = extract_text("Тендай Мусекива, житель Хараре, учился в Казани и погиб под Бахмутом.",
                        "ru", "2024-09-01")
    assert m["region"] is None


@pytest.mark.parametrize("text", [
    "Рядовой Иван Петров из Минобороны погиб 3 мая.",
    "Рядовой Иван Петров, житель Ивановского района, погиб 3 мая.",
])
def test_no_town(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] is None
