"""A home town with an epithet between its cue and its name ("житель подмосковной Балашихи",
"из уральского Миасса", "мешканець підмосковної Балашихи"): the adjective describes the
town, the cue still makes it a home. An adjective before a place that no home cue precedes
makes none."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _home(text: str, lang: str) -> tuple[str | None, str | None]:
    (m,) = extract_text(text, lang, "2024-09-01")
    return m["settlement"], m["region"]


@pytest.mark.parametrize(
    ("text", "lang", "settlement", "region"),
    [
        ("Погиб рядовой Иван Петров, житель подмосковной Балашихи.", "ru", "Балашиха",
         "RU-MOS"),
        ("Рядовой Иван Петров из подмосковного Подольска погиб под Бахмутом.", "ru",
         "Подольск", "RU-MOS"),
        ("Погиб рядовой Иван Петров, уроженец уральского Миасса.", "ru", "Миасс", "RU-CHE"),
        ("Мобилизованный Олег Смирнов, уроженец зауральского Шадринска, погиб 3 мая.", "ru",
         "Шадринск", "RU-KGN"),
        ("Уроженка кузбасской Тайги медсестра Анна Петрова погибла при обстреле.", "ru",
         "Тайга", "RU-KEM"),
        ("Загинув рядовий Іван Петров, мешканець підмосковної Балашихи.", "uk", "Балашиха",
         "RU-MOS"),
        ("Загинув рядовий Іван Петров, мешканець сибірського Новосибірська.", "uk",
         "Новосибірськ", "RU-NVS"),
        ("Загинув рядовий Іван Петров, житель кузбаської Тайги.", "uk", "Тайга", "RU-KEM"),
    ],
)
def test_an_epithet_between_the_cue_and_the_town(text: str, lang: str, settlement: str,
                                                 region: str) -> None:
    assert _home(text, lang) == (settlement, region)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Рядовой Иван Петров погиб под донецкой Авдеевкой.", "ru"),
        ("Рядовой Иван Петров служил в подмосковной Балашихе, погиб в мае.", "ru"),
        ("Рядовий Іван Петров загинув під донецькою Авдіївкою.", "uk"),
    ],
)
def test_no_home_without_a_cue(text: str, lang: str) -> None:
    assert _home(text, lang) == (None, None)
