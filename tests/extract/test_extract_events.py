"""Dates of other events (reported, conscription, last contact, award decree, joining a PMC),
the date of a non-death status kept apart, units known by name, "Оба …" sentences."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.military import find_channels, find_units


def _one(text: str, published: str = "2024-03-14") -> dict:
    ms = extract_text(text, "ru", published)
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize(
    ("text", "event", "when"),
    [
        ("Рядовой Евгений Шмаков погиб. В ноябре 2023 года мать получила извещение.",
         "reported", "2023-11"),
        ("Рядовой Евгений Шмаков погиб. О его гибели стало известно 2 февраля 2024 года.",
         "reported", "2024-02-02"),
        ("Рядовой Максим Лавренко погиб. В 2020 году он ушёл на срочную службу.",
         "conscription", "2020"),
        ("Рядовой Максим Лавренко погиб. В 2020 году был призван в армию.", "conscription",
         "2020"),
        ("Рядовой Тимур Хабибуллин пропал без вести. Последний раз выходил на связь "
         "13 августа 2023 года.", "contact", "2023-08-13"),
        ("Сержант Алексей Фомичёв погиб. Указ подписан 3 июля 2023 года.", "award",
         "2023-07-03"),
        ("Боец Ильнур Хасанов погиб. Он ушёл в ЧВК в январе 2023 года.", "contract", "2023-01"),
        ("Рядовой Артур Мкртчян погиб. В сентябре 2022 года его мобилизовали.", "mobilised",
         "2022-09"),
        ("Рядовой Тимур Хабибуллин погиб. Мобилизован из Нижнекамска в сентябре 22-го.",
         "mobilised", "2022-09"),
    ],
)
def test_other_events_get_their_own_dates(text: str, event: str, when: str) -> None:
    m = _one(text)
    assert (m["other_dates"] or {}).get(event) == when
    assert m["death_date"] != when


def test_a_notification_is_not_the_death_date() -> None:
    m = _one("В ноябре мать получила извещение: сын, рядовой Евгений Шмаков, погиб в районе "
             "Работино.", "2024-01-19")
    assert m["death_date"] is None and m["other_dates"] == {"reported": "2023-11"}


@pytest.mark.parametrize(
    ("text", "status", "when"),
    [("Рядовой Павел Ухов пропал без вести 20.10.2023 под Авдеевкой.", "missing", "2023-10-20"),
     ("Алексей Дроздов 15 августа 2024 года ранен под Торецком.", "wounded", "2024-08-15"),
     ("Рядовой Константин Ершов 14 мая 2023 года самовольно оставил часть.", "deserted",
      "2023-05-14")],
)
def test_the_date_of_a_non_death_status_is_an_event(text: str, status: str, when: str) -> None:
    m = _one(text, "2024-09-01")
    assert m["status"] == status
    assert m["other_dates"] == {status: when} and m["death_date"] is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [("завербован в отряд «Шторм Z» в феврале", "Шторм Z"),
     ("воевал в штурмовом отряде «Шторм-V»", "Шторм V"),
     ("ушёл в подразделение «Шторм V»", "Шторм V"), ("бойцы «Шторм Z» погибли", "Шторм Z"),
     ("заключил контракт с отрядом БАРС-13 в ноябре", "БАРС-13"),
     ("служил в «БАРС 21»", "БАРС-21"), ("Вагнеровец из Альметьевска", "ЧВК «Вагнер»"),
     ("боец ЧВК «Вагнер»", "ЧВК «Вагнер»")],
)
def test_units_known_by_their_name(text: str, unit: str) -> None:
    assert [f.value for f in find_units(text)] == [unit]


@pytest.mark.parametrize("text", ["В сентябре 2022 года его мобилизовали.",
                                  "Мобилизовали Артура осенью.", "мобилизованный рядовой"])
def test_every_form_of_mobilising_is_the_mobilised_channel(text: str) -> None:
    assert [str(f.value) for f in find_channels(text)] == ["mobilised"]


@pytest.mark.parametrize(
    ("lead", "tail"),
    [("Оба проходили службу по контракту", "contract"),
     ("Все трое были мобилизованы осенью 2022 года", "mobilised"),
     ("Оба они служили по контракту", "contract")],
)
def test_a_collective_sentence_speaks_of_everyone_just_named(lead: str, tail: str) -> None:
    text = (f"Погибли матрос Алексей Смирнов, 1996 г.р., и старшина Кирилл Дёмин, 1991 г.р. "
            f"{lead}.")
    if "трое" in lead:
        text = text.replace("и старшина", "старшина Олег Рыбин, 1990 г.р., и старшина")
    ms = extract_text(text, "ru", "2024-03-14")
    assert len(ms) >= 2
    assert {m["channel"] for m in ms} == {tail}


@pytest.mark.parametrize(
    "text",
    ["Вечная память Ивану Сергеевичу Воронину!\n(07.01.1998 - 19.05.2023)\nПогиб, защищая Родину.",
     "Светлая память Ивану Сергеевичу Воронину! (07.01.1998 – 19.05.2023) Погиб под Бахмутом."],
)
def test_life_dates_after_an_exclamation(text: str) -> None:
    m = _one(text, "2023-05-26")
    assert (m["birth_date"], m["death_date"]) == ("1998-01-07", "2023-05-19")


@pytest.mark.parametrize(
    "court",
    ["Датой смерти суд определил день исчезновения.",
     "Датой его смерти признан день, когда он пропал без вести.",
     "Дату смерти суд установил по дню исчезновения."],
)
def test_a_court_that_takes_the_day_of_going_missing_as_the_death_date(court: str) -> None:
    text = ("Суд признал умершим мобилизованного Дмитрия Сорокина. Военнослужащий пропал без "
            f"вести 27 января 2023 года в районе Угледара. {court}")
    m = _one(text, "2024-09-10")
    assert (m["status"], m["death_date"]) == ("declared_dead", "2023-01-27")


def test_a_court_that_fixes_no_date_gives_no_death_date() -> None:
    text = ("Суд признал умершим мобилизованного Дмитрия Сорокина. Военнослужащий пропал без "
            "вести 27 января 2023 года в районе Угледара.")
    assert _one(text, "2024-09-10")["death_date"] is None
