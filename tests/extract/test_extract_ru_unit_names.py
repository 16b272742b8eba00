"""A numbered formation with a proper adjective in its name ("1-я Славянская бригада",
"4-я гвардейская Кантемировская танковая дивизия") is a unit, its capital kept; units
written the usual ways are unchanged."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Олег Гусев служил в 1-й Славянской бригаде и погиб.", "1-я Славянская бригада"),
        ("Рядовой Пётр Лосев из 4-й гвардейской Кантемировской танковой дивизии погиб.",
         "4-я гвардейская Кантемировская танковая дивизия"),
        ("Иван Рябов, боец 2-го Сибирского батальона, погиб 3 мая.", "2-й Сибирский батальон"),
        # guards: the common ways, and an adjective capitalised by mistake, stay as they were
        ("Олег Гусев служил в 55-й Отдельной мотострелковой бригаде и погиб.",
         "55-я отдельная мотострелковая бригада"),
        ("Младший сержант Олег Лосев из в/ч 12345 погиб 3 марта.", "в/ч 12345"),
        ("Старший лейтенант Игорь Белов погиб в составе 810-й бригады морской пехоты.",
         "810-я бригада морской пехоты"),
        ("Командир 3-й мотострелковой роты капитан Роман Зайцев погиб.",
         "3-я мотострелковая рота"),
    ],
)
def test_unit_names(text: str, unit: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["unit"] == unit
