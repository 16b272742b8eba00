"""A Ukrainian text may mourn a Russian soldier in words it uses for its own ("наш земляк",
a district administration's notice translated): his guards rank ("гвардії єфрейтор") or a
unit numbered as only Russia's are (five digits, no letter: "військова частина 38643")
make him Russia's, not Ukraine's. A rank without "гвардії" or a unit with a letter
("військова частина А4267", the National Guard) leaves him Ukraine's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

RUSSIAN = [
    "З глибоким сумом повідомляємо, що загинув наш земляк, гвардії єфрейтор Саввінов Н. П., "
    "житель с. Тасагар.",
    "Загинув наш земляк, гвардії старший лейтенант Андрій Коваль.",
    "Наш земляк гвардії рядовий Олег Мартинов загинув під час виконання бойового завдання.",
    "Вічна пам'ять герою! Гв. сержант Ігор Сафронов загинув 3 березня.",
    "Загинув наш земляк, захисник Андрій Коваль, який служив у військовій частині 38643.",
    "Наш земляк Денис Орлов, молодший сержант в/ч 12345, загинув у березні.",
    "Громада сумує: загинув гвардії молодший сержант Петро Лаптєв, наш земляк.",
    "Побратими повідомили, що загинув гвардії капітан Роман Шестаков, наш земляк.",
    "Пам'ять героя вшанували в школі: гвардії майор Ілля Кузьмін загинув, захищаючи "
    "побратимів.",
    "Загинув наш земляк Віктор Пронін, який служив за контрактом у військовій частині 41659.",
]


@pytest.mark.parametrize("text", RUSSIAN)
def test_russian_only_service_is_no_ukrainian_citizen(text: str) -> None:
    people = extract_text(text, lang="uk", published="2024-09-16")
    assert len(people) == 1
    assert people[0]["citizenship"] == "RU"


UKRAINIAN = [
    "Загинув наш земляк, захисник Андрій Коваль, який служив у військовій частині А4267.",
    "Загинув наш земляк, старший лейтенант Андрій Коваль, боєць Національної гвардії.",
    "Загинув наш земляк, захисник Олег Мартинюк, старший солдат 47-ї бригади.",
]


@pytest.mark.parametrize("text", UKRAINIAN)
def test_ukraines_own_stay_ukrainian(text: str) -> None:
    people = extract_text(text, lang="uk", published="2024-09-16")
    assert [p["citizenship"] for p in people] == ["UA"]
