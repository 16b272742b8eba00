"""A death's noun as the cue of its place ("Смерть произошла в …", "после кончины … в …"),
and ages written with a case ending on the figure ("в возрасте 27-ми лет", "45-ти лет")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.ages import find_ages


def _places(text: str) -> list[object]:
    return [m["place_of_death"] for m in extract_text(text, "ru")]


@pytest.mark.parametrize(("text", "place"), [
    ("Актёр Павел Смирнов умер утром 3 мая. Смерть произошла в Центральной клинической "
     "больнице.", "Центральная клиническая больница"),
    ("Рядовой Алексей Громов скончался от ран. Смерть наступила в госпитале Ростова-на-Дону.",
     "Ростов"),
    ("Сержант Игорь Котов умер от ранений. Смерть произошла в Луганске.", "Луганск"),
    ("Доброволец Олег Минаев погиб 3 июня. О его кончине в Горловке сообщили сослуживцы.",
     "Горловка"),
])
def test_a_death_noun_with_its_place(text: str, place: str) -> None:
    assert place in str(_places(text)[0])


@pytest.mark.parametrize(("text", "place"), [
    # a country before the cue is where he died when no town is told (the guide: "Ukraine")
    ("В США умер Джордж Мендонса, моряк с фотографии.", "США"),
    ("В Германии скончался актёр Ганс Мюллер.", "Германия"),
])
def test_a_country_in_a_headline_is_the_place(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize("text", [
    "В Германии живёт вдова погибшего под Бахмутом Игоря Смирнова.",
    "В Казахстане вспоминают Сергея Орлова, который погиб под Авдеевкой.",
    "Смерть сына Ивана Петрова произошла давно, а сам он живёт в Курске.",
])
def test_no_death_place_from_a_home_or_a_country(text: str) -> None:
    assert all(p not in ("Германия", "Казахстан", "Курск") for p in _places(text))


@pytest.mark.parametrize(("text", "age"), [
    ("Бывший футболист покончил с собой в возрасте 27-ми лет.", 27),
    ("Он умер в возрасте 45-ти лет от инфаркта.", 45),
    ("Рядовой Сергей Иванов погиб в возрасте 19-ти лет под Кременной.", 19),
    ("Бабушка скончалась в возрасте 83-х лет.", 83),
    ("Погибшему было 38-ми лет, у него остались двое детей.", 38),
])
def test_an_age_with_its_case_ending(text: str, age: int) -> None:
    assert [f.value for f in find_ages(text)] == [age]


@pytest.mark.parametrize("text", [
    "В возрасте 5-ти лет он переехал с родителями в Омск.",
    "Контракт на 2-х лет службы он подписал в мае.",
    "За 30-ть лет работы он ни разу не болел.",
])
def test_no_age_from_a_figure_with_an_ending(text: str) -> None:
    assert find_ages(text) == []

