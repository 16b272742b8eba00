"""A day of the month told alone ("он звонил мне 15-го,", "второго числа", "1-го.") is of the
month of the date told last before it; not a unit's ordinal ("1-го армейского корпуса"), a
year said short ("осенью 22-го"), nor a day with no month told before it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 10, 30)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, death, other", [
    ("Гвардии старший лейтенант Глеб Воронин погиб 17 октября под Купянском. Он звонил мне "
     "15-го, сказал: «Мам, всё нормально».", "ru", "Воронин", "2024-10-17", "2024-10-15"),
    ("Рядовой Иван Котов погиб 5 октября. Последний раз он выходил на связь второго числа.",
     "ru", "Котов", "2024-10-05", "2024-10-02"),
    ("Рядовий Олег Бондар загинув 3 жовтня. Востаннє він телефонував 1-го.", "uk", "Бондар",
     "2024-10-03", "2024-10-01"),
    ("Солдат Ігор Мельник загинув у вересні під Авдіївкою. Востаннє він дзвонив рідним 20 "
     "числа.", "uk", "Мельник", "2024-09", "2024-09-20"),
    ("Рядовой Семён Лосев подписал контракт в августе, а на связь в последний раз выходил "
     "двадцать третьего числа.", "ru", "Лосев", None, "2024-08-23"),
])
def test_a_bare_day_takes_the_month_before(text: str, lang: str, surname: str,
                                           death: str | None, other: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert other in (p["other_dates"] or {}).values()


@pytest.mark.parametrize("text, lang, surname, death, others", [
    ("В составе 1-го армейского корпуса служил рядовой Павел Ивин, погиб 3 мая.", "ru", "Ивин",
     "2024-05-03", []),
    ("Рядовой Сергей Нилов мобилизован осенью 22-го, погиб 9 марта.", "ru", "Нилов",
     "2024-03-09", ["2022"]),
    ("Рядовой Денис Гаев погиб 15-го.", "ru", "Гаев", None, []),
    ("Рядовой Антон Юдин из 155-го, погиб 4 апреля.", "ru", "Юдин", "2024-04-04", []),
    ("Рядовий Артем Шкода з 93-ї бригади загинув 8 липня.", "uk", "Шкода", "2024-07-08", []),
])
def test_no_other_bare_day(text: str, lang: str, surname: str, death: str | None,
                           others: list[str]) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] == death
    assert sorted((p["other_dates"] or {}).values()) == others
