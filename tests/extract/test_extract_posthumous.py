"""An award after death given to several people: each of them is dead."""

from __future__ import annotations

import pytest

from headcount.extract.pipeline import extract_text


@pytest.mark.parametrize(("text", "names"), [
    ("Посмертно награждены Иван Петров и Сергей Сидоров.",
     {("Петров", "Иван"), ("Сидоров", "Сергей")}),
    ("Орденами Мужества посмертно награждены братья Лаптевы — Олег и Иван.",
     {("Лаптев", "Олег"), ("Лаптев", "Иван")}),
    ("Братьям Осиповым, Геннадию и Павлу, посмертно вручили ордена Мужества.",
     {("Осипов", "Геннадий"), ("Осипов", "Павел")}),
])
def test_a_posthumous_award_of_several_is_each_ones_death(
        text: str, names: set[tuple[str, str]]) -> None:
    got = {(m["surname"], m["given_name"]): m["status"]
           for m in extract_text(text, lang="ru", published="2024-05-01")}
    assert set(got) == names
    assert set(got.values()) == {"killed"}


def test_a_posthumous_award_handed_to_a_mother_kills_no_bystander() -> None:
    text = ("Орден Мужества посмертно вручили матери Ивана Петрова. На церемонии был его друг "
            "Сергей Сидоров.")
    got = {(m["surname"], m["given_name"]) for m in extract_text(text, lang="ru")}
    assert got == {("Петров", "Иван")}
