"""Ukrainian cues that must fire only on what they name: a native-town cue only before a
place, the enemy's words only for the enemy, a status alone no soldier's citizenship, and a
sentence opening "Це" no list of the people the one before counts."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.uk_side import own_side


def people(text: str) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang="uk", published="2024-06-01")}


@pytest.mark.parametrize("text", [
    # a company or a bank after "рідн-" is a workplace, not a home
    "Після демобілізації сержант Іван Гончар повернувся до рідної Укрзалізниці.",
    "Солдат Петро Ткаченко, який працював у рідному Приватбанку, загинув під Покровськом.",
    "Працював у рідному Нафтогазі солдат Петро Ткаченко.",
    "Солдат Петро Ткаченко повернувся до рідного Динамо.",
])
def test_native_cue_before_no_place(text: str) -> None:
    assert [m["settlement"] for m in people(text).values()] == [None]


@pytest.mark.parametrize(("text", "town"), [
    ("Солдат Петро Ткаченко повернувся до рідного Житомира.", "Житомир"),
    ("Солдат Петро Ткаченко повернувся у рідне місто Житомир.", "Житомир"),
    ("Солдат Петро Ткаченко повернувся у рідне село Бобрик.", "Бобрик"),
])
def test_native_cue_before_a_place(text: str, town: str) -> None:
    assert [m["settlement"] for m in people(text).values()] == [town]


@pytest.mark.parametrize("text", [
    # a hero's own deeds, a clean-up veteran, an orchestra: no word for the enemy
    "Наш земляк, захисник Іван Гончар, знищив три ворожі танки.",
    "Наш земляк, захисник Іван Гончар, ліквідатор аварії на ЧАЕС, загинув під Бахмутом.",
    "Наш земляк, захисник Іван Гончар, до війни грав в оркестрі.",
    "Наш земляк, захисник Іван Гончар. Знищено ворожу техніку.",
])
def test_own_deeds_are_no_enemy(text: str) -> None:
    assert own_side(text)


@pytest.mark.parametrize("text", [
    "Наш земляк, захисник Іван Гончар, знищив десятки орків.",
    "Наш земляк, захисник Іван Гончар. Ліквідовано окупанта Руслана Гатіна.",
    "Наші захисники. Кубинця Хосе Переса ліквідовано під Бахмутом.",
])
def test_enemy_words_still_count(text: str) -> None:
    assert not own_side(text)


def test_hero_who_destroyed_tanks_is_ukrainian() -> None:
    found = people("Наш земляк, сержант Іван Гончар, знищив три ворожі танки, загинув під "
                   "Бахмутом.")
    assert found["Гончар"]["citizenship"] == "UA"


@pytest.mark.parametrize("text", [
    # a civilian killed by shelling in a text about Ukraine's own: no citizenship from status
    "Загинув наш земляк Петро Ткаченко, водій тролейбуса, під час обстрілу.",
    "Загинула наша землячка Олена Ткач, вчителька, під час обстрілу. Вічна слава героям!",
    "Внаслідок удару загинув наш земляк Петро Ткаченко, пенсіонер.",
])
def test_civilian_status_is_no_basis(text: str) -> None:
    assert [m["citizenship"] for m in people(text).values()] == [None]


@pytest.mark.parametrize("text", [
    "Загинув наш земляк, захисник Петро Ткаченко.",
    "Сьогодні поховали наших побратимів. «Грім» — Дмитро Сидоренко, 29 років, з Ніжина.",
])
def test_defender_with_status_is_ukrainian(text: str) -> None:
    assert [m["citizenship"] for m in people(text).values()] == ["UA"]


@pytest.mark.parametrize("text", [
    # "Це" opening a sentence that lists no one the one before counts
    "Сержант Іван Гончар розповів про бій. Під Авдіївкою загинув наш земляк. Це сталося в "
    "неділю, каже Петро Ткаченко.",
    "Сержант Іван Гончар розповів про бій. Під Авдіївкою загинув наш земляк. Це важка "
    "втрата, сказав Петро Ткаченко.",
    "Рядовий Іван Гончар служив у 93-й бригаді. Під Бахмутом загинув наш земляк. Це "
    "підтвердив Петро Ткаченко.",
])
def test_bare_this_lists_no_one(text: str) -> None:
    assert people(text).get("Ткаченко", {}).get("status") is None


@pytest.mark.parametrize("text", [
    "Сержант Іван Гончар розповів про бій. Під Авдіївкою загинув наш земляк. Це старший "
    "сержант Петро Ткаченко.",
    "З полону повернулися двоє захисників. Це — сержант Іван Гончар і солдат Петро Ткаченко.",
])
def test_this_before_a_list(text: str) -> None:
    assert people(text)["Ткаченко"]["status"] is not None


@pytest.mark.parametrize(("text", "killed"), [
    ("З полону повернулися: рядовий Іван Петренко, сержант Олег Коваль. "
     "Олег Коваль загинув 3 березня 2024 року.", "Коваль"),
    ("Додому з полону повернулися двоє: Степан Гнатюк і Богдан Шевчук. "
     "Згодом Степан Гнатюк загинув під Часовим Яром.", "Гнатюк"),
])
def test_shared_return_keeps_own_status(text: str, killed: str) -> None:
    # a return said of a list reaches everyone on it, but is no second status for a
    # person whose own sentence says he was killed
    statuses = {name: m["status"] for name, m in people(text).items()}
    assert statuses.pop(killed) == "killed"
    assert set(statuses.values()) == {"returned"}


@pytest.mark.parametrize("text", [
    "Додому повернулися 95 українських захисників. Серед них — Олег Коваль, який вважався "
    "зниклим безвісти з 2023 року, та Іван Петренко.",
    "З полону повернулися 95 захисників. Серед них — сержант Олег Коваль, який потрапив у "
    "полон під Маріуполем, та рядовий Іван Петренко.",
])
def test_return_ends_missing_and_captivity(text: str) -> None:
    # the return told of a group reaches the people the next sentence lists, over the
    # missing or captured status it ends
    assert {m["status"] for m in people(text).values()} == {"returned"}
