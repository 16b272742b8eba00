"""Places of death in news about notable people: a place after a date with its weekday and
before the death verb ("В минувший четверг, 5 февраля, в Сиэтле … умер …"), a town or a
hospital before a country, and deaths told as a drowning ("утонул в озере") or a body found
("найден мёртвым в своей квартире": a death, but where the body lay is not said to be
where it happened)."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict:
    (m,) = extract_text(text, "ru", "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Умер один из создателей радара Джон Уилкс\nДжон Уилкс\nВ минувший четверг, 5 "
         "февраля 2015 года, в Сиэтле (штат Вашингтон, США) в возрасте 97 лет умер "
         "американский физик, нобелевский лауреат Джон Уилкс, чьи работы привели к созданию "
         "радара.", "Сиэтл"),
        ("Скончалась создательница мультфильмов Анна Лебедева\nАнна Лебедева\nВ прошлую "
         "пятницу, 3 мая 2019 года, в Праге (Чехия) в возрасте 90 лет скончалась художница, "
         "лауреат многих премий Анна Лебедева, чьи фильмы знают дети всего мира.", "Прага"),
        ("Умер автор гимна Олег Рысев\nОлег Рысев\nВ воскресенье, 12 марта 2017 года, в "
         "Казани на 84-м году жизни умер композитор Олег Рысев, чьи песни пела вся страна.",
         "Казань"),
        ("В среду 5 июня в Твери скончался поэт Павел Рысев.", "Тверь"),
    ],
)
def test_a_place_after_a_date_with_its_weekday(text: str, place: str) -> None:
    """A weekday dating the clause ("В воскресенье, 16 октября …, в X … скончался") leaves
    the place before the death verb the death's, even after a headline with no full stop."""
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        # the clause's verb before the death is another one: the place is that verb's
        "Умер автор гимна Олег Рысев\nОлег Рысев\nВ воскресенье, 12 марта 2017 года, в "
        "Праге выступил композитор Олег Рысев, умерший год спустя.",
        # a weekday with words that are not a date
        "Умер Олег Рябов\nВ пятницу на концерте в Праге публика вспоминала, как скончался "
        "музыкант Олег Рябов.",
    ],
)
def test_no_place_after_a_weekday_and_another_verb(text: str) -> None:
    assert all(m["place_of_death"] != "Прага" for m in extract_text(text, "ru", "2024-09-01"))


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
