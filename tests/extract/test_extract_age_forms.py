"""Ages in forms the dictionaries do not list: a compound age adjective capitalised at a
sentence's start (NER reads it as a name of its own), a Ukrainian noun after an age adjective
(read whole, with its і/ї/є), and a Ukrainian person in the dative with "було" and a bare
number."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

PUB = date(2024, 10, 17)


def _age(text: str, lang: str, surname: str) -> object:
    found = [m for m in extract_text(text, lang, PUB) if m["surname"] == surname]
    assert found, f"no {surname}"
    return found[0]["age"]


@pytest.mark.parametrize("text, lang, surname, age", [
    ("Сорокатрёхлетний Виталий Гуров пропал без вести в июне.", "ru", "Гуров", 43),
    ("Двадцатичетырёхлетний кубинец Йоандри Мартинес Фалькон погиб под Работино.", "ru",
     "Мартинес Фалькон", 24),
    ("Пятидесятичетырёхлетний Игорь Власов пропал без вести.", "ru", "Власов", 54),
    ("Поранено 61-річного водія Петра Ладику.", "uk", "Ладика", 61),
    ("Поранень зазнав також 61-річний водій швидкої Петро Ладика.", "uk", "Ладика", 61),
    ("Загинув 30-річний водій Іван Гнатюк з Курська.", "uk", "Гнатюк", 30),
    ("Поранено 45-річного лікаря Івана Гнатюка.", "uk", "Гнатюк", 45),
    ("Загинув Вадим Кострикін. Офіцерові було 47.", "uk", "Кострикін", 47),
    ("Загинув Вадим Кострикін. Бійцю виповнилося двадцять три.", "uk", "Кострикін", 23),
    ("Окупант Ігор Сомов загинув 3 травня під Торецьком. Росіянинові було 29, він мав "
     "доньку.", "uk", "Сомов", 29),
])
def test_age_in_an_unlisted_form(text: str, lang: str, surname: str, age: int) -> None:
    assert _age(text, lang, surname) == age


@pytest.mark.parametrize("text, lang, surname", [
    # guards: a relative's, a count, a term, a thing's age
    ("Загинув Вадим Кострикін. Його матері було 70.", "uk", "Кострикін"),
    ("Загинув Вадим Кострикін 19 квітня. Полонених було 40.", "uk", "Кострикін"),
    ("Загинув Іван Петров, відбувши 10-річний строк.", "uk", "Петров"),
    ("Загинув Іван Петров. Двадцятирічна річниця школи пройшла без нього.", "uk", "Петров"),
    ("Сорокалетний юбилей Иван Петров не встретил: погиб 3 мая.", "ru", "Петров"),
])
def test_no_age_of_another(text: str, lang: str, surname: str) -> None:
    assert _age(text, lang, surname) is None


@pytest.mark.parametrize("text, lang, surname, age", [
    # "гвардии"/"гвардії" after the age is the rank's title, not a thing the age is of
    ("Загинув 33-річний гвардії старший солдат Олег Мазур.", "uk", "Мазур", 33),
    ("Погиб 27-летний гвардии младший сержант Иван Петров.", "ru", "Петров", 27),
])
def test_the_guards_title_is_no_thing(text: str, lang: str, surname: str, age: int) -> None:
    assert _age(text, lang, surname) == age
