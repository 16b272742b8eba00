"""A death told as sharing the one before ("Разом із ним загинув …", "Вместе с ним погиб …",
"В том же бою погиб …") takes that person's place of death; another verb after the cue, a
place of his own, or a first person without a death keep it from passing. Sentences written
for the class, with guards."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _places(text: str, lang: str) -> list[object]:
    return [m["place_of_death"] for m in extract_text(text, lang, "2024-06-01")]


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("Під Бахмутом ліквідовано 35-річного рядового Баїра Цибікова з села Мухоршибір. Він був "
     "мобілізований у жовтні 2022 року. Разом із ним загинув його земляк, молодший сержант "
     "Дашинима Балданов, 1990 р.н., з Улан-Уде.", "uk", ["Бахмут", "Бахмут"]),
    ("Солдат Ігор Бондар загинув біля Часового Яру. У тому ж бою загинув і його побратим "
     "Олег Ткач.", "uk", ["Часів Яр", "Часів Яр"]),
    ("Под Авдеевкой погиб рядовой Олег Смирнов. Вместе с ним погиб его друг Иван Котов.", "ru",
     ["Авдеевка", "Авдеевка"]),
    ("Рядовой Олег Смирнов погиб 3 мая под Кременной. В том же бою погиб и сержант Иван "
     "Котов.", "ru", ["Кременная", "Кременная"]),
    # guards: another verb after the cue; a place of his own
    ("Под Авдеевкой погиб рядовой Олег Смирнов. Вместе с ним служил Иван Котов, он погиб "
     "через месяц.", "ru", ["Авдеевка", None]),
    ("Рядовой Олег Смирнов погиб 3 мая под Кременной. Вместе с ним погиб Иван Котов, он погиб "
     "под Бахмутом.", "ru", ["Кременная", "Бахмут"]),
    ("Под Авдеевкой погиб рядовой Олег Смирнов. Его брат Иван Котов погиб в Курской области.",
     "ru", ["Авдеевка", "Курская область"]),
])
def test_same_death_same_place(text: str, lang: str, places: list[object]) -> None:
    assert _places(text, lang) == places
