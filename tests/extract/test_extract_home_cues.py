"""Homes, list entries, court declarations and confirmations told in more words than the
bare cue: "жил с семьёй в Бердске", "1. Фамилия, г.р., с. Деревня, рядовой — погиб", "суд
признал погибшим", "гибель подтверждена в сентябре"."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "town"),
    [("Рядовой Андрей Лосев погиб 3 мая 2024 года. С 2010 года он жил с семьёй в Бердске.",
      "Бердск"),
     ("Сержант Павел Котов погиб 3 мая 2024 года. Павел вырос здесь, в Ярцеве, и окончил "
      "школу.", "Ярцево"),
     ("Ефрейтор Олег Рыжов, проживавший вместе с матерью в Кунгуре, погиб 3 мая 2024 года.",
      "Кунгур"),
     ("Ефрейтор Олег Рыжов, проживавший в Кунгуре, погиб 3 мая 2024 года.", "Кунгур")],
)
def test_a_verb_of_living_a_few_words_before_the_town(text: str, town: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["settlement"] == town


@pytest.mark.parametrize(
    "text",
    ["Рядовой Андрей Лосев работал с отцом в Бердске, погиб 3 мая 2024 года.",
     "Сержант Павел Котов служил последние годы в Ярцеве, погиб 3 мая 2024 года."],
)
def test_work_or_service_words_between_are_still_no_home(text: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["settlement"] is None


@pytest.mark.parametrize(
    ("cue", "place"),
    [("пал в бою 8 мая 2024 года в районе Красногоровки", "Красногоровка"),
     ("сложил голову 8 мая 2024 года под Бахмутом", "Бахмут"),
     ("отдал жизнь 8 мая 2024 года под Кременной", "Кременная")],
)
def test_every_death_phrasing_reads_its_place(cue: str, place: str) -> None:
    [m] = extract_text(f"Подполковник Вячеслав Лозовой {cue}.", "ru", "2024-06-01")
    assert (m["death_date"], m["place_of_death"]) == ("2024-05-08", place)


def test_each_list_entry_is_the_person_who_opens_it() -> None:
    text = ("Список погибших земляков:\n"
            "1. Алексеев Николай Петрович, 1979 г.р., с. Большое Чурашево, рядовой — погиб "
            "12.06.2024 г.\n"
            "2. Ефимов Вадим Геннадьевич, 1991 г.р., г. Ядрин, мл. сержант — погиб 27.06.2024 г.\n"
            "3. Павлов Андрей Витальевич, 1999 г.р., д. Хочашево, ефрейтор — пропал без вести "
            "21.09.2024 г.")
    found = {m["surname"]: m for m in extract_text(text, "ru", "2024-10-01")}
    assert (found["Алексеев"]["rank"], found["Алексеев"]["death_date"]) == (
        "рядовой", "2024-06-12")
    assert found["Ефимов"]["rank"] == "младший сержант"
    assert (found["Павлов"]["rank"], found["Павлов"]["status"]) == ("ефрейтор", "missing")


@pytest.mark.parametrize(
    ("line", "town"),
    [("Ивашкевич Роман Олегович, 51 год, Оха — умер от ран;", "Оха"),
     ("Тюрин Илья Сергеевич, 22 года, Корсаков – погиб в бою;", "Корсаков")],
)
def test_a_town_before_a_dash_in_a_list_entry(line: str, town: str) -> None:
    text = ("Жители Сахалинской области, гибель которых подтверждена в сентябре 2024 года:"
            f"\n\n{line}")
    [m] = extract_text(text, "ru", "2024-10-04")
    assert m["settlement"] == town
    assert (m["other_dates"] or {}).get("reported") == "2024-09"
    assert m["death_date"] is None  # the month the death was confirmed is not the death's


@pytest.mark.parametrize(
    "text",
    ["Кировский районный суд Иркутска по заявлению матери признал погибшим рядового Дениса "
     "Гончарука.",
     "Суд признал рядового Дениса Гончарука погибшим при выполнении задач СВО.",
     "Ленинский районный суд признал погибшим военнослужащего Дениса Гончарука."],
)
def test_a_court_that_finds_someone_killed_declares_him_dead(text: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["status"] == "declared_dead"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Рядовой батальона «Байкал» Баир Цыбиков погиб 9 мая 2024 года.", "RU"),
     ("Гражданин Кубы Хосе Мартинес, боец батальона «Пятнашка», погиб 9 мая 2024 года.",
      "CU")],
)
def test_a_volunteer_battalion_implies_russia_unless_a_foreigner(text: str, expected: str) -> None:
    [m] = extract_text(text, "ru", "2024-06-01")
    assert m["citizenship"] == expected


@pytest.mark.parametrize(
    "text",
    ["Суд признал погибшим жителя посёлка Маркова рядового Дениса Гончарука.",
     "1. Алексеев Николай Петрович, 1979 г.р., с. Большое Чурашево, рядовой — погиб "
     "12.06.2024 г.",
     "Ефрейтор Олег Котов, уроженец деревни Малая Шемердяновка, погиб 12.06.2024 г."],
)
def test_a_village_after_its_settlement_word_is_no_person(text: str) -> None:
    assert len(extract_text(text, "ru", "2024-10-01")) == 1


def test_a_name_after_mayor_of_the_city_is_still_a_name() -> None:
    from headcount.extract import ner
    from headcount.extract.boundary import person_spans

    text = "В споре победил мэр города Лужков, а Евгений Ройзман проиграл."
    spans = person_spans(text, [(e.start, e.end) for e in ner.entities(text) if e.type == "PER"])
    assert "Лужков" in {text[s:e] for s, e in spans}
