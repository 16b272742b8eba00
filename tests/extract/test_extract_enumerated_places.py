"""The place of a counted group's fate ("взяли в плен двух бойцов под Соледаром. Первый — …
Второй — …") goes to every member enumerated after it who has no place of his own."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ru", "Украинские военные опубликовали допрос двух бойцов, взятых в плен 2 февраля "
               "под Соледаром. Первый — Олег Долгушин из Челябинской области. Второй — житель "
               "Магнитогорска Тимур Рашидович Ильясов, 29 лет.", "Соледар"),
        ("ru", "Бойцы бригады взяли в плен двух российских военных в районе Очеретино. Первый, "
               "43-летний Сергей Крапивин, рассказал, что живёт в Ижевске. Второй пленный "
               "назвался Русланом Хабибуллиным из Казани.", "Очеретино"),
        ("ru", "Под Кременной погибли трое жителей района. Первый — Иван Сомов из Котласа. "
               "Второй — Пётр Лунин из Вельска. Третий — Олег Пахомов из Коряжмы.",
         "Кременная"),
        ("ru", "На Купянском направлении погибли двое земляков. Первый — рядовой Иван Сомов, "
               "ему было 24 года. Второй — сержант Пётр Лунин из Вельска.",
         "Купянское направление"),
        ("ru", "В районе Работино в плен попали трое российских военных. Первый — Иван Сомов из "
               "Котласа. Второй — Пётр Лунин. Третий — Олег Пахомов из Коряжмы.", "Работино"),
        ("en", "Two soldiers from the Tver region were killed near Bakhmut last week. The "
               "first, Andrei Kozhin, was 34. The second, Oleg Mukhin, was a mobilized driver.",
         "Bakhmut"),
    ],
)
def test_group_place_goes_to_every_member(lang: str, text: str, place: str) -> None:
    people = extract_text(text, lang=lang)
    assert len(people) >= 2
    assert all(p["place_of_death"] == place for p in people)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a member with a fate of his own other than the group's gets no place from it
        ("Под Соледаром в плен попали двое бойцов. Первый — Олег Долгушин. Второй — Тимур "
         "Ильясов, он погиб позже в госпитале.", ["Соледар", None]),
        # one named in a sentence that enumerates nobody keeps his own place
        ("Под Соледаром в плен попали двое бойцов. Первый — Олег Долгушин из Копейска. Тимур "
         "Ильясов из Магнитогорска погиб в зоне СВО в прошлом году.", ["Соледар", "зона СВО"]),
        # an ordinal of a thing is no member: the one named after it gets no group place
        ("Под Бахмутом погибли двое бойцов. Второй удар пришёлся по колонне. Иван Сомов из "
         "Котласа похоронен дома.", [None]),
        # no counted group: no sharing
        ("Олег Долгушин попал в плен под Соледаром. Тимур Ильясов из Магнитогорска погиб в "
         "зоне СВО.", ["Соледар", "зона СВО"]),
    ],
)
def test_own_place_or_fate_kept(text: str, places: list[str | None]) -> None:
    people = extract_text(text, lang="ru")
    assert [p["place_of_death"] for p in people] == places
