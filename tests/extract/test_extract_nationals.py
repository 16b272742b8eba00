"""Nouns for a country's citizens give a citizenship ("непальца", "кубинцы", "шри-ланкиец"),
and so a foreigner's contract; "своего гражданина" is the citizen of the country named."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.nationals import country_of


def by_name(text: str) -> dict[str, dict[str, Any]]:
    """Mentions by every word of their names (how a foreign name in an oblique case is
    split is not the point here)."""
    return {w: m for m in extract_text(text, "ru", "2024-09-01") for w in m["name"].split()}


@pytest.mark.parametrize(
    ("word", "code"),
    [("непальца", "NP"), ("кубинцы", "CU"), ("шри-ланкийцем", "LK"), ("сербке", "RS"),
     ("сирийцу", "SY"), ("камерунцев", "CM"), ("бразилец", "BR"), ("бангладешца", "BD")],
)
def test_a_citizen_noun_names_its_country(word: str, code: str) -> None:
    found = country_of(word)
    assert found is not None and found.code == code


@pytest.mark.parametrize("word", ["певец", "купец", "боец", "отец", "житель", "Кубиков", "сирота"])
def test_other_nouns_name_no_country(word: str) -> None:
    assert country_of(word) is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Семья 22-летнего непальца Рама Тапы узнала о его гибели. Рам подписал контракт в "
         "мае.", "Тапа Рам", "NP"),
        ("Погиб шри-ланкиец Нимал Фернандо, подписавший контракт с армией в марте.",
         "Фернандо Нимал", "LK"),
        ("Под Курском погиб кубинец Хосе Мартинес Рохас. Контракт он подписал летом 2023 года.",
         "Мартинес Рохас", "CU"),
        ("Камерунец Поль Мбарга, учившийся в Воронеже, погиб на фронте. Контракт он подписал "
         "в феврале.", "Мбарга Поль", "CM"),
        ("Бангладешца Мохаммада Рахмана уговорили подписать контракт; 9 августа он погиб.",
         "Рахман Мохаммад", "BD"),
    ],
)
def test_a_citizen_noun_makes_a_foreign_contract(text: str, name: str, code: str) -> None:
    m = by_name(text)[name.split()[0]]
    assert m["citizenship"] == code
    assert m["channel"] == "foreign_contract"
    assert m["region"] is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Посольство Непала подтвердило гибель своего гражданина Рама Гурунга, 27 лет.",
         "Гурунг Рам", "NP"),
        ("Правительство Зимбабве потребовало объяснений после гибели своего гражданина. "
         "24-летний Тендай Мусекива погиб под Бахмутом.", "Мусекива Тендай", "ZW"),
        ("МИД Шри-Ланки сообщил, что двое его граждан погибли, а своему гражданину Чаминде "
         "Перере оказана помощь: он ранен 12 июля.", "Перера Чаминда", "LK"),
    ],
)
def test_a_countrys_own_citizen(text: str, name: str, code: str) -> None:
    assert by_name(text)[name.split()[0]]["citizenship"] == code


def test_a_russian_named_beside_a_foreigner_keeps_his_home() -> None:
    found = by_name("Рядовой Иван Сомов из Ишима погиб 3 мая под Авдеевкой. В том же бою погиб "
                    "непалец Рам Тапа.")
    assert found["Сомов"]["region"] == "RU-TYU"
    assert found["Сомов"]["citizenship"] != "NP"
