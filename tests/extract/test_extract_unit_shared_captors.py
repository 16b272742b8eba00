"""A unit told as the same as the person's before him ("from the same unit", "из того же
отряда", "з того ж загону", "служивший вместе с ним"), and a named formation of the other side
("бойцы бригады «Маугли» взяли в плен") that is not the captive's unit."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.same_unit import share_heading_unit, share_same_unit


@pytest.mark.parametrize(
    ("text", "lang", "surname", "unit"),
    [
        ("Рядовой Игорь Семёнович Латышев, 1999 г.р., из Брянска, служил в 1009-м "
         "мотострелковом полку. Погиб 3 марта под Кременной. Вместе с ним из того же "
         "подразделения погиб ефрейтор Антон Викторович Жуков из Клинцов.",
         "ru", "Жуков", "1009-й мотострелковый полк"),
        ("Сергей Петрович Малахов, 41 год, из Ишима, воевал в отряде «БАРС-17». Погиб 12 мая. "
         "Его земляк Виталий Андреевич Окунев, 36 лет, доброволец того же отряда, ранен.",
         "ru", "Окунев", "БАРС-17"),
        ("В Буйнакске простились с 28-летним Ахмедом Курбановым, погибшим под Угледаром. "
         "Ахмед служил в 136-й отдельной мотострелковой бригаде. Его двоюродный брат Шамиль "
         "Курбанов, служивший вместе с ним, тяжело ранен.",
         "ru", "Курбанов", "136-я отдельная мотострелковая бригада"),
        ("Під Бахмутом загинув Павло Ігорович Сєдих, 1990 р.н., з Твері. Він служив у "
         "в/ч 45767. Того ж дня загинув 23-річний Денис Олегович Марков із Клина, з того ж "
         "підрозділу.",
         "uk", "Марков", "в/ч 45767"),
        ("KOROLEV Artyom Pavlovich, b. 2003, from Kursk, private, military unit 12981. "
         "Captured on 12 August near Sudzha.\n\nLEBEDEV Ilya, 20, from Oryol, a conscript "
         "from the same unit, was taken prisoner the same day.",
         "en", "Lebedev", "military unit 12981"),
        ("Dmitry Orlov, 33, from Tula, was killed near Avdiivka in March. He served with the "
         "3rd Motor Rifle Brigade. His cousin Pavel Orlov, 29, who served in the same brigade, "
         "was wounded.",
         "en", "Orlov", "3rd Motor Rifle Brigade"),
    ],
)
def test_the_same_unit_as_the_one_before(text: str, lang: str, surname: str, unit: str) -> None:
    people = extract_text(text, lang, "2024-06-01")
    assert [p["unit"] for p in people if p["surname"] == surname][-1] == unit


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        # no cue: a second person keeps no unit
        ("Сержант Никита Олегович Грибов из Пскова служил в 76-й десантно-штурмовой дивизии, "
         "погиб 2 июля. Его отец Олег Грибов умер от горя через месяц после гибели сына, "
         "пропавший без вести Илья Сергеевич Ковров из Острова так и не найден.",
         "ru", "Ковров"),
    ],
)
def test_no_shared_unit_without_cue(text: str, lang: str, surname: str) -> None:
    people = extract_text(text, lang, "2024-06-01")
    person = [p for p in people if p["surname"] == surname][-1]
    assert person["unit"] is None


def test_a_unit_of_his_own_wins_over_the_cue() -> None:
    before = {"unit": "БАРС-17", "spans": [(0, 5)], "evidence": {"unit": {}}}
    after = {"unit": "Шторм Z", "spans": [(40, 45)], "evidence": {"unit": {}}}
    text = "Орлов служил в БАРС-17. Погиб. Его друг Попов из того же отряда, в «Шторм Z»."
    share_same_unit([before, after], text)
    assert after["unit"] == "Шторм Z"


def test_the_cue_must_name_him() -> None:
    before = {"unit": "БАРС-17", "spans": [(0, 5)], "evidence": {"unit": {}}}
    after = {"unit": None, "spans": [(60, 65)], "evidence": {}}
    text = "Орлов служил в БАРС-17, из того же отряда погибли трое. ... Попов пропал без вести."
    share_same_unit([before, after], text)
    assert after["unit"] is None


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("Бійці 47-ї окремої механізованої бригади «Маґура» взяли в полон 38-річного "
         "Івана Петровича Гаврилова з Сизрані. У вересні він підписав контракт.",
         "uk", "Гаврилов"),
        ("Бойцы бригады «Азов» взяли в плен 30-летнего Андрея Викторовича Дронова из "
         "Самары; он служил по контракту.",
         "ru", "Дронов"),
        ("Воїни бригади «Хартія» полонили Сергія Олеговича Мухіна, 1985 р.н., з Уфи.",
         "uk", "Мухін"),
        ("Оператори дронів батальйону «Ахіллес» знищили позицію, на якій загинув "
         "Віктор Іванович Сорокін, 1979 р.н., з Пензи.",
         "uk", "Сорокін"),
        ("Андрей Ильич Пестов из Орла сдался в плен бойцам бригады «Азов» 3 мая.",
         "ru", "Пестов"),
    ],
)
def test_a_named_formation_of_the_captors_is_not_his(text: str, lang: str, surname: str) -> None:
    people = extract_text(text, lang, "2024-06-01")
    person = next(p for p in people if p["surname"] == surname)
    assert person["unit"] is None


@pytest.mark.parametrize(
    ("text", "lang", "surname", "unit"),
    [
        ("Андрей Ильич Пестов из Орла служил в бригаде «Эспаньола», погиб 3 мая.",
         "ru", "Пестов", "бригада «Эспаньола»"),
        ("Магомед Исаевич Гаджиев с 2022 года служил по контракту в интернациональной "
         "бригаде «Пятнашка». Погиб 15 января под Авдеевкой.",
         "ru", "Гаджиев", "интернациональная бригада «Пятнашка»"),
    ],
)
def test_a_named_formation_he_served_in(text: str, lang: str, surname: str, unit: str) -> None:
    people = extract_text(text, lang, "2024-06-01")
    person = next(p for p in people if p["surname"] == surname)
    assert person["unit"] == unit


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Buryatia: Wagner fighters whose deaths were confirmed in March\n\n"
         "— DORZHIEV Bair Tsyrenovich (1984–2023), native of Kyakhta. Convict, recruited by "
         "Wagner in the colony in September 2022. Killed on 2 March near Bakhmut.\n"
         "— SANZHIEV Aldar, b. 1991, Ulan-Ude. Convict, IK-8. Killed on 9 March near "
         "Kleshcheevka.\n", "en"),
        ("Кладовище найманців ПВК «Вагнер» під Луганськом: чиї імена на хрестах\n"
         "Серед похованих — Андрій Юрійович Зотов (1979 – 2023), колишній в'язень ІК-3, "
         "якого завербувала ПВК «Вагнер» у жовтні. Загинув під Бахмутом.\n"
         "Поруч — могила Кирила Бондаря, 1994–2023, колишнього десантника, який загинув "
         "під Соледаром у січні.", "uk"),
        ("Бойцы ЧВК «Вагнер» из Прикамья, погибшие в феврале\n"
         "1. Ерофеев Игорь Андреевич, 1988 г.р., Пермь, завербован из ИК-10, "
         "погиб 3 февраля под Бахмутом.\n"
         "2. Лунегов Степан Ильич, 1990 г.р., Кунгур, погиб 11 февраля.\n", "ru"),
    ],
)
def test_the_heading_names_the_unit_of_all(text: str, lang: str) -> None:
    people = extract_text(text, lang, "2024-06-01")
    assert len(people) == 2
    units = {p["unit"] for p in people}
    assert len(units) == 1 and None not in units


def test_a_first_sentence_is_no_heading() -> None:
    text = ("Рядовой Иван Олегович Петров из Брянска, боец 64-й отдельной мотострелковой "
            "бригады, погиб 3 мая.\nВ тот же день в соседнем селе от обстрела погибла "
            "Мария Ивановна Смирнова, 68 лет.")
    people = extract_text(text, "ru", "2024-06-01")
    assert [p["unit"] for p in people if p["surname"] == "Смирнова"] in ([], [None])


def test_a_heading_of_another_unit_gives_nothing() -> None:
    before = {"unit": "БАРС-13", "spans": [(40, 45)], "evidence": {"unit": {}}, "status": "killed"}
    after = {"unit": None, "spans": [(80, 85)], "evidence": {}, "status": "killed"}
    text = "Погибшие бойцы отряда «Кубань» в мае\n" + "x" * 100
    share_heading_unit([before, after], text)
    assert after["unit"] is None


def test_joined_the_battalion_told_before() -> None:
    text = ("Two volunteers of the BARS-11 battalion were wounded near Svatove on May 4. "
            "Pavel Sergeyevich Lomov, 38, from Orenburg, is in hospital. His comrade, Serbian "
            "citizen Milan Jovanović, 47, who joined the battalion in 2023, lost a leg.")
    people = extract_text(text, "en", "2024-06-01")
    assert {p["surname"]: p["unit"] for p in people}.get("Jovanović") == "BARS-11"


def test_a_smaller_part_than_the_unit_is_not_the_same_unit() -> None:
    # "from the same platoon" tells no unit as written
    before = {"unit": "military unit 40212", "spans": [(0, 5)], "evidence": {"unit": {}}}
    after = {"unit": None, "spans": [(60, 65)], "evidence": {}}
    text = "Orlov, military unit 40212, was captured. Another conscript Popov from the same "
    text += "platoon is missing."
    after["spans"] = [(text.index("Popov"), text.index("Popov") + 5)]
    share_same_unit([before, after], text)
    assert after["unit"] is None


def test_the_cue_after_his_initials() -> None:
    text = ("Перший — Олег Сергійович Кузьмін, уродженець Сизрані, потрапив до штурмового "
            "загону «Шторм Z». Другий — Хайруллін Р. Ф., 1991 р.н., з Казані, завербований до "
            "того ж загону восени.")
    before = {"unit": "Шторм Z", "spans": [(9, 33)], "evidence": {"unit": {}}}
    start = text.index("Хайруллін")
    after = {"unit": None, "spans": [(start, start + 15)], "evidence": {}}
    share_same_unit([before, after], text)
    assert after["unit"] == "Шторм Z"
