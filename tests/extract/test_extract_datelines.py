"""A page's dateline — a line that is only a date and a clock time — is when the item was
published, not a date the text reports: no death date is read from it (datelines.py). A
date in a sentence keeps its meaning, clock time or not."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2022, 10, 9)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname", [
    ("Общество\n7 октября 2022 года, 14:53\nНиколай Лобанов погиб в ходе спецоперации\n"
     "В зоне специальной военной операции погиб Николай Лобанов, житель Буйнакска.",
     "ru", "Лобанов"),
    ("14:53 07.10.2022\nВ зоне СВО погиб рядовой Игорь Савельев из Кирова.", "ru", "Савельев"),
    ("Новости | 07.10.2022 | 09:15\nСтало известно о гибели мобилизованного Петра Кочина.",
     "ru", "Кочин"),
    ("8 октября 2022, в 18:40\nЖитель Чебоксар Олег Малышев погиб на Украине.", "ru",
     "Малышев"),
    ("06.10.2022 22:10\nНа Донбассе погиб уроженец Тулы Виктор Ерёмин.", "ru", "Ерёмин"),
    ("7 жовтня 2022 року, 14:53\nНа Херсонщині знищено окупанта Андрія Гусєва з Пскова.",
     "uk", "Гусєв"),
    ("16:02, 05.10.2022\nЗСУ ліквідували росіянина Дениса Бурова.", "uk", "Буров"),
    ("October 7, 2022, 2:53 PM\nJohn Mwangi, a 29-year-old Kenyan, was killed fighting for "
     "Russia in Ukraine.", "en", "Mwangi"),
    ("07.10.2022 14:53\nRam Bahadur Thapa of Nepal was killed in Ukraine, his family said.",
     "en", "Thapa"),
    ("Oct 6, 2022 | 11:20 am\nFamily confirms that Cuban recruit Yoel Perez died at the front.",
     "en", "Perez"),
])
def test_a_dateline_is_no_death_date(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["death_date"] in (None, "")


@pytest.mark.parametrize("text, lang, surname, death", [
    ("Рядовой Игорь Савельев погиб 7 октября 2022 года в 14:53 при обстреле позиции.", "ru",
     "Савельев", "2022-10-07"),
    ("Общество\n7 октября 2022 года, 14:53\nРядовой Игорь Савельев погиб 2 октября.", "ru",
     "Савельев", "2022-10-02"),
    ("October 7, 2022, 2:53 PM\nJohn Mwangi was killed on October 3, 2022, near Bakhmut.", "en",
     "Mwangi", "2022-10-03"),
])
def test_a_date_told_in_the_text_stays(text: str, lang: str, surname: str,
                                       death: str) -> None:
    assert _person(text, lang, surname)["death_date"] == death


@pytest.mark.parametrize("text, lang, surname", [
    ("Николай Лобанов погиб в ходе спецоперации — Юг сегодня\nВ зоне СВО погиб Николай "
     "Лобанов, житель Буйнакска.", "ru", "Лобанов"),
    ("Погиб мобилизованный Сергей Дымов | Кузбасс сегодня\nСергей Дымов погиб на Украине.",
     "ru", "Дымов"),
    ("Как сообщает «Россия сегодня», в зоне СВО погиб ефрейтор Павел Ситников.", "ru",
     "Ситников"),
    ("Загинув окупант Андрій Гусєв — Херсон сьогодні\nНа Херсонщині знищено окупанта Андрія "
     "Гусєва з Пскова.", "uk", "Гусєв"),
])
def test_a_medium_named_today_is_no_day(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["death_date"] in (None, "")


@pytest.mark.parametrize("text, lang, surname", [
    ("Сегодня в зоне СВО погиб ефрейтор Павел Ситников.", "ru", "Ситников"),
    ("Ефрейтор Павел Ситников погиб сегодня", "ru", "Ситников"),
])
def test_today_in_a_sentence_stays_a_day(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["death_date"] == PUB.isoformat()
