"""Places of death in news about notable people: a country opening the clause of the death
when no town is told ("В Испании в возрасте 80 лет скончался …"), and deaths told as a
drowning ("утонул в озере") or a body found ("найден мёртвым в своей квартире": a
death, but where the body lay is not said to be where it happened)."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict:
    (m,) = extract_text(text, "ru", "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В Испании в возрасте 80 лет скончался композитор Хуан Ортега.", "Испания"),
        ("В Германии скончалась балерина Мария Семёнова.", "Германия"),
        ("12 мая 2017 года в Японии на 90-м году жизни умер режиссёр Кэндзи Мори.", "Япония"),
        ("В Канаде умерла известная пианистка Лидия Гордеева.", "Канада"),
        ("Утром 3 июня в Аргентине на 71-м году жизни скончался футболист Диего Санчес.",
         "Аргентина"),
    ],
)
def test_a_country_opening_the_death_clause(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town told with the country is the more precise place
        ("В Италии в Милане умер модельер Антонио Риччи.", "Милан"),
        # a hospital told later in the text comes before the country
        ("В США скончался брат финансиста Пол Сорос. Как сообщил его сын, 87-летний "
         "бизнесмен скончался в больнице Нью-Йорка.", "больница Нью-Йорка"),
        ("В Мадриде (Испания) в возрасте 77 лет умер архитектор Карл Бергман.", "Мадрид"),
        # the country is where he worked; another verb stands between it and the death
        ("В Германии Олег Рябов работал врачом, а умер он в Москве.", "Москва"),
    ],
)
def test_a_town_before_a_country(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        # the country is someone's citizenship, not where he died
        "Скончался гражданин Франции Пьер Дюбуа.",
        # the country is governed by another verb ("работал"), not by the death
        "В Канаде писатель Игорь Сомов долго работал, скончался он 3 мая.",
    ],
)
def test_no_country_without_a_death_clause(text: str) -> None:
    assert _one(text)["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Писатель Олег Рябов утонул в Ладожском озере.", "Ладожское озеро"),
        ("В субботу у Сочи утонул 45-летний бизнесмен Павел Зотов.", "Сочи"),
        ("Вчера в Байкале утонула туристка Ирина Белова.", "Байкал"),
    ],
)
def test_a_drowning(text: str, place: str) -> None:
    m = _one(text)
    assert m["status"] == "killed"
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        "В Таллине найден мёртвым в своей квартире композитор Олег Рябов.",
        "Певица Ольга Рябова была найдена мёртвой в номере отеля в Сочи.",
        "Утром 4 мая полицейские нашли мёртвым у подъезда его дома в Твери поэта Игоря Сомова.",
    ],
)
def test_a_body_found_is_a_death_not_its_place(text: str) -> None:
    """Where a body was found is not said to be where the person died."""
    m = _one(text)
    assert m["status"] == "killed"
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Олег Рябов едва не утонул в Волге, но его спасли.",
        "Спасатели нашли живым пропавшего туриста Олега Рябова.",
        "Турист Антон Лисицын чуть не утонул в Оби.",
    ],
)
def test_no_death_when_saved(text: str) -> None:
    assert all(m["status"] != "killed" for m in extract_text(text, "ru", "2024-09-01"))
