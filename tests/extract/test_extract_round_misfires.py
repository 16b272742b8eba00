"""Where this round's rules must not fire: a civilian volunteering dates no contract, "там"
after a home town points to no front, a town in a clause of its own (a burial) is not the
place of death, and a Ukrainian soldier taken prisoner by Russia's soldiers is no Russian."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _people(text: str, lang: str, published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize("text", [
    "Ivan Sokolov volunteered for a charity in 2019. He was killed near Bakhmut on 3 May 2023.",
    "Ivan Sokolov became a volunteer firefighter in 2015. He was killed near Bakhmut on 3 May "
    "2023.",
    "In 2018 Ivan Sokolov volunteered to serve meals at a shelter in Omsk. He was killed near "
    "Bakhmut on 3 May 2023.",
    "Ivan Sokolov volunteered for the local food bank in March 2021. He died near Avdiivka on "
    "12 February 2024.",
])
def test_a_civilian_volunteering_dates_no_contract(text: str) -> None:
    m = _people(text, "en")["Sokolov"]
    assert "contract" not in (m["other_dates"] or {})


@pytest.mark.parametrize("text", [
    "Андрей Кузнецов вырос в селе Ивановка под Тамбовом. Там он и погиб, когда вернулся в "
    "отпуск и попал в аварию.",
    "Рядовой Олег Мухин родился под Курском. Там же он и погиб 3 мая при обстреле.",
    "Сержант Павел Дронов жил с семьёй в посёлке Ракитное под Белгородом. Там он и погиб.",
])
def test_there_after_a_home_town_is_no_front(text: str) -> None:
    assert [m.get("place_of_death") for m in extract_text(text, "ru", "2024-06-01")] == [None]


@pytest.mark.parametrize(("text", "place"), [
    ("Рядовой Иван Сомов погиб под Бахмутом, в селе Кузьминка его похоронили 12 мая.",
     "Бахмут"),
    ("Рядовой Иван Сомов погиб под Бахмутом, в селе Кузьминка прошло прощание.", "Бахмут"),
    ("Ефрейтор Антон Лыков погиб под Авдеевкой, в городе Шумиха его знал каждый.",
     "Авдеевка"),
    ("Рядовой Глеб Фомин погиб в Донецкой области, в посёлке Ясное при обстреле.", "Ясное"),
])
def test_a_town_in_a_clause_of_its_own_is_no_place_of_death(text: str, place: str) -> None:
    assert [m.get("place_of_death") for m in extract_text(text, "ru", "2024-06-01")] == [place]


@pytest.mark.parametrize(("text", "citizenship"), [
    ("Воїна 93-ї бригади Андрія Коваля взяли в полон російські військові під Бахмутом.",
     None),
    ("Російські військові взяли в полон бійця 93-ї бригади Андрія Коваля під Бахмутом.",
     None),
    ("Воїна 93-ї окремої механізованої бригади Андрія Коваля взяли в полон російські "
     "військові під Бахмутом.", "UA"),
    ("Російські окупанти захопили в полон бійця 93-ї окремої механізованої бригади Андрія "
     "Коваля.", "UA"),
])
def test_a_ukrainian_taken_by_russias_soldiers_stays_ukrainian(text: str,
                                                              citizenship: str | None) -> None:
    m = _people(text, "uk")["Коваль"]
    assert m["status"] == "captured"
    assert m["citizenship"] == citizenship


@pytest.mark.parametrize(("text", "published"), [
    ("Ivan Sokolov was killed near Bakhmut on 3 May 2023. On 5 June 2023 the recruiters were "
     "arrested.", "2023-07-01"),
    ("Ivan Sokolov was killed near Bakhmut on 3 May 2023. In August 2023 a court jailed two "
     "recruiters from Omsk.", "2023-09-01"),
    ("Ivan Sokolov was killed near Bakhmut on 3 May 2023. Recruiters in Omsk have been "
     "charged since October 2023.", "2023-12-01"),
])
def test_the_recruiters_own_fate_dates_no_contract(text: str, published: str) -> None:
    m = _people(text, "en", published)["Sokolov"]
    assert "contract" not in (m["other_dates"] or {})


@pytest.mark.parametrize("text", [
    "Ivan Sokolov was killed on 3 May 2023. Around Bakhmut, dozens of Wagner fighters were "
    "killed that week.",
    "Ivan Sokolov was killed on 3 May 2023. Near Bakhmut, two of his comrades were killed a "
    "week later.",
    "Ivan Sokolov was killed on 3 May 2023. Outside Soledar, his brother Oleg was killed in "
    "January.",
    "Ivan Sokolov died on 3 May 2023. Near Avdiivka, hundreds of convicts died that winter.",
])
def test_a_fronted_place_of_others_deaths_is_not_his(text: str) -> None:
    m = _people(text, "en")["Sokolov"]
    assert m["place_of_death"] is None


@pytest.mark.parametrize("text", [
    "Ivan Sokolov was killed on 3 May 2023. His father had fought in Afghanistan, and had been "
    "with veterans' groups since 1990.",
    "Ivan Sokolov was killed on 3 May 2023. He fought in Chechnya, but worked as a driver "
    "since 2005.",
    "Ivan Sokolov fought for his town's football club, then coached children since 2012. He was "
    "killed on 3 May 2023.",
])
def test_fighting_told_in_another_clause_than_since_dates_no_contract(text: str) -> None:
    m = _people(text, "en")["Sokolov"]
    assert "contract" not in (m["other_dates"] or {})


@pytest.mark.parametrize(("text", "status"), [
    ("A comrade who served with him said that Ivan Sokolov was wounded in May.", "wounded"),
    ("A friend who knew him well said Ivan Sokolov was killed near Bakhmut.", "killed"),
    ("One of his fellow recruits, who returned home in June, told reporters Ivan Sokolov was "
     "captured.", "captured"),
])
def test_a_friend_who_tells_of_him_leaves_his_fate(text: str, status: str) -> None:
    assert _people(text, "en")["Sokolov"]["status"] == status


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Рядовой Иван Сомов погиб 5 мая 2023 года. 3 мая 2023 года его рота оказалась в «котле» "
     "под Бахмутом.", "ru", "Сомов"),
    ("Рядовой Иван Сомов погиб 5 мая 2023 года. 1 мая 2023 года он оказался в «серой зоне» "
     "без связи.", "ru", "Сомов"),
    ("Солдат Іван Мельник загинув 5 травня 2023 року. 1 травня 2023 року він опинився в "
     "«сірій зоні».", "uk", "Мельник"),
])
def test_finding_oneself_in_a_quoted_place_is_no_joining(text: str, lang: str,
                                                        surname: str) -> None:
    m = _people(text, lang)[surname]
    assert "contract" not in (m["other_dates"] or {})


@pytest.mark.parametrize("text", [
    "Рядовой Павел Белов попал в плен, а его друг погиб. Это случилось под Кременной.",
    "Рядовой Павел Белов был ранен, погиб его командир. Это случилось под Кременной.",
    "Ефрейтор Олег Грачёв вернулся домой. Его брат погиб в прошлом году. Произошло это под "
    "Бахмутом.",
])
def test_it_happened_after_anothers_death_or_a_capture_is_no_place(text: str) -> None:
    assert [m.get("place_of_death") for m in extract_text(text, "ru", "2024-06-01")] == [None]


def test_it_happened_after_a_death_of_wounds_is_his_place() -> None:
    text = "Рядовой Глеб Фомин скончался от полученных ранений. Это случилось под Кременной."
    assert [m.get("place_of_death") for m in extract_text(text, "ru", "2024-06-01")] == [
        "Кременная"]
