"""One man called Ukraine's soldier in a Ukrainian text ("українського військового Олексія
Дуду", "Український захисник Петро Гнатюк", "військовослужбовець ЗСУ Андрій Ткач") is
Ukraine's citizen, also when the text has words for the enemy; Ukraine's soldier who takes
someone prisoner is no person of the story, and the captive is no Ukrainian."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

UKRAINIAN = [
    "Українського військового Олексія Дуду, який понад рік перебував у російському полоні, "
    "звільнено в ході обміну.",
    "Український захисник Петро Гнатюк загинув під Покровськом, повідомили росіяни.",
    "Військовослужбовець ЗСУ Андрій Ткач зник безвісти у Курській області, окупанти "
    "публікують відео.",
    "Окупанти стратили українського військовополоненого Василя Шевчука під Роботиним.",
    "Російські пабліки поширили відео з пораненим українським бійцем Іваном Гуменюком.",
    "Український солдат Олег Мартинюк загинув, коли росіяни атакували позицію дроном.",
    "Боєць ЗСУ Денис Бондар потрапив у полон до окупантів під Авдіївкою.",
    "Загинув український морпіх Тарас Лисенко, повідомили російські воєнкори.",
    "Воїн ЗСУ Роман Гриценко зник безвісти під Вовчанськом, де тривають бої з росіянами.",
    "Російські воєнкори повідомили, що український прикордонник Віталій Бойко зник безвісти.",
]


@pytest.mark.parametrize("text", UKRAINIAN)
def test_ukraines_soldier_is_ukrainian(text: str) -> None:
    people = extract_text(text, lang="uk", published="2024-08-01")
    assert [p["citizenship"] for p in people] == ["UA"]


CAPTIVES = [
    "Український військовий Олег Петренко взяв у полон росіянина Івана Зотова з Саратова.",
    "Воїн ЗСУ Олег Петренко полонив мобілізованого Івана Зотова з Саратова.",
]


@pytest.mark.parametrize("text", CAPTIVES)
def test_the_captor_gives_the_captive_no_ukrainian_citizenship(text: str) -> None:
    people = extract_text(text, lang="uk", published="2024-08-01")
    assert all(p["citizenship"] != "UA" for p in people if p["surname"] == "Зотов")
