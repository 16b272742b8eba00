"""Ukrainian lists that write their names surname first.

- a list entry whose own signs say nothing of its order ("— Перера Дінеш Прасанна,
  Шрі-Ланка") is read in the order of the list, when another entry shows it by a patronymic
  last or a South-Asian given element last ("— Цхададзе Тамаз Георгійович", "— Шарма Прадіп
  Кумар"): surname Перера, given names "Дінеш Прасанна";
- a word of a foreign name the dictionary reads as a verb ("Дінеш": you will go), between two
  name words of one name NER reads whole, stays in the name.

A list with no such entry, and a name in prose, keep the order their words give.
"""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _names(text: str) -> list[tuple[object, object]]:
    return [(m["surname"], m["given_name"]) for m in extract_text(text, "uk", "2024-06-30")]


_LIST = "Нові імена іноземців, загиблих у червні на боці РФ:\n"


@pytest.mark.parametrize(("text", "name"), [
    (_LIST + "— Шарма Прадіп Кумар, громадянин Індії, 29 років; загинув 3 червня;\n"
     "— Перера Дінеш Прасанна, Шрі-Ланка, 1990 р.н.; загинув 17 червня;\n"
     "— Цхададзе Тамаз Георгійович, уродженець Кутаїсі, загинув 20 червня.",
     ("Перера", "Дінеш Прасанна")),
    (_LIST + "1. Цхададзе Тамаз Георгійович, уродженець Кутаїсі, загинув 20 червня.\n"
     "2. Бандара Ранджит, громадянин Шрі-Ланки, загинув 17 червня.",
     ("Бандара", "Ранджит")),
    (_LIST + "— Тапа Суман Бахадур, Непал, 24 роки, загинув під Бахмутом;\n"
     "— Гурунг Бішал, Непал, 22 роки, загинув під Бахмутом.",
     ("Гурунг", "Бішал")),
    (_LIST + "1) Доржиєв Баїр Баторович, Бурятія, загинув 2 червня;\n"
     "2) Перера Дінеш Прасанна, Шрі-Ланка, загинув 17 червня.",
     ("Перера", "Дінеш Прасанна")),
])
def test_entry_in_list_order(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "МЗС Шрі-Ланки повідомило: Перера Дінеш Прасанна загинув під Часовим Яром.",
    "Громадянин Шрі-Ланки Ранджит Дінеш Бандара загинув у травні під Авдіївкою.",
])
def test_name_word_read_as_verb(text: str) -> None:
    assert any("Дінеш" in f"{s} {g}" for s, g in _names(text))


@pytest.mark.parametrize(("text", "name"), [
    # given names first in prose: unchanged
    ("Загинув Дінеш Прасанна Перера, громадянин Шрі-Ланки.", ("Перера", "Дінеш Прасанна")),
    (_LIST + "— Цхададзе Тамаз Георгійович, загинув 20 червня.\nУ Москві також загинув "
     "громадянин Непалу Бішал Гурунг.", ("Гурунг", "Бішал")),
    # a list with no entry that shows its order: the words' own order
    (_LIST + "— Олег Петренко, 34 роки, загинув 3 червня;\n"
     "— Бішал Гурунг, Непал, загинув 17 червня.", ("Гурунг", "Бішал")),
])
def test_order_kept(text: str, name: tuple[str, str]) -> None:
    assert name in _names(text)
