"""Lists of foreign recruits name a person's country between commas after the name that opens
the entry ("— Перера Дінеш, Шрі-Ланка, 1990 р.н.;", "2. Рам Тапа, Непал, 30 лет;", "- Dinesh
Perera, Sri Lanka, b. 1990;"): his citizenship, not his home; a country elsewhere in the entry
or a text that is no list gives none."""

from __future__ import annotations

import pytest
from extract_people import person_named

PUB = "2024-07-02"


@pytest.mark.parametrize("text, lang, surname, code", [
    ("Загиблі іноземці:\n— Дінеш Перера, Шрі-Ланка, 1990 р.н.; загинув 17 червня "
     "в районі Роботиного.\n— Прадіп Шарма, Індія, 29 років; загинув 3 червня під Часовим "
     "Яром.", "uk", "Перера", "LK"),
    ("Загиблі іноземці:\n— Дінеш Перера, Шрі-Ланка, 1990 р.н.; загинув 17 червня "
     "в районі Роботиного.\n— Прадіп Шарма, Індія, 29 років; загинув 3 червня під Часовим "
     "Яром.", "uk", "Шарма", "IN"),
    ("Погибшие иностранцы:\n1. Динеш Перера, Шри-Ланка, 1990 г.р.; погиб 17 июня в районе "
     "Работино.\n2. Рам Тапа, Непал, 30 лет; погиб 3 мая под Бахмутом.", "ru", "Перера", "LK"),
    ("Погибшие иностранцы:\n1. Динеш Перера, Шри-Ланка, 1990 г.р.; погиб 17 июня в районе "
     "Работино.\n2. Рам Тапа, Непал, 30 лет; погиб 3 мая под Бахмутом.", "ru", "Тапа", "NP"),
    ("Список:\n• Мбарга Жан-Поль, 31 год, Камерун; погиб под Купянском в марте.", "ru",
     "Мбарга", "CM"),
    ("Foreigners killed:\n- Dinesh Perera, Sri Lanka, b. 1990; killed on 17 June near "
     "Robotyne.\n- Ram Thapa, Nepal, 30; killed on 3 May near Bakhmut.", "en", "Perera", "LK"),
    ("Foreigners killed:\n- Dinesh Perera, Sri Lanka, b. 1990; killed on 17 June near "
     "Robotyne.\n- Ram Thapa, Nepal, 30; killed on 3 May near Bakhmut.", "en", "Thapa", "NP"),
    ("Confirmed dead this month:\n1. Brian Otieno, Kenya, 27, killed near Kupiansk in May.\n"
     "2. Jean Mbarga, Cameroon, 31, killed near Kupiansk in May.", "en", "Mbarga", "CM"),
])
def test_a_country_piece_of_an_entry_is_his(text: str, lang: str, surname: str,
                                            code: str) -> None:
    assert person_named(text, lang, surname, PUB)["citizenship"] == code


@pytest.mark.parametrize("text, lang, surname", [
    # no list: a country after a comma in running text is where he went, not his
    ("Мобилизованный Олег Сомов, Россия, погиб под Бахмутом, сообщил брат.", "ru", "Сомов"),
    ("Ivan Petrov, who had worked in Georgia, was killed near Bakhmut in May.", "en", "Petrov"),
])
def test_no_list_no_citizenship(text: str, lang: str, surname: str) -> None:
    assert person_named(text, lang, surname, PUB)["citizenship"] in (None, "RU")


def test_a_country_piece_is_no_home() -> None:
    text = ("Foreigners killed:\n- Dinesh Perera, Sri Lanka, b. 1990; killed on 17 June near "
            "Robotyne.\n- Ram Thapa, Nepal, 30; killed on 3 May near Bakhmut.")
    assert person_named(text, "en", "Perera", PUB)["settlement"] is None
