"""A relative's clause that names him, a speaker who is a relative, a relative who lives
elsewhere: the one reported keeps his facts, and no one else takes them."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {str(p["surname"]): p for p in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(("text", "lang", "surname", "day"), [
    ("Ольга Петрова, чей сын Иван Петров погиб 5 мая под Бахмутом, обратилась к губернатору.",
     "ru", "Петров", "2024-05-05"),
    ("Жительница Курска, у которой сын Иван Петров погиб под Бахмутом 5 мая, обратилась к "
     "губернатору.", "ru", "Петров", "2024-05-05"),
    ("Ганна Бойко, чий син Олег Бойко загинув 7 травня біля Часового Яру, звернулася до "
     "громади.", "uk", "Бойко", "2024-05-07"),
    ("Anna Petrova, whose son Ivan Petrov was killed near Bakhmut on May 3, spoke to "
     "reporters.", "en", "Petrov", "2024-05-03"),
])
def test_a_relative_named_in_his_clause_keeps_his_death(
        text: str, lang: str, surname: str, day: str) -> None:
    found = people(text, lang)
    assert found[surname]["status"] == "killed"
    assert found[surname]["death_date"] == day


def test_an_unnamed_relatives_clause_still_gives_nothing() -> None:
    found = people("Медсестра Гульнара Хасанова, чей муж служит по контракту, погибла при "
                   "обстреле 3 мая.", "ru")
    assert found["Хасанова"].get("channel") is None


def test_a_relative_with_his_own_dated_event_is_news() -> None:
    found = people("Мать рассказала, что её сын Иван Петров был мобилизован в сентябре 2022 "
                   "года.", "ru")
    assert found["Петров"]["channel"] == "mobilised"
    assert found["Петров"]["other_dates"] == {"mobilised": "2022-09"}


@pytest.mark.parametrize("text", [
    "Ivan Petrov, a mobilised soldier from Tver, told his brother in March that he was afraid. "
    "He was killed near Bakhmut on May 3.",
    "Sergei Volkov told his father by phone that the unit was moving. He was killed near "
    "Avdiivka on May 3.",
])
def test_one_who_tells_a_relative_is_still_the_one_reported(text: str) -> None:
    (person,) = extract_text(text, "en", "2024-06-01")
    assert person["status"] == "killed"
    assert person["death_date"] == "2024-05-03"


def test_a_mother_who_says_her_son_was_captured_is_not_reported() -> None:
    found = people("Galina Petrova of Kursk said her son Oleg Petrov had been captured near "
                   "Vovchansk in May.", "en")
    assert "Petrova" not in found


@pytest.mark.parametrize(("text", "status"), [
    ("Private Ivan Petrov was evacuated badly wounded from Bakhmut on May 3.", "wounded"),
    ("Sergeant Oleg Sidorov was carried out seriously wounded near Avdiivka on May 3.",
     "wounded"),
])
def test_his_own_wound_after_a_care_verb_is_his(text: str, status: str) -> None:
    (person,) = extract_text(text, "en", "2024-06-01")
    assert person["status"] == status


@pytest.mark.parametrize("text", [
    "Nurse Anna Petrova, who treats wounded soldiers in Donetsk, was killed by a drone on "
    "May 3.",
    "Anna Petrova, who helped evacuate the wounded near Bakhmut, was killed on May 3.",
])
def test_the_wounded_a_carer_tends_are_not_her_status(text: str) -> None:
    (person,) = extract_text(text, "en", "2024-06-01")
    assert person["status"] == "killed"


@pytest.mark.parametrize(("text", "lang"), [
    ("Об этом рассказал Андрей из Курска, брат которого погиб под Бахмутом.", "ru"),
    ("Про це розповів Тарас з Ніжина, брат якого загинув під Бахмутом.", "uk"),
    ("Мы поговорили с Бишалом из Покхары, чей брат погиб под Авдеевкой.", "ru"),
])
def test_a_speaker_by_his_given_name_is_not_the_dead(text: str, lang: str) -> None:
    assert extract_text(text, lang, "2024-06-01") == []


def test_a_foreign_given_name_alone_with_his_fate_is_still_found() -> None:
    (person,) = extract_text("Гражданин Непала Бишал из Покхары, 24 года, погиб под "
                             "Авдеевкой.", "ru", "2024-06-01")
    assert person["status"] == "killed"


@pytest.mark.parametrize("text", [
    "Ivan Petrov, 34, was killed near Bakhmut in May. His mother, Natalia Petrova, who lives "
    "in Tver, said she learned of it from a neighbour.",
    "Ivan Petrov, 34, was killed near Bakhmut in May. His widow, a teacher, who lives in "
    "Tver, was told by phone.",
])
def test_where_a_relative_lives_is_not_his_home(text: str) -> None:
    found = people(text, "en")
    assert found["Petrov"].get("settlement") is None
    assert found["Petrov"].get("region") is None


@pytest.mark.parametrize("text", [
    "Рядовой Иван Петров пропал без вести у Авдеевки 3 марта, гибель подтверждена 12 декабря.",
    "Рядовой Иван Петров пропал без вести у Авдеевки, позже гибель была подтверждена.",
    "Сержант Олег Сидоров пропал без вести под Работино, смерть его установлена в мае.",
])
def test_the_missing_confirmed_dead_lose_the_place_they_went_missing(text: str) -> None:
    (person,) = extract_text(text, "ru", "2024-06-01")
    assert person["status"] == "killed"
    assert person.get("place_of_death") is None
