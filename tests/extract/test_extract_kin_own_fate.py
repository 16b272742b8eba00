"""A relative named after a kin word is one reported when his own fate follows in his
sentence: a later verb of dying joined to his own predicate, past adverbials and a
parenthesis of the teller ("Її брат Дмитро Гуров у квітні підписав контракт, а 14 жовтня,
як пише сестра, «віддав життя за Батьківщину»"), or an English silence ("His cousin Hari
Gurung … has not been heard from since February"). Not when the fate is another's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

_PUB = "2024-09-01"

REPORTED = [
    ("Її молодший брат Дмитро Гуров у квітні 2023-го підписав контракт, а 14 жовтня, як пише "
     "сестра, «віддав життя за Батьківщину» під Кліщіївкою.", "uk", "Гуров", "killed"),
    ("Її брат Дмитро Гуров віддав життя за Батьківщину під Кліщіївкою.", "uk", "Гуров",
     "killed"),
    ("Його старший брат Максим Руденко у 2022-му пішов за контрактом, а 3 березня, як "
     "повідомила родина, загинув під Бахмутом.", "uk", "Руденко", "killed"),
    ("Её сын Максим Руденко в 2022 году ушёл по контракту, а 3 марта, как сообщила семья, "
     "погиб под Бахмутом.", "ru", "Руденко", "killed"),
    ("Її чоловік Ігор Литвин служив кулеметником, а 5 травня загинув біля Вугледара.", "uk",
     "Литвин", "killed"),
    ("Її чоловік Олег Мельник у лютому підписав контракт, а в червні зник безвісти під "
     "Кремінною.", "uk", "Мельник", "missing"),
    ("Его брат Сергей Лапин летом отдал жизнь за Родину под Работино.", "ru", "Лапин",
     "killed"),
    ("Bishnu Thapa was killed near Bakhmut in April. His cousin Hari Bahadur Gurung, who "
     "signed up with him, has not been heard from since 14 February.", "en", "Gurung",
     "missing"),
    ("Private Oleg Ivanov died in May. His brother Pavel Ivanov, who also signed a contract, "
     "has not been heard from since June.", "en", "Ivanov", "missing"),
    ("Ravi Kumar died near Pokrovsk. Nothing has been heard of him since the spring, says "
     "the family; his friend Amit Sharma, 23, has not been heard from since May either.",
     "en", "Sharma", "missing"),
    ("Її син Віталій Бойко у вересні підписав контракт, а 2 листопада, як розповіла мати, "
     "отримав поранення під Авдіївкою.", "uk", "Бойко", "wounded"),
]

#: the relative speaks, or another dies in his sentence: he is no one reported
NOT_REPORTED = [
    ("Андрій Коваль загинув під Бахмутом. Її брат Дмитро Гуров розповів, що його друг "
     "загинув під Кліщіївкою.", "uk", "Гуров"),
    ("Андрій Коваль загинув під Бахмутом 3 березня. Його батько Петро Коваль розповів, що "
     "син загинув під час штурму.", "uk", "Петро"),
    ("Иван Сомов погиб под Бахмутом. Его брат Сергей Сомов служит в той же бригаде, где "
     "погиб Иван.", "ru", "Сергей"),
]


@pytest.mark.parametrize(("text", "lang", "surname", "status"), REPORTED)
def test_a_relative_with_his_own_fate_is_reported(text: str, lang: str, surname: str,
                                                   status: str) -> None:
    found = [m for m in extract_text(text, lang, _PUB)
             if m["surname"] == surname and m["status"] == status]
    assert found, surname


@pytest.mark.parametrize(("text", "lang", "given"), NOT_REPORTED)
def test_a_relative_who_speaks_is_not(text: str, lang: str, given: str) -> None:
    assert not [m for m in extract_text(text, lang, _PUB) if m["given_name"] == given]
