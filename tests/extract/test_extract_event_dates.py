"""Dates of events of their own: a plural verb gives the event's date to everyone it speaks
of; seasons and parts of a year said relatively are read against publication."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, published: str = "2024-04-02",
            lang: str | None = "ru") -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(
    ("text", "names", "event", "value"),
    [
        ("Сергей Ильин и Антон Белых подписали контракт в конце 2023 года. Оба погибли 6 "
         "марта.", ("Ильин Сергей", "Белых Антон"), "contract", "2023"),
        ("Погибли Игорь Мальцев и Вячеслав Мальцев. Оба ушли на фронт по контракту летом 2023 "
         "года.", ("Мальцев Игорь", "Мальцев Вячеслав"), "contract", "2023"),
        ("Погибли ефрейтор Олег Рябов, сержант Павел Дьяков и рядовой Юрий Котов. Все трое были "
         "мобилизованы в октябре 2022 года.", ("Рябов Олег", "Дьяков Павел", "Котов Юрий"),
         "mobilised", "2022-10"),
    ],
)
def test_a_plural_verb_dates_everyone_it_speaks_of(text: str, names: tuple[str, ...],
                                                   event: str, value: str) -> None:
    found = by_name(text)
    for name in names:
        assert (found[name]["other_dates"] or {}).get(event) == value, name


@pytest.mark.parametrize(
    ("text", "event", "value", "lang"),
    [
        ("Рядовой Иван Петров погиб 6 марта. Контракт с Минобороны подписал осенью прошлого "
         "года.", "contract", "2023", "ru"),
        ("Рядовой Иван Петров погиб 6 марта. Этой весной он подписал контракт.", "contract",
         "2024", "ru"),
        ("Рядовой Иван Петров погиб 6 марта. Он был мобилизован в начале позапрошлого года.",
         "mobilised", "2022", "ru"),
        ("Загинув солдат Петренко Іван Олексійович. Контракт він підписав восени минулого "
         "року.", "contract", "2023", None),
    ],
)
def test_a_season_said_relatively_is_a_year(text: str, event: str, value: str,
                                            lang: str | None) -> None:
    (m,) = by_name(text, lang=lang).values()
    assert (m["other_dates"] or {}).get(event) == value


def test_without_publication_a_relative_season_is_no_date() -> None:
    (m,) = extract_text("Рядовой Иван Петров погиб 6 марта 2024 года. Контракт подписал осенью "
                        "прошлого года.", "ru", None)
    assert not (m["other_dates"] or {}).get("contract")
