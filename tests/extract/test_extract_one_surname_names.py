"""Foreign names whose three words given first end with one surname — South Asian and
sub-Saharan African ones ("Дэвид Кипчумба Ротич" → Ротич, Дэвид Кипчумба) — unlike a
Spanish double surname ("Йоандри Перес Диас"); and a South Asian name written surname first
by a surname the text's readers know ("Гурунг Бикрам")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(("demonym", "name", "surname", "given"), [
    ("Кениец", "Дэвид Кипчумба Ротич", "Ротич", "Дэвид Кипчумба"),
    ("Кениец", "Эванс Кипчумба Ротич", "Ротич", "Эванс Кипчумба"),
    ("Нигериец", "Чиди Эммануэль Окафор", "Окафор", "Чиди Эммануэль"),
    ("Гражданин Уганды", "Джозеф Мукаса Ссеньонга", "Ссеньонга", "Джозеф Мукаса"),
    ("Кубинец", "Йоандри Перес Диас", "Перес Диас", "Йоандри"),
])
def test_three_word_names_given_first(demonym: str, name: str, surname: str,
                                      given: str) -> None:
    text = f"{demonym} {name}, подписавший контракт в октябре 2024 года, попал в плен."
    [m] = extract_text(text, "ru", "2025-02-17")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(("lang", "text", "surname", "given"), [
    ("ru", "Пленный Гурунг Бикрам, гражданин Непала, 24 года.", "Гурунг", "Бикрам"),
    ("ru", "Непалец Бикрам Гурунг попал в плен.", "Гурунг", "Бикрам"),
    ("ru", "Непалец Тхапа Рам попал в плен под Клещеевкой.", "Тхапа", "Рам"),
    ("uk", "Полонений Гурунг Бікрам, громадянин Непалу, 24 роки.", "Гурунг", "Бікрам"),
    ("uk", "Полонений Бікрам Гурунг, громадянин Непалу, 24 роки.", "Гурунг", "Бікрам"),
])
def test_south_asian_surname_first_or_last(lang: str, text: str, surname: str,
                                           given: str) -> None:
    [m] = extract_text(text, lang, "2024-02-05")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_each_entrys_bracketed_country_is_its_own(sep: str) -> None:
    text = (f"Список погибших иностранцев:{sep}1. Рам Бахадур Тапа (Непал);{sep}2. Хосе Луис "
            f"Мартинес Санчес (Куба);{sep}3. Питер Мванги Камау (Кения).")
    got = {m["surname"]: m["citizenship"] for m in extract_text(text, "ru", "2024-03-10")}
    assert got == {"Тапа": "NP", "Мартинес Санчес": "CU", "Камау": "KE"}


def test_one_entrys_bracketed_country_is_not_the_lists() -> None:
    text = ("Список погибших:\n1. Петров Иван Сергеевич, 1990 г.р.;\n2. Хосе Луис Мартинес "
            "Санчес (Куба).")
    got = {m["surname"]: m["citizenship"] for m in extract_text(text, "ru", "2024-03-10")}
    assert set(got) == {"Петров", "Мартинес Санчес"}
    assert got["Мартинес Санчес"] == "CU" and got["Петров"] != "CU"


@pytest.mark.parametrize(("demonym", "code"), [("Шрі-ланкієць", "LK"), ("Непалець", "NP"),
                                               ("Кенієць", "KE")])
def test_a_ukrainian_demonym_is_no_part_of_the_name(demonym: str, code: str) -> None:
    [m] = extract_text(f"{demonym} Нуван Кумара Сільва загинув під Торецьком.", "uk",
                       "2024-03-10")
    assert (m["surname"], m["given_name"], m["citizenship"]) == ("Сільва", "Нуван Кумара", code)
