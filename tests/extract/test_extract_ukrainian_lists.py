"""Ukrainian list entries and homes: a surname before initials, a surname morphology reads as
another word before a given name and a patronymic, the town of an entry after the year of
birth, and a home after "жив у місті", "жив із дружиною в"."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text

#: (written in Ukrainian, the settlement in Ukrainian, region code)
TOWNS = [("Прокоп'євськ", "Прокоп'євськ", "RU-KEM"), ("Кисельовськ", "Кисельовськ", "RU-KEM"),
         ("м. Стерлітамак", "Стерлітамак", "RU-BA"), ("з м. Стерлітамак", "Стерлітамак", "RU-BA"),
         ("м. Льгов Курської області", "Льгов", "RU-KRS")]
PEOPLE = [("Ковальов О. В.", "Ковальов", "О."), ("Тимченко Р. С.", "Тимченко", "Р."),
          ("Сизих Артем Олегович", "Сизих", "Артем"), ("Гуров Сергій Павлович", "Гуров", "Сергій")]
BULLETS = ["•", "—", "1."]


@pytest.mark.parametrize(("town", "person", "bullet"),
                         list(itertools.product(TOWNS, PEOPLE, BULLETS)))
def test_a_list_entry(town: tuple[str, str, str], person: tuple[str, str, str],
                      bullet: str) -> None:
    written, settlement, code = town
    name, surname, given = person
    text = (f"Список загиблих жителів регіону:\n\n{bullet} {name}, 1991 р.н., {written} — "
            "загинув під Бахмутом;\n")
    [m] = extract_text(text, "uk", "2024-01-01")
    assert (m["surname"], m["given_name"], m["birth_date"]) == (surname, given, "1991")
    assert (m["settlement"], m["region"]) == (settlement, code)


@pytest.mark.parametrize(("verb", "town", "settlement"), [
    ("жив у місті", "Шумиха", "Шумиха"), ("жив із дружиною в", "Новомосковську", "Новомосковськ"),
    ("проживав у селі", "Кочево", "Кочево")])
def test_a_home_after_a_verb_of_living(verb: str, town: str, settlement: str) -> None:
    text = f"Загинув мобілізований Євген Шестаков. Чоловік {verb} {town}, працював трактористом."
    [m] = extract_text(text, "uk", "2024-01-01")
    assert m["settlement"] == settlement
