"""A home told once for several people is each one's: a family's surname, a plural noun for
people or two given names sharing a surname before "из"."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.places import plural_home


def by_name(text: str) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "names", "town"),
    [
        ("Братья Олег и Денис Воробьёвы из Ишима погибли в одном бою под Авдеевкой.",
         ("Воробьёв Олег", "Воробьёв Денис"), "Ишим"),
        ("Под Угледаром погибли супруги Андрей и Ирина Котовы из Миасса.",
         ("Котов Андрей", "Котова Ирина"), "Миасс"),
        ("Из Таганрога родом оба погибших: рядовой Пётр Бурлаков и ефрейтор Иван Бурлаков. "
         "Двоюродные братья Пётр и Иван Бурлаковы из Таганрога служили вместе.",
         ("Бурлаков Пётр", "Бурлаков Иван"), "Таганрог"),
        ("Горе в семье Лаптевых из села Кочёво. Рядовой Семён Лаптев погиб 3 марта, его "
         "двоюродный брат рядовой Глеб Лаптев ранен 5 марта.",
         ("Лаптев Семён", "Лаптев Глеб"), "Кочёво"),
        ("Трое земляков из Ейска погибли под Крынками: рядовые Антон Сухов, Илья Дронов и "
         "Фёдор Жуков.", ("Сухов Антон", "Дронов Илья", "Жуков Фёдор"), "Ейск"),
    ],
)
def test_a_home_told_once_is_everyones(text: str, names: tuple[str, ...], town: str) -> None:
    found = by_name(text)
    for name in names:
        assert found[name]["settlement"] == town, name


@pytest.mark.parametrize(
    ("before", "plural"),
    [("братья Игорь и Вячеслав Мальцевы из ", True), ("семьи Зотовых из села ", True),
     ("двое кубинцев из ", True), ("Викас Чаудхари из Лудхианы и Аджай Пандит из ", False),
     ("рядовой Иван Петров из ", False), ("житель ", False)],
)
def test_plural_home(before: str, plural: bool) -> None:
    assert plural_home(before) is plural


def test_two_people_each_from_his_own_town() -> None:
    found = by_name("Рядовой Иван Сомов из Ишима и ефрейтор Пётр Лыков из Миасса погибли "
                    "под Бахмутом.")
    assert found["Сомов Иван"]["settlement"] == "Ишим"
    assert found["Лыков Пётр"]["settlement"] == "Миасс"
