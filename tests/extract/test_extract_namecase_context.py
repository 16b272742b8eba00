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
