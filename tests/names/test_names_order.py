"""Which word of a name is the surname, for a list's names in Cyrillic and Latin letters."""

from __future__ import annotations

import pytest

from headcount.names.order import list_orders, read_order


@pytest.mark.parametrize(("name", "surname_first"), [
    ("ГУРУНГ Бишал", True),
    ("Бишал ГУРУНГ", False),
    ("GURUNG Bikash", True),
    ("Suman Bahadur MAGAR", False),
    ("Тапа Суман Бахадур", True),
    ("аль-Джубури Ахмед", True),
    ("Ахмед аль-Джубури", False),
    ("Kuular Buyan Olegovich", True),
    ("Buyan Olegovich Kuular", False),
    ("Кузнєцов Олексій Ігорович", True),
])
def test_a_names_own_signs_tell_its_order(name: str, surname_first: bool) -> None:
    r = read_order(name)
    assert (r.vote < 0) == surname_first and abs(r.vote) >= 0.3


def test_a_surname_shaped_plural_of_a_given_name_is_no_given_name() -> None:
    """"Саидов" is the genitive plural of "Саид" to the dictionary, a surname in a list."""
    assert read_order("Фаррух Саидов").vote > 0


def test_names_without_signs_take_the_lists_order() -> None:
    parts, order = list_orders(["Петров Иван Сергеевич", "Нджоку Эмека", "Мутуа Джозеф"])
    assert order == "surname_first"
    assert parts[1] == ("Нджоку", "Эмека", "") and parts[2] == ("Мутуа", "Джозеф", "")


def test_a_list_without_signs_tells_no_order() -> None:
    parts, order = list_orders(["Нджоку Эмека", "Окафор Чиди"])
    assert order is None and parts == [None, None]


def test_an_east_asian_given_name_is_no_particle() -> None:
    assert read_order("Ван Тхань Нгуен").vote == 0
