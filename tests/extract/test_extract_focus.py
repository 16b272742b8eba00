"""Whom a sentence naming nobody speaks of: a crowd's death is nobody named's; a noun that
described someone named before points at them, not at the last one named."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", published)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вечером 3 мая в Херсоне 36-летний Олег Сидоров открыл огонь по прохожим. "
         "По данным полиции, погибли 12 человек.", "Сидоров Олег"),
        ("Губернатор Андрей Кузнецов выразил соболезнования. В результате обстрела в Белгороде "
         "погибли более двадцати человек.", "Кузнецов Андрей"),
        ("Мэр Игорь Волков 33-летний выступил на митинге. Позже стало известно о гибели "
         "сорока восьми человек в Курске.", "Волков Игорь"),
        ("Водитель Павел Рыбин, 41 год, был задержан. В ДТП под Тверью 5 мая 2024 года "
         "погибли пятеро пассажиров.", "Рыбин Павел"),
    ],
)
def test_a_crowds_death_is_nobody_named(text: str, name: str) -> None:
    m = by_name(text).get(name)
    assert m is None or (m["status"] != "killed" and m["place_of_death"] is None
                         and m["death_date"] is None)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Рядовой Иван Петров служил в 37-й бригаде. Он погиб под Бахмутом 12 марта 2023 года. "
         "Вместе с ним погибли ещё двое.", "Петров Иван", "Бахмут"),
        ("Иван Петров и Пётр Сидоров служили в одном батальоне. Оба погибли 29 августа 2023 "
         "года под Работино при артобстреле.", "Сидоров Пётр", "Работино"),
    ],
)
def test_the_one_in_focus_keeps_his_death(text: str, name: str, place: str) -> None:
    m = by_name(text)[name]
    assert m["status"] == "killed"
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "dead", "other", "age"),
    [
        ("Скончался хирург Павел Смирнов, сообщил его коллега Андрей Кузнецов. "
         "Хирургу было 64 года.", "Смирнов Павел", "Кузнецов Андрей", 64),
        ("В Москве умер актёр Олег Лавров, об этом рассказал продюсер Игорь Берг. "
         "Тело 57-летнего актёра нашли соседи.", "Лавров Олег", "Берг Игорь", 57),
        ("Умерла певица Анна Зимина, сообщила её подруга Вера Котова. На момент смерти "
         "певице было 72 года.", "Зимина Анна", "Котова Вера", 72),
    ],
)
def test_a_noun_that_described_someone_points_at_them(text: str, dead: str, other: str,
                                                      age: int) -> None:
    found = by_name(text)
    assert found[dead]["age"] == age
    assert found[dead]["status"] == "killed"
    assert other not in found or found[other]["age"] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Певица Алла Зорина дала интервью журналу. Она рассказала, что в 56 лет от рака умерла "
         "её мать.", "Зорина Алла"),
        ("Министр Олег Гуров провёл совещание. Он напомнил, что в 2019 году погиб его брат.",
         "Гуров Олег"),
        ("В 2016 году 88-летний король Иван Бельский пережил клиническую смерть. Об этом "
         "сообщили в пресс-службе.", "Бельский Иван"),
        ("Губернатор Игорь Седов посетил место трагедии. Обстоятельства смерти выясняются.",
         "Седов Игорь"),
    ],
)
def test_a_death_of_someone_else_or_of_nobody(text: str, name: str) -> None:
    m = by_name(text).get(name)
    assert m is None or m["status"] != "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Иван Петров служил под Бахмутом. О его гибели 5 мая 2023 года сообщила мать.",
        "Рядовой Иван Петров служил под Бахмутом. Причиной смерти 34-летнего бойца стал "
        "осколок.",
    ],
)
def test_a_death_noun_that_points_at_the_one_in_focus(text: str) -> None:
    assert by_name(text)["Петров Иван"]["status"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Президент Олег Ветров прилетел в город. Он выразил соболезнования родным погибших в "
        "авиакатастрофе в Казани.",
        "Мэр Иван Громов выступил на митинге 40-летний. Участники почтили память убитых в "
        "Курске минутой молчания.",
    ],
)
def test_the_dead_as_a_plural_noun_are_nobody_named(text: str) -> None:
    for m in extract_text(text, "ru", "2024-06-01"):
        assert m["status"] != "killed" and m["place_of_death"] is None


def test_a_participle_after_its_noun_still_heads_a_list() -> None:
    text = ("Памяти бойцов отряда, погибших при взятии Артёмовска. Список составлен командиром:\n"
            "• Д. Ю. Колесов, «Кедр», Бийск — 18.02.2023\n"
            "• А. С. Мурзаев, «Туман», Рубцовск — 03.03.2023\n")
    assert by_name(text)["Колесов Д. Ю."]["status"] == "killed"


def test_a_citizen_of_a_country_did_not_die_there() -> None:
    (m,) = extract_text("Из-за взрыва погиб находившийся в машине гражданин Грузии боец "
                        "Тимур Махаури.", "ru", "2024-06-01")
    assert m["place_of_death"] is None
    assert m["citizenship"] == "GE"


@pytest.mark.parametrize("text", [
    "Как сообщил его сын, 87-летний бизнесмен скончался в больнице Нью-Йорка после борьбы с "
    "болезнями, среди которых диабет и болезнь Паркинсона.",
    "Погиб 5 мая 2023 года 30-летний житель дома на улице Гагарина.",
])
def test_a_disease_or_a_street_named_after_someone_is_no_casualty(text: str) -> None:
    names = {m["name"] for m in extract_text(text, "ru", "2024-06-01")}
    assert not names & {"Паркинсон", "Гагарин"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Рядовой Иван Петров из Читы служил под Бахмутом. Причина смерти — осколочное "
         "ранение.", "Петров Иван"),
        ("Младший сержант Олег Дронов, 1991 г.р., уроженец Бийска. Обстоятельства гибели "
         "устанавливаются командованием.", "Дронов Олег"),
        ("Прощаемся с Сергеем Карповым. Известие о смерти пришло в часть в пятницу.",
         "Карпов Сергей"),
        ("Ефрейтору Никите Белову было 23 года. Свидетельство о смерти семья получила "
         "только через месяц.", "Белов Никита"),
        ("Алексей Рябов из Саратова был бойцом штурмового отряда. До гибели он работал "
         "водителем.", "Рябов Алексей"),
    ],
)
def test_an_unowned_death_noun_is_the_death_of_the_one_person(text: str, name: str) -> None:
    assert by_name(text)[name]["status"] == "killed"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Рядовой Иван Петров служит под Бахмутом. Он рассказал, что в мае умерла его мать.",
         "Петров Иван"),
        ("Сержант Олег Дронов ранен под Угледаром. Уже известно о гибели 14 человек.",
         "Дронов Олег"),
        ("Сержант Олег Дронов ранен под Угледаром, рядовой Илья Ковров попал в плен. "
         "Обстоятельства гибели их товарищей выясняются.", "Ковров Илья"),
        ("Рядовой Павел Ершов и ефрейтор Антон Лыков пропали без вести. Причина смерти "
         "водителя грузовика устанавливается.", "Ершов Павел"),
        ("Мобилизованный Семён Горин служит в Херсонской области. Его родным выразили "
         "соболезнования в связи со смертью 12 человек при обстреле.", "Горин Семён"),
    ],
)
def test_a_kins_a_crowds_or_anothers_death_stays_nobodys(text: str, name: str) -> None:
    m = by_name(text).get(name)
    assert m is None or m["status"] != "killed"
