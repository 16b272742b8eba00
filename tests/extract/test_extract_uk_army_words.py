"""Ukraine's army as Ukrainian texts write it: brigades by their abbreviations ("65 ОМБр",
"3 ОШБр", "36 ОБрМП", "119-та бригада ТрО"), brigades named after someone with a title
("імені короля Данила"), the sergeants' ranks of 2020 ("штаб-сержант", "майстер-сержант"),
"солдат" after a name and a comma — each a sign of Ukraine's soldier (citizenship UA).
Sentences written for the classes, with guards where a rule must not fire."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.uk_units import find_units


def _one(text: str, published: str = "2024-06-20") -> dict[str, object]:
    people = extract_text(text, "uk", published)
    assert len(people) == 1, [p["name"] for p in people]
    return people[0]


@pytest.mark.parametrize(("text", "unit"), [
    ("солдат 65 ОМБр, позивний «Дід»", "65 ОМБр"),
    ("штаб-сержант 3 ОШБр загинув", "3 ОШБр"),
    ("морський піхотинець 36 ОБрМП, у полоні", "36 ОБрМП"),
    ("служив у 95 ОДШБр з 2019 року", "95 ОДШБр"),
    ("воював у складі 10 ОГШБр", "10 ОГШБр"),
    ("119-та бригада ТрО, потрапив у полон", "119-та бригада ТрО"),
    ("служив у 24-й окремій механізованій бригаді імені короля Данила.",
     "24-та окрема механізована бригада імені короля Данила"),
    ("у 58-й окремій мотопіхотній бригаді імені гетьмана Івана Виговського.",
     "58-ма окрема мотопіхотна бригада імені гетьмана Івана Виговського"),
])
def test_units(text: str, unit: str) -> None:
    with language("uk"):
        assert [f.value for f in find_units(text)] == [unit]


@pytest.mark.parametrize("text", [
    "у 2023 році ОМБ не було",  # no number before it
    "О 14 Бр",  # no abbreviation
    "Зустріч о 10 ОСББ",  # a housing association, no brigade
])
def test_no_units(text: str) -> None:
    with language("uk"):
        assert find_units(text) == []


@pytest.mark.parametrize(("text", "rank", "unit"), [
    ("Ткачук Василь Іванович, 1976 р.н., с. Вербівка Хмельницької обл., солдат 65 ОМБр, "
     "позивний «Дід». Зник безвісти 14 вересня під Роботиним.", "солдат", "65 ОМБр"),
    ("Олександр Ковальчук, штаб-сержант 3 ОШБр, загинув під Покровськом.", "штаб-сержант",
     "3 ОШБр"),
    ("Майстер-сержант Ігор Литвин з 92 ОШБр загинув 4 травня.", "майстер-сержант", "92 ОШБр"),
    ("Головний сержант Роман Гнатів з 10 ОГШБр загинув під Бахмутом.", "головний сержант",
     "10 ОГШБр"),
    ("На Покровському напрямку загинув наш земляк, солдат 93-ї окремої механізованої бригади "
     "«Холодний Яр» Андрій Коваль.", "солдат",
     "93-тя окрема механізована бригада «Холодний Яр»"),
    ("Ковальчук Андрій Вікторович, солдат, стрілець-помічник гранатометника, загинув "
     "30.05.2024 р.", "солдат", None),
])
def test_ukrainian_soldiers(text: str, rank: str, unit: str | None) -> None:
    m = _one(text)
    assert m["rank"] == rank
    assert m["unit"] == unit
    assert m["citizenship"] == "UA"


def test_a_russian_soldier_is_no_ukrainian_rank() -> None:
    m = _one("Полонений російський солдат Іван Сидоров, 1990 р.н., здався під Вовчанськом.")
    assert m["rank"] is None
    assert m["citizenship"] != "UA"


@pytest.mark.parametrize("text", [
    "Бійці 92-ї ОШБр взяли в полон окупанта з Курганської області. Полонений Віталій "
    "Шипіцин, 1989 р.н., завербувався до «Шторм Z».",
    "Воїни 3 ОШБр полонили росіянина Івана Сомова під Харковом.",
])
def test_the_captors_brigade_is_not_the_captives(text: str) -> None:
    people = extract_text(text, "uk", "2024-03-01")
    assert people
    for m in people:
        assert m["citizenship"] != "UA"
        assert "ОШБр" not in str(m["unit"])
