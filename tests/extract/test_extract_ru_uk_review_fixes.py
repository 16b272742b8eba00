"""Russian and Ukrainian cues that fired on look-alikes: seeing someone off to the front is no
farewell, "будинок" is no future verb, the captors' unit is not the captive's, relatives' or
the death town is no home, a car named after a demonym is no home, a surrender to doctors is no
capture."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.dates import _UK_FUTURE
from headcount.extract.demonyms import find_demonyms
from headcount.extract.nationals import captors_sentence
from headcount.extract.status import Status, find_status


def one(text: str, lang: str) -> dict[str, Any]:
    found = extract_text(text, lang, "2024-06-01")
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Загинув 3 травня 2024 року Іван Петренко. У лютому 2022 року рідні проводжали його "
        "на фронт.",
        "Загинув 3 травня 2024 року Іван Петренко. Восени 2022 року мати проводжала його в армію.",
        "Загинув 3 травня 2024 року Іван Петренко. У березні 2023 року село проводжало його на "
        "службу.",
    ],
)
def test_seeing_off_to_the_front_is_no_farewell(text: str) -> None:
    m = one(text, "uk")
    assert m["death_date"] == "2024-05-03"
    assert "farewell" not in (m["other_dates"] or {})


def test_a_farewell_still_dates_a_farewell() -> None:
    m = one("Загинув 3 травня 2024 року Іван Петренко. 7 травня 2024 року рідні проводжали Героя.",
            "uk")
    assert (m["other_dates"] or {}).get("farewell") == "2024-05-07"


@pytest.mark.parametrize("text", ["дрон влучив у будинок", "будучи пораненим", "нова будівля",
                                  "будівельник"])
def test_words_on_bud_are_no_future(text: str) -> None:
    assert not _UK_FUTURE.search(text)


@pytest.mark.parametrize("text", ["прощання буде у четвер", "поховання відбудеться в неділю",
                                  "рідні будуть чекати", "його проводжатимуть у суботу"])
def test_future_forms_are_future(text: str) -> None:
    assert _UK_FUTURE.search(text)


def test_a_house_hit_on_saturday_is_a_past_date() -> None:
    m = one("Іван Петренко загинув у суботу, коли дрон влучив у будинок.", "uk")
    assert m["death_date"] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Окупант Іван Петров з Курська потрапив у полон до 92 ОШБр",
        "Окупант здався в полон бійцям 3 ОШБр",
        "Росіянина взяли в полон воїни 65 ОМБр",
        "Оккупант сдался в плен бойцам 92 ОШБр",
    ],
)
def test_a_surrender_to_a_unit_names_its_captors(text: str) -> None:
    assert captors_sentence(text, 0, len(text))


def test_a_soldier_of_a_unit_is_no_captor() -> None:
    text = "Іван Коваль служив у 92 ОШБр і загинув під Бахмутом"
    assert not captors_sentence(text, 0, len(text))


def test_the_captors_unit_is_not_the_captives() -> None:
    m = one("Окупант Іван Петров з Курська потрапив у полон до 92 ОШБр.", "uk")
    assert m["citizenship"] != "UA" and m["unit"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров погиб под Горловкой. Там же жили его бабушка и дедушка.",
        "Иван Петров погиб в бою под Горловкой, его родители там и жили.",
        "Иван Петров погиб при штурме Бахмута. Там же жил его брат.",
    ],
)
def test_the_death_town_or_relatives_home_is_no_home(text: str) -> None:
    m = one(text, "ru")
    assert m["settlement"] is None and m["region"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Он ездил на старом «Москвиче» до самой смерти.",
        "Отец подарил ему «Москвич».",
        "Всю жизнь ездил на москвиче.",
    ],
)
def test_a_car_is_no_home(text: str) -> None:
    assert not find_demonyms(text)


def test_a_demonym_is_still_a_home() -> None:
    assert [f.value for f in find_demonyms("Погибший — москвич, отец двоих детей.")] == ["RU-MOW"]


@pytest.mark.parametrize(
    "text",
    ["Он сдался врачам только в мае.", "Он сдался в больницу слишком поздно.",
     "Он сдался опытным врачам.", "Він здався лікарям надто пізно."],
)
def test_a_surrender_to_doctors_is_no_capture(text: str) -> None:
    assert Status.CAPTURED not in [f.value for f in find_status(text)]


@pytest.mark.parametrize(
    "text", ["Он сдался 2 июня на Запорожском направлении.", "Сдался украинским военным.",
             "Він здався у полон."])
def test_a_surrender_to_an_army_is_a_capture(text: str) -> None:
    assert Status.CAPTURED in [f.value for f in find_status(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров погиб при обороне Белгородчины 3 мая 2024 года.",
        "Иван Петров погиб 3 мая 2024 года, защищая Брянщину.",
        "Иван Петров погиб 3 мая 2024 года при отражении атаки на Белгородчине.",
    ],
)
def test_a_region_fought_over_is_no_home(text: str) -> None:
    assert one(text, "ru")["region"] is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Уроженец Белгородчины Иван Петров погиб 3 мая 2024 года.", "RU-BEL"),
        ("Иван Петров родом из Прикамья погиб 3 мая 2024 года.", "RU-PER"),
        ("Иван Петров погиб 3 мая 2024 года. Он вернулся в родную Брянщину после армии.",
         "RU-BRY"),
    ],
)
def test_a_region_after_a_home_cue_is_a_home(text: str, code: str) -> None:
    assert one(text, "ru")["region"] == code


def test_a_town_pointed_back_at_is_still_the_persons_home() -> None:
    m = one("Иван Петров погиб под Бахмутом. Похоронили его в Ишиме, он там и вырос.", "ru")
    assert (m["settlement"], m["region"]) == ("Ишим", "RU-TYU")
