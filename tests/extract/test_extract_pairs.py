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


@pytest.mark.parametrize(
    ("text", "son"),
    [("52-летний Виктор Захаров был мобилизован осенью 2022 года, его сын Евгений, 25 лет, "
      "служил по контракту. Евгений погиб 23 ноября под Кременной, Виктор — 7 декабря.",
      ("Захаров", "Евгений")),
     ("47-летний Владимир Пушкарёв и его 22-летний сын Станислав были мобилизованы вместе. "
      "Оба погибли 29 августа 2023 года под Работино.", ("Пушкарёв", "Станислав")),
     ("Рядовой Олег Лукин погиб в мае. Его младший брат Иван пропал без вести под Бахмутом.",
      ("Лукин", "Иван"))],
)
def test_a_son_or_brother_named_by_his_given_name_is_a_person_too(text: str, son: tuple) -> None:
    ms = extract_text(text, "ru", "2023-12-20")
    assert son in {(m["surname"], m["given_name"]) for m in ms}


def test_a_son_with_no_fate_of_his_own_is_no_person() -> None:
    ms = extract_text("Погиб рядовой Иван Петров. Его сын Павел учится в школе.", "ru")
    assert [(m["surname"], m["given_name"]) for m in ms] == [("Петров", "Иван")]
