"""Desertion told without the word: "walked away from his unit", "left his post without
permission", "absent without leave", "самовольно покинул часть", "самовільно покинув
позиції", "втік з частини" — the status deserted; leaving a unit on leave or a post at work is
no desertion."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

DESERTED = [
    ("Private D. A. Fedotov, born in 1996, of military unit 19612, left his post "
     "without permission on 3 May 2023 and went back home to Slobodskoy.",
     "en"),
    ("The court said contract soldier Ivan Morozov, 27, walked away from his unit "
     "near Bakhmut in March and hid at his mother's house in Tver.",
     "en"),
    ("Corporal Pavel Rudin, 31, of Omsk, was found guilty of being absent without "
     "leave after he failed to report for duty in June.",
     "en"),
    ("Sergeant Oleg Ilyin, 35, of Perm, walked off from his post in the "
     "Zaporizhzhia region and returned to Perm.",
     "en"),
    ("The court heard that Private Artyom Lapin, 22, of Kursk, left his position "
     "without authorisation and was detained a month later.",
     "en"),
    ("Рядовой Иван Морозов из Твери в марте самовольно покинул часть под Бахмутом "
     "и скрывался у матери.",
     "ru"),
    ("Контрактник Павел Рудин из Омска самовольно ушёл из расположения части и "
     "был задержан через месяц.",
     "ru"),
    ("Рядовий Олег Ільїн з Пермі самовільно покинув позиції під Бахмутом і "
     "повернувся додому.",
     "uk"),
    ("Мобілізований Артем Лапін з Курська втік з частини у травні, його затримали "
     "за місяць.",
     "uk"),
    ("Контрактник Денис Гусєв з Твері самовільно пішов з розташування частини і "
     "переховувався в селі.",
     "uk"),
]


@pytest.mark.parametrize(("text", "lang"), DESERTED)
def test_desertion_in_other_words(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == "deserted"


@pytest.mark.parametrize(("text", "lang"), [
    ("Private Denis Kulagin of Tver left his unit on leave in May and was killed "
     "near Bakhmut in June.",
     "en"),
    ("Sergeant Ivan Petrov, 30, left his post at the factory to sign a contract "
     "and was killed near Avdiivka.",
     "en"),
])
def test_no_desertion(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == "killed"
