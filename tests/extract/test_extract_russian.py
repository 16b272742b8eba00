"""extract_text on hand-written Russian obituaries: every field, attached to the right person."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import EXTRACTOR_VERSION, FIELDS, extract_text

OBITUARY = (
    "Стало известно о гибели Ивана Петрова в зоне СВО.\n"
    "В ходе специальной военной операции погиб житель села Кяхта Иван Сергеевич Петров.\n"
    "Ивану Петрову было 34 года. Он родился 5 мая 1988 года.\n"
    "В октябре 2022 года Иван был мобилизован. Младший сержант Петров погиб 12 марта "
    "под Бахмутом. Служил в 37-й отдельной гвардейской мотострелковой бригаде.\n"
    "Глава района Сергей Дондоков выразил соболезнования родным и близким погибшего.\n"
    "Похоронят Петрова на родине."
)


def one(text: str, **kw: Any) -> dict[str, Any]:
    ms = extract_text(text, **kw)
    assert len(ms) == 1, [m["name"] for m in ms]
    return ms[0]


def test_an_obituary_gives_one_person_with_every_field() -> None:
    m = one(OBITUARY, published="2023-03-20")
    assert (m["name"], m["surname"], m["given_name"], m["patronymic"]) == (
        "Петров Иван Сергеевич", "Петров", "Иван", "Сергеевич")
    assert m["name_latin"] == "PETROV IVAN SERGEEVICH"
    assert m["status"] == "killed"
    assert (m["death_date"], m["death_date_precision"]) == ("2023-03-12", "day")
    assert (m["status_date"], m["status_date_precision"]) == ("2023-03-12", "day")
    assert (m["birth_date"], m["birth_date_precision"]) == ("1988-05-05", "day")
    assert m["age"] == 34
    assert m["settlement"] == "Кяхта"
    assert (m["region"], m["region_inferred"], m["region_occupied"]) == ("RU-BU", True, False)
    assert m["rank"] == "младший сержант"
    assert m["unit"] == "37-я отдельная гвардейская мотострелковая бригада"
    assert (m["channel"], m["branch"]) == ("mobilised", "motor_rifle")
    assert m["place_of_death"] == "Бахмут"
    assert m["extractor_version"] == EXTRACTOR_VERSION
    assert set(FIELDS) <= m.keys()


def test_evidence_quotes_the_words_at_their_offsets() -> None:
    m = one(OBITUARY, published="2023-03-20")
    for name, ev in m["evidence"].items():
        assert OBITUARY[ev["start"] : ev["end"]] == ev["quote"], name
    assert m["evidence"]["name"]["quote"] == "Иван Сергеевич Петров"
    assert m["evidence"]["age"]["quote"].startswith("34")
    assert m["evidence"]["death_date"]["quote"] == "12 марта"


def test_case_forms_of_one_person_merge_and_officials_are_not_mentions() -> None:
    m = one(OBITUARY, published="2023-03-20")
    quotes = {OBITUARY[s:e] for s, e in m["spans"]}
    assert {"Ивана Петрова", "Ивану Петрову", "Петрова"} <= quotes
    assert not any("Дондоков" in q for q in quotes)


def test_several_people_each_get_their_own_facts() -> None:
    text = (
        "В Кяхтинском районе простились с двумя земляками.\n"
        "Рядовой Цыбиков Баир Александрович, 1990 г.р., служил в 5-й отдельной гвардейской "
        "танковой бригаде, погиб 3 июня 2022 года.\n"
        "Ефрейтор Дашиев Аюр Цыренович, 1985 г.р., служил в 11-й отдельной гвардейской "
        "десантно-штурмовой бригаде, погиб 7 июня 2022 года."
    )
    ms = {m["surname"]: m for m in extract_text(text)}
    assert set(ms) == {"Цыбиков", "Дашиев"}
    a, b = ms["Цыбиков"], ms["Дашиев"]
    assert (a["rank"], a["birth_date"], a["death_date"]) == ("рядовой", "1990", "2022-06-03")
    assert (b["rank"], b["birth_date"], b["death_date"]) == ("ефрейтор", "1985", "2022-06-07")
    assert a["branch"] == "tank" and b["branch"] == "airborne"
    assert b["unit"] == "11-я отдельная гвардейская десантно-штурмовая бригада"


@pytest.mark.parametrize(
    ("phrase", "published", "value", "precision"),
    [
        ("погиб 12 марта", "2023-04-02", "2023-03-12", "day"),
        ("погиб 28 декабря", "2023-01-10", "2022-12-28", "day"),  # the latest before publication
        ("погиб вчера", "2023-04-02", "2023-04-01", "day"),
        ("погиб позавчера", "2023-04-02", "2023-03-31", "day"),
        ("погиб на прошлой неделе", "2023-04-12", "2023-04", "month"),
        ("погиб в марте", "2023-04-02", "2023-03", "month"),
        ("погиб в 2022 году", "2023-04-02", "2022", "year"),
    ],
)
def test_relative_dates_resolve_against_publication(
    phrase: str, published: str, value: str, precision: str
) -> None:
    m = one(f"Рядовой Алексей Смирнов {phrase}.", published=published)
    assert (m["death_date"], m["death_date_precision"]) == (value, precision)


def test_a_day_without_a_year_and_without_publication_is_not_guessed() -> None:
    m = one("Рядовой Алексей Смирнов погиб 12 марта.")
    assert m["status"] == "killed" and m["death_date"] is None


def test_citizenship_is_kept_apart_from_region() -> None:
    m = one("Гражданин Непала Рам Бахадур Тхапа погиб в зоне СВО. Он служил по контракту.")
    assert (m["citizenship"], m["region"]) == ("NP", None)
    assert m["name"] == "Тхапа Рам Бахадур"  # a foreign name kept whole
    m = one("Уроженец Таджикистана Фаррух Рахимов погиб под Авдеевкой.")
    # a birth country alone is no citizenship (the annotation guide), nor a Russian region
    assert m["citizenship"] is None and m["region"] is None
    m = one("Выходец из Кубы Хорхе Перес попал в плен.")
    assert (m["citizenship"], m["status"]) == ("CU", "captured")


def test_contested_entities_and_occupied_territories_are_flagged() -> None:
    m = one("Гражданин Абхазии Астамур Квициния погиб в зоне СВО.")
    assert (m["citizenship"], m["citizenship_contested"]) == ("GE-AB", True)
    m = one("Житель ДНР Андрей Коваленко погиб 3 мая 2023 года.")
    assert (m["region"], m["region_occupied"]) == ("UA-14", True)


@pytest.mark.parametrize(
    ("name", "surname", "given", "patronymic"),
    [
        ("Рахимова Фарруха Ильхом угли", "Рахимов", "Фаррух", "Ильхом угли"),
        ("Мамедов Эльчин Рафик оглы", "Мамедов", "Эльчин", "Рафик оглы"),
        ("Алиева Лейла Рафик кызы", "Алиева", "Лейла", "Рафик кызы"),
        ("Петровой Анне Ивановне", "Петрова", "Анна", "Ивановна"),
        ("Дашиевым Баиром Цыреновичем", "Дашиев", "Баир", "Цыренович"),
    ],
)
def test_names_are_normalised_to_the_nominative(
    name: str, surname: str, given: str, patronymic: str
) -> None:
    from headcount.extract.namecase import parse_name

    p = parse_name(name.split())
    assert (p.surname, p.given, p.patronymic) == (surname, given, patronymic)


def test_central_asian_patronymic_in_text() -> None:
    m = one("Мобилизованный Рахимов Фаррух Ильхом угли погиб 5 мая 2023 года.")
    assert (m["surname"], m["given_name"], m["patronymic"]) == ("Рахимов", "Фаррух",
                                                                 "Ильхом угли")
    assert m["channel"] == "mobilised"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Рядовой Олег Кузнецов пропал без вести 10 января 2023 года.", "missing"),
        ("Рядовой Олег Кузнецов попал в плен 10 января 2023 года.", "captured"),
        ("Рядовой Олег Кузнецов вернулся домой после обмена пленными.", "returned"),
        ("Рядовой Олег Кузнецов получил тяжёлое ранение.", "wounded"),
        ("Рядовой Олег Кузнецов самовольно оставил часть.", "deserted"),
        ("Суд признал рядового Олега Кузнецова умершим.", "declared_dead"),
        ("Ранее рядовой Олег Кузнецов считался пропавшим без вести. Позже он погиб.", "killed"),
    ],
)
def test_status(sentence: str, status: str) -> None:
    assert one(sentence)["status"] == status


def test_status_date_belongs_to_the_status() -> None:
    m = one("Рядовой Олег Кузнецов попал в плен 10 января 2023 года, обмен состоялся "
            "5 мая 2023 года.")
    assert (m["status"], m["status_date"]) == ("returned", "2023-05-05")


@pytest.mark.parametrize(
    ("sentence", "unit", "channel"),
    [
        ("Осуждённый Андрей Зайцев воевал в штурмовом отряде «Шторм Z» и погиб.",
         "Шторм Z", "prisoner"),
        ("Андрей Зайцев был бойцом ЧВК «Вагнер», погиб под Соледаром.", "ЧВК «Вагнер»", "pmc"),
        ("Доброволец Андрей Зайцев служил в добровольческом батальоне «Байкал», погиб.",
         "добровольческий батальон «Байкал»", "volunteer_formation"),
        ("Андрей Зайцев служил по контракту в в/ч 12345, погиб.", "в/ч 12345", "contract"),
        ("Андрей Зайцев проходил срочную службу в 2-й гвардейской мотострелковой дивизии, погиб.",
         "2-я гвардейская мотострелковая дивизия", "conscript"),
    ],
)
def test_unit_and_channel_are_kept_apart(sentence: str, unit: str, channel: str) -> None:
    m = one(sentence)
    assert (m["unit"], m["channel"]) == (unit, channel)


def test_home_region_from_a_region_name() -> None:
    m = one("Уроженец Забайкальского края Зорикто Цыбиков погиб в зоне СВО.")
    assert (m["region"], m["region_inferred"]) == ("RU-ZAB", False)


def test_age_forms() -> None:
    assert one("34-летний Олег Кузнецов погиб.")["age"] == 34
    assert one("Олег Кузнецов погиб в возрасте 45 лет.")["age"] == 45
