"""Lists of the dead: the words telling who died may stand in the sentence before the list's
heading ("…земляков, павших в ходе СВО. На ней выбиты имена:"); a year alone in brackets after
a name is the death's (a war year) or the birth's; a date ending an entry after a dash is the
entry's death; a participle set off after its noun does not date the death."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, published: str = "2024-05-09") -> dict[str, Any]:
    return {m["name"]: m for m in extract_text(text, "ru", published)}


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня в сквере открыта стела памяти земляков, павших в ходе специальной военной "
        "операции. На ней выбиты имена:\nсержант Щукин Евгений Андреевич (2023)\n"
        "рядовой Рахимов Булат Тимурович (2022)",
        "В школе открыли мемориальную доску выпускникам, погибшим в зоне СВО. На доске "
        "перечислены:\nсержант Щукин Евгений Андреевич (2023)\nрядовой Рахимов Булат Тимурович "
        "(2022)",
        "Памятная доска землякам, погибшим в ходе СВО:\nсержант Щукин Евгений Андреевич (2023)\n"
        "рядовой Рахимов Булат Тимурович (2022)",
        "Вчера на аллее героев появились новые имена земляков, павших в боях за Родину. Это:\n"
        "сержант Щукин Евгений Андреевич (2023)\nрядовой Рахимов Булат Тимурович (2022)",
        "Список погибших земляков:\n1. Щукин Евгений Андреевич (2023)\n"
        "2. Рахимов Булат Тимурович (2022)",
    ],
)
def test_a_war_year_in_brackets_in_a_list_of_the_dead(text: str) -> None:
    people = by_name(text)
    assert {n: (m["status"], m["death_date"]) for n, m in people.items()} == {
        "Щукин Евгений Андреевич": ("killed", "2023"),
        "Рахимов Булат Тимурович": ("killed", "2022")}


def test_an_older_year_in_brackets_is_the_birth() -> None:
    people = by_name("Список погибших: Вадим Сыроватский (1994), Наталья Сыроватская (1974).")
    assert {n: (m["birth_date"], m["death_date"]) for n, m in people.items()} == {
        "Сыроватский Вадим": ("1994", None), "Сыроватская Наталья": ("1974", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Памяти бойцов отряда, погибших при взятии Артёмовска. Список составлен командиром:\n"
        "• Д. Ю. Колесов, «Кедр», Бийск — 18.02.2023\n"
        "• А. С. Мурзаев, «Туман», Рубцовск — 03.03.2023",
        "Погибшие земляки:\n"
        "1. Колесов Дмитрий Юрьевич, Бийск — 18.02.2023\n"
        "2. Мурзаев Алексей Сергеевич, Рубцовск — 03.03.2023",
        "Мы помним наших погибших товарищей:\n"
        "— Колесов Дмитрий, позывной «Кедр» — 18.02.2023;\n"
        "— Мурзаев Алексей, позывной «Туман» — 03.03.2023.",
        "Список погибших бойцов роты:\n"
        "• Колесов Дмитрий Юрьевич, с отрядом с июля 2022 — 18.02.2023\n"
        "• Мурзаев Алексей Сергеевич, с отрядом с августа 2022 — 03.03.2023",
        "В боях за Артёмовск погибли наши земляки. Их имена:\n"
        "• Колесов Дмитрий Юрьевич — 18 февраля 2023 года\n"
        "• Мурзаев Алексей Сергеевич — 3 марта 2023 года",
    ],
)
def test_a_date_ending_an_entry_of_the_dead(text: str) -> None:
    deaths = sorted(m["death_date"] for m in by_name(text).values())
    assert deaths == ["2023-02-18", "2023-03-03"]


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня в сквере открыта стела памяти земляков, павших в ходе СВО. Среди них рядовой "
        "Булат Рахимов.",
        "Вчера в школе открыли доску выпускникам, погибшим в зоне СВО, среди них сержант "
        "Евгений Щукин.",
        "9 мая в сквере почтили память земляков, погибших в ходе СВО, — рядового Булата "
        "Рахимова и сержанта Евгения Щукина.",
    ],
)
def test_a_set_off_participle_does_not_date_the_death(text: str) -> None:
    people = by_name(text)
    assert people
    assert all(m["death_date"] is None for m in people.values())
