"""Who a name is, after review: a cleric killed, a namesake who is the dead, a widow in the
accusative, a familiar form of a relative's name."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text, pipeline
from headcount.extract.diminutives import full_forms, same_given
from headcount.extract.en_names import people


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m["surname"], m["given_name"], m["status"]) for m in extract_text(text)]


# 1. a cleric is not the dead only as the subject of an active verb of officiating

@pytest.mark.parametrize(("text", "surname"), [
    ("Father Oleg Petrov, a military chaplain, was killed by shelling and buried on Friday.",
     "Petrov"),
    ("Father Oleg Petrov, a military chaplain, was held captive and died in March.", "Petrov"),
    ("Rev. John Smith, a chaplain with the brigade, died of his wounds and was buried in Lviv.",
     "Smith"),
    ("Hieromonk Mikhail Vasin was wounded near Bakhmut and died in hospital.", "Vasin"),
])
def test_a_cleric_who_died_is_the_dead(text: str, surname: str) -> None:
    assert [(s, st) for s, _, st in _found(text)] == [(surname, "killed")]


@pytest.mark.parametrize("text", [
    "Ivan Sidorov was killed near Bakhmut. Father Oleg Petrov conducted the service on Friday.",
    "Father Oleg Petrov led the funeral service for Ivan Sidorov, who was killed near Bakhmut.",
    "Ivan Sidorov was killed near Bakhmut. Rev. John Smith said prayers at the grave.",
])
def test_an_officiating_cleric_is_not_the_dead(text: str) -> None:
    assert _found(text) == [("Sidorov", "Ivan", "killed")]


# 2. "в честь"/"на честь" a man whose own clause tells his death names the dead

@pytest.mark.parametrize(("text", "who"), [
    ("В школе открыли доску в честь ефрейтора Ивана Петрова, погибшего в зоне СВО.",
     ("Петров", "Иван")),
    ("Установили памятную доску в честь земляка Ивана Петрова, который погиб в мае.",
     ("Петров", "Иван")),
    ("На школі відкрили дошку на честь солдата Івана Петренка, який загинув під Бахмутом.",
     ("Петренко", "Іван")),
])
def test_a_plaque_for_a_fallen_soldier_names_the_dead(text: str, who: tuple[str, str]) -> None:
    assert _found(text) == [(*who, "killed")]


@pytest.mark.parametrize("text", [
    "Батальон назван в честь генерала Ивана Петрова, героя войны. Вчера погиб боец.",
    "Школа носит имя в честь поэта Ивана Петрова. На фронте погиб выпускник школы.",
])
def test_a_namesake_is_still_no_person(text: str) -> None:
    assert _found(text) == []


# 3. a kin word in the accusative before a name is that relative

@pytest.mark.parametrize("text", [
    "Погибшего в зоне СВО бойца похоронили. Он поддержал вдову Анну Петрову.",
    "Боец погиб в зоне СВО. Глава района навестил жену Марию Сидорову.",
    "Военный погиб под Бахмутом. Губернатор поблагодарил вдову Елену Смирнову за мужество.",
])
def test_a_widow_in_the_accusative_is_not_the_dead(text: str) -> None:
    assert _found(text) == []


def test_the_dead_after_a_kin_word_in_the_genitive_is_still_found() -> None:
    assert _found("Вдова погибшего Ивана Петрова рассказала о муже.") == [
        ("Петров", "Иван", "killed")]


# 4. a familiar form joins no full name when the text marks another person

def _groups(text: str, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    seen: list[list[str]] = []
    group = pipeline.group

    def spy(text: str, spans: list[tuple[int, int]]) -> Any:
        found = group(text, spans)
        seen.extend([text[r.start : r.end] for r in p.refs] for p in found)
        return found

    monkeypatch.setattr(pipeline, "group", spy)
    extract_text(text)
    return seen


@pytest.mark.parametrize(("text", "groups"), [
    ("Под Бахмутом погиб Александр Петров. У него остался сын Саша Петров, которому 7 лет.",
     [["Александр Петров"], ["Саша Петров"]]),
    ("Загинув Олександр Петренко. На похороні був Олесь Петренко, його брат.",
     [["Олександр Петренко"], ["Олесь Петренко"]]),
    ("Погиб Вадим Соколов. Дима Соколов с детства мечтал стать военным.",
     [["Вадим Соколов"], ["Дима Соколов"]]),
    ("Погиб Дмитрий Соколов. Дима Соколов с детства мечтал стать военным.",
     [["Дмитрий Соколов", "Дима Соколов"]]),
])
def test_a_familiar_form_of_another_person(text: str, groups: list[list[str]],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert _groups(text, monkeypatch) == groups


@pytest.mark.parametrize(("text", "groups"), [
    ("Alexander Petrov was killed near Bakhmut. His son Sasha Petrov, 7, lives in Tver.",
     [["Alexander Petrov"], ["Sasha Petrov"]]),
    ("Alexander Petrov was killed near Bakhmut. Sasha Petrov, his brother, said he was brave.",
     [["Alexander Petrov"], ["Sasha Petrov"]]),
    ("Vadim Petrov was killed near Bakhmut. Dima Petrov always wanted to be a soldier.",
     [["Vadim Petrov"], ["Dima Petrov"]]),
    ("Alexander Petrov was killed near Bakhmut. Sasha Petrov always wanted to be a soldier.",
     [["Alexander Petrov", "Sasha Petrov"]]),
])
def test_a_familiar_form_of_another_person_en(text: str, groups: list[list[str]]) -> None:
    assert [[text[r.start : r.end] for r in p.refs] for p in people(text)] == groups


@pytest.mark.parametrize("form", ["слава", "гоша", "витя", "ксюша", "мила",
                                  "олесь", "данила"])
def test_an_ambiguous_familiar_form_stands_for_no_name(form: str) -> None:
    assert full_forms(form) == frozenset()


def test_a_familiar_form_of_one_name_still_joins() -> None:
    assert same_given("дима", "дмитрий") and same_given("саша", "олександр")
    assert same_given("леша", "алексей")
    assert not same_given("дима", "вадим") and not same_given("леша", "леонид")
