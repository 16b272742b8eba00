"""Ukrainian texts: detected, read with Ukrainian morphology, names kept in Ukrainian."""

from __future__ import annotations

import warnings

import pytest

from headcount.extract import extract, extract_text
from headcount.extract.text import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Загинув мешканець Житомира Петренко Іван Олексійович, 1987 року народження.", "uk"),
        ("Погиб житель Житомира Петренко Иван Алексеевич, 1987 года рождения.", "ru"),
        ("Ivan Petrenko, 36, was killed near Bakhmut.", "en"),
        ("Їх було троє: Іван, Єгор і Ґедзь.", "uk"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "surname", "given", "patronymic", "status"),
    [
        ("Загинув мешканець Житомира Петренко Іван Олексійович, 1987 року народження.",
         "Петренко", "Іван", "Олексійович", "killed"),
        ("Засуджений за вбивство мешканець Новосибірська Рябцев Віктор Семенович, 1979 р.н., "
         "потрапив у полон на Запорізькому напрямку.", "Рябцев", "Віктор", "Семенович",
         "captured"),
        ("Росіяни прощаються з медсестрою Тетяною Кузнєцовою з Бєлгорода. 37-річна жінка "
         "загинула 22 липня 2024 року.", "Кузнєцова", "Тетяна", None, "killed"),
        ("Старший сержант Олександр Коваль зник безвісти у березні 2023 року.", "Коваль",
         "Олександр", None, "missing"),
    ],
)
def test_ukrainian_names_in_the_nominative_and_status(
    text: str, surname: str, given: str, patronymic: str | None, status: str
) -> None:
    (m,) = extract_text(text)
    assert (m["surname"], m["given_name"], m["patronymic"], m["status"]) == (
        surname, given, patronymic, status)


@pytest.mark.parametrize(
    ("phrase", "field", "value"),
    [
        ("1987 року народження", "birth_date", "1987"),
        ("12.04.1990 р.н.", "birth_date", "1990-04-12"),
        ("загинув 22 липня 2024 року", "death_date", "2024-07-22"),
        ("загинув у березні 2023 року", "death_date", "2023-03"),
        ("29-річний", "age", 29),
        ("загинув у віці 45 років", "age", 45),
    ],
)
def test_ukrainian_dates_and_ages(phrase: str, field: str, value: object) -> None:
    (m,) = extract_text(f"Мобілізований Петренко Іван Олексійович, {phrase}, загинув.")
    assert m[field] == value


def test_an_unknown_language_tag_is_said_and_the_text_still_read() -> None:
    result = extract("Загинув мешканець Житомира Петренко Іван Олексійович.", lang="be")
    assert any("'be'" in w for w in result.warnings)
    assert result.language == "uk" and result.mentions


def test_ukrainian_text_warns_of_nothing_needlessly() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract_text("Загинув мешканець Житомира Петренко Іван Олексійович.")


@pytest.mark.parametrize("kin", ["Мати", "Батько", "Дружина", "Сестра"])
def test_ukrainian_kin_is_not_the_person(kin: str) -> None:
    text = (f"Рядовий Сергій Панкратов загинув 3 серпня 2023 року. {kin} Ольга Панкратова "
            "написала про це в соцмережах.")
    assert [m["given_name"] for m in extract_text(text)] == ["Сергій"]


def test_a_ukrainian_plural_participle_shares_the_status() -> None:
    text = ("З'явилися імена ще двох ліквідованих окупантів: рядовий Баїр Цидендамбаєв "
            "(Кяхта) і молодший сержант Солбон Доржиєв (Улан-Уде).")
    assert {m["status"] for m in extract_text(text)} == {"killed"}
