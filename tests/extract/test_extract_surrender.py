"""A Russian surrender told without "в плен" ("сдался 2 июня на Запорожском направлении") is a
capture, with its date and place; a surrender to the police is not, and a deserter has no
place of death."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "published", "surname", "place", "day"),
    [
        ("Рядовой Голубев Максим Андреевич, 1998 г.р., из Тюмени, мобилизован в октябре "
         "2022-го, сдался 2 июня на Запорожском направлении.", "2023-06-14", "Голубев",
         "Запорожское направление", "2023-06-02"),
        ("Мобилизованный Олег Тимонин из Орла сдался украинским военным 14 марта под "
         "Работино.", "2024-04-01", "Тимонин", "Работино", "2024-03-14"),
        ("По данным украинской стороны, 9 января под Кременной сдался контрактник Ильяс "
         "Гайнуллин из Уфы.", "2024-01-20", "Гайнуллин", "Кременная", "2024-01-09"),
    ],
)
def test_a_surrender_is_a_capture(text: str, published: str, surname: str, place: str,
                                  day: str) -> None:
    m = next(m for m in extract_text(text, "ru", published) if m["surname"] == surname)
    assert (m["status"], m["place_of_death"], m["other_dates"]["captured"]) == (
        "captured", place, day)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Рядовой Павел Гущин не сдался и погиб 3 мая под Кременной.", "killed"),
        ("Дезертир Сергей Плотников сдался полиции 5 мая в Твери.", "deserted"),
    ],
)
def test_no_capture_without_a_surrender_to_the_enemy(text: str, status: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["status"] == status


@pytest.mark.parametrize(
    "text",
    ["Дезертир Сергей Плотников сдался полиции 5 мая в Твери.",
     "Рядовой Артём Ковалёв самовольно оставил часть под Бахмутом в марте 2023 года."],
)
def test_a_deserter_has_no_place_of_death(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert (m["status"], m["place_of_death"]) == ("deserted", None)
