"""A relative's age told with a pronoun right after the relative ("Його мати, їй 45 років",
"залишився батько, йому 70 років") is the relative's, not the soldier's; an age told of him
with a pronoun, also after a relative's words ("Мама розповідає: йому було 24"), is his."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.ages import kin_word
from headcount.extract.morph import language

PUB = "2024-05-10"


def _age(text: str, lang: str = "uk") -> object:
    people = [m for m in extract_text(text, lang, PUB) if m["given_name"] in ("Іван", "Иван")]
    assert len(people) == 1, people
    return people[0]["age"]


@pytest.mark.parametrize(
    "text",
    [
        "Загинув солдат Іван Петренко з Курська. Його мати, їй 45 років, не може повірити.",
        "Загинув Іван Петренко з Курська. У нього залишилася мати, їй 45 років.",
        "Загинув Іван Петренко з Курська. Залишився батько, йому 70 років.",
        "Під Бахмутом загинув Іван Гнатюк. Вдома чекає дружина Олена, їй 30 років.",
        "Під Бахмутом загинув Іван Гнатюк. Його син, йому лише 19, теж служить.",
        "Окупант Іван Сомов загинув у Курській області. Його мама, їй було 52, дізналася з "
        "новин.",
        "Іван Лаптев загинув під Покровськом. Вдома залишилась сестра, їй виповнилося 27 років.",
        "Іван Лаптев загинув під Покровськом. Без сина лишилася мати — їй 61 рік.",
        "Іван Лаптев загинув під Покровськом. В нього є брат, йому 35 років.",
        "Іван Лаптев загинув під Покровськом. Про втрату повідомила донька, їй 20 років.",
    ],
)
def test_a_relatives_age_is_not_his(text: str) -> None:
    assert _age(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Погиб Иван Петров из Курска. Дома осталась мать, ей было 45 лет.",
        "Погиб Иван Петров из Курска. У него есть сестра, ей исполнилось 27 лет.",
    ],
)
def test_a_relatives_age_is_not_his_ru(text: str) -> None:
    assert _age(text, "ru") is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Погиб Иван Петров из Курска. Мать рассказывает: ему было 24 года.", 24),
        ("Загинув Іван Петренко з Курська. Мама розповідає: йому було лише 24.", 24),
        ("Загинув Іван Петренко з Курська. Йому було 24 роки.", 24),
        ("Загинув Іван Петренко з Курська. Мати каже, що йому було 24 роки.", 24),
        ("Загинув Іван Петренко з Курська, йому 31 рік.", 31),
    ],
)
def test_his_own_age_with_a_pronoun(text: str, age: int) -> None:
    assert _age(text, "ru" if "Иван" in text else "uk") == age


@pytest.mark.parametrize(("word", "kin"), [("мати", True), ("матір", True), ("батько", True),
                                            ("сестра", True), ("каже", False),
                                            ("місто", False)])
def test_kin_word_reads_past_the_first_readings(word: str, kin: bool) -> None:
    with language("uk"):
        assert kin_word(word) is kin
