"""Places of death and other dates by class: a death told by a participle ("скончавшийся от
ран … в госпитале Луганска"); a list entry's settlement in brackets after its death ("погиб
19.03.2024 (н.п. Работино)"); English "in the area of", "in the vicinity of" and "the …
area"; and the exchange that brought a prisoner home, dated as his other event unless his
capture is dated."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str, lang: str, published: str = "2024-06-08") -> dict:
    (m,) = extract_text(text, lang, published)
    return m


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Сослан Цаболов, скончавшийся от ран 17 марта 2023 года в госпитале Луганска.",
         "госпиталь Луганска"),
        ("Награда передана семье ефрейтора Тимура Асланова, скончавшегося 2 мая под Кременной.",
         "Кременная"),
        ("Сержант Вадим Ершов, скончавшийся в госпитале в Донецке, похоронен в Белгороде.",
         "госпиталь в Донецке"),
        ("Младший сержант Павел Лыков, скончавшийся от ран под Бахмутом, награждён посмертно.",
         "Бахмут"),
    ],
)
def test_a_death_told_by_a_participle(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("3. Сайфуллин Ринат Маратович, 1975 г.р., уроженец с. Ухтуй, доброволец отряда "
         "«БАРС-19», погиб 19.03.2024 (н.п. Работино).", "Работино"),
        ("Рядовой Корнеев Илья Петрович, 2001 г.р., погиб 5 февраля 2024 года "
         "(в районе н.п. Кременная).", "Кременная"),
        ("Ефрейтор Гусев Олег Иванович погиб 12.11.2023 (н. п. Клещеевка), похоронен в Омске.",
         "Клещеевка"),
        ("Мл. сержант Тарасов Денис Юрьевич, 1990 г.р., скончался от ран 30.01.2024 "
         "(у н.п. Новомихайловка).", "Новомихайловка"),
    ],
)
def test_a_bracketed_settlement_after_a_death(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Корнеев Илья Петрович (н.п. Ивановка Курганской области) погиб в зоне СВО.",
        "Рядовой Корнеев Илья Петрович, проживал (н.п. Ивановка), погиб 5 мая.",
    ],
)
def test_a_bracketed_home_is_no_place_of_death(text: str) -> None:
    assert _one(text, "ru")["place_of_death"] != "Ивановка"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('Alexander Vasilyev, 38, died on 2 February "in the area of Artyomovsk".',
         "Artyomovsk"),
        ("Corporal Denis Frolov was killed in the vicinity of the village of Robotyne on "
         "August 14.", "Robotyne"),
        ("According to the notice, Private Oleg Tarasov died in the area of Kreminna in March.",
         "Kreminna"),
        ("Private Oleg Tarasov was killed in the Bakhmut area.", "Bakhmut"),
        ("Sebin Varghese was killed by a drone in the Zaporizhzhia area last week.",
         "Zaporizhzhia"),
    ],
)
def test_an_area_of_a_town_is_the_town(text: str, place: str) -> None:
    assert _one(text, "en")["place_of_death"] == place


def test_a_home_area_is_no_place_of_death() -> None:
    m = _one("Private Oleg Tarasov, who lived in the area of Kazan, was killed near Avdiivka.",
             "en")
    assert m["place_of_death"] == "Avdiivka"


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Из украинского плена в ходе обмена 25 мая вернулся рядовой Максим Шишкин из "
         "Димитровграда.", "ru", "2024-05-25"),
        ("В результате обмена 5 июня из плена возвращён младший сержант Олег Кравец из "
         "Белгорода.", "ru", "2024-06-05"),
        ("Рядовой Олег Кравец вернулся домой из плена 31 мая в ходе обмена.", "ru",
         "2024-05-31"),
        ("31 мая в ходе обмена пленными на родину вернулся ефрейтор Иван Дёмин.", "ru",
         "2024-05-31"),
    ],
)
def test_the_exchange_dates_a_returned_prisoner(text: str, lang: str, day: str) -> None:
    m = _one(text, lang)
    assert m["status"] == "returned"
    assert m["other_dates"] == {"other": day}


@pytest.mark.parametrize(
    "text",
    [
        "Рядовий Олег Кравець повернувся з полону 31 травня в ході обміну.",
        "31 травня в результаті обміну полоненими додому повернувся солдат Іван Дьомін.",
        "Сьогодні додому повернулися 150 захисників, серед них солдат Руслан Грищук з Шепетівки.",
    ],
)
def test_the_ukrainian_guide_dates_no_return(text: str) -> None:
    m = _one(text, "uk")
    assert m["status"] == "returned"
    assert not m["other_dates"]


@pytest.mark.parametrize(
    ("text", "lang", "event", "day"),
    [
        ("Рядовой Андрей Колесников попал в плен 14 февраля 2024 года под Авдеевкой. 31 мая "
         "его обменяли.", "ru", "captured", "2024-02-14"),
        ("Контрактник Руслан Хабибуллин, попавший в плен в феврале под Авдеевкой, вернулся "
         "домой в ходе обмена 25 мая.", "ru", "captured", "2024-02"),
        ("Іван Соколов потрапив у полон 14 лютого під Авдіївкою. 31 травня його обміняли.",
         "uk", "captured", "2024-02-14"),
    ],
)
def test_a_dated_capture_wins_over_the_exchange(text: str, lang: str, event: str,
                                                day: str) -> None:
    m = _one(text, lang)
    assert m["status"] == "returned"
    assert m["other_dates"] == {event: day}


@pytest.mark.parametrize(
    ("text", "lang", "published", "event", "day"),
    [
        ("Павло Кірєєв, 23 роки, з Томська, потрапив у полон. Проходив строкову службу, у "
         "березні цього року підписав контракт.", "uk", "2024-06-08", "contract", "2024-03"),
        ("Никита Шестопалов, 19 лет, погиб. Призван на срочную службу, в мае подписал контракт.",
         "ru", "2024-06-08", "contract", "2024-05"),
        ("Рядовой Олег Зуев служил по призыву и в феврале 2024 года заключил контракт. Погиб он "
         "под Авдеевкой.", "ru", "2024-06-08", "contract", "2024-02"),
        ("Рядовий Єгор Дмитрієв проходив строкову службу і в липні 2024 року підписав контракт; "
         "у полон його взяли 12 серпня 2024 року на Курщині.", "uk", "2025-03-19", "contract",
         "2024-07"),
    ],
)
def test_a_cue_set_off_before_a_date_yields_to_the_verb_after(
        text: str, lang: str, published: str, event: str, day: str) -> None:
    assert _one(text, lang, published)["other_dates"][event] == day


@pytest.mark.parametrize(
    ("text", "lang", "event", "day"),
    [
        ("Ефрейтор Илья Сомов погиб 3 мая. Был мобилизован в сентябре 2022-го, в марте "
         "прошлого года подписал контракт.", "ru", "mobilised", "2022-09"),
        ("Рядовой Олег Зуев мобилизован 28 сентября 2022 года, погиб 3 мая.", "ru", "mobilised",
         "2022-09-28"),
        ("Іван Соколов підписав контракт у жовтні 2023 року, загинув 3 травня.", "uk",
         "contract", "2023-10"),
    ],
)
def test_a_date_right_after_its_cue_keeps_it(text: str, lang: str, event: str,
                                             day: str) -> None:
    assert _one(text, lang)["other_dates"][event] == day
