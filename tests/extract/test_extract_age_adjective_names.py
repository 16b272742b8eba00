"""A Russian compound age adjective opening a sentence before a given name
("Тридцативосьмилетний Айдыс жил в Кызыле") is a descriptor, not a surname: the naming is
the person's named before, and the home and place of death of its sentences are his."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "surname", "town", "place"),
    [
        ("Прощание с сержантом Айдысом Ооржаком прошло 6 сентября. Тридцативосьмилетний "
         "Айдыс жил в Кызыле. Он пал в бою под Работино.", "Ооржак", "Кызыл", "Работино"),
        ("В Якутске похоронили Айаала Никифорова. Тридцатипятилетний Айаал жил в Якутске. "
         "Он погиб у Клещеевки.", "Никифоров", "Якутск", "Клещеевка"),
        ("В Улан-Удэ похоронили Эрдэма Доржиева. Тридцатитрёхлетний Эрдэм жил в Улан-Удэ. "
         "Он погиб под Купянском.", "Доржиев", "Улан-Удэ", "Купянск"),
        ("В Нюрбе простились с Мичилом Андросовым. Сорокатрёхлетний Мичил жил в Нюрбе. Он "
         "погиб под Бахмутом.", "Андросов", "Нюрба", "Бахмут"),
        ("В Агинском простились с Жаргалом Доржиевым. Тридцатисемилетний Жаргал жил в Чите. "
         "Он погиб под Купянском.", "Доржиев", "Чита", "Купянск"),
        # read right before as well: the same sentences with other names
        ("В Кызыле похоронили Аржаана Монгуша. Тридцатидвухлетний Аржаан жил в Кызыле. Он "
         "погиб у Работино.", "Монгуш", "Кызыл", "Работино"),
        ("В Кяхте похоронили Баира Бадмаева. Двадцатишестилетний Баир жил в Кяхте. Он погиб "
         "под Кременной.", "Бадмаев", "Кяхта", "Кременная"),
        ("В Якутске похоронили Айсена Петрова. Двадцатидевятилетний Айсен жил в Якутске. Он "
         "погиб у Клещеевки.", "Петров", "Якутск", "Клещеевка"),
    ],
)
def test_age_adjective_before_a_given_name(text: str, surname: str, town: str,
                                           place: str) -> None:
    people = extract_text(text, lang="ru")
    assert [(p["surname"], p["settlement"], p["place_of_death"]) for p in people] == [
        (surname, town, place)]


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a lone age adjective with a full name after it: still no name part
        ("Тридцативосьмилетний Айдыс Ооржак погиб под Работино.", "Ооржак"),
        ("Сорокалетний Андрей Мухин погиб у Клещеевки.", "Мухин"),
        # surnames that look like nothing of an age stay surnames
        ("Летний Андрей Мухин погиб у Клещеевки.", "Мухин"),
        ("Андрей Пятилетов погиб у Клещеевки.", "Пятилетов"),
    ],
)
def test_age_adjective_is_no_surname(text: str, surname: str) -> None:
    people = extract_text(text, lang="ru")
    assert [p["surname"] for p in people] == [surname]
