"""Foreign names in an oblique case back to the nominative, the case an age adjective gives,
a Central Asian "X уулу" as the surname, and no vocative readings of a surname."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text
from headcount.extract.namecase import parse_name

#: (nominative given names, surname) of invented foreign recruits
FOREIGN = [("Бишну Прасад", "Гурунг"), ("Тендай", "Мусекива"), ("Ракеш Кумар", "Ядав"),
           ("Мохаммад Ясин", "Шейх")]
#: genitive masculine endings, written the way Russian declines unknown names
_GENT = {"Гурунг": "Гурунга", "Мусекива": "Мусекивы", "Ядав": "Ядава", "Шейх": "Шейха",
         "Бишну": "Бишну", "Прасад": "Прасада", "Тендай": "Тендая", "Ракеш": "Ракеша",
         "Кумар": "Кумара", "Мохаммад": "Мохаммада", "Ясин": "Ясина"}


def _gent(words: str) -> str:
    return " ".join(_GENT[w] for w in words.split())


@pytest.mark.parametrize(("person", "lead"), list(itertools.product(
    FOREIGN, ["Семья 22-летнего непальца", "Родные 31-летнего", "Тело 24-летнего"])))
def test_a_foreign_name_after_a_genitive_adjective(person: tuple[str, str], lead: str) -> None:
    given, surname = person
    text = f"{lead} {_gent(given)} {_gent(surname)} нашли в Курской области. Он погиб в мае."
    ms = extract_text(text, "ru", "2024-09-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == [(surname, given)]


@pytest.mark.parametrize(("written", "given", "surname"), [
    ("Йоэля Родригеса Переса", "Йоэль", "Родригес Перес"),
    ("Карлоса Гонсалеса Мартинеса", "Карлос", "Гонсалес Мартинес"),
])
def test_a_spanish_double_surname_in_the_genitive(written: str, given: str,
                                                  surname: str) -> None:
    p = parse_name(written.split(), ("gent", "masc"))
    assert (p.surname, p.given) == (surname, given)


@pytest.mark.parametrize(("lead", "given", "surname"), list(itertools.product(
    ["Её соседа, 48-летнего", "Памяти", "Тело 35-летнего"],
    ["Геннадия", "Евгения"], ["Сотникова", "Лаптева"])))
def test_the_words_before_a_name_give_its_case(lead: str, given: str, surname: str) -> None:
    text = f"{lead} {given} {surname} (1983–2023). Он погиб под Бахмутом."
    [m] = extract_text(text, "ru", "2024-09-01")
    assert (m["surname"], m["given_name"]) == (surname[:-1], given[:-1] + "й")


@pytest.mark.parametrize(("given", "father", "particle"), list(itertools.product(
    ["Эрлан", "Нурбек"], ["Мамытбек", "Асан"], ["уулу", "оглы", "угли"])))
def test_a_fathers_name_with_its_particle_is_the_surname(given: str, father: str,
                                                        particle: str) -> None:
    text = f"Гражданин Киргизии {given} {father} {particle}, 26 лет, погиб в марте под Авдеевкой."
    [m] = extract_text(text, "ru", "2024-09-01")
    assert (m["surname"], m["given_name"]) == (f"{father} {particle}", given)


@pytest.mark.parametrize("surname", ["Гилёв", "Сомов", "Лукин"])
def test_a_lone_surname_is_no_vocative(surname: str) -> None:
    assert parse_name([surname]).surname == surname
