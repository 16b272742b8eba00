"""A place of death of several words comes out in the nominative: the reference table's name
for a town told in another case ("под Часовым Яром" → "Часов Яр"), adjectives agreeing with
their noun otherwise ("в Суджанском районе" → "Суджанский район")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.places import _nominative


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Вчера в Кургане похоронили Михаила Сорокина, погибшего под Часовым Яром.",
         "Часов Яр"),
        ("Рядовой Фёдор Лыков погиб 3 июля 2023 года под Часовым Яром.", "Часов Яр"),
        ("Денис Мельников погиб 8 августа 2024 года в Суджанском районе Курской области.",
         "Суджанский район Курской области"),
        ("Мобилизованный из Тюмени Глеб Шилов погиб в Новой Каховке 12 мая.",
         "Новая Каховка"),
        ("Старший сержант Ринат Галимов погиб у Великой Новосёлки в январе 2025 года.",
         "Великая Новосёлка"),
        ("В Красном Лимане погиб доброволец Олег Бирюков.", "Красный Лиман"),
    ],
)
def test_a_place_of_several_words_in_the_nominative(text: str, place: str) -> None:
    (m,) = extract_text(text, "ru", "2025-02-01")
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("words", "nominative"),
    [
        ("Часовым Яром", "Часов Яр"),
        ("Кировском районе", "Кировский район"),
        ("Белой Горе", "Белая Гора"),
        ("Старом Осколе", "Старый Оскол"),
        # guards: what is not an adjective and its noun stays as written
        ("Ростове на Дону", "Ростове на Дону"),
        ("Мирный Донбасс", "Мирный Донбасс"),
    ],
)
def test_phrase_nominative(words: str, nominative: str) -> None:
    with language("ru"):
        assert _nominative(words) == nominative


def test_a_single_word_stays_a_single_word() -> None:
    """Guard: a town of one word is not joined to a capitalised word that follows it."""
    (m,) = extract_text("Под Бахмутом Виктор Греков погиб 5 мая.", "ru", "2024-06-01")
    assert m["place_of_death"] == "Бахмут"
