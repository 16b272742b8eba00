"""A name in the instrumental right after a noun in the genitive ("з молодшим сержантом
танкової бригади Баїром Циреновим"): the word before the name only guesses a genitive; the
name's own endings, all instrumental, say its case, so it is read back to the nominative
(Циренов Баїр), Ukrainian soft "-єм" as well ("Намсараєм" → Намсарай). Names the dictionary
knows, and names in the nominative or genitive after such a noun, are read as before.
"""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str, lang: str) -> list[tuple[object, object]]:
    return [(m["surname"], m["given_name"]) for m in extract_text(text, lang, "2024-06-01")]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Прощання з молодшим сержантом 5-ї окремої гвардійської танкової бригади Баїром "
     "Циреновим відбудеться 14 березня.", "uk", ("Циренов", "Баїр")),
    ("Прощання з рядовим батальйону «Бурятія» Намсараєм Цибіковим відбулося вчора.", "uk",
     ("Цибіков", "Намсарай")),
    ("Попрощалися з єфрейтором 37-ї бригади Жаргалом Доржиєвим, який загинув під "
     "Вугледаром.", "uk", ("Доржиєв", "Жаргал")),
    ("Учора в селі попрощалися зі стрільцем мотострілецького полку Тумэном Бадмаєвим. Він "
     "загинув у бою.", "uk", ("Бадмаєв", "Тумэн")),
    ("Прощання зі снайпером 11-ї бригади Баяром Жамсуєвим пройде в суботу в Улан-Уде.", "uk",
     ("Жамсуєв", "Баяр")),
    ("Прощання з рядовим 6-го полку Сояном Ховалигом відбудеться в неділю.", "uk",
     ("Ховалиг", "Соян")),
])
def test_instrumental_name_after_genitive(text: str, lang: str, name: tuple[str, str]) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    # names the dictionary knows, after the same nouns
    ("Попрощалися з рядовим мотострілецького батальйону Олексієм Петровим, який загинув під "
     "Бахмутом.", "uk", ("Петров", "Олексій")),
    # the genitive after a thing's noun stays a genitive
    ("Поховали бійця штурмової роти Баїра Циренова, який загинув на фронті.", "uk",
     ("Циренов", "Баїр")),
    ("Загинув рядовий бригади Баїр Циренов.", "uk", ("Циренов", "Баїр")),
    ("Вчера пришло известие о гибели Баира Цыренова.", "ru", ("Цыренов", "Баир")),
    # Russian: natasha's tagger and the endings read these already
    ("Прощание с младшим сержантом 5-й отдельной гвардейской танковой бригады Баиром "
     "Цыреновым состоится в субботу.", "ru", ("Цыренов", "Баир")),
    ("Простились с рядовым штурмовой роты Аюром Бадмаевым, погибшим под Бахмутом.", "ru",
     ("Бадмаев", "Аюр")),
])
def test_other_cases_unchanged(text: str, lang: str, name: tuple[str, str]) -> None:
    assert name in _names(text, lang)
