"""Two given names sharing one surname are two people, each with the surname in their sex."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.persons import shared_surnames


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Двоюродные братья Игорь и Вячеслав Мальцевы погибли в одном бою в январе.",
         {("Мальцев", "Игорь"), ("Мальцев", "Вячеслав")}),
        ("Сёстры Анна и Ольга Савицкие погибли при обстреле Донецка.",
         {("Савицкая", "Анна"), ("Савицкая", "Ольга")}),
        ("Супруги Михаил и Елена Гордиенко погибли при обстреле 30 сентября.",
         {("Гордиенко", "Михаил"), ("Гордиенко", "Елена")}),
        ("Братья Пётр и Иван Лукины пропали без вести под Авдеевкой.",
         {("Лукин", "Пётр"), ("Лукин", "Иван")}),
        ("Погибли Алексей и Мария Воронцовы, их дом разрушен.",
         {("Воронцов", "Алексей"), ("Воронцова", "Мария")}),
    ],
)
def test_two_given_names_one_surname_are_two_people(text: str, names: set) -> None:
    ms = extract_text(text, "ru", "2024-10-08")
    assert {(m["surname"], m["given_name"]) for m in ms} == names
    assert all(m["status"] is not None for m in ms)


@pytest.mark.parametrize(
    "text",
    ["Москва и Санкт-Петербург Петровы", "Иван и Петров", "Игорь и Вячеслав Петрович пришли",
     "Игорь и Вячеслав Мальцев"],
)
def test_no_pair_without_two_given_names_and_a_shared_surname(text: str) -> None:
    assert shared_surnames(text) == []


def test_relatives_of_someone_are_no_pair_of_the_described() -> None:
    pairs = shared_surnames("Погиб рядовой Олег Мальцев. Его братья Игорь и Вячеслав Мальцевы "
                            "приехали на похороны.")
    assert pairs and not any(r.subject for pair in pairs for r in pair)


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [("Йоэль Родригес Перес", "Родригес Перес", "Йоэль"),
     ("Алексис Гонсалес Фернандес", "Гонсалес Фернандес", "Алексис"),
     ("Хосе Мартинес Санчес", "Мартинес Санчес", "Хосе"),
     ("Луис Карлос Гомес", "Гомес", "Луис Карлос"),
     ("Суман Бахадур Магар", "Магар", "Суман Бахадур"),
     ("Уэйн Дэвис Джонс", "Джонс", "Уэйн Дэвис")],
)
def test_a_spanish_double_surname_stays_together(name: str, surname: str, given: str) -> None:
    from headcount.extract.namecase import parse_name

    p = parse_name(name.split())
    assert (p.surname, p.given) == (surname, given)
