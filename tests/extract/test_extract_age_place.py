"""Ages of people, not of things; places of death after hospital words, not countries in a
headline; the place of a death said far from its cue."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.ages import find_ages


@pytest.mark.parametrize(
    "text",
    ["готовились отпраздновать 30-летнюю годовщину свадьбы", "отбывает 25-летний срок",
     "Исполнилось 85 лет со дня рождения поэта", "подписал трёхлетний контракт",
     "отметили сорокалетний юбилей завода", "за 20-летнюю службу в полиции",
     "после 10-летнего перерыва", "15-летний стаж работы водителем",
     # the year of life is no age stated (the guide: null)
     "Сегодня на 97-м году ушёл из жизни писатель", "на 85 году скончался бывший министр",
     "31 октября на 102-м году жизни скончался"],
)
def test_the_age_of_a_thing_is_no_age(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [("55-летний британский премьер сдал тест", 55), ("погибла 23-летняя сотрудница", 23),
     ("сорокалетнего владельца мастерской", 40), ("29-летний Брендт Кристенсен", 29),
     ("19-летний рядовой Георгий Макаров", 19), ("умерла в возрасте 115 лет", 115),
     ("Ему было 34 года, он погиб", 34)],
)
def test_ages_of_people(text: str, age: int) -> None:
    assert [f.value for f in find_ages(text)] == [age]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Анджело Роттоли умер 28 марта 2020 года в поликлинике Понте-Сан-Пьетро.",
         "Понте-Сан-Пьетро"),
        ("Рядовой Иван Петров скончался от ран в госпитале Луганска.", "госпиталь Луганска"),
        ("Скончался 29 марта 2020 года польский композитор и дирижёр Кшиштоф Пендерецкий в "
         "Кракове.", "Краков"),
    ],
)
def test_a_place_of_death_after_its_cue(text: str, place: str) -> None:
    ms = extract_text(text, "ru")
    assert [m["place_of_death"] for m in ms] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("В США умер Джордж Мендонса, моряк с фотографии.", "США"),
    ("В Германии скончался актёр Ганс Мюллер.", "Германия"),
    ("В Италии в возрасте 83 лет скончался Уильям Сэлис.", "Италия"),
    ("22 февраля 2018 года в США на 77-м году жизни скончался князь Владимир Голицын.", "США"),
    ("В Украине погиб гражданин Кубы Алексис Перес.", "Украина"),
])
def test_a_country_before_the_cue_is_the_place_of_death(text: str, place: str) -> None:
    # the guide keeps a country as the place of death when no town is told ("Ukraine")
    assert [m["place_of_death"] for m in extract_text(text, "ru")] == [place]


def test_a_town_after_the_cue_wins_over_a_country_before_it() -> None:
    text = "В Германии скончался актёр Ганс Мюллер. Он умер в Мюнхене 3 мая 2020 года."
    assert [m["place_of_death"] for m in extract_text(text, "ru")] == ["Мюнхен"]


def test_a_death_date_far_from_its_cue_in_the_sentence() -> None:
    text = ("Экс-президент Перу Алан Гарсия скончался в больнице в Лиме после того, как "
            "предпринял попытку суицида во время задержания в среду, 17 апреля 2019 года.")
    assert [m["death_date"] for m in extract_text(text, "ru")] == ["2019-04-17"]


@pytest.mark.parametrize(
    ("text", "age"),
    [("Алексей Дроздов, мой муж, тридцати пяти лет, ранен под Торецком.", 35),
     ("Иван Петров, сорок лет, погиб в мае.", 40),
     ("Ольга Кравец, двадцати двух лет, погибла.", 22)],
)
def test_an_age_in_words_between_commas(text: str, age: int) -> None:
    assert [f.value for f in find_ages(text)] == [age]


@pytest.mark.parametrize(
    ("text", "place"),
    [("Рядовой Дмитрий Павленко погиб под Роботиным.", "Роботино"),
     ("Рядовой Дмитрий Павленко погиб под Кременной.", "Кременная"),
     ("Рядовой Дмитрий Павленко погиб под Марьинкой.", "Марьинка")],
)
def test_a_village_in_the_instrumental_back_to_the_nominative(text: str, place: str) -> None:
    assert [m["place_of_death"] for m in extract_text(text, "ru")] == [place]


@pytest.mark.parametrize(
    ("text", "citizenship"),
    [("Рядовой Александр Бондаренко погиб, служил в 92-й бригаде ВСУ.", "UA"),
     ("Александр Бондаренко погиб, защищая Украину.", "UA"),
     ("Рядовой Георгий Макаров погиб, когда ВСУ обстреляли пункт дислокации.", "RU")],
)
def test_a_soldier_of_ukraines_army_is_ukrainian(text: str, citizenship: str) -> None:
    assert [m["citizenship"] for m in extract_text(text, "ru")] == [citizenship]


def test_a_district_adjective_is_no_person() -> None:
    text = ("Погибли наши земляки:\nрядовой Ооржак Айдын Сергеевич (г. Кызыл);\n"
            "ефрейтор Монгуш Чингис Алексеевич (Кызылский кожуун, с. Сукпак).")
    assert sorted(m["surname"] for m in extract_text(text, "ru")) == ["Монгуш", "Ооржак"]


@pytest.mark.parametrize(
    "text",
    ["20 июня 2019 года исполнилось 85 лет со дня рождения поэта Юрия Визбора, который умер в "
     "1984 году.",
     "К 90-летию со дня рождения писателя Василия Шукшина 25 июля 2019 года пройдут показы."],
)
def test_an_anniversary_of_a_birth_is_no_birth_date(text: str) -> None:
    assert all(m["birth_date"] is None for m in extract_text(text, "ru"))
