"""The last time someone heard, saw, spoke or wrote to a soldier ("востаннє чула голос сина
15 жовтня", "в последний раз видела мужа 2 марта") is his last contact, an event of its own;
"the last time" of anything else is not."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 10, 30)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, contact", [
    ("Рядовий Баїр Доржиєв загинув 17 жовтня. Його мати востаннє чула голос сина 15 жовтня.",
     "uk", "Доржиєв", "2024-10-15"),
    ("Сержант Павел Котов погиб 9 марта под Бахмутом. Жена в последний раз видела мужа "
     "2 марта, когда провожала его из отпуска.", "ru", "Котов", "2024-03-02"),
    ("Ефрейтор Александр Вилков погиб под Угледаром. «Последний раз мы говорили с Сашей 7 мая», "
     "— вспоминает мать.", "ru", "Вилков", "2024-05-07"),
    ("Солдат Роман Шульга загинув під Куп'янськом. Останній раз дружина бачила його 1 квітня "
     "у Курську.", "uk", "Шульга", "2024-04-01"),
    ("Рядовой Тимур Нуриев пропал без вести. В последний раз он писал родным 28 августа.",
     "ru", "Нуриев", "2024-08-28"),
    ("Солдат Олег Пилипенко зник безвісти. Востаннє він писав рідним 28 серпня.", "uk",
     "Пилипенко", "2024-08-28"),
    ("Мобилизованный Егор Лукин погиб. Последний раз родные разговаривали с ним 11 июня.",
     "ru", "Лукин", "2024-06-11"),
])
def test_the_last_time_heard(text: str, lang: str, surname: str, contact: str) -> None:
    assert (_person(text, lang, surname)["other_dates"] or {}).get("contact") == contact


@pytest.mark.parametrize("text, lang, surname", [
    ("Рядовой Игорь Белов погиб 3 мая. В последний раз он приезжал домой 1 апреля.", "ru",
     "Белов"),
    ("Рядовой Пётр Фомин вернулся из плена. В последний раз Россия и Украина обменивались "
     "пленными 24 июня.", "ru", "Фомин"),
    ("Солдат Ілля Гнатюк загинув 4 травня. Він говорив, що 1 травня їх перекинуть під "
     "Бахмут.", "uk", "Гнатюк"),
])
def test_no_other_last_time(text: str, lang: str, surname: str) -> None:
    assert "contact" not in (_person(text, lang, surname)["other_dates"] or {})
