"""One who went out on a combat mission, an assault or a task and did not come back to his unit
is missing, no deserter ("ушёл на боевое задание и в расположение не вернулся", "вийшов на
бойове завдання і до своєї частини не повернувся"); desertion needs leave, a hospital or
running away."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

CASES = [
    ("Рядовой Игорь Белов ушёл на боевое задание и в расположение не вернулся.", "ru",
     "missing"),
    ("Рядовий Ігор Білоус вийшов на бойове завдання і до своєї частини не повернувся.", "uk",
     "missing"),
    ("Сержант Павел Гусев пошёл на штурм посёлка и в часть не вернулся.", "ru", "missing"),
    ("Солдат Петро Кравчук пішов у розвідку, але до частини не повернувся.", "uk", "missing"),
    ("Ефрейтор Денис Лаптев 3 марта выехал на задание под Угледаром и в расположение "
     "части не вернулся.", "ru", "missing"),
    # leave, a hospital, running away: still desertion
    ("Рядовой Игорь Белов ушёл в отпуск и в часть не вернулся.", "ru", "deserted"),
    ("Рядовой Антон Седов после лечения в госпитале в часть не вернулся.", "ru", "deserted"),
    ("Солдат Олег Дорошенко поїхав у відпустку і до частини не повернувся.", "uk", "deserted"),
    ("Рядовой Антон Седов получил задание охранять склад, но сбежал из части.", "ru",
     "deserted"),
]


@pytest.mark.parametrize(("text", "lang", "status"), CASES)
def test_mission_not_returned(text: str, lang: str, status: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == status
