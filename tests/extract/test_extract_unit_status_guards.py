"""Where the rules of the change misfired on text they were not written for: an
abbreviation in capitals before another man's initials is no surname ("учасник СВО
А. Д. Ковальов"); a volunteer unit's name not a given name stays the unit's ("отряда Тигр
Алексей Иванов"), and "Баир" before a given name and a surname is the unit's; one killed at
the hands of Ukraine's soldier is not Ukraine's ("загинув від рук українського
військового"); one who takes leave of his family for the front is no farewell with the
dead ("Андрій прощається з рідними перед відправкою на фронт")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

CAPITALS = [
    ("Погиб участник СВО А. Д. Ковалёв.", "ru", "Ковалёв А. Д."),
    ("Загинув співробітник ГУР МОУ А. Д. Коваль, уродженець Львова.", "uk", "Коваль А. Д."),
]


@pytest.mark.parametrize(("text", "lang", "name"), CAPITALS)
def test_abbreviation_before_anothers_initials_is_no_surname(
        text: str, lang: str, name: str) -> None:
    people = extract_text(text, lang=lang, published="2024-09-16")
    assert [p["name"] for p in people] == [name]


VOLUNTEERS = [
    ("Погиб боец отряда Тигр Алексей Иванов.", "Иванов Алексей"),
    ("Погиб боец батальона Сомали Олег Петров.", "Петров Олег"),
    ("Погиб боец батальона Баир Цыденжап Дашиев.", "Дашиев Цыденжап"),
    ("Погиб боец батальона Ахмат Руслан Ибрагимов.", "Ибрагимов Руслан"),
]


@pytest.mark.parametrize(("text", "name"), VOLUNTEERS)
def test_volunteer_unit_before_a_full_name(text: str, name: str) -> None:
    people = extract_text(text, lang="ru", published="2024-09-16")
    assert len(people) == 1
    assert name.split()[0] in people[0]["name"]
    assert people[0]["channel"] == "volunteer_formation"


def test_given_name_after_brigade_stays_no_unit() -> None:
    people = extract_text("Контрактник 37-й бригады Баир Цыренов погиб в марте.", lang="ru",
                          published="2024-09-16")
    assert [p["channel"] for p in people] != ["volunteer_formation"]


HANDS = [
    "Окупант Іван Петров загинув від рук українського військового.",
    "Окупант Іван Петров загинув у бою проти українського військового.",
    "Росіянин Іван Петров загинув від рук військовослужбовців ЗСУ.",
]


@pytest.mark.parametrize("text", HANDS)
def test_killed_by_ukraines_soldier_is_not_ukraines(text: str) -> None:
    people = extract_text(text, lang="uk", published="2024-09-16")
    assert len(people) == 1
    assert people[0]["citizenship"] != "UA"


LEAVE = [
    ("Андрій Коваль прощається з рідними перед відправкою на фронт.", "uk"),
    ("Мобілізований Іван Петренко попрощається з рідними на вокзалі.", "uk"),
    ("Мобілізовані прощаються зі своїми родинами на вокзалі.", "uk"),
    ("Иван Петров прощается с семьёй перед отправкой на фронт.", "ru"),
    ("Тернопіль проводжає на фронт добровольців. Іван Петренко прощається з мамою.", "uk"),
    ("Сержант Иван Петров попрощается с женой и детьми на вокзале.", "ru"),
    ("Мобилизованный Иван Петров простится с родными на вокзале.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), LEAVE)
def test_leave_of_ones_family_is_no_farewell(text: str, lang: str) -> None:
    people = extract_text(text, lang=lang, published="2024-09-16")
    assert all(p["status"] != "killed" for p in people)


FAREWELL = [
    ("Завтра громада Калуша прощається з героєм Андрієм Ковалем.", "uk"),
    ("В Омске простятся с бойцом СВО Иваном Петровым.", "ru"),
    ("Родина прощається з Андрієм Ковалем, який загинув під Бахмутом.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), FAREWELL)
def test_farewell_with_the_dead_stays(text: str, lang: str) -> None:
    people = extract_text(text, lang=lang, published="2024-09-16")
    assert [p["status"] for p in people] == ["killed"]
