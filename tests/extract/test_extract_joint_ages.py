"""One age for two people: after two names joined by "and" with "both" ("Nikiforov and Private
Ayaal Vasilyev, both 20"), or after a given name and a full name sharing its surname ("Vasily
and Nikolai Nikitin, 30"); not where the first has an age of his own, nor where the first is a
full name of its own without "both". And a compound age adjective opening a sentence
("Двадцятишестирічний Нгуема") is his age, not his given name."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def ages(text: str, lang: str = "en") -> dict[str, int | None]:
    return {m["name"]: m["age"] for m in extract_text(text, lang, "2025-05-20")}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Private Alexei Nikiforov and Private Ayaal Vasilyev, both 20, were captured near "
         "Sudzha in August.", "Nikiforov Alexei", 20),
        ("Private Alexei Nikiforov and Private Ayaal Vasilyev, both 20, were captured near "
         "Sudzha in August.", "Vasilyev Ayaal", 20),
        ("Twin brothers Vasily and Nikolai Nikitin, 30, from Churapcha, signed up together last "
         "autumn.", "Nikitin Vasily", 30),
        ("Corporal Oleg Sidorov and Sergeant Pavel Orlov, each 35, were killed near Bakhmut "
         "in May.", "Sidorov Oleg", 35),
        ("Brothers Artyom and Ilya Sokolov, 24, were killed near Avdiivka in February.",
         "Sokolov Artyom", 24),
    ],
)
def test_joint_age(text: str, name: str, age: int) -> None:
    assert ages(text)[name] == age


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Private Ivan Petrov and Corporal Oleg Sidorov, 31, were killed near Bakhmut in May.",
         "Petrov Ivan"),
        ("Ivan Petrov, 25, and Oleg Sidorov, 31, were killed near Bakhmut in May.",
         "Petrov Ivan"),
    ],
)
def test_no_joint_age(text: str, name: str) -> None:
    assert ages(text)[name] in (None, 25)
    if "25" not in text:
        assert ages(text)[name] is None


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Двадцятишестирічний Нгуема, колишній студент, загинув на початку травня під "
         "Куп'янськом. Жан-Батіст Нгуема приїхав до Росії в березні.", "Нгуема Жан-Батіст", 26),
        ("Тридцятирічний Мбарга загинув під Вовчанськом у квітні. Поль Мбарга був родом із "
         "Яунде.", "Мбарга Поль", 30),
    ],
)
def test_age_adjective_opening_a_sentence(text: str, name: str, age: int) -> None:
    found = {m["name"]: m for m in extract_text(text, "uk", "2026-06-20")}
    assert set(found) == {name}
    assert found[name]["age"] == age
