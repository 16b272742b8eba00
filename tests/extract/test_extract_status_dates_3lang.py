"""Statuses and their dates told alike in Russian, Ukrainian and English: an exchange is a
return (and the capture before it the "other" date), going missing since a day, a wound, a
body handed over (its day no death date, unlike a death told beside it), and days told
relative to publication ("в прошлое воскресенье", "у минулу неділю", "last Sunday", "two days
ago")."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

PUB = "2024-04-03"  # a Wednesday
#: the extractor's event names the guide records as "other"
OTHER = {"missing", "captured", "wounded", "deserted", "contact", "court", "award",
         "conscription", "departure", "repatriation", "other"}


def _one(text: str, lang: str, surname: str) -> dict[str, Any]:
    found = [m for m in extract_text(text, lang, PUB) if m["surname"] == surname]
    assert found, f"no {surname} in {text!r}"
    return found[0]


def _other(m: dict[str, Any]) -> str | None:
    values = [v for k, v in (m["other_dates"] or {}).items() if k in OTHER]
    return values[0] if values else None


@pytest.mark.parametrize(("text", "lang", "surname", "captured"), [
    ("Рядовой Денис Сорокин попал в плен в январе 2024 года, а 15 марта вернулся домой по "
     "обмену.", "ru", "Сорокин", "2024-01"),
    ("Рядовой Кирилл Попов, взятый в плен 2 февраля, вернулся домой в ходе обмена 30 марта.",
     "ru", "Попов", "2024-02-02"),
    ("Росіянина Миколу Сидорова, який потрапив у полон у лютому 2024 року, обміняли 15 "
     "березня.", "uk", "Сидоров", "2024-02"),
    ("Igor Smolin, who was captured in December 2023, came home in a prisoner swap on March 30.",
     "en", "Smolin", "2023-12"),
    ("Ahmed Karimov was captured on January 3, 2024, and later exchanged back to Russia.",
     "en", "Karimov", "2024-01-03"),
])
def test_an_exchange_is_a_return_dated_by_the_capture(text: str, lang: str, surname: str,
                                                      captured: str) -> None:
    m = _one(text, lang, surname)
    assert m["status"] == "returned"
    assert _other(m) == captured


@pytest.mark.parametrize(("text", "lang", "surname", "status"), [
    # guards: an exchange of views or of fire is no return
    ("Рядовой Денис Сорокин попал в плен в январе. На встрече родные провели обмен опытом.",
     "ru", "Сорокин", "captured"),
    ("Окупант Микола Сидоров потрапив у полон у лютому. Волонтери обмінялися досвідом.",
     "uk", "Сидоров", "captured"),
    ("Ahmed Karimov was captured after his unit exchanged fire with Ukrainian troops.",
     "en", "Karimov", "captured"),
])
def test_other_exchanges_are_no_return(text: str, lang: str, surname: str, status: str) -> None:
    assert _one(text, lang, surname)["status"] == status


@pytest.mark.parametrize(("text", "lang", "surname", "day"), [
    ("З 5 березня 2024 року не виходить на зв'язок мобілізований Георгій Лавров.", "uk",
     "Лавров", "2024-03-05"),
    ("Востаннє Андрій Мельничук виходив на зв'язок 13 березня, відтоді його вважають зниклим "
     "безвісти.", "uk", "Мельничук", "2024-03-13"),
    ("С 5 марта 2024 года не выходит на связь мобилизованный Георгий Лавров из Тулы.", "ru",
     "Лавров", "2024-03-05"),
    ("Georgy Lavrov has been missing since March 5, 2024, his wife said.", "en", "Lavrov",
     "2024-03-05"),
])
def test_missing_since_a_day(text: str, lang: str, surname: str, day: str) -> None:
    m = _one(text, lang, surname)
    assert m["status"] == "missing"
    assert _other(m) == day


@pytest.mark.parametrize(("text", "lang", "surname", "death"), [
    ("Тело Алексея Зуева, погибшего 10 февраля 2024 года, передали родным 1 апреля.", "ru",
     "Зуев", "2024-02-10"),
    ("Тіло Олексія Зуєва, загиблого 10 лютого 2024 року, передали родині 1 квітня.", "uk",
     "Зуєв", "2024-02-10"),
    ("Тіло Артема Іванова передали росіянам 17 березня; він загинув у лютому 2024 року.", "uk",
     "Іванов", "2024-02"),
    # guards: the day of the handing over alone dates no death
    ("Тело рядового Алексея Зуева передали родным 1 апреля.", "ru", "Зуев", None),
    ("Тіло окупанта Олексія Зуєва передали росіянам 1 квітня.", "uk", "Зуєв", None),
    # … but a body found after a battle is dated by the battle
    ("Тіло Жана Мбарги виявили українські військові після бою під Кураховим 2 березня.", "uk",
     "Мбарга", "2024-03-02"),
])
def test_a_body_handed_over_dates_no_death(text: str, lang: str, surname: str,
                                           death: str | None) -> None:
    m = _one(text, lang, surname)
    assert m["status"] == "killed"
    assert m["death_date"] == death


@pytest.mark.parametrize(("text", "lang", "surname", "death"), [
    ("В прошлое воскресенье в зоне СВО погиб ефрейтор Антон Сергеевич Белых.", "ru", "Белых",
     "2024-03-31"),
    ("У минулу неділю під Авдіївкою ліквідовано окупанта Антона Бєлих.", "uk", "Бєлих",
     "2024-03-31"),
    ("Russian soldier Anton Belykh was killed last Sunday near Avdiivka.", "en", "Belykh",
     "2024-03-31"),
    ("Два дня назад погиб земляк, младший сержант Олег Киселёв.", "ru", "Киселёв",
     "2024-04-01"),
    ("Два дні тому загинув окупант Олег Кисельов із Тули.", "uk", "Кисельов", "2024-04-01"),
    ("Nepali man Hari Gurung was killed two days ago in Ukraine, his brother said.", "en",
     "Gurung", "2024-04-01"),
])
def test_relative_days(text: str, lang: str, surname: str, death: str) -> None:
    assert _one(text, lang, surname)["death_date"] == death


@pytest.mark.parametrize(("text", "lang", "surname", "death", "reported"), [
    ("Про загибель Іллі Баранова родині повідомили 29 березня, загинув він 12 березня.", "uk",
     "Баранов", "2024-03-12", "2024-03-29"),
    ("Про смерть Петра Гнатюка рідним повідомив 30 березня командир; Петро загинув 14 березня "
     "під Кремінною.", "uk", "Гнатюк", "2024-03-14", "2024-03-30"),
    ("О гибели Ильи Баранова семье сообщили 29 марта, погиб он 12 марта под Работино.", "ru",
     "Баранов", "2024-03-12", "2024-03-29"),
    ("The death of Ilya Baranov, 24, was confirmed by his unit on March 29. He was killed on "
     "March 12 near Robotyne.", "en", "Baranov", "2024-03-12", "2024-03-29"),
])
def test_the_day_a_death_was_told_is_no_death_date(text: str, lang: str, surname: str,
                                                   death: str, reported: str) -> None:
    m = _one(text, lang, surname)
    assert m["death_date"] == death
    assert (m["other_dates"] or {}).get("reported") == reported
