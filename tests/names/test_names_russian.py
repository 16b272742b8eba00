"""Russian transcription keys: a Latin name meets its Russian rendering."""

from __future__ import annotations

import pytest

from headcount.names import (
    CONVENTIONS,
    russian_key,
    russian_keys,
    russian_sorted_keys,
    russian_token,
)


@pytest.mark.parametrize(
    ("latin", "cyrillic", "convention"),
    [
        ("Ram Bahadur Thapa", "Рам Бахадур Тхапа", "de"),
        ("Arnold Schwarzenegger", "Арнольд Шварценеггер", "de"),
        ("Jürgen Klopp", "Юрген Клопп", "de"),
        ("Henley", "Хенли", "en"),
        ("Sébastien", "Себастьен", "fr"),
        ("Jiménez", "Хименес", "es"),
        ("Giuseppe", "Джузеппе", "it"),
        ("Wójcik", "Вуйцик", "pl"),
        ("Kapuściński", "Капущинский", "pl"),
        ("Szabó", "Сабо", "hu"),
        ("Yoshida", "Ёсида", "ja"),
        ("Zhang Wei", "Чжан Вэй", "zh"),
        ("Çelik", "Челик", "tr"),
        ("Dmitriy Kuznetsov", "Дмитрий Кузнецов", "ru"),
    ],
)
def test_latin_name_meets_its_russian_rendering(latin: str, cyrillic: str, convention: str) -> None:
    assert russian_key(latin, convention) == russian_key(cyrillic)
    assert russian_key(cyrillic) in russian_keys(latin).values()


def test_keys_are_coarse_cyrillic() -> None:
    assert russian_token("Шварценеггер") == "шварценегер"  # doubled letters
    assert russian_token("Ёлкин") == russian_token("Йолкин")  # ё = йо
    assert russian_token("Ильин") == "илин"  # soft sign
    assert russian_token("Рутковский") == russian_token("Rutkowski", "pl")  # -ский = -ski
    assert russian_key("Жан-Пьер") == "жан пер"


def test_cyrillic_name_is_the_same_under_every_convention() -> None:
    keys = russian_keys("Кузнецов Дмитрий")
    assert set(keys) == set(CONVENTIONS)
    assert set(keys.values()) == {"кузнецов дмитри"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Schwarz", "Шульц"),
        ("Thapa", "Гурунг"),
        ("Petrov", "Петренко"),
        ("Jolene", "Джоан"),
    ],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert russian_key(b) not in russian_keys(a).values()


def test_sorted_keys_ignore_order_and_particles() -> None:
    a = russian_sorted_keys("Мамедов Эльчин Гусейн-оглы")
    b = russian_sorted_keys("Elchin Guseyn ogly Mamedov")
    assert a["ru"] == b["ru"] == "гусеин елчин мамедов"
    assert (
        russian_sorted_keys("Thapa Ram Bahadur")["de"]
        == russian_sorted_keys("Рам Бахадур Тхапа")["de"]
    )
