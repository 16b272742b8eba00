"""Ages told in the present with no verb, of a pronoun or a name in the dative ("Ему 20 лет",
"Артёму 20 лет", "Баїру тридцять один рік"), or as the age someone stays at ("Ему навсегда
сорок шесть"); not a term a verb gives ("суд назначил ему 15 лет"), nor time since ("Ему 20
лет назад …"), nor the age of a country."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.ages import find_ages
from headcount.extract.uk_ages import find_ages as find_uk_ages


def ages(text: str, lang: str) -> dict[str, int | None]:
    return {m["name"]: m["age"] for m in extract_text(text, lang, "2024-08-15")}


@pytest.mark.parametrize(
    ("text", "lang", "name", "age"),
    [
        ("Рядовой Артём Гуляев из Моршанска попал в плен под Суджей. Ему 20 лет.",
         "ru", "Гуляев Артём", 20),
        ("На видео родители узнали сослуживца сына — Артёма Гуляева из Моршанска, ему 20 лет.",
         "ru", "Гуляев Артём", 20),
        ("Младший сержант Николай Гладких погиб 21 июля под Волчанском. Ему навсегда сорок "
         "шесть.", "ru", "Гладких Николай", 46),
        ("Ефрейтор Сергей Котов погиб под Кременной. Сергею всего двадцать три года, у него "
         "остался сын.", "ru", "Котов Сергей", 23),
        ("Погиб рядовой Игорь Лапин из Омска. Ему навечно 25 лет.", "ru", "Лапин Игорь", 25),
        ("Сержант Ольга Мельникова погибла при обстреле Белгорода, ей 34 года.",
         "ru", "Мельникова Ольга", 34),
        ("Рядовий Баїр Цибіков загинув під Кремінною. Баїру тридцять один рік, у підрозділі його "
         "кликали Борею.", "uk", "Цибіков Баїр", 31),
        ("Солдат Андрій Ткачук загинув під Часовим Яром. Андрієві лише 24 роки.",
         "uk", "Ткачук Андрій", 24),
        ("Старший солдат Олег Кравчук загинув під Бахмутом. Олегу 41 рік, він з Полтави.",
         "uk", "Кравчук Олег", 41),
    ],
)
def test_present_age(text: str, lang: str, name: str, age: int) -> None:
    assert ages(text, lang)[name] == age


@pytest.mark.parametrize(
    "text",
    [
        "Суд назначил ему 15 лет колонии.",
        "Суд назначил ему 15 лет.",
        "Дали Петрову 16 лет.",
        "Ему 20 лет назад подарили часы.",
        "Ивану 25, он из Омска.",
        "России 30 лет.",
        "Мне 30 лет.",
    ],
)
def test_no_present_age_ru(text: str) -> None:
    assert [f.value for f in find_ages(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Україні 33 роки.",
        "Суд призначив Петренку 15 років.",
        "Тарасу 20 років тому подарували годинник.",
    ],
)
def test_no_present_age_uk(text: str) -> None:
    assert [f.value for f in find_uk_ages(text)] == []
