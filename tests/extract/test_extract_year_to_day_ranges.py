"""A life written as a bare year of birth and a day of death ("(1990 – 05.03.2023)") is a
life range in every language; a term of service is not."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Мухаметшин Ринат Рашидович (1990 – 05.03.2023), Краснотурьинск."),
    ("ru", "Иванов Петр Сергеевич (1990—05.03.2023) погиб в зоне СВО."),
    ("uk", "Мухаметшин Ринат Рашидович (1990 – 05.03.2023), Краснотур'їнськ."),
    ("en", "Ivan Petrov (1990 – 05.03.2023) was killed in the special military operation "
           "zone."),
])
def test_a_year_and_a_day_are_a_life(lang: str, text: str) -> None:
    [m] = extract_text(text, lang, "2023-06-26")
    assert (m["birth_date"], m["death_date"], m["status"]) == ("1990", "2023-03-05", "killed")


@pytest.mark.parametrize("text", [
    "Служил с 2015 – 05.03.2023 Мухаметшин Ринат Рашидович, Краснотурьинск.",
    "Мухаметшин Ринат Рашидович служил по контракту (2018 – 05.03.2023) в Омске.",
])
def test_a_term_is_no_life(text: str) -> None:
    assert all(m["death_date"] is None and m["status"] != "killed"
               for m in extract_text(text, "ru", "2023-06-26"))


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Ещё трое «вагнеровцев» из колоний Свердловской области:\nКузнецов Пётр Сергеевич "
           "(13.03.1979 – 22.02.2023), ИК-2, Екатеринбург, погиб под Бахмутом;"),
    ("uk", "Ще троє «вагнерівців» із колоній Свердловської області:\nКузнецов Петро "
           "Сергійович (13.03.1979 – 22.02.2023), ВК-2, Єкатеринбург, загинув під Бахмутом;"),
])
def test_a_colony_by_its_number_is_a_prisoners_channel(lang: str, text: str) -> None:
    [m] = extract_text(text, lang, "2023-06-26")
    assert m["channel"] == "prisoner"


@pytest.mark.parametrize("invite", ["Проститься с земляком можно 10 сентября в ДК «Энергетик».",
                                    "Приглашаем проститься 10 сентября в 11:00.",
                                    "Попрощатися з ним можна буде 10 вересня."])
def test_a_farewell_invitation_is_this_years(invite: str) -> None:
    lang = "uk" if "вересня" in invite else "ru"
    death = ("Константин Рябинин погиб 28 августа в районе Суджи." if lang == "ru" else
             "Костянтин Рябінін загинув 28 серпня в районі Суджі.")
    [m] = extract_text(f"{death} {invite}", lang, "2024-09-09")
    assert m["death_date"] == "2024-08-28"
