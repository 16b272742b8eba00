"""A convict taken to the war from where he was held is recruited as a prisoner, whatever the
verb: serving a sentence in a participle ("отбывавший наказание"), sitting in a colony
("сидевший в колонии", "сидит в колонии"), taken from a prison ("из тюрьмы", "from jail",
"taken from penal colony IK-6 to Wagner", "out of a penal colony") — also when Wagner took
him (the guide: prisoner, not pmc). A man released from prison long before, or sitting in
trenches, is a free Wagner fighter."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

PRISONER = [
    ("In October he was taken from penal colony IK-6 in Omsk to Wagner. Andrei Lomov, 36, "
     "from Omsk was killed near Bakhmut.", "en"),
    ("Wagner took Andrei Lomov, 36, out of a penal colony in Omsk; he died near Bakhmut in "
     "January.", "en"),
    ("Sergei Kim, 29, was brought from a prison in Krasnoyarsk to the Wagner training camp "
     "and died near Soledar.", "en"),
    ("Андрей Ломов из Омска, отбывавший наказание в ИК-6, ушёл в ЧВК «Вагнер» и погиб под "
     "Бахмутом.", "ru"),
    ("Андрей Ломов, сидевший в колонии за разбой, ушёл в ЧВК «Вагнер» и погиб под Бахмутом.",
     "ru"),
    ("Сидевший в тюрьме за кражу Олег Гущин из Твери вступил в ЧВК «Вагнер» и погиб под "
     "Бахмутом.", "ru"),
    ("Осенью 2022 года «Вагнер» забрал из тюрьмы Ивана Рогова из Ижевска; весной он погиб "
     "под Бахмутом.", "ru"),
    ("Павел Зорин из Читы, который сидит в колонии с 2019 года, подписал контракт с ЧВК "
     "«Вагнер» и погиб под Бахмутом.", "ru"),
    ("Oleg Gushchin from Tver went straight from jail to the Wagner camp and was killed "
     "near Bakhmut.", "en"),
    ("Андрій Ломов з Омська, який сидів у тюрмі за розбій, пішов у ПВК «Вагнер» і загинув "
     "під Бахмутом.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), PRISONER)
def test_prisoner(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["channel"] == "prisoner"


FREE = [
    ("Andrei Lomov, released from prison in 2019, joined Wagner in 2022 and was killed near "
     "Bakhmut.", "en"),
    ("Andrei Lomov, a former Wagner fighter who had served in Syria, was killed near "
     "Bakhmut.", "en"),
    ("Андрей Ломов из Омска, сидевший в окопах под Бахмутом, ушёл в ЧВК «Вагнер» и погиб.",
     "ru"),
    ("Андрей Ломов, имевший судимость, ушёл в ЧВК «Вагнер» после освобождения и погиб под "
     "Бахмутом.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), FREE)
def test_free_wagner_fighter(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["channel"] == "pmc"
