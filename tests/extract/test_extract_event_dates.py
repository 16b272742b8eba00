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


@pytest.mark.parametrize(
    ("text", "published", "event", "value"),
    [
        ("Подполковник Олег Лозин пал в бою 8 мая 2024 года. Указом Президента от 12 июня "
         "2024 года он посмертно награждён орденом Мужества.", "2024-07-03", "award",
         "2024-06-12"),
        ("Рядовой Матвей Лукин числится пропавшим без вести. Последний раз он звонил матери "
         "вечером 5 августа.", "2024-08-25", "contact", "2024-08-05"),
        # a deserter keeps his own event, not the court's (pipeline.one_other)
        ("Гарнизонный суд 27 ноября приговорил к пяти годам колонии мобилизованного рядового "
         "Илью Фомина. В марте 2023 года Фомин не вернулся в часть из отпуска.", "2024-11-29",
         "deserted", "2023-03"),
        ("Гарнизонный суд 27 ноября приговорил мобилизованного рядового Илью Фомина за "
         "неявку на службу.", "2024-11-29", "court", "2024-11-27"),
        ("Суд признал погибшим рядового Дениса Гончара. Как следует из решения, вынесенного "
         "5 марта 2024 года, связь с ним прервалась летом.", "2024-03-19", "court",
         "2024-03-05"),
    ],
)
def test_events_by_their_words(text: str, published: str, event: str, value: str) -> None:
    (m,) = by_name(text, published).values()
    assert (m["other_dates"] or {}).get(event) == value
    assert m["death_date"] != value


def test_a_posthumous_award_does_not_date_the_death() -> None:
    (m,) = by_name("Сержант Олег Лозин пал в бою 8 мая 2024 года. 12 июня 2024 года он "
                   "посмертно награждён орденом Мужества.", "2024-07-03").values()
    assert m["death_date"] == "2024-05-08"


def test_not_coming_back_from_leave_is_desertion() -> None:
    (m,) = by_name("В марте 2023 года рядовой Илья Фомин не вернулся в войсковую часть из "
                   "отпуска.", "2024-11-29").values()
    assert m["status"] == "deserted"
