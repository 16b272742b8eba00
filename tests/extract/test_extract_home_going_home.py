"""A home told by going home to it, in the three languages: "Домой, в Березники, … не
вернулся", "тело доставили домой, в Тюмень", "привезли домой в Курган", "тіло доставили
додому, у Тюмень", "додому, до Березників", "his coffin came home to Novokuznetsk", "buried
at home in Kovrov", "brought back home to Syktyvkar", "from his home in Lgov". A relative's
home ("his mother at her home in Lgov", "his parents' home") and going home with no town
("вернулся домой в отпуск") give none."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _home(text: str, lang: str) -> str | None:
    (m,) = [m for m in extract_text(text, lang, "2024-09-01") if m["given_name"]]
    return m["settlement"]


@pytest.mark.parametrize(
    ("text", "lang", "settlement"),
    [
        ("Домой, в Березники, рядовой Ринат Файзуллин так и не вернулся: он погиб под Покровском.",
         "ru", "Березники"),
        ("Тело рядового Ивана Петрова доставили домой, в Тюмень. Он погиб под Авдеевкой.",
         "ru", "Тюмень"),
        ("Рядовой Иван Петров погиб под Авдеевкой. Его привезли домой в Курган и похоронили 5 мая.",
         "ru", "Курган"),
        ("Тіло рядового Івана Петрова доставили додому, у Тюмень. Він загинув під Авдіївкою.",
         "uk", "Тюмень"),
        ("Додому, до Березників, Ринат Файзуллін так і не повернувся: він загинув під Покровськом.",
         "uk", "Березники"),
        ("Рядовий Іван Петров загинув під Бахмутом. Тіло привезли додому в Курган.",
         "uk", "Курган"),
        ("The coffin of Private Ivan Petrov came home to Novokuznetsk on Wednesday. He "
         "was killed near Soledar.",
         "en", "Novokuznetsk"),
        ("Private Ivan Petrov was killed near Soledar. He was buried at home in Kovrov.",
         "en", "Kovrov"),
        ("Private Ivan Petrov was killed near Kupiansk. He taught at a school in "
         "Kurchatov, commuting every day from his home in Lgov.",
         "en", "Lgov"),
        ("Private Ivan Petrov was killed near Kupiansk in May; his body was brought back "
         "home to Syktyvkar.",
         "en", "Syktyvkar"),
    ],
)
def test_going_home_tells_the_home(text: str, lang: str, settlement: str) -> None:
    assert _home(text, lang) == settlement


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Private Ivan Petrov was killed near Kupiansk. Journalists visited his mother at "
         "her home in Lgov.",
         "en"),
        ("Рядовой Иван Петров погиб под Бахмутом. Его брат вернулся домой в отпуск.",
         "ru"),
        ("Private Ivan Petrov was killed near Kupiansk. His parents' home in Lgov was "
         "full of mourners.",
         "en"),
    ],
)
def test_no_home_of_another_or_without_a_town(text: str, lang: str) -> None:
    assert _home(text, lang) is None
