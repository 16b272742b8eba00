"""Ukrainian "убитий" — the passive participle of killing with the other spelling of its
prefix (у/в alternate by sound) — and "було вбито" are deaths, dated like "вбитий"."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

PUB = date(2024, 10, 10)


def _person(text: str, surname: str) -> dict[str, object]:
    found = [m for m in extract_text(text, "uk", PUB) if m["surname"] == surname]
    assert found, f"no {surname}"
    return found[0]


@pytest.mark.parametrize("text, surname, death", [
    ("Сурадж Бахадур Гурунг, громадянин Непалу, 1998 р.н., — убитий 17 вересня біля "
     "Новогродівки.", "Гурунг", "2024-09-17"),
    ("Шмаков Євген, 1986 р.н., убитий ще в березні під Бахмутом.", "Шмаков", "2024-03"),
    ("Окупанта Івана Петрова було вбито 17 вересня біля Новогродівки.", "Петров",
     "2024-09-17"),
    ("Іван Петров, убитий 17 вересня під Бахмутом, був мобілізований.", "Петров",
     "2024-09-17"),
    ("Найманця ПВК «Вагнер» Олега Сомова, 1979 р.н., було убито 2 травня під Кліщіївкою.",
     "Сомов", "2024-05-02"),
    ("Убитий під Авдіївкою 12 лютого Денис Кравець був родом з Курська.", "Кравець",
     "2024-02-12"),
    ("Колишнього в'язня Артема Лаптєва, 1993 р.н., убито 5 лютого на Запоріжжі.", "Лаптєв",
     "2024-02-05"),
    ("Мобілізованого росіянина Петра Гончарова убито 8 серпня під Кураховим.", "Гончаров",
     "2024-08-08"),
    ("Контрактник Сергій Бєлов був убитий 30 червня поблизу Часового Яру.", "Бєлов",
     "2024-06-30"),
    ("Кубинець Йосвані Перес, убитий 9 травня, служив у 1-й бригаді.", "Перес",
     "2024-05-09"),
])
def test_killed_participle_dates_the_death(text: str, surname: str, death: str) -> None:
    p = _person(text, surname)
    assert p["status"] == "killed"
    assert p["death_date"] == death
