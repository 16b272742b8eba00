"""Other dates of survivors, in every language: one wounded (captured, missing) right after
another's dated death takes that day ("Водитель … получил ранения" after "погибла 22 апреля
при ударе дрона"); a surrender told as walking out to the enemy's positions is a capture,
dated by its day."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

from headcount.extract import extract_text

PUB = date(2024, 9, 5)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, day", [
    ("Медсестра Ирина Шаповалова погибла 22 апреля в Горловке при ударе дрона по машине "
     "скорой помощи. Водитель бригады Сергей Кравец получил осколочные ранения.",
     "ru", "Кравец", "2024-04-22"),
    ("Утром 3 мая в результате обстрела Шебекино погиб 54-летний Олег Тимохин. Его соседа, "
     "48-летнего Андрея Лукина, с осколочными ранениями доставили в больницу.",
     "ru", "Лукин", "2024-05-03"),
    ("24 травня внаслідок удару загинув капітан Ігор Рудаков. Його заступника, майора Віталія "
     "Шаріпова, було важко поранено.", "uk", "Шаріпов", "2024-05-24"),
    ("Солдат Олег Бондар загинув 12 червня під Покровськом. Його побратим Іван Ткачук отримав "
     "поранення і зараз у шпиталі.", "uk", "Ткачук", "2024-06-12"),
    ("Father Nikolai Bredikhin died on March 24 near Tokmak when the car was hit. Nursing "
     "sister Valentina Orlova, who was travelling with him, was wounded.",
     "en", "Orlova", "2024-03-24"),
    ("Private Ivan Sokolov was killed on May 12 near Robotyne. His comrade Pavel Orlov was "
     "wounded and is in hospital.", "en", "Orlov", "2024-05-12"),
])
def test_a_survivor_takes_the_day_of_the_death_before(text: str, lang: str, surname: str,
                                                      day: str) -> None:
    p = _person(text, lang, surname)
    assert p["status"] == "wounded"
    assert (p["other_dates"] or {}).get("wounded") == day


@pytest.mark.parametrize("text, lang, surname", [
    # earlier, or another paragraph, or told with a date of its own
    ("Рядовой Олег Тимохин погиб 3 мая 2024 года. Его брат Андрей Тимохин ранее был ранен "
     "под Бахмутом.", "ru", "Тимохин"),
    ("Рядовой Олег Тимохин погиб 3 мая 2024 года.\nЕго брат Андрей Тимохин был ранен и "
     "лечится в госпитале.", "ru", "Тимохин"),
    ("Солдат Олег Бондар загинув 12 червня під Покровськом. Його побратим Іван Ткачук був "
     "поранений ще у 2023 році.", "uk", "Ткачук"),
    ("Private Ivan Sokolov was killed on May 12 near Robotyne. His comrade Pavel Orlov had "
     "been wounded twice before.", "en", "Orlov"),
    ("Солдат Олег Бондар загинув 12 червня під Покровськом. Його побратим Іван Ткачук теж воював "
     "і був поранений.", "uk", "Ткачук"),
    ("Private Ivan Sokolov was killed on May 12 near Robotyne. His brother Pavel Orlov also "
     "served there and was wounded.", "en", "Orlov"),
])
def test_no_day_from_another_time(text: str, lang: str, surname: str) -> None:
    found = [m for m in extract_text(text, lang, PUB)
             if m["surname"] == surname and m["status"] == "wounded"]
    assert found
    assert "2024-05-03" not in (found[0]["other_dates"] or {}).values()
    assert "2024-06-12" not in (found[0]["other_dates"] or {}).values()
    assert "2024-05-12" not in (found[0]["other_dates"] or {}).values()


def test_a_survivor_with_his_own_date_keeps_it() -> None:
    p = _person("Рядовой Олег Тимохин погиб 3 мая 2024 года. Рядовой Андрей Лукин был ранен "
                "в марте.", "ru", "Лукин")
    assert (p["other_dates"] or {}).get("wounded") == "2024-03"


@pytest.mark.parametrize("text, lang, surname, day", [
    ("По его словам, 15 августа его позицию под Торецком окружили, и солдат Тарас Мельничук "
     "вместе с двумя сослуживцами вышел к российским бойцам с поднятыми руками.",
     "ru", "Мельничук", "2024-08-15"),
    ("Мобилизованный Артём Сизов 3 марта вышел к украинским позициям под Кременной.",
     "ru", "Сизов", "2024-03-03"),
    ("Рядовой Игорь Лапин 9 января вышел с поднятыми руками к окопам ВСУ.",
     "ru", "Лапин", "2024-01-09"),
    ("Два дні Баїр Циденов ховався в посадці без води, а 14 серпня вийшов до українських "
     "позицій з піднятими руками.", "uk", "Циденов", "2024-08-14"),
    ("Мобілізований Роман Кучеров 19 червня вийшов до позицій українських військових під "
     "Часовим Яром.", "uk", "Кучеров", "2024-06-19"),
])
def test_walking_out_to_the_enemy_is_a_dated_capture(text: str, lang: str, surname: str,
                                                     day: str) -> None:
    p = _person(text, lang, surname)
    assert p["status"] == "captured"
    assert (p["other_dates"] or {}).get("captured") == day


@pytest.mark.parametrize("text, lang, surname", [
    ("Рядовой Игорь Лапин 9 января вышел на связь с матерью и рассказал, что его ранили.",
     "ru", "Лапин"),
    ("Сержант Игорь Лапин погиб 9 января. Он вышел к своим позициям, но попал под обстрел.",
     "ru", "Лапин"),
])
def test_walking_out_elsewhere_is_no_capture(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["status"] != "captured"
