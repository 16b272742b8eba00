"""Review fixes for towns read from community adjectives and Latin names: a common adjective
("Українська громада", "Міська рада", a colour or a size) names no town's community; a Latin
town matched only by sound needs a text about Ukraine and no other country in its sentence;
a region from a community or a land carries whether it is occupied; a land's capital letter
is a capital letter."""

from __future__ import annotations

import pytest

from headcount.extract.en_places import find_homes, ukrainian_town_oblast
from headcount.extract.homes import town_index
from headcount.extract.morph import language
from headcount.extract.uk_communities import find_communities, oblast_of


def _regions(text: str) -> list[tuple[str, object]]:
    with language("uk"):
        return [(f.value, f.extra.get("occupied")) for f in find_communities(text)
                if f.field == "region"]


@pytest.mark.parametrize("text", [
    "Українська громада Чикаго вшанувала пам'ять загиблого земляка.",
    "Українську громаду Торонто сколихнула звістка про загибель воїна.",
    "Червона міська рада тут ні до чого: Велика громада зібралася на площі.",
    "Польська громада Львова передала допомогу родині загиблого.",
])
def test_common_adjective_names_no_community(text: str) -> None:
    assert _regions(text) == []


@pytest.mark.parametrize("adjective", ["Українська", "Міської", "Сільська", "Обласна",
                                       "Червоній", "Великої"])
def test_common_adjective_has_no_oblast(adjective: str) -> None:
    with language("uk"):
        assert oblast_of(adjective) is None


def test_town_community_still_found() -> None:
    assert _regions("Тетіївська міська рада висловлює співчуття рідним.") == [("UA-32", False)]


def test_occupied_oblast_from_community_and_land() -> None:
    assert _regions("Житель Бахмутської громади загинув на фронті.") == [("UA-14", True)]
    assert _regions("Уродженець Бахмутщини загинув на фронті.") == [("UA-14", True)]
    assert _regions("Уродженець Коломийщини загинув на фронті.") == [("UA-26", False)]


def test_land_needs_a_capital_letter() -> None:
    assert _regions("Він родом із коломийщини, загинув на фронті.") == []


def _home_regions(text: str) -> list[str]:
    return [str(f.value) for f in find_homes(text, []) if f.field == "region"]


@pytest.mark.parametrize("text", [
    "Egyptian student Ahmed Hassan, a resident of Alexandria, was killed in the strike.",
    "Egyptian student Ahmed Hassan, a resident of Alexandria, was killed in Ukraine.",
    "Romanian trucker Ion Popescu, a resident of Alexandria, died on a road in Ukraine.",
    "Priya Sharma, a resident of Pervomaisk, said the Indian embassy in Kyiv helped.",
])
def test_sound_match_needs_ukrainian_context(text: str) -> None:
    assert not any(code.startswith("UA-") for code in _home_regions(text))


def test_sound_match_in_ukrainian_context_and_exact_spelling_still_fire() -> None:
    assert _home_regions(
        "Ukrainian soldier Taras Melnyk, a resident of Alexandriya, was killed.") == ["UA-35"]
    assert _home_regions("Taras Melnyk, a resident of Vinnytsia, was killed.") == ["UA-05"]
    assert ukrainian_town_oblast("Kryvyi Rih", by_sound=False) == "UA-12"
    assert ukrainian_town_oblast("Alexandria", by_sound=False) is None


def test_one_town_index() -> None:
    index = town_index(lambda p: (p.name_uk,))
    assert index["Тетіїв"] == "UA-32"
