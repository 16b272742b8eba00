"""Cues that must not reach past what they say: "с отрядом" without a date since, "помогите
найти" money, "как нет его звонков", a death "от … ранений" of several adjectives, "рос"
inside "российском", and genitive endings of names no dictionary has."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.places import _from_genitive, cue_flags
from headcount.extract.status import find_status


def one(text: str, published: str = "2024-06-01") -> dict[str, Any]:
    ms = extract_text(text, "ru", published=published)
    assert len(ms) == 1, [m["name"] for m in ms]
    return ms[0]


# ---------------------------------------------------------------- "с отрядом"


@pytest.mark.parametrize(
    ("text", "death"),
    [
        ("Житель Курска Иван Петров 5 мая вместе с отрядом попал под обстрел и погиб.",
         "2024-05-05"),
        ("Сержант Олег Смирнов 3 апреля вместе с отрядом вышел на позиции и погиб.",
         "2024-04-03"),
        ("Рядовой Антон Белов 12 марта отступал с отрядом и погиб под Бахмутом.", "2024-03-12"),
    ],
)
def test_with_a_unit_is_no_contract(text: str, death: str) -> None:
    m = one(text)
    assert "contract" not in (m["other_dates"] or {})
    assert m["death_date"] == death


def test_with_a_unit_since_a_date_is_a_contract() -> None:
    m = one("Список погибших бойцов:\n"
            "• Мурзаев Алексей Сергеевич, Рубцовск, с отрядом «Барс» с августа 2022 — 03.03.2023\n",
            published="2023-07-11")
    assert (m["other_dates"] or {}).get("contract") == "2022-08"
    assert m["death_date"] == "2023-03-03"


# ---------------------------------------------------------------- statuses


def statuses(text: str) -> set[str]:
    return {str(f.value) for f in find_status(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Помогите найти средства на лечение Ивана Петрова, тяжело раненного под Бахмутом.",
        "Помогите найти деньги на реабилитацию бойца Олега Смирнова.",
        "Помогите нам найти донора крови для Антона Белова.",
    ],
)
def test_help_finding_no_person_is_no_missing(text: str) -> None:
    assert "missing" not in statuses(text)


@pytest.mark.parametrize(
    "text",
    ["Помогите найти мужа, рядового Ивана Петрова.", "Помогите найти Олега Смирнова."],
)
def test_help_finding_a_person_is_missing(text: str) -> None:
    assert "missing" in statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Уже месяц как нет его звонков: Иван Петров не выходит на связь.",
        "Неделю как нет её писем, Олег Смирнов молчит.",
        "Третий день как нет его сообщений от Антона Белова.",
    ],
)
def test_no_calls_is_no_death(text: str) -> None:
    assert "killed" not in statuses(text)


@pytest.mark.parametrize(
    "text",
    ["Сорок дней как нет его, нашего Ивана Петрова.", "Год как нет его с нами."],
)
def test_a_bare_pronoun_after_how_long_gone_is_a_death(text: str) -> None:
    assert "killed" in statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров умер в госпитале от множественных огнестрельных ранений.",
        "Олег Смирнов скончался от полученных тяжёлых осколочных ранений.",
        "Антон Белов умер от тяжелых минно-взрывных ранений.",
        "Помер від численних осколкових поранень Андрій Коваль.",
    ],
)
def test_a_death_from_several_adjectives_of_wounds_is_no_wound(text: str) -> None:
    assert "wounded" not in statuses(text)


@pytest.mark.parametrize(
    "text",
    ["Иван Петров получил множественные огнестрельные ранения.",
     "Олег Смирнов с тяжелыми осколочными ранениями доставлен в госпиталь."],
)
def test_wounds_still_are_wounds(text: str) -> None:
    assert "wounded" in statuses(text)


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    "before",
    [
        "родился в Курске, проживал в российском городе ",
        "родился в Курске, жил в Ростовской области, в ",
        "уроженец Курска, работал в Ростове, потом жил в ",
        "родился в Курске, последние годы проживал в Российской Федерации, в городе ",
    ],
)
def test_a_word_beginning_with_ros_is_no_birth_cue(before: str) -> None:
    assert not cue_flags(before).get("born")


def test_grew_up_is_still_a_birth_cue() -> None:
    assert cue_flags("рос в ")["born"] is True


def test_a_home_after_a_birthplace_and_a_russian_region() -> None:
    m = one("Иван Петров родился в Курске, жил в Ростовской области, в Шахтах. Погиб 5 мая.")
    assert (m["settlement"], m["place_of_birth"]) == ("Шахты", "Курск")


@pytest.mark.parametrize(("word", "want"),
                         [("Ранчи", "Ранчи"), ("Кишинев", "Кишинев"), ("Сочи", "Сочи"),
                          ("Бамако", "Бамако")])
def test_an_indeclinable_name_stays_as_written(word: str, want: str) -> None:
    assert _from_genitive(word) == want


def test_a_home_in_a_town_with_an_adjective_after_a_birthplace() -> None:
    m = one("Родился в Курске, проживал в российском городе Белгороде Иван Петров, погиб 5 мая.")
    assert (m["settlement"], m["place_of_birth"]) == ("Белгород", "Курск")
