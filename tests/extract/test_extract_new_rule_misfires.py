"""Guards on the rules of the places-and-dates merge where they misfired on text they were
not written for: a Russian "угодил" is no Ukrainian "угода", a school's last bell no last
call, a relative's death certificate no report of his death, grief ("вбитий горем") and a
count of others killed ("було вбито двох окупантів") no death of his, a relative in the
dative ("Доньці було 20") no age of his, a district with another region after it
("Каневского района Черкасской области") or a town after it ("Днепровского района
Херсона") no stanitsa's, a friend's death one learned of no report."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

from headcount.extract import extract_text

PUB = date(2024, 10, 10)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, kind", [
    ("Вместе с батальоном угодил в окружение под Авдеевкой 5 марта рядовой Иван Петров, "
     "1990 г.р., погиб 7 марта.", "ru", "contract"),
    ("Иван Петров погиб 7 марта 2024 года под Авдеевкой. На последнем звонке 25 мая 2010 "
     "года он читал стихи.", "ru", "contact"),
    ("Иван Петров погиб 7 марта 2024 года под Авдеевкой. Последний звонок в школе 25 мая "
     "2010 года он помнил всю жизнь.", "ru", "contact"),
    ("Иван Петров 3 мая 2019 года получил свидетельство о смерти отца. Сам он погиб 7 марта "
     "2024 года под Авдеевкой.", "ru", "reported"),
    ("Андрій Коваль загинув 5 березня 2024 року. Свідоцтво про смерть батька він отримав 3 "
     "травня 2019 року.", "uk", "reported"),
    ("Иван Петров 3 мая 2019 года получил свидетельство о смерти своих родителей. Сам он "
     "погиб 7 марта 2024 года под Авдеевкой.", "ru", "reported"),
    ("Андрій Коваль загинув 5 березня 2024 року. Свідоцтво про смерть побратима він отримав "
     "3 травня 2023 року.", "uk", "reported"),
    ("Иван Петров погиб 7 марта 2024 года. 3 мая 2019 года он получил свидетельство о "
     "смерти сестры.", "ru", "reported"),
    ("Andriy Koval, 34, was killed on 5 March. He learned of his best friend's death on 3 "
     "February and volunteered.", "en", "reported"),
    ("Andriy Koval, 34, was killed on 5 March. He learned of the death of his comrade on 3 "
     "February.", "en", "reported"),
])
def test_no_event_of_another_thing(text: str, lang: str, kind: str) -> None:
    surname = "Koval" if lang == "en" else "Коваль" if lang == "uk" else "Петров"
    person = _person(text, lang, surname)
    assert kind not in (person.get("other_dates") or {})


def test_relatives_certificate_leaves_his_death_date() -> None:
    person = _person("Иван Петров 3 мая 2019 года получил свидетельство о смерти отца. Сам "
                     "он погиб 7 марта 2024 года под Авдеевкой.", "ru", "Петров")
    assert person["death_date"] == "2024-03-07"


def test_grief_is_no_death() -> None:
    person = _person("Андрій Коваль вважається зниклим безвісти з 5 березня. Вбитий горем "
                     "батько досі чекає на сина.", "uk", "Коваль")
    assert person["status"] == "missing"


@pytest.mark.parametrize("text", [
    "Андрій Коваль знищив танк 5 березня, було вбито двох окупантів.",
    "Андрій Коваль знищив танк 5 березня, вбито 12 окупантів.",
])
def test_others_killed_are_no_death_of_his(text: str) -> None:
    assert not [m for m in extract_text(text, "uk", PUB)
                if m["surname"] == "Коваль" and m.get("status") == "killed"]


def test_others_killed_in_russian_are_no_death_of_his() -> None:
    assert not [m for m in extract_text("Иван Петров, по словам сослуживцев, 12 мая уничтожил "
                                        "расчёт: убито двое военных.", "ru", PUB)
                if m.get("status") == "killed"]


@pytest.mark.parametrize("text", [
    "Андрій Коваль загинув 5 березня під Бахмутом. Доньці було 20.",
    "Андрій Коваль загинув 5 березня під Бахмутом. Доньці було 20, сину — 18.",
])
def test_relative_in_the_dative_is_no_age_of_his(text: str) -> None:
    assert _person(text, "uk", "Коваль").get("age") is None


@pytest.mark.parametrize("text, region", [
    ("Уроженец Каневского района Черкасской области Андрей Коваль погиб 5 марта под "
     "Бахмутом.", "UA-71"),
    ("Уроженец Николаевского района Ульяновской области Андрей Коваль погиб 5 марта под "
     "Бахмутом.", "RU-ULY"),
    ("Уроженец Днепровского района Херсона Андрей Коваль погиб 5 марта под Бахмутом.",
     "UA-65"),
])
def test_region_after_the_district_wins(text: str, region: str) -> None:
    assert _person(text, "ru", "Коваль")["region"] == region


@pytest.mark.parametrize("text, lang, surname, age", [
    ("Сорокарічний стрілець Андрій Коваль загинув 5 березня під Бахмутом.", "uk", "Коваль",
     40),
    ("Андрій Коваль, 45-річний штурмовик, загинув 5 березня під Бахмутом.", "uk", "Коваль", 45),
    ("Иван Петров, 45-летний стрелок, погиб 5 марта под Бахмутом.", "ru", "Петров", 45),
])
def test_a_person_noun_first_read_as_a_thing_keeps_the_age(text: str, lang: str, surname: str,
                                                           age: int) -> None:
    assert _person(text, lang, surname)["age"] == age


@pytest.mark.parametrize("text", [
    "Andriy Koval, 34, grew up on a farm outside the village of Kozatske and was killed on 5 "
    "March.",
    "Andriy Koval, 34, was killed on 5 March. A memorial service was held at his school in the "
    "village of Kozatske, where he lived with his parents.",
])
def test_home_village_after_an_event_preposition(text: str) -> None:
    assert _person(text, "en", "Koval")["settlement"] == "Kozatske"
