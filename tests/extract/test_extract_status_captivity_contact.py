"""Captivity named with its side between the preposition and the noun ("в украинском плену",
"потрапив у російський полон") is a capture; a family that cannot reach the man ("не могут
связаться с ним", "перестав виходити на зв'язок", "has heard nothing from him") reports him
missing — in Russian, Ukrainian and English. Contact lost with an office, or a return from
captivity, is no such status; nor is captivity where a mother looks for her son ("ищет сына в
украинском плену")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

STATUS = [
    ("Олег Фролов з Липецька, контрактник 6-ї армії, опинився в українському полоні в "
     "березні.", "uk", "captured"),
    ("Контрактник Олег Фролов из Липецка оказался в украинском плену в марте.", "ru",
     "captured"),
    ("Мобилизованный Павел Жуков из Брянска попал в украинский плен под Кременной.", "ru",
     "captured"),
    ("Мобілізований Павло Жуков з Брянська потрапив у український полон під Кремінною.",
     "uk", "captured"),
    ("Рядовой Иван Сомов из Пскова с осени находится в украинском плену.", "ru", "captured"),
    ("The family of Maxim Safronov from Oryol has heard nothing from him since June.", "en",
     "missing"),
    ("Родные Максима Сафронова из Орла не могут связаться с ним с июня.", "ru", "missing"),
    ("Рідні Максима Сафронова з Орла не можуть зв'язатися з ним з червня.", "uk", "missing"),
    ("Мобилизованный Игорь Пастухов из Курска в феврале перестал выходить на связь.", "ru",
     "missing"),
    ("Мобілізований Ігор Пастухов з Курська в лютому перестав виходити на зв'язок.", "uk",
     "missing"),
    ("Mobilised soldier Igor Pastukhov from Kursk stopped answering his phone in February.",
     "en", "missing"),
    ("Контрактник Егор Кудрин из Омска с апреля не отвечает на звонки, говорит его мать.",
     "ru", "missing"),
]


@pytest.mark.parametrize(("text", "lang", "status"), STATUS)
def test_status(text: str, lang: str, status: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == status


OTHER = [
    ("Рядовой Иван Сомов из Пскова вернулся из украинского плена.", "ru", "returned"),
    ("Рядовий Іван Сомов з Пскова повернувся з українського полону.", "uk", "returned"),
    ("Рядовой Антон Гуров из Читы ранен под Бахмутом, говорит его жена, которая не может "
     "связаться с военкоматом.", "ru", "wounded"),
    ("Мати мобілізованого з Чити Євгена Карпова шукає сина в українському полоні: рядовий "
     "зник безвісти під Сватовим.", "uk", "missing"),
    ("Мать мобилизованного из Читы Евгения Карпова ищет сына в украинском плену: рядовой "
     "пропал без вести под Сватово.", "ru", "missing"),
]


@pytest.mark.parametrize(("text", "lang", "status"), OTHER)
def test_other_status(text: str, lang: str, status: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == status
