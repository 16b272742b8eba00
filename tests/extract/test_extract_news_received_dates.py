"""The day news of a death came ("пришла весть", "получили известие", "надійшла звістка",
"звістку родина отримала 3 квітня") is when it became known — other_dates.reported — not
the death's; a day told after a colon ("Сегодня пришла весть: 24 февраля … погиб") is the
news's content, the death's."""

from __future__ import annotations

import pytest
from extract_people import person_named


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "death", "reported"),
    [
        ("Сегодня пришла весть: 24 февраля под Бахмутом погиб наш Виталя — Виталий Дорофеев.",
         "ru", "2023-03-02", "Дорофеев", "2023-02-24", "2023-03-02"),
        ("Рядовой Павел Жуков погиб 12 марта под Авдеевкой. Страшное известие семья получила "
         "только 2 апреля.", "ru", "2024-04-10", "Жуков", "2024-03-12", "2024-04-02"),
        ("Весть о гибели Ивана Лаптева пришла в село 5 апреля. Погиб он 20 марта.", "ru",
         "2024-04-10", "Лаптев", "2024-03-20", "2024-04-05"),
        ("Сержант Олег Мухин погиб 1 марта. 9 марта родные получили горькую весть.", "ru",
         "2024-03-20", "Мухин", "2024-03-01", "2024-03-09"),
        ("Вчера пришло известие: 3 мая под Часовым Яром погиб Артём Рябов.", "ru",
         "2024-05-20", "Рябов", "2024-05-03", "2024-05-19"),
        ("Надійшла звістка про загибель Олега Сорокіна: він загинув 12 березня під Авдіївкою. "
         "Звістку родина отримала 3 квітня.", "uk", "2024-04-10", "Сорокін", "2024-03-12",
         "2024-04-03"),
        ("Окупант Ігор Сомов загинув 2 лютого. Сумну новину його мати отримала 20 лютого.",
         "uk", "2024-03-01", "Сомов", "2024-02-02", "2024-02-20"),
        ("Сьогодні надійшла звістка: 14 січня під Кремінною загинув Денис Лихачов.", "uk",
         "2024-01-30", "Лихачов", "2024-01-14", "2024-01-30"),
    ],
)
def test_news_dates_the_report(text: str, lang: str, published: str, surname: str, death: str,
                               reported: str) -> None:
    m = person_named(text, lang, surname, published)
    assert m["death_date"] == death
    assert (m["other_dates"] or {}).get("reported") == reported


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "death"),
    [
        # no news word: the day is the death's, nothing reported
        ("Рядовой Павел Жуков погиб 12 марта под Авдеевкой.", "ru", "2024-04-10", "Жуков",
         "2024-03-12"),
        # news of something else (a letter, an award) are no report of the death
        ("Сержант Олег Мухин погиб 1 марта. Весной 2023 года он прислал весточку домой.", "ru",
         "2024-03-20", "Мухин", "2024-03-01"),
        ("Окупант Ігор Сомов загинув 2 лютого під Авдіївкою.", "uk", "2024-03-01", "Сомов",
         "2024-02-02"),
    ],
)
def test_no_news_word_no_report(text: str, lang: str, published: str, surname: str,
                                death: str) -> None:
    m = person_named(text, lang, surname, published)
    assert m["death_date"] == death
    assert "reported" not in (m["other_dates"] or {})
