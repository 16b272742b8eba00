"""Homes told once for several people (a neighbour, a fellow villager, a group word, two
joined names) and the town a strike on it killed its civilians in."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_surname(text: str, lang: str | None = None) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("В результате обстрела Белгорода погибла 54-летняя Ирина Павловна Зуева, "
         "осколки попали в окна её квартиры.", "Белгород", "RU-BEL"),
        ("Внаслідок ворожого обстрілу Запоріжжя загинула 71-річна Галина Степанівна "
         "Мартинюк.", "Запоріжжя", "UA-23"),
        ("Внаслідок ракетного удару по Одесі вночі загинув 45-річний Віктор Іванович Ткачук, "
         "охоронець складу.", "Одеса", "UA-51"),
        ("При атаке дронов на Курск погиб 39-летний Олег Викторович Белов, водитель "
         "автобуса.", "Курск", "RU-KRS"),
    ],
)
def test_a_strike_on_a_town_is_its_civilians_home(text: str, town: str, region: str) -> None:
    (m,) = extract_text(text, None, "2024-06-01")
    assert (m["settlement"], m["region"], m["region_inferred"]) == (town, region, True)


@pytest.mark.parametrize(
    "text",
    [
        # a soldier killed under shelling: the town is where he died, not his home
        "Рядовой Артём Сергеевич Лапин погиб при обстреле Горловки 3 марта.",
        "Мобилизованный Пётр Ильич Гордеев погиб под обстрелом у Авдеевки.",
        # a civilian with a home of his own keeps it
        "Житель Шебекино Николай Петрович Сухов погиб при обстреле Белгорода.",
    ],
)
def test_a_strike_is_no_soldiers_home(text: str) -> None:
    (m,) = extract_text(text, None, "2024-06-01")
    assert m["settlement"] in (None, "Шебекино")


@pytest.mark.parametrize(
    ("text", "lang", "giver", "taker", "town"),
    [
        ("В результате обстрела Шебекино погибла 60-летняя Анна Ивановна Локтева. Её "
         "соседку, 58-летнюю Марию Петровну Голубеву, доставили в больницу.", None,
         "Локтева", "Голубева", "Шебекино"),
        ("Внаслідок удару по Харкову загинула 80-річна Ганна Петрівна Дорошенко, а її "
         "сусід, 62-річний Іван Мельник, поранений.", None, "Дорошенко", "Мельник", "Харків"),
        ("Погиб рядовой Тимур Ахмедов, житель села Кулунда. Его односельчанин, ефрейтор "
         "Руслан Гафуров, ранен в том же бою.", None, "Ахмедов", "Гафуров", "Кулунда"),
        ("Загинув солдат Олег Кравець з села Пилипи. Його односелець, сержант Петро "
         "Гуменюк, зник безвісти.", "uk", "Кравець", "Гуменюк", "Пилипи"),
    ],
)
def test_a_companion_shares_the_home(text: str, lang: str | None, giver: str, taker: str,
                                     town: str) -> None:
    ms = by_surname(text, lang)
    assert ms[giver]["settlement"] == town
    assert ms[taker]["settlement"] == town


@pytest.mark.parametrize(
    ("text", "lang", "names", "town"),
    [
        ("Two brothers from the village of Mukhorshibir, Bato Tsyrenov and Dashi Tsyrenov, "
         "were killed near Avdiivka in March.", "en", ("Tsyrenov",), "Mukhorshibir"),
        ("Батько і син Левченки з міста Новошахтинськ загинули на війні: 50-річний Юрій "
         "Левченко у квітні, а його син Максим у травні.", "uk", ("Левченко",),
         "Новошахтинськ"),
        ("Погибли рядовой Олег Жуков и ефрейтор Павел Сомов (оба — с. Тарбагатай).", None,
         ("Жуков", "Сомов"), "Тарбагатай"),
        ("Димка Орлов и Лёха Рябов из нашей Кинешмы погибли 3 мая под Бахмутом.", None,
         ("Орлов", "Рябов"), "Кинешма"),
    ],
)
def test_a_group_shares_the_home(text: str, lang: str | None, names: tuple[str, ...],
                                 town: str) -> None:
    ms = extract_text(text, lang, "2024-06-01")
    assert len(ms) >= 2
    assert all(m["settlement"] == town for m in ms if m["surname"] in names), ms


@pytest.mark.parametrize(
    "text",
    [
        # a brother told apart from the home: no group word before it
        "Рядовой Магомед Алиев, уроженец села Цудахар, погиб 15 января. Его брат Рамазан "
         "Алиев ранен в том же бою.",
        # a neighbour in hospital is no fellow villager
        "Рядовой Игорь Смолин из Бийска умер в госпитале. Его сосед по палате, сержант Юрий "
        "Крылов, рассказал о нём.",
    ],
)
def test_no_shared_home_without_a_cue(text: str) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert len(ms) == 2
    assert ms[1]["settlement"] is None


@pytest.mark.parametrize(
    ("text", "lang", "surname", "region"),
    [
        ("Soldiers from Buryatia killed in April:\n1. DORZHIEV Bato, b. 1990, Kyakhta, "
         "mobilised;\n2. TSYRENOV Dashi, 31, village of Ulzar-Bulag, contract;\n3. "
         "BALDANOV Erdem, b. 1985, Gusinoozersk, mobilised.", "en", "Tsyrenov", "RU-BU"),
        ("Список погибших земляков:\n— рядовой Иванов Олег, Бийск;\n— ефрейтор Петров "
         "Илья, с. Малоугренёво;\n— сержант Сидоров Павел, Рубцовск.", "ru", "Петров",
         "RU-ALT"),
    ],
)
def test_a_village_in_a_list_of_one_region(text: str, lang: str, surname: str,
                                           region: str) -> None:
    ms = by_surname(text, lang)
    assert ms[surname]["region"] == region
    assert ms[surname]["citizenship"] == "RU"


def test_a_list_of_two_regions_gives_no_village_a_region() -> None:
    text = ("Список погибших:\n— рядовой Иванов Олег, Бийск;\n— ефрейтор Петров Илья, "
            "с. Малоугренёво;\n— сержант Сидоров Павел, Курган.")
    assert by_surname(text, "ru")["Петров"]["region"] is None
