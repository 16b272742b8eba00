"""Names read in the case and gender the sentence gives them, and in the right order."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.namecase import parse_name

#: nouns of things that govern a name in the genitive
HEADS = ["Подтвердилась гибель", "Стало известно о гибели", "Почтили память",
         "Семья ждёт возвращения", "Нашли тело"]
#: (genitive as written, nominative surname, given) — the genitive reads as a woman too
MEN = [("Рината Галиева", "Галиев", "Ринат"), ("Виталия Гусева", "Гусев", "Виталий"),
       ("Евгения Пономарева", "Пономарев", "Евгений"),
       ("Александра Громова", "Громов", "Александр")]


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(("written", "surname", "given"), MEN)
def test_a_name_after_a_noun_of_a_thing_is_in_the_genitive(
    head: str, written: str, surname: str, given: str
) -> None:
    ms = extract_text(f"{head} {written}. С 20.10.2023 он числился пропавшим без вести.")
    assert [(m["surname"], m["given_name"], m["sex"]) for m in ms] == [(surname, given, "M")]


def test_a_name_after_a_noun_of_time_stays_in_the_nominative() -> None:
    ms = extract_text("В среду Иван Петров погиб под Бахмутом.")
    assert [(m["surname"], m["given_name"]) for m in ms] == [("Петров", "Иван")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Эртине", "Олеговича", "Ховалыга"], ("Ховалыг", "Эртине", "Олегович", "M")),
        (["Айдыса", "Игоревича", "Монгуша"], ("Монгуш", "Айдыса", "Игоревич", "M")),
        (["Мергена", "Ондара"], ("Ондар", "Мерген", "", "M")),
    ],
)
def test_a_patronymic_decides_case_and_gender(
    words: list[str], expected: tuple[str, str, str, str]
) -> None:
    p = parse_name(words)
    assert (p.surname, p.patronymic, p.sex) == (expected[0], expected[2], expected[3])


@pytest.mark.parametrize(
    ("words", "surname", "given"),
    [(["Назаров", "Фирдавс"], "Назаров", "Фирдавс"), (["Холов", "Фирдавс"], "Холов", "Фирдавс"),
     (["Фирдавс", "Холов"], "Холов", "Фирдавс"), (["Роман", "Маров"], "Маров", "Роман"),
     (["Юлдашев", "Шерзод"], "Юлдашев", "Шерзод")],
)
def test_the_word_that_can_only_be_a_surname_is_the_surname(
    words: list[str], surname: str, given: str
) -> None:
    p = parse_name(words)
    assert (p.surname, p.given) == (surname, given)


#: nouns that take the one they honour in the dative, and names in it (written, surname, given)
TO_WHOM = ["Вечная память", "Светлая память", "В школе открыли памятник"]
DATIVES = [("Анне Соколовой", "Соколова", "Анна"), ("Суману Гурунгу", "Гурунг", "Суман"),
           ("Ивану Петрову", "Петров", "Иван"), ("Котовой Ольге", "Котова", "Ольга")]


@pytest.mark.parametrize("head", TO_WHOM)
@pytest.mark.parametrize(("written", "surname", "given"), DATIVES)
def test_a_name_after_a_noun_of_honour_is_in_the_dative(
    head: str, written: str, surname: str, given: str
) -> None:
    ms = extract_text(f"{head} {written}, погибшему 2 марта 2024 года под Бахмутом.")
    assert [(m["surname"], m["given_name"]) for m in ms] == [(surname, given)]


@pytest.mark.parametrize(("written", "surname", "given"), [
    ("Ольги Котовой", "Котова", "Ольга"), ("Котовой Ольги", "Котова", "Ольга"),
    ("Ивана Петрова", "Петров", "Иван")])
def test_memory_of_a_name_in_the_genitive_stays_genitive(
    written: str, surname: str, given: str
) -> None:
    ms = extract_text(f"Почтили память {written}, погибшего 2 марта 2024 года.")
    assert [(m["surname"], m["given_name"]) for m in ms] == [(surname, given)]


def test_a_foreign_given_name_the_dictionary_knows_as_a_noun_declines() -> None:
    ms = extract_text("У гражданина Непала Рама Тапы, погибшего 2 марта 2024 года, "
                      "остались дети.")
    assert [(m["surname"], m["given_name"]) for m in ms] == [("Тапа", "Рам")]
