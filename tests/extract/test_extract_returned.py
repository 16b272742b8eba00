"""Exchanges told in any word order ("Из украинского плена … вернулись", "в результате обмена
домой вернулись") are everyone's the sentence names; a participle after a name ("…, попавший в
плен в феврале, и …") is that name's; the day of capture stays with someone exchanged."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, lang: str = "ru", published: str = "2024-06-26") -> dict[str, Any]:
    return {m["name"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Из украинского плена в ходе обмена 25 июня вернулись рядовой Максим Шишкин из "
         "Димитровграда и младший сержант Виталий Сорокин из Чердаклов.", "ru"),
        ("В результате очередного обмена военнопленными домой вернулись рядовой Сергей Клименко "
         "и ефрейтор Денис Лысенков.", "ru"),
        ("После обмена пленными на родину вернулись Максим Шишкин и Виталий Сорокин.", "ru"),
        ("Из плена вчера вернулись сержант Олег Смирнов и рядовой Павел Лобанов.", "ru"),
        ("З полону в результаті обміну повернулися солдат Андрій Ткачук і сержант Віктор "
         "Гуменюк.", "uk"),
        ("З російського полону додому повернулися Андрій Ткачук та Віктор Гуменюк.", "uk"),
    ],
)
def test_an_exchange_in_any_word_order_is_everyones(text: str, lang: str) -> None:
    people = by_name(text, lang)
    assert len(people) == 2
    assert {m["status"] for m in people.values()} == {"returned"}


def test_a_town_in_brackets_is_no_one_more_returned() -> None:
    people = by_name("Домой вернулись из плена рядовой Клименко Сергей Иванович "
                     "(Новомосковск), ефрейтор Лысенков Денис Олегович (Ефремов) и младший "
                     "сержант Абрамов Игорь Васильевич (Тула).")
    assert sorted(people) == ["Абрамов Игорь Васильевич", "Клименко Сергей Иванович",
                              "Лысенков Денис Олегович"]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("Из плена вернулись рядовой Максим Шишкин из Димитровграда, контрактник Руслан "
         "Хабибуллин из Ульяновска, попавший в плен в феврале под Авдеевкой, и сержант Виталий "
         "Сорокин.", "Хабибуллин Руслан", "2024-02"),
        ("Ефрейтор Артур Гизатуллин вернулся из плена 31 января. Артур попал в плен ещё в "
         "октябре 2022 года под Кременной.", "Гизатуллин Артур", "2022-10"),
        ("Рядовой Павел Лобанов, взятый в плен 3 марта под Работино, вернулся домой после "
         "обмена.", "Лобанов Павел", "2024-03-03"),
        ("Сержант Олег Смирнов вернулся из плена. В плен он попал в мае 2023 года.",
         "Смирнов Олег", "2023-05"),
        ("Вчера после обмена вернулся из плена рядовой Денис Уваров, попавший в плен в декабре.",
         "Уваров Денис", "2023-12"),
    ],
)
def test_the_day_of_capture_stays_with_someone_exchanged(text: str, name: str, day: str) -> None:
    m = by_name(text)[name]
    assert m["status"] == "returned"
    assert (m["other_dates"] or {}).get("captured") == day
