"""A clause is not cut by the dots of a date or an abbreviation; a list closed by "все они"
shares the sentence's facts; a village after "в районе н.п." is a place."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сержант Олег Ильин — командир отделения. Погиб 19.04.2024 у н.п. Прохоровка, "
         "прикрывая отход группы.", "Прохоровка"),
        ("Рядовой Павел Шубин, в/ч 12345. Пропал без вести 14.01.2024 в районе н.п. Степное.",
         "Степное"),
        ("Ефрейтор Юрий Лосев погиб 3.05.2023 г. под Кременной.", "Кременная"),
    ],
)
def test_a_date_or_abbreviation_does_not_cut_the_clause(text: str, place: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["place_of_death"] == place


def test_a_list_closed_by_all_of_them_shares_the_facts() -> None:
    text = ("На кладбище появились новые таблички:\n"
            "Ахметов Ильдар «Тимер» 1984–2023\n"
            "Мухин Денис Ильич «Муха» 1991–2023\n"
            "Ситников Андрей Петрович 1976—2023\n"
            "По словам родных, все они воевали в ЧВК «Вагнер» и погибли под Соледаром.")
    found = {m["name"]: m for m in extract_text(text, "ru", "2023-09-01")}
    assert set(found) == {"Ахметов Ильдар", "Мухин Денис Ильич", "Ситников Андрей Петрович"}
    for m in found.values():
        assert m["status"] == "killed"
        assert m["place_of_death"] == "Соледар"
        assert m["unit"] == "ЧВК «Вагнер»"


def test_both_of_two_named_in_one_sentence_only() -> None:
    text = ("Иван Петров служил в Курске. Пётр Сидоров и Олег Рябов служили под Белгородом. "
            "Оба погибли 3 мая под Волчанском.")
    found = {m["name"]: m for m in extract_text(text, "ru", "2024-06-01")}
    assert found["Сидоров Пётр"]["place_of_death"] == "Волчанск"
    assert found["Рябов Олег"]["place_of_death"] == "Волчанск"
    assert "Петров Иван" not in found or found["Петров Иван"]["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовий Олександр Зубков загинув під Коренєвим 5 серпня.", "Коренєве"),
        ("Сержант Петро Лисенко загинув під Авдіївкою 5 серпня.", "Авдіївка"),
        ("Сержант Петро Лисенко загинув під Донецьком 5 серпня.", "Донецьк"),
        ("Сержант Петро Лисенко загинув під Бахмутом 5 серпня.", "Бахмут"),
    ],
)
def test_a_ukrainian_town_of_one_word_in_the_nominative(text: str, place: str) -> None:
    (m,) = extract_text(text, None, "2024-09-20")
    assert m["place_of_death"] == place
