"""A farewell told in a text's first sentence names a weak home ("В Великом Устюге прошло
прощание …"), used only when no other home is stated, a burial none; growing up somewhere is a home
("мы росли на одной улице в Канаше"); a town shelled or struck is where those its sentence
tells died were killed ("в результате обстрела Шебекино погибла …")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def only(text: str) -> dict[str, object]:
    found = extract_text(text, None, "2024-05-01")
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("text", "settlement", "region"),
    [
        ("В Великом Устюге прошло прощание с младшим сержантом Даниилом Порошиным. Он погиб "
         "под Торецком.", "Великий Устюг", "RU-VLG"),
        ("В Ишиме состоялось прощание с рядовым Олегом Мусиным, погибшим в зоне СВО.", "Ишим",
         "RU-TYU"),
        ("В Канаше пройдёт прощание с ефрейтором Артёмом Васильевым, погибшим 3 марта.",
         "Канаш", "RU-CU"),
        ("В Бийске прошло прощание с мобилизованным Андреем Зыковым.", "Бийск", "RU-ALT"),
        ("Вчера в Новом Уренгое прошла траурная церемония: погиб рядовой Олег Мусин.",
         "Новый Уренгой", "RU-YAN"),
        ("Сегодня узнали что погиб Виталий Рожков, с которым мы росли на одной улице в Канаше.",
         "Канаш", "RU-CU"),
        ("Он рос в Кургане, а погиб под Бахмутом рядовой Олег Панов.", "Курган", "RU-KGN"),
    ],
)
def test_a_weak_home(text: str, settlement: str, region: str) -> None:
    m = only(text)
    assert (m["settlement"], m["region"]) == (settlement, region)


def test_a_stated_home_wins_over_the_farewell() -> None:
    m = only("В Ишиме прошло прощание с рядовым Олегом Мусиным, жителем Тюмени, погибшим в мае.")
    assert m["settlement"] == "Тюмень"


@pytest.mark.parametrize("text", [
    "В Чебоксарах похоронили рядового Артёма Васильева, погибшего 6 апреля.",
    "В Ангарске прошли похороны бывшего осуждённого Вячеслава Кочеткова, погибшего в 2024 году.",
])
def test_a_burial_is_no_home(text: str) -> None:
    assert only(text)["settlement"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Утром 16 марта в результате обстрела Шебекино погибла 67-летняя Валентина Крюкова.",
         "Шебекино"),
        ("В результате удара по Белгороду погиб 40-летний Иван Кузьмин.", "Белгород"),
        ("Внаслідок ворожого обстрілу Херсона 14 травня загинула 67-річна Ганна Лисенко.",
         "Херсон"),
        ("Иван Кузьмин погиб в результате обстрела Донецка.", "Донецк"),
        ("Во время атаки дронов на Курск погиб Олег Панов.", "Курск"),
        ("В результате обстрела Шебекино ранен Олег Панов, его доставили в больницу.",
         "Шебекино"),
        ("Внаслідок ракетного удару по Харкову загинув 45-річний Олег Бондар.", "Харків"),
        ("Під час обстрілу Нікополя загинула 70-річна Марія Коваль.", "Нікополь"),
        ("При ударе беспилотника по Шебекино погиб водитель Сергей Котов.", "Шебекино"),
        ("Внаслідок атаки дронів на Одесу загинув 52-річний Петро Гнатюк.", "Одеса"),
    ],
)
def test_a_town_shelled_is_where_they_died(text: str, place: str) -> None:
    assert only(text)["place_of_death"] == place


def test_a_shelling_in_another_sentence_is_not_his_death() -> None:
    m = only("Житель Белгорода Иван Кузьмин погиб под Бахмутом. В результате обстрела "
             "Белгорода пострадали дома.")
    assert m["place_of_death"] == "Бахмут"
