"""The day a list was brought up to date is nobody's death; districts named after a town
whose name loses a vowel ("Вязьма" → "Вяземский") or its "-ка" ("Кыштовка" →
"Кыштовский")."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.districts import town_of_district

PUB = "2024-10-21"


def _people(text: str, lang: str = "ru", published: str = PUB) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize("heading", [
    "Погибшие при исполнении воинского долга (список обновлён 20.10.2024):",
    "Список погибших земляков. Обновлено: 20.10.2024",
    "Погибшие земляки (дата обновления: 20.10.2024)",
    "Вечная память павшим. Список актуален на 20.10.2024:",
])  # fmt: skip
def test_the_day_a_list_was_updated_dates_no_entry(heading: str) -> None:
    text = (f"{heading}\n"
            "ГАЛИУЛЛИН Марат Фаритович, 1990 г.р. – 2024, п. Салым, мобилизован;\n"
            "ТОКАРЕВ Илья Сергеевич, 06.01.1972 – 03.10.2024, г.п. Пойковский;\n"
            "ВАХРУШЕВ Артур Дмитриевич, 2004–2024, с. Чеускино.")  # fmt: skip
    people = _people(text)
    assert set(people) == {"Галиуллин", "Токарев", "Вахрушев"}
    assert people["Галиуллин"]["death_date"] == "2024"
    assert people["Вахрушев"]["death_date"] == "2024"
    assert people["Токарев"]["death_date"] == "2024-10-03"
    assert all(p.get("status_date") != "2024-10-20" for p in people.values())


@pytest.mark.parametrize(("text", "lang"), [
    ("Загиблі земляки (список оновлено 20.10.2024):\nПЕТРЕНКО Іван Олексійович, 1990 – 2024;\n"
     "КОВАЛЬ Андрій Петрович, 1985 – 2024.", "uk"),
    ("The fallen, as of October 20, 2024:\nIvan Petrenko (1990–2024)\n"
     "Serhiy Melnyk (1985–2024)", "en"),
    ("Our fallen (last updated on October 20, 2024):\nIvan Petrenko (1990–2024)\n"
     "Serhiy Melnyk (1985–2024)", "en"),
])  # fmt: skip
def test_an_updated_list_in_ukrainian_and_english(text: str, lang: str) -> None:
    people = list(extract_text(text, lang, PUB))
    assert len(people) == 2
    assert {p["death_date"] for p in people} == {"2024"}


@pytest.mark.parametrize(("adjective", "town", "region"), [
    ("Вяземского", "Вязьма", "RU-SMO"),
    ("Ельнинского", "Ельня", "RU-SMO"),
    ("Кыштовского", "Кыштовка", "RU-NVS"),
    ("Ребрихинского", "Ребриха", "RU-ALT"),
    ("Ржевского", "Ржев", "RU-TVE"),
])  # fmt: skip
def test_a_district_named_after_a_town_that_loses_a_vowel_or_its_ending(
        adjective: str, town: str, region: str) -> None:
    found = town_of_district(adjective)
    assert found is not None
    assert (found.name, found.region_code) == (town, region)


@pytest.mark.parametrize("adjective", ["Советского", "Ленинского", "Октябрьского"])
def test_a_district_named_after_an_idea_names_no_town(adjective: str) -> None:
    assert town_of_district(adjective) is None


@pytest.mark.parametrize(("text", "surname", "region"), [
    ("Администрация Вяземского муниципального округа с глубоким прискорбием сообщает, что "
     "погиб наш земляк ЕФРЕЙТОР КУЗНЕЦОВ Дмитрий Андреевич (24.08.2003 – 19.05.2024).",
     "Кузнецов", "RU-SMO"),
    ("Глава Кыштовского района почтил память земляка, гвардии сержанта Евгения Олеговича "
     "Щербакова, погибшего 4 июля 2023 года.", "Щербаков", "RU-NVS"),
])  # fmt: skip
def test_the_district_of_the_notice_gives_the_region(text: str, surname: str, region: str) -> None:
    people = _people(text)
    assert people[surname]["region"] == region


@pytest.mark.parametrize(("text", "place"), [
    ("В военкомате сказали, что Артём Кызласов попал в плен в районе Старомайорского.",
     "Старомайорское"),
    ("Рядовой Артём Кызласов погиб под Старомайорским 3 мая.", "Старомайорское"),
    ("Рядовой Иван Петров погиб в районе Новодонецкого.", "Новодонецкое"),
    ("Рядовий Іван Петренко загинув біля Старомайорського 3 травня.", "Старомайорське"),
])  # fmt: skip
def test_a_village_named_by_an_adjective_the_dictionary_does_not_know(
        text: str, place: str) -> None:
    lang = "uk" if "загинув" in text else "ru"
    (person,) = extract_text(text, lang, "2023-07-05")
    assert person["place_of_death"] == place


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Домой вернулись защитники Мариуполя, среди них старший сержант Нацгвардии Олег Ткачук, "
     "1979 г.р.", "ru", "Ткачук"),
    ("Из плена вернулся матрос 36-й отдельной бригады морской пехоты Владислав Гончарук.",
     "ru", "Гончарук"),
    ("З полону повернувся старший сержант Національної гвардії Олег Ткачук.", "uk", "Ткачук"),
    ("Вдома: солдат 37-ї окремої бригади морської піхоти Андрій Бондар повернувся з полону.",
     "uk", "Бондар"),
])  # fmt: skip
def test_ukraines_national_guard_and_marines_give_its_citizenship(
        text: str, lang: str, surname: str) -> None:
    assert _people(text, lang)[surname]["citizenship"] == "UA"


@pytest.mark.parametrize("text", [
    "Рядовой Росгвардии Иван Петров погиб 3 мая.",
    "Военнослужащий войск национальной гвардии Иван Петров погиб 3 мая.",
    "Морпех 155-й отдельной бригады морской пехоты Иван Петров погиб 3 мая.",
    "Морпех 40-й бригады морской пехоты Иван Петров погиб 3 мая.",
])  # fmt: skip
def test_russias_guard_and_marines_are_no_ukrainians(text: str) -> None:
    assert _people(text)["Петров"].get("citizenship") != "UA"


@pytest.mark.parametrize("farewell", [
    "Прощання з обома відбудеться 25 лютого.",
    "Прощання з ними відбудеться 25 лютого.",
])  # fmt: skip
def test_a_farewell_told_of_both_in_ukrainian_is_each_ones(farewell: str) -> None:
    text = ("Рядовий Сергій Ложкін загинув 3 лютого. Молодший сержант Антон Бабінцев загинув "
            f"11 лютого. {farewell}")
    people = _people(text, "uk", "2023-02-20")
    assert {p["other_dates"]["farewell"] for p in people.values()} == {"2023-02-25"}
