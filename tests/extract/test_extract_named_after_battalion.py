"""A battalion or detachment named after someone, with no number ("батальон имени
Шаймуратова", "у батальйоні імені Шаймуратова"), is a volunteer formation, as a quoted name
is ("батальон «Дон»"); a numbered one or a civilian detachment is not."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def channel_of(text: str, lang: str) -> object:
    people = extract_text(text, lang, "2024-06-01")
    assert len(people) == 1
    return people[0]["channel"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Айдар Хасанов воевал в батальоне имени Шаймуратова и погиб под Бахмутом.", "ru"),
        ("Боец батальона имени Шаймуратова Ринат Галимов погиб 3 мая.", "ru"),
        ("Ильдар Сафин ушёл на фронт в составе отряда имени Салавата Юлаева и погиб в "
         "январе.", "ru"),
        ("В Уфе простились с Русланом Ахметовым, погибшим в зоне СВО. Он служил в батальоне "
         "имени Минигали Шаймуратова.", "ru"),
        ("Уродженець Башкортостану Ільдар Сафін воював у батальйоні імені Шаймуратова. Він "
         "загинув під Бахмутом.", "uk"),
        ("Боєць батальйону імені Шаймуратова Азат Хабібуллін загинув під Кліщіївкою.", "uk"),
        ("Руслан Галімов пішов воювати до загону імені Салавата Юлаєва і загинув у березні.",
         "uk"),
        ("Марат Валиев с 2023 года служил в батальоне имени Героя России Шаймуратова, погиб "
         "под Работино.", "ru"),
        ("Рядовой батальона имени Шаймуратова Тимур Нуриев пропал без вести под Кременной.",
         "ru"),
        ("Айрат Зиннатуллин, стрілець батальйону імені Шаймуратова, потрапив у полон.", "uk"),
    ],
)
def test_a_battalion_named_after_someone_is_a_volunteer_formation(text: str,
                                                                 lang: str) -> None:
    assert channel_of(text, lang) == "volunteer_formation"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Айдар Хасанов, выпускник строительного отряда имени Гагарина, погиб под Бахмутом.",
         "ru"),
        ("Сержант 1-й батальон имени Кутузова Олег Рябов погиб по контракту под Бахмутом.",
         "ru"),
    ],
)
def test_no_volunteer_formation_for_a_civil_or_numbered_one(text: str, lang: str) -> None:
    assert channel_of(text, lang) != "volunteer_formation"
