"""A place of death told with a plural cue is everyone's it speaks of; the vague "зона СВО"
of a crowd or a list's heading is nobody's."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "names", "place"),
    [
        ("Братья Олег и Денис Воробьёвы погибли в одном бою под Новомихайловкой в январе.",
         ("Воробьёв Олег", "Воробьёв Денис"), "Новомихайловка"),
        ("Рядовой Антон Сухов и ефрейтор Илья Дронов погибли под Авдеевкой 3 марта.",
         ("Сухов Антон", "Дронов Илья"), "Авдеевка"),
        ("Под Угледаром погибли сержант Пётр Лунин и рядовой Фёдор Жуков.",
         ("Лунин Пётр", "Жуков Фёдор"), "Угледар"),
        ("Мобилизованные Семён Орлов и Павел Гуров погибли в районе Работино.",
         ("Орлов Семён", "Гуров Павел"), "Работино"),
        ("Оба бойца — Иван Лосев и Олег Пичугин — погибли у села Клещеевка.",
         ("Лосев Иван", "Пичугин Олег"), "Клещеевка"),
    ],
)
def test_a_plural_death_place_is_everyones(text: str, names: tuple[str, ...],
                                           place: str) -> None:
    found = by_name(text)
    for name in names:
        assert found[name]["place_of_death"] == place, name


@pytest.mark.parametrize(
    "text",
    [
        "Жители области, гибель которых в зоне СВО подтверждена в мае:\n"
        "Ким Вячеслав Петрович, 43 года, Корсаков;\nПак Денис Ильич, 27 лет, Холмск.",
        "Трое граждан Индии погибли в зоне боевых действий, сообщило посольство. Викас Шарма и "
        "Аджай Кумар подписали контракт в конце 2023 года.",
        "Пройдут церемонии прощания с земляками, погибшими в зоне специальной военной "
        "операции:\n10 июня — Сарычев Кирилл Андреевич (2001 – 2024);\n"
        "12 июня — Доржиев Булат Цыренович (1985 — 2024).",
    ],
)
def test_a_crowds_or_a_headings_zone_is_nobodys_place(text: str) -> None:
    found = extract_text(text, "ru", "2024-06-01")
    assert found
    assert all(m["place_of_death"] is None for m in found)


def test_one_mans_zone_is_his() -> None:
    m = by_name("Рядовой Иван Сомов погиб в зоне СВО 3 мая.")["Сомов Иван"]
    assert m["place_of_death"] == "зона СВО"
