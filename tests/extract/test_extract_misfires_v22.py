"""Review of the version 22 rules on text they were not written for: a present age of a
relative ("осталась мать, ей 45 лет"), "he fell" of a stumble, a person's possessive after
"from", a relative's home told as a noun or a move, a recruited convict after another man's
verdict, things and unnamed men "liquidated", Russian citizenship denied or a relative's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.uk_citizens import find_citizenship
from headcount.vocab import Channel


def person(text: str, lang: str, name: str) -> dict[str, object]:
    return next(m for m in extract_text(text, lang, "2024-06-01") if m["name"] == name)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Рядовой Иван Соколов погиб под Бахмутом. У него осталась мать, ей 45 лет.", "ru"),
        ("Рядовой Иван Соколов погиб под Бахмутом. У него остался брат, ему 17 лет.", "ru"),
        ("Рядовой Иван Соколов погиб под Бахмутом. Дочери Марии 20 лет.", "ru"),
    ],
)
def test_relatives_present_age(text: str, lang: str) -> None:
    assert person(text, lang, "Соколов Иван")["age"] is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Private Ivan Sokolov was wounded near Bakhmut. Later he fell on the ice and broke "
         "his arm.", "wounded"),
        ("Private Ivan Sokolov was captured. When he fell, his comrades ran.", "captured"),
        ("Private Ivan Sokolov was wounded. He fell during training and was hospitalised.",
         "wounded"),
    ],
)
def test_fell_of_a_stumble(text: str, status: str) -> None:
    assert person(text, "en", "Sokolov Ivan")["status"] == status


def test_possessive_after_from_is_a_person() -> None:
    text = "Soldiers from Ivan Petrov's unit said he was killed near Bakhmut."
    assert person(text, "en", "Petrov Ivan")["status"] == "killed"


def test_possessive_after_from_is_no_home() -> None:
    text = ("The family of Ivan Sokolov said he was killed near Bakhmut. Volunteers from Anna "
            "Petrova's foundation helped.")
    assert person(text, "en", "Sokolov Ivan")["settlement"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Private Ivan Sokolov was killed near Bakhmut. His mother, a Syktyvkar resident, told us.",
        "Private Ivan Sokolov was killed near Bakhmut. His wife, a Kirov native, told reporters.",
    ],
)
def test_relatives_home_noun(text: str) -> None:
    p = person(text, "en", "Sokolov Ivan")
    assert (p["settlement"], p["region"]) == (None, None)


def test_relative_moved() -> None:
    text = "Рядовой Иван Соколов погиб под Бахмутом. Его брат переехал из Кургана в Шадринск."
    p = person(text, "ru", "Соколов Иван")
    assert (p["settlement"], p["region"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("A court sentenced Oleg Petrov for desertion. Private Ivan Sokolov, a convict recruited "
         "by Wagner, was killed near Bakhmut.", "en", "Sokolov Ivan"),
        ("Суд приговорил Олега Петрова к пяти годам за дезертирство. Рядовой Иван Соколов, "
         "бывший осуждённый, погиб под Бахмутом.", "ru", "Соколов Иван"),
    ],
)
def test_recruited_convict_after_another_verdict(text: str, lang: str, name: str) -> None:
    assert person(text, lang, name)["channel"] == Channel.PRISONER


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Private Ivan Sokolov worked at a firm that was liquidated in 2019. He was wounded "
         "near Bakhmut.", "wounded"),
        ("Private Ivan Sokolov was captured near Bakhmut. His company was liquidated in 2020.",
         "captured"),
        ("Private Ivan Sokolov was wounded near Bakhmut. Two enemy snipers were eliminated by "
         "his unit.", "wounded"),
        ("Private Ivan Sokolov was captured. His debts were eliminated in 2021 under a law.",
         "captured"),
    ],
)
def test_liquidated_no_person(text: str, status: str) -> None:
    p = person(text, "en", "Sokolov Ivan")
    assert (p["status"], p["death_date"]) == (status, None)


@pytest.mark.parametrize(
    "text",
    [
        "Рядовий Іван Соколов загинув під Бахмутом. Він так і не отримав російське громадянство.",
        "Рядовий Іван Соколов загинув під Бахмутом. Його дружина отримала російське "
        "громадянство.",
    ],
)
def test_russian_citizenship_not_his(text: str) -> None:
    assert [f for f in find_citizenship(text) if f.value == "RU"] == []


def test_russian_citizenship_granted_still() -> None:
    text = "Рядовий Іван Соколов отримав російське громадянство у 2020 році."
    assert [f.value for f in find_citizenship(text)] == ["RU"]


@pytest.mark.parametrize(
    "text",
    [
        "Private Ivan Sokolov, a Soviet-born engineer, was killed near Bakhmut.",
        "Private Ivan Sokolov, a Siberian-born soldier, was killed near Bakhmut.",
    ],
)
def test_born_adjective_no_town(text: str) -> None:
    assert person(text, "en", "Sokolov Ivan")["settlement"] is None


def test_born_town_still() -> None:
    text = "Private Ivan Sokolov, a Kazan-born soldier, was killed near Bakhmut."
    assert person(text, "en", "Sokolov Ivan")["settlement"] == "Kazan"
