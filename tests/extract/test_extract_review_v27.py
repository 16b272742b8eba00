"""Review of version 27's rules on texts they were not written for: an apposition right
after a casualty's name in an official's clause is his, not the official's; a country a
list's entry gives its own man is not shared with the other entries; a relative's "their
son, …" after a verb of saying is the one the text is about."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.en_places import countries_after_names


def people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {str(p["surname"]): p for p in extract_text(text, lang, "2024-06-01")}


# --- an apposition right after the casualty's name is his ---------------------------------

@pytest.mark.parametrize(("text", "lang", "surname", "field", "value"), [
    ("Губернатор Вячеслав Гладков выразил соболезнования семье Ивана Соколова, 34 лет, "
     "уроженца Шебекино, погибшего 5 мая.", "ru", "Соколов", "age", 34),
    ("Губернатор Вячеслав Гладков выразил соболезнования семье Ивана Соколова, 34 лет, "
     "уроженца Шебекино, погибшего 5 мая.", "ru", "Соколов", "settlement", "Шебекино"),
    ("Военный комиссар Иван Зуев вручил матери погибшего Никиты Лаптева, 19 лет, орден "
     "Мужества. Лаптев родился в Тамбове.", "ru", "Лаптев", "age", 19),
    ("Міський голова Ігор Терехов висловив співчуття родині Івана Коваля, 45 років, "
     "уродженця Харкова, який загинув 2 травня.", "uk", "Коваль", "age", 45),
])
def test_apposition_after_casualty_in_officials_clause(
        text: str, lang: str, surname: str, field: str, value: object) -> None:
    assert people(text, lang)[surname][field] == value


@pytest.mark.parametrize(("text", "lang", "surname", "field", "value"), [
    # a rank before the casualty's name, right after the official's: still his
    ("По словам главы района Петра Иванова, рядовой Сергей Ким, 25 лет, уроженец Омска, "
     "погиб 3 марта.", "ru", "Ким", "rank", "рядовой"),
    ("Як повідомив міський голова Олександр Мамай, старший солдат Іван Коваль, 45 років, "
     "загинув під Бахмутом.", "uk", "Коваль", "rank", "старший солдат"),
    # an official's own apposition stays his
    ("Председатель Госсовета Татарстана Фарид Мухаметшин, уроженец Альметьевска, вручил "
     "награду вдове Рустама Хакимова. Хакимов, 35 лет, погиб в мае.", "ru", "Хакимов",
     "settlement", None),
    ("Сестра погибшего Ольга Петрова, 40 лет, рассказала, что брат Иван родился в Курске. "
     "Иван Петров погиб 5 мая.", "ru", "Петров", "age", None),
])
def test_apposition_negatives(text: str, lang: str, surname: str, field: str,
                              value: object) -> None:
    assert people(text, lang)[surname][field] == value


# --- a list entry's country is that entry's man's only ------------------------------------

@pytest.mark.parametrize(("text", "lang", "own", "other"), [
    ("Killed:\n- Dinesh Perera, Sri Lanka, b. 1990;\n- John Smith, Kent, b. 1985.", "en",
     "Perera", "Smith"),
    ("Загиблі:\n— Дінеш Перера, Шрі-Ланка, 1990 р.н.;\n— Іван Петров, Курськ, 1985 р.н.", "uk",
     "Перера", "Петров"),
    ("Погибшие:\n— Ахмед Салех, Египет, 1990 г.р.;\n— Иван Петров, Курск, 1985 г.р.", "ru",
     "Салех", "Петров"),
])
def test_listed_country_not_shared(text: str, lang: str, own: str, other: str) -> None:
    found = people(text, lang)
    assert found[own]["citizenship"] is not None
    assert found[other]["citizenship"] != found[own]["citizenship"]


def test_heading_country_still_shared() -> None:
    found = people("Погибли граждане Непала:\n— Рам Тапа, Непал, 1990 г.р.;\n— Бикаш Гурунг, "
                   "1995 г.р.", "ru")
    assert found["Гурунг"]["citizenship"] == "NP"


def test_list_entry_one_helper() -> None:
    # one reading of a list's entry for both languages' countries (en_places used a copy)
    from headcount.extract.listed_countries import list_entry

    text = "Killed:\n- Dinesh Perera, Sri Lanka, b. 1990;\nJohn Smith, Sri Lanka, said."
    assert list_entry(text, 10) and list_entry(text, 45)
    assert not list_entry("Dinesh Perera, Sri Lanka, said.", 0)
    assert [f.value for f in countries_after_names(text, [(10, 23)])] == ["LK"]


# --- "said their son, …": the one spoken of ------------------------------------------------

@pytest.mark.parametrize(("text", "surname", "field", "value"), [
    ("Ivan Petrov's parents said their son, a sergeant in the 76th Division, went to the "
     "front in 2022 and never came back.", "Petrov", "unit", "76th Division"),
    ("Ivan Petrov's parents said their son, a sergeant in the 76th Division, went to the "
     "front in 2022 and never came back.", "Petrov", "rank", "sergeant"),
    ("Ivan Petrov went missing in May. His widow told reporters her husband, a sergeant in "
     "the 76th Division, had called her on May 3.", "Petrov", "rank", "sergeant"),
])
def test_spoken_of_kin_is_the_casualty(text: str, surname: str, field: str,
                                       value: object) -> None:
    assert people(text, "en")[surname][field] == value


@pytest.mark.parametrize(("text", "surname", "field"), [
    ("Ivan Petrov was killed in May. His son, 24, from Tver, signed a contract in 2023 and is "
     "still serving.", "Petrov", "settlement"),
    ("Ivan Petrov, a native of Kursk, was killed on May 5. His father, Nikolai Petrov, 60, a "
     "retired officer, said his son had volunteered.", "Petrov", "age"),
])
def test_relatives_own_facts_stay_theirs(text: str, surname: str, field: str) -> None:
    assert people(text, "en")[surname][field] is None
