"""A surname in capitals before initials is a name ("ФОМІЧОВ А. Д., 19 років", "ГАВРИЛЮК
О. М."): lists and official pages write it so, and an abbreviation is never followed by a
person's initials. A word in capitals with no initials after it stays as written."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

NAMED = [
    ("Загинули в бою: ПЕТРЕНКО І. В., 1990 р.н., солдат.", "uk", "Петренко", "І."),
    ("Список полонених: ФОМІЧОВ А. Д., 19 років, рядовий, м. Тамбов.", "uk", "Фомічов", "А."),
    ("Зник безвісти КОВАЛЬЧУК Т. Р., 1987 р.н., стрілець.", "uk", "Ковальчук", "Т."),
    ("Загинув наш земляк ГАВРИЛЮК О. М., 1985 р.н.", "uk", "Гаврилюк", "О."),
    ("У полоні перебуває ШЕВЧУК В. П., молодший сержант, 1999 р.н.", "uk", "Шевчук", "В."),
    ("Погибли: МАРТЫНЮК О. П., 1985 г.р., рядовой.", "ru", "Мартынюк", "О."),
    ("Пропал без вести ГРИЦАЙ Д. С., 2001 г.р., стрелок.", "ru", "Грицай", "Д."),
    ("Вечная память! Погиб БОНДАРЕНКО С. А., 1979 г.р., мобилизованный.", "ru", "Бондаренко",
     "С."),
    ("Повернувся з полону НУРІЄВ Р. Р., 2005 р. н., с. Пічаєво.", "uk", "Нурієв", "Р."),
    ("Загинув ЛИСЕНКО Б. Г., 1994 р.н., гранатометник 47-ї бригади.", "uk", "Лисенко", "Б."),
]


@pytest.mark.parametrize(("text", "lang", "surname", "given"), NAMED)
def test_capitals_before_initials_are_a_surname(text: str, lang: str, surname: str,
                                                given: str) -> None:
    people = extract_text(text, lang=lang, published="2024-08-01")
    assert [(p["surname"], p["given_name"]) for p in people] == [(surname, given)]


NOT_NAMES = [
    ("Загинув воїн ЗСУ Андрій Коваль, 1990 р.н.", "uk"),
    ("Погиб боец ЧВК «ВАГНЕР» Иван Петров, 1985 г.р.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_NAMES)
def test_an_abbreviation_stays_no_name(text: str, lang: str) -> None:
    people = extract_text(text, lang=lang, published="2024-08-01")
    assert all(p["surname"] not in ("Зсу", "Чвк", "Вагнер") for p in people)
    assert len(people) == 1
