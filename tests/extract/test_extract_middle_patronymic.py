"""A name written given name first with a patronymic the dictionary does not know in the
middle ("бійця батальйону «Бурзян» Ільдара Рамилевича Галімова", "Баира Доржиевича
Цыренова"): the middle word, by its suffix in any case, is the patronymic — not the first of a
double surname ("Рамилевича Галімова") — and it is read back to the nominative with the rest
(Галімов Ільдар Рамилевич). Surname-first names and names of two words read as before.
"""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.namecase import parse_name


def _parts(words: str, lang: str) -> tuple[str, str, str]:
    with language(lang):
        p = parse_name(words.split())
    return p.surname, p.given, p.patronymic


@pytest.mark.parametrize(("words", "lang", "name"), [
    ("Ільдара Рамилевича Галімова", "uk", ("Галімов", "Ільдар", "Рамилевич")),
    ("Баїра Доржиєвича Циренова", "uk", ("Циренов", "Баїр", "Доржиєвич")),
    ("Айдара Фаїлевича Шакірова", "uk", ("Шакіров", "Айдар", "Фаїлевич")),
    ("Айрата Фанилевича Гарипова", "uk", ("Гарипов", "Айрат", "Фанилевич")),
    ("Ільдар Рамилевич Галімов", "uk", ("Галімов", "Ільдар", "Рамилевич")),
])
def test_middle_patronymic(words: str, lang: str, name: tuple[str, str, str]) -> None:
    assert _parts(words, lang) == name


def test_middle_patronymic_in_text() -> None:
    found = extract_text("Міністерство молоді Башкортостану повідомило про загибель бійця "
                         "добровольчого батальйону «Бурзян» Ільдара Рамилевича Галімова. Він "
                         "загинув 19 серпня на Торецькому напрямку.", "uk", "2024-09-01")
    assert [(m["surname"], m["given_name"], m["patronymic"]) for m in found] == [
        ("Галімов", "Ільдар", "Рамилевич")]


@pytest.mark.parametrize(("words", "lang", "name"), [
    ("Ільдаром Рамилевичем Галімовим", "uk", ("Галімов", "Ільдар", "Рамилевич")),
    ("Баяру Цибіковичу Жамсуєву", "uk", ("Жамсуєв", "Баяр", "Цибікович")),
    ("Сояна Ооржаковича Монгуша", "uk", ("Монгуш", "Соян", "Ооржакович")),
    ("Ильдара Рамилевича Галимова", "ru", ("Галимов", "Ильдар", "Рамилевич")),
    ("Баиру Доржиевичу Цыренову", "ru", ("Цыренов", "Баир", "Доржиевич")),
    ("Галимов Ильдар Рамилевич", "ru", ("Галимов", "Ильдар", "Рамилевич")),
    ("Ивана Петровича Сидорова", "ru", ("Сидоров", "Иван", "Петрович")),
    ("Цыренов Баир Доржиевич", "ru", ("Цыренов", "Баир", "Доржиевич")),
])
def test_other_names_unchanged(words: str, lang: str, name: tuple[str, str, str]) -> None:
    assert _parts(words, lang) == name
