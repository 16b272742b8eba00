"""A fact said once for several people reaches every one of them: a heading over a list
("Стало известно о гибели ещё пятерых земляков:" then bulleted entries, some of several
sentences), a bare heading after the fate ("… гибель ще 60 військових. Ось кілька з них:"). An
entry telling its own other fate keeps it, and a line without the list's mark after a marked
list (an official's condolences) is no entry."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def statuses(text: str, lang: str, published: str = "2024-05-09") -> dict[str, Any]:
    return {m["name"]: m["status"] for m in extract_text(text, lang, published)}


def _surnames(found: dict[str, Any]) -> dict[str, Any]:
    return {name.split()[0]: status for name, status in found.items()}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a heading whose death noun is followed by "ещё" and a count
        ("ru", "Стало известно о гибели ещё пятерых наших земляков:\n"
               "▪️ Дамбаев Сэсэг Цыренович, 1986 г.р., с. Хоринск, мобилизованный.\n"
               "▪️ Очиров Баир, 21 год, г. Кяхта, контрактник."),
        # entries of several sentences, blank lines between them
        ("ru", "Стало известно о гибели ещё троих земляков:\n\n"
               "▪️ Сорокин Антон Ильич, 1990 г.р., г. Котлас, мобилизованный. Погиб 2 мая.\n\n"
               "▪️ Лукин Пётр Олегович, 33 года, с. Ильинское, контрактник.\n\n"
               "▪️ Ермаков Илья Павлович, 1979 г.р., рядовой. Служил водителем."),
        ("ru", "Пришли горькие вести о гибели ещё двух бойцов из района:\n"
               "1. Гаврилов Семён Петрович, 1995 г.р., д. Кукшумы. Был мобилизован осенью.\n"
               "2. Никитин Олег Юрьевич, 1988 г.р., г. Шумерля."),
        ("uk", "Стало відомо про загибель ще чотирьох земляків:\n\n"
               "— Мельник Олег Петрович, 1990 р.н., м. Рівне. Мобілізований.\n\n"
               "— Ковальчук Андрій Іванович, 1985 р.н., с. Городок."),
    ],
)
def test_every_entry_under_a_death_heading_is_killed(lang: str, text: str) -> None:
    found = statuses(text, lang)
    assert len(found) >= 2
    assert set(found.values()) == {"killed"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "У січні підтверджено загибель ще щонайменше 60 військових з республіки. "
               "Ось кілька з них:\n"
               "1. Галімов Рінат Фаритович, 1989 р.н., с. Аскіно. Мобілізований.\n"
               "2. Хасанов Азат, 34 роки, Уфа. Контракт з 2024 р.\n"
               "3. Сафін Ільдар Маратович (1977–2025), м. Стерлітамак. Колишній ув'язнений."),
        ("ru", "В январе подтверждена гибель ещё 40 военнослужащих из области. "
               "Вот некоторые из них:\n"
               "— Сорокин Антон Ильич, 1990 г.р., г. Котлас. Мобилизованный.\n"
               "— Лукин Пётр Олегович, 33 года, с. Ильинское. Контрактник."),
        ("ru", "За неделю стало известно о гибели девяти жителей края. Среди них:\n"
               "— Бойко Семён Андреевич, 1994 г.р., г. Ейск;\n"
               "— Ткаченко Артём Павлович, 2001 г.р., ст. Каневская."),
        ("uk", "Підтверджено загибель ще 12 мобілізованих з області. Серед них:\n"
               "1. Петренко Іван Олегович, 1980 р.н., м. Суми.\n"
               "2. Гончар Віктор Сергійович, 1992 р.н., с. Битиця."),
    ],
)
def test_a_bare_heading_after_the_fate_shares_it(lang: str, text: str) -> None:
    found = statuses(text, lang)
    assert len(found) >= 2
    assert set(found.values()) == {"killed"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an entry with its own other fate keeps it
        ("ru", "Стало известно о гибели ещё троих наших земляков:\n"
               "▪️ Сорокин Антон Ильич, 1990 г.р., г. Котлас, мобилизованный.\n"
               "▪️ Ермаков Илья Павлович, 25 лет, попал в плен под Работино.\n"
               "▪️ Лукин Пётр Олегович, 33 года, с. Ильинское. Погиб 3 мая.",
         {"Сорокин": "killed", "Ермаков": "captured", "Лукин": "killed"}),
        ("uk", "Стало відомо про загибель ще двох земляків:\n"
               "— Мельник Олег Петрович, 1990 р.н., м. Рівне. Мобілізований.\n"
               "— Ковальчук Андрій Іванович, 1985 р.н., потрапив у полон під Бахмутом.",
         {"Мельник": "killed", "Ковальчук": "captured"}),
    ],
)
def test_an_entry_with_its_own_fate_keeps_it(lang: str, text: str,
                                            expected: dict[str, str]) -> None:
    assert _surnames(statuses(text, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "dead", "other"),
    [
        ("ru", "Стало известно о гибели наших земляков:\n"
               "▪️ Сорокин Антон Ильич, 1990 г.р., г. Котлас, мобилизованный.\n"
               "▪️ Лукин Пётр Олегович, 33 года, с. Ильинское.\n"
               "Глава округа Игорь Семёнов выразил соболезнования родным.",
         {"Сорокин", "Лукин"}, "Семёнов"),
        ("ru", "Стало известно о гибели ещё двоих земляков:\n"
               "1. Гаврилов Семён Петрович, 1995 г.р., д. Кукшумы.\n"
               "2. Никитин Олег Юрьевич, 1988 г.р., г. Шумерля.\n"
               "Прощание организует военный комиссар района Андрей Кузьмин.",
         {"Гаврилов", "Никитин"}, "Кузьмин"),
    ],
)
def test_a_line_after_a_marked_list_is_no_entry(lang: str, text: str, dead: set[str],
                                                other: str) -> None:
    found = _surnames(statuses(text, lang))
    assert {n for n, s in found.items() if s == "killed"} == dead
    assert found.get(other) is None


def test_a_list_of_another_kind_after_a_bare_heading_takes_nothing() -> None:
    text = ("Губернатор провёл совещание по подготовке к зиме. Среди участников:\n"
            "— Сорокин Антон Ильич, глава Котласского округа;\n"
            "— Лукин Пётр Олегович, министр ЖКХ.")
    assert set(statuses(text, "ru").values()) <= {None}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В зоне СВО погибли наши земляки. Выражаем глубокие соболезнования родным.\n\n"
               "1. Сорокин Антон Ильич, 1990 г.р., г. Котлас, мобилизованный.\n"
               "2. Лукин Пётр Олегович, 33 года, с. Ильинское, контрактник.\n"
               "3. Ермаков Илья Павлович, 1979 г.р., рядовой."),
        ("uk", "На фронті загинули наші земляки. Висловлюємо співчуття рідним.\n\n"
               "— Мельник Олег Петрович, 1990 р.н., м. Рівне;\n"
               "— Ковальчук Андрій Іванович, 1985 р.н., с. Городок."),
        ("en", "Residents of Buryatia who died heroically in the special military operation. "
               "We express our deepest condolences to their families.\n\n"
               "1. Private BADMAEV Aldar Zhargalovich, b. 1991, Ulan-Ude.\n"
               "2. Corporal V. A. KUZNETSOV, b. 1985, Kyakhta.\n"
               "3. Sergeant Oleg Petrov, mobilised, Kizhinga."),
        ("en", "Soldiers from the Altai region were killed in Ukraine last month. "
               "The regional governor offered condolences.\n\n"
               "• Private Denis Lobanov, 24, Biysk;\n"
               "• Corporal Ivan Sukhov, 31, Rubtsovsk."),
    ],
)
def test_a_plural_fate_before_a_marked_list_is_every_entrys(lang: str, text: str) -> None:
    found = statuses(text, lang)
    assert len(found) >= 2
    assert set(found.values()) == {"killed"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "В зоне СВО погибли наши земляки. Выражаем соболезнования родным.\n\n"
               "1. Сорокин Антон Ильич, 1990 г.р., г. Котлас, мобилизованный.\n"
               "2. Лукин Пётр Олегович, 33 года, с. Ильинское, попал в плен под Работино.",
         {"Сорокин": "killed", "Лукин": "captured"}),
        ("en", "Soldiers from the Altai region were killed in Ukraine last month. "
               "The regional governor offered condolences.\n\n"
               "• Private Denis Lobanov, 24, Biysk;\n"
               "• Corporal Ivan Sukhov, 31, Rubtsovsk, was taken prisoner near Avdiivka.",
         {"Lobanov": "killed", "Sukhov": "captured"}),
    ],
)
def test_an_entry_under_a_plural_fate_keeps_its_own(lang: str, text: str,
                                                    expected: dict[str, str]) -> None:
    found = statuses(text, lang)
    got = {n.split()[0]: s for n, s in found.items()}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # a crowd's fate, then a list of winners under a heading of its own
        "В Курской области погибли более двухсот жителей приграничных сёл. Власти обещают "
        "помочь.\n\nВ конкурсе победили:\n1. Иван Петров.\n2. Сергей Смирнов.",
        "В зоне СВО погибли наши земляки. Выражаем соболезнования.\n\nНаграды получили:\n"
        "1. Олег Сорокин.\n2. Антон Лукин.",
        "Погибли четверо военнослужащих из Бурятии. Ниже список награждённых орденом "
        "Мужества:\n1. Баир Очиров.\n2. Сэсэг Дамбаев.",
        "Погибли земляки. Из Белгорода эвакуированы:\n1. Анна Петрова.\n2. Мария Смирнова.",
        "Погибли трое бойцов из Бурятии. Соболезнования выразили:\n— глава района Иван Петров;\n"
        "— депутат Сергей Смирнов.",
    ],
)
def test_a_plural_fate_before_a_list_of_another_kind_is_nobody_listeds(text: str) -> None:
    assert set(statuses(text, "ru").values()) <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "Погибли трое бойцов. Их опознали родные:\n1. Иван Петров.\n2. Сергей Смирнов.",
        "Погибли наши земляки. Список погибших:\n1. Иван Петров.\n2. Сергей Смирнов.",
        "Погибли наши земляки. Среди них:\n— Иван Петров\n— Сергей Смирнов",
    ],
)
def test_a_plural_fate_over_a_heading_of_the_dead_is_every_entrys(text: str) -> None:
    assert set(statuses(text, "ru").values()) == {"killed"}
