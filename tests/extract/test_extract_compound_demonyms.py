"""A citizen's noun joined by a hyphen to what he was ("непалец-контрактник",
"кубинца-наёмника", "таджика-контрактника"): the first part names his country, and the whole
word is a descriptor, never part of his name. A hyphenated word that is no citizen's noun
gives no country."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.nationals import country_of


def people(text: str, lang: str) -> list[tuple[str, object]]:
    return [(m["name"], m["citizenship"]) for m in extract_text(text, lang, "2025-01-20")]


@pytest.mark.parametrize(
    ("lang", "text", "name", "code"),
    [
        ("ru", "Непалец-контрактник Рам Бахадур Тапа погиб под Авдеевкой.",
         "Тапа Рам Бахадур", "NP"),
        ("ru", "Под Купянском погиб кубинец-наёмник Хосе Луис Перес, ему было 22 года.",
         "Перес Хосе Луис", "CU"),
        ("ru", "Родные 30-летнего таджика-контрактника Фархода Рахимова сообщили о его "
               "гибели.", "Рахимов Фарход", "TJ"),
        ("ru", "В зоне СВО погиб узбек-доброволец Шерзод Каримов из Самарканда.",
         "Каримов Шерзод", "UZ"),
    ],
)
def test_compound_citizen_noun(lang: str, text: str, name: str, code: str) -> None:
    assert people(text, lang) == [(name, code)]


@pytest.mark.parametrize(
    ("word", "code"),
    [("непалец-контрактник", "NP"), ("кубинца-наёмника", "CU"), ("шри-ланкиец", "LK"),
     ("сирийцу-добровольцу", "SY")],
)
def test_country_of_compound(word: str, code: str) -> None:
    country = country_of(word)
    assert country is not None and country.code == code


@pytest.mark.parametrize("word", ["северо-запад", "сержант-контрактник", "иван-чай",
                                  "контрактник-непалец"])
def test_no_country(word: str) -> None:
    assert country_of(word) is None
