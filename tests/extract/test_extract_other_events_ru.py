"""Dates of other events in Russian texts: one date per event (the one nearest its words),
one date of the person's latest news among going missing, capture, wounds, desertion, last
contact, a court's decision, an award or a call-up; "контрактник" dates no contract; the last
contact told in other words ("связь с которым прервалась", "последняя связь была")."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

#: the events the annotation keeps one date of, under "other"
ONE_OF = {"missing", "captured", "wounded", "deserted", "contact", "court", "award",
          "conscription", "departure", "repatriation"}


def person(text: str, published: str, surname: str) -> dict[str, Any]:
    return next(m for m in extract_text(text, "ru", published) if m["surname"] == surname)


def others(m: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in (m["other_dates"] or {}).items() if k in ONE_OF}


@pytest.mark.parametrize(
    ("text", "published", "surname", "day"),
    [
        ("Разыскивается Лаптев Роман Игоревич, 1990 г.р. Пропал без вести 3 марта 2024 года "
         "под Авдеевкой. Последний раз выходил на связь 1 марта.", "2024-04-01", "Лаптев",
         "2024-03-03"),
        # a deserter's own event, his leaving the unit, over the court that sentenced him
        ("Военный суд 14 мая приговорил к пяти годам колонии рядового Степана Курочкина, "
         "который в октябре 2023 года не вернулся в часть из отпуска и был объявлен в розыск. "
         "Задержали его 2 февраля.", "2024-05-20", "Курочкин", "2023-10"),
        ("Осуждённый в 2018 году за грабёж Рустам Валиев был завербован в «Шторм Z» в мае "
         "2023 года, а 9 августа попал в плен под Работино.", "2023-10-01", "Валиев",
         "2023-08-09"),
        ("Срочник Данила Петров из Льгова, призванный в армию в ноябре 2023 года, получил "
         "ранение 12 августа 2024 года в Курской области.", "2024-08-20", "Петров",
         "2024-08-12"),
    ],
)
def test_the_latest_news_is_the_one_other_date(text: str, published: str, surname: str,
                                               day: str) -> None:
    assert list(others(person(text, published, surname)).values()) == [day]


@pytest.mark.parametrize(
    ("text", "published", "surname", "event", "day"),
    [
        ("Уроженец Бердска 45-летний Олег Юрьевич Шумилов, отслуживший в ВДВ с 1997 по 1999 "
         "год, в ноябре 2022 года уволился с завода и подписал контракт.", "2023-06-30",
         "Шумилов", "contract", "2022-11"),
        ("Рядовой Тимур Галиев, служивший с 2015 года в полиции, в марте 2024 года подписал "
         "контракт и погиб 2 июля под Покровском.", "2024-07-20", "Галиев", "contract",
         "2024-03"),
    ],
)
def test_an_event_takes_the_date_nearest_it(text: str, published: str, surname: str,
                                            event: str, day: str) -> None:
    assert (person(text, published, surname)["other_dates"] or {}).get(event) == day


@pytest.mark.parametrize(
    ("text", "published", "surname", "day"),
    [
        ("Среди пропавших — мобилизованный Сергей Иванович Пектеев из Волжска, связь с "
         "которым прервалась 11 сентября 2024 года в Курской области.", "2025-06-18",
         "Пектеев", "2024-09-11"),
        ("Ищу мужа! Попов Эрчим Васильевич из Нюрбы, служил по контракту. Последняя связь "
         "была 17 октября, ушёл на штурм под Курахово и пропал.", "2024-12-05", "Попов",
         "2024-10-17"),
        ("Контрактник Илья Ямбаршев из Звенигово пропал без вести 4 ноября 2024 года.",
         "2025-01-10", "Ямбаршев", "2024-11-04"),
    ],
)
def test_last_contact_and_a_contract_soldier(text: str, published: str, surname: str,
                                             day: str) -> None:
    m = person(text, published, surname)
    assert list(others(m).values()) == [day]
    assert "contract" not in (m["other_dates"] or {})  # "контрактник": no signing dated


def test_distinct_events_keep_their_dates() -> None:
    """Guard: contract, mobilisation and funeral are not among the events kept once."""
    m = person("Мобилизованный в сентябре 2022 года Павел Егоров в мае 2023 года подписал "
               "контракт, погиб 4 января под Кременной. Похороны прошли 12 января.",
               "2024-01-20", "Егоров")
    assert m["other_dates"] == {"mobilised": "2022-09", "contract": "2023-05",
                                "funeral": "2024-01-12"}


@pytest.mark.parametrize(
    ("text", "surname", "event", "day", "death"),
    [
        ("Рядовой Тимур Галиев, заключивший контракт с Минобороны 15 мая 2024 года, погиб "
         "2 июля.", "Галиев", "contract", "2024-05-15", "2024-07-02"),
        ("Ефрейтор Олжас Сериков, подписавший контракт с министерством обороны в марте 2024 "
         "года, погиб под Курахово 9 сентября.", "Сериков", "contract", "2024-03",
         "2024-09-09"),
    ],
)
def test_a_date_closing_a_participle_phrase_is_its_event(text: str, surname: str, event: str,
                                                         day: str, death: str) -> None:
    m = person(text, "2024-10-01", surname)
    assert ((m["other_dates"] or {}).get(event), m["death_date"]) == (day, death)


@pytest.mark.parametrize(
    ("text", "death"),
    [
        # guards: no event before the date, the death after the comma keeps it
        ("5 мая, на рассвете, погиб рядовой Кирилл Ганин.", "2024-05-05"),
        ("В ночь на 12 августа, во время обстрела, погиб доброволец Семён Жарков.",
         "2024-08-12"),
    ],
)
def test_a_date_with_no_event_before_it_stays_the_deaths(text: str, death: str) -> None:
    (m,) = extract_text(text, "ru", "2024-10-01")
    assert m["death_date"] == death
