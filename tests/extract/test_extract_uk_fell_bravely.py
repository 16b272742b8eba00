"""Ukrainian "пав смертю хоробрих", "пала героїнею", "полягли героями" tell a death (status
killed, and the day beside them is the death's), quoted or not; "пав духом" tells none."""

from __future__ import annotations

import pytest
from extract_people import person_named

from headcount.extract import extract_text

PUBLISHED = "2024-03-20"


@pytest.mark.parametrize(
    ("text", "surname", "day"),
    [
        ("Гвардії підполковник Віталій Гордєєв «пав смертю хоробрих» 14 березня на "
         "Сватівському напрямку.", "Гордєєв", "2024-03-14"),
        ("Старший солдат Іван Кравець пав смертю хоробрих 2 березня під Бахмутом.", "Кравець",
         "2024-03-02"),
        ("Молодший сержант Ольга Бойко пала героїнею 5 березня.", "Бойко", "2024-03-05"),
        ("5 березня під Авдіївкою пав смертю хоробрих окупант Денис Рябов з Курська.", "Рябов",
         "2024-03-05"),
        ("Як пишуть пропагандисти, сержант Олег Лапін 11 березня «пав героєм» на Донеччині.",
         "Лапін", "2024-03-11"),
    ],
)
def test_fell_bravely_is_a_death(text: str, surname: str, day: str) -> None:
    m = person_named(text, "uk", surname, PUBLISHED)
    assert m["status"] == "killed"
    assert m["death_date"] == day


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Рядовий Олег Лапін пав духом після обстрілу 11 березня, але вижив і служить далі.",
         "Лапін"),
    ],
)
def test_no_death_without_the_words(text: str, surname: str) -> None:
    people = [m for m in extract_text(text, "uk", PUBLISHED) if m["surname"] == surname]
    assert all(m["status"] != "killed" for m in people)
