"""Desertion told with the place first ("в часть не вернулся", "до частини не повернувся", "из
отпуска так и не вернулся") or by leave not returned from ("failed to return from leave",
"overstayed his leave"); captivity told by "held captive" or by the captive as a noun ("The
second captive, Russian convict …"). A return to the unit is no desertion."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

STATUS = [
    ("Мобилизованный рядовой Кирилл Зуев из Бердска получил отпуск, но в установленный срок "
     "в часть не вернулся.", "ru", "deserted"),
    ("Мобілізований Кирило Зуєв з Бердська отримав відпустку, але до частини не повернувся.",
     "uk", "deserted"),
    ("Мобілізований Кирило Зуєв з Бердська не повернувся з відпустки і переховується.", "uk",
     "deserted"),
    ("Контрактник Олег Рыбин из Омска из отпуска так и не вернулся, его объявили в розыск.",
     "ru", "deserted"),
    ("Рядовий Павло Ломов з Омська вчасно до своєї частини не прибув.", "uk", "deserted"),
    ("Mobilised private Kirill Zuev from Berdsk failed to return from leave in May.", "en",
     "deserted"),
    ("Kirill Zuev, a mobilised soldier from Berdsk, never came back from his leave.", "en",
     "deserted"),
    ("Kirill Zuev, a contract soldier from Omsk, overstayed his leave and was detained in "
     "June.", "en", "deserted"),
    ("Andrei Kozhin from Syktyvkar has been held captive since March.", "en", "captured"),
    ("Russian marine Pavel Lomov is being kept captive in the Zaporizhzhia region, his wife "
     "said.", "en", "captured"),
]


@pytest.mark.parametrize(("text", "lang", "status"), STATUS)
def test_status(text: str, lang: str, status: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == status


@pytest.mark.parametrize(("text", "lang"), [
    ("Рядовой Кирилл Зуев из Бердска вернулся в часть после отпуска и погиб под Авдеевкой.",
     "ru"),
    ("Private Kirill Zuev returned from leave to his unit and was killed near Avdiivka.", "en"),
])
def test_back_from_leave(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["status"] == "killed"
