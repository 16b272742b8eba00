"""How a death is told: the phrasing, the age in figures or words, the place of death and birth."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.ages import find_ages, number


def one(text: str, **kw: Any) -> dict[str, Any]:
    ms = extract_text(text, **kw)
    assert len(ms) == 1, [m["name"] for m in ms]
    return ms[0]


PHRASES = ["ушёл из жизни", "ушел из жизни", "скончался от ран", "пал смертью храбрых",
           "пал в бою", "погиб", "скончался в госпитале", "отдал жизнь за Родину",
           "был смертельно ранен и скончался", "умер"]
PEOPLE = ["Рядовой Иван Петров", "Сержант Олег Смирнов", "Доброволец Пётр Зайцев"]


@pytest.mark.parametrize(("person", "phrase"), list(itertools.product(PEOPLE, PHRASES)))
def test_death_phrasing_gives_status_and_date(person: str, phrase: str) -> None:
    m = one(f"{person} {phrase} 8 марта 2024 года.")
    assert (m["status"], m["death_date"]) == ("killed", "2024-03-08")


@pytest.mark.parametrize(
    "text",
    ["Рядового Андрея Зайцева не стало 8 марта 2024 года.",
     "8 марта 2024 года ушла из жизни санинструктор Анна Белова.",
     "Сержант Олег Смирнов покончил с собой 8 марта 2024 года."],
)
def test_other_death_phrasings(text: str) -> None:
    m = one(text)
    assert (m["status"], m["death_date"]) == ("killed", "2024-03-08")


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Ему был 31 год.", 31),
        ("Ему было 34 года.", 34),
        ("Ему было двадцать три года.", 23),
        ("Он погиб в возрасте сорока пяти лет.", 45),
        ("Он погиб в возрасте 45 лет.", 45),
        ("Ему исполнилось всего девятнадцать лет.", 19),
        ("Погибшему было пятьдесят два года.", 52),
        ("Тридцатипятилетний боец погиб.", 35),
        ("34-летний боец погиб.", 34),
        ("34 летний боец погиб.", 34),
        ("Он погиб в 45 лет.", 45),
        ("Он дожил до 90 лет.", 90),
    ],
)
def test_ages_in_figures_and_words(sentence: str, age: int) -> None:
    assert [f.value for f in find_ages(sentence)] == [age]


@pytest.mark.parametrize(
    ("words", "value"),
    [("сорока пяти", 45), ("двадцать один", 21), ("тридцати", 30), ("девятнадцати", 19),
     ("пять сорок", None), ("стол", None)],
)
def test_number_words(words: str, value: int | None) -> None:
    assert number(words) == value


def test_an_age_in_a_following_sentence_goes_to_the_person() -> None:
    m = one("Рядовой Иван Петров погиб под Бахмутом. Ему был 31 год.")
    assert m["age"] == 31


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В Донецке погиб рядовой Иван Петров.", "Донецк"),
        ("Под Бахмутом погиб рядовой Иван Петров.", "Бахмут"),
        ("Под Авдеевкой 5 марта 2024 года погиб сержант Олег Смирнов.", "Авдеевка"),
        ("Рядовой Иван Петров погиб под Бахмутом.", "Бахмут"),
        # the hospital and its town, as the annotation guide writes a death of wounds
        ("Рядовой Иван Петров скончался от ран в госпитале в Ростове-на-Дону.",
         "госпиталь в Ростове-на-Дону"),
        ("Сержант Олег Смирнов погиб 5 марта 2024 года в районе Курахова.", "Курахово"),
    ],
)
def test_place_of_death_before_or_after_the_cue(text: str, place: str) -> None:
    assert one(text)["place_of_death"] == place


def test_a_burial_place_is_not_the_place_of_death() -> None:
    m = one("Рядовой Иван Петров погиб в зоне СВО. Похоронен в Улан-Удэ.")
    assert m["place_of_death"] == "зона СВО"
    m = one("Рядовой Иван Петров погиб. Похоронен в Улан-Удэ.")
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Юрий Царёв родился в 1988 году в Москве. Он погиб.", "Москва"),
        ("Уроженец города Орска рядовой Юрий Бондарев погиб.", "Орск"),
        ("Рядовой Юрий Бондарев родился 3 мая 1990 года в Иркутске, погиб под Бахмутом.",
         "Иркутск"),
    ],
)
def test_place_of_birth(text: str, place: str) -> None:
    assert one(text)["place_of_birth"] == place


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        ("Рядовой Иван Петров пропал без вести под Авдеевкой 20.10.2023.", "missing", "Авдеевка"),
        ("Рядовой Иван Петров 15 августа ранен под Торецком.", "wounded", "Торецк"),
        ("Рядовой Иван Петров попал в плен в районе Клещеевки.", "captured", "Клещеевка"),
        ("Рядовой Иван Петров погиб у н.п. Очеретино.", "killed", "Очеретино"),
        ("Рядовой Иван Петров погиб при обстреле Белгородской области в районе Шебекино.",
         "killed", "Шебекино"),
        ("Рядовой Иван Петров пал смертью храбрых в Курской области.", "killed",
         "Курская область"),
    ],
)
def test_the_place_of_any_status(text: str, status: str, place: str) -> None:
    m = one(text)
    assert (m["status"], m["place_of_death"]) == (status, place)


@pytest.mark.parametrize(
    "decision",
    ["Кировский районный суд Иркутска признал умершим рядового Станислава Бердникова.",
     "Суд признал его умершим: рядовой Станислав Бердников пропал без вести.",
     "Рядового Станислава Бердникова признали умершим."],
)
def test_a_court_declaration_and_its_date_of_death(decision: str) -> None:
    text = (f"{decision} Решением суда от 29 мая 2024 года датой смерти признан "
            "2 марта 2023 года.")
    m = one(text)
    assert (m["status"], m["death_date"]) == ("declared_dead", "2023-03-02")
    assert m["other_dates"]["court"] == "2024-05-29"


@pytest.mark.parametrize("call_sign", ["«Татарин»", '"Пича"', "«Жук»"])
def test_a_life_range_after_a_call_sign(call_sign: str) -> None:
    m = one(f"Удалось прочитать табличку: Мусин Айдар Ринатович {call_sign} 1984–2023.")
    assert (m["birth_date"], m["death_date"]) == ("1984", "2023")


@pytest.mark.parametrize("season", ["летом", "осенью", "в конце", "весной"])
def test_a_season_gives_the_year(season: str) -> None:
    m = one(f"Рядовой Иван Петров подписал контракт {season} 2023 года и погиб в 2024 году.")
    assert (m["other_dates"]["contract"], m["death_date"]) == ("2023", "2024")


def test_a_demonym_is_not_a_person() -> None:
    m = one("Доброволец Жаргал Дашиев ушёл из жизни. Улан-удэнец погиб в бою 30 мая 2023 года.")
    assert m["surname"] == "Дашиев" and m["death_date"] == "2023-05-30"


@pytest.mark.parametrize("sentence", [
    "Сержант Олег Петров погиб 5 июня 2023 года на 25-м году службы.",
    "Майор Игорь Волков погиб 5 июня 2023 года на 20-м году работы в полиции.",
])
def test_a_year_of_service_is_not_an_age(sentence: str) -> None:
    (m,) = extract_text(sentence)
    assert m["age"] is None
