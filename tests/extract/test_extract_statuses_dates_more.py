"""Statuses and dates told otherwise: "взяли в плен" (a capture by its active verb), a claim
"о признании … умершим" (a court's declaration named by its noun), "отпевание и прощание" (a
farewell), and in English a span's start ("since 2019") dating no later cue, a court's day of
death ("set August 14, 2023, as the date of his death"), a decision "dated June 26", the day a
press service spoke (no event), "2004 b." (a year of birth), a clock's colon in a ceremony."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, lang: str = "ru") -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("Наш сын Кирилл Андреевич Зуев, 2004 г.р., служил по призыву. Потом мы увидели видео — "
         "его взяли в плен украинские военные.", "Зуев Кирилл Андреевич", None),
        ("Рядового Степана Ушакова взяли в плен под Работином в июле 2023 года.",
         "Ушаков Степан", "2023-07"),
        ("В марте 2024 года под Авдеевкой украинцы взяли в плен ефрейтора Максима Горелова из "
         "Тамбова.", "Горелов Максим", "2024-03"),
        ("Мама рассказала, что Артёма Климова из Кирова взяли в плен вместе с сослуживцами "
         "12 августа.", "Климов Артём", "2023-08-12"),
    ],
)
def test_taken_prisoner_by_the_active_verb(text: str, name: str, other: str | None) -> None:
    person = by_name(text)[name]
    assert person["status"] == "captured"
    if other is not None:
        assert other in (person["other_dates"] or {}).values()


def test_not_taken_prisoner_is_no_capture() -> None:
    people = by_name("Рядовой Олег Сомов погиб под Бахмутом 3 мая, его не взяли в плен.")
    assert people["Сомов Олег"]["status"] == "killed"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Суд удовлетворил заявление жительницы Читы о признании её мужа, рядового Бадмаева "
         "Зорикто Баировича, умершим.", "ru", "Бадмаев Зорикто Баирович"),
        ("Ленинский районный суд удовлетворил иск матери о признании умершим сержанта Виталия "
         "Кочнева, пропавшего без вести под Бахмутом.", "ru", "Кочнев Виталий"),
        ("Суд задовольнив заяву матері про визнання померлим солдата Олега Ткачука, який зник "
         "безвісти під Бахмутом.", "uk", "Ткачук Олег"),
    ],
)
def test_a_claim_to_declare_dead_named_by_its_noun(text: str, lang: str, name: str) -> None:
    assert by_name(text, lang)[name]["status"] == "declared_dead"


@pytest.mark.parametrize(
    ("text", "name", "event", "day"),
    [
        ("Завтра в 10:00 в храме г. Бийска состоится отпевание и прощание с рядовым Иваном "
         "Лосевым, погибшим в зоне СВО.", "Лосев Иван", "farewell", "2024-06-02"),
        ("12 марта в Никольском храме пройдут отпевание и прощание с сержантом Олегом Быковым.",
         "Быков Олег", "farewell", "2024-03-12"),
        ("Отпевание младшего сержанта Романа Сысоева, погибшего под Авдеевкой, состоится 5 июня "
         "в Успенском соборе.", "Сысоев Роман", "funeral", "2024-06-05"),
    ],
)
def test_a_service_and_farewell_is_a_farewell(text: str, name: str, event: str, day: str) -> None:
    assert by_name(text)[name]["other_dates"] == {event: day}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("According to investigators, Bakyt Osmonov, 30, who had worked in Moscow since 2018, "
         "signed a contract with the Russian army in March 2023.", "Osmonov Bakyt", "2023-03"),
        ("Ramesh Gurung served in the Nepal Army from 2001 to 2020 and signed a contract with "
         "the Russian Defence Ministry in December 2023.", "Gurung Ramesh", "2023-12"),
        ("Aziz Karimov, who had lived in Samara since March 2021, joined the army in October "
         "2023 and was killed in January.", "Karimov Aziz", "2023-10"),
    ],
)
def test_a_span_start_dates_no_later_contract(text: str, name: str, day: str) -> None:
    assert by_name(text, "en")[name]["other_dates"]["contract"] == day


def test_with_wagner_since_still_dates_the_contract() -> None:
    people = by_name("Pedro Alvarez has been with Wagner since 2019. He was killed near Soledar.",
                     "en")
    assert people["Alvarez Pedro"]["other_dates"]["contract"] == "2019"


@pytest.mark.parametrize(
    ("text", "name", "death", "other"),
    [
        ("The court has granted a request by the mother of a contract serviceman to declare "
         "him dead. Private Aleksei Kuzakov signed a contract in May 2023. The court set "
         "August 14, 2023, as the date of his death. The decision, dated May 26, has not yet "
         "entered into force.", "Kuzakov Aleksei", "2023-08-14", "2024-05-26"),
        ("The court declared Sergei Bulatov dead and named June 2, 2023, the date of his death.",
         "Bulatov Sergei", "2023-06-02", None),
        ("A district court in Chita declared Private Roman Zaitsev dead. The court set 3 March "
         "2023 as the date of his death. The judgment, dated May 12, can be appealed.",
         "Zaitsev Roman", "2023-03-03", "2024-05-12"),
    ],
)
def test_a_court_set_day_of_death(text: str, name: str, death: str, other: str | None) -> None:
    person = by_name(text, "en")[name]
    assert person["status"] == "declared_dead"
    assert person["death_date"] == death
    if other is not None:
        assert person["other_dates"]["other"] == other


@pytest.mark.parametrize(
    "text",
    [
        "The court declared Private Ilya Markov dead, the court's press service reported on "
        "May 2.",
        "Private Ilya Markov was declared dead by a court in Kurgan, the regional prosecutor's "
        "office said on May 2.",
    ],
)
def test_the_day_a_body_speaks_dates_nothing(text: str) -> None:
    person = by_name(text, "en")["Markov Ilya"]
    assert "2024-05-02" not in (person["other_dates"] or {}).values()


@pytest.mark.parametrize(
    ("text", "name", "year"),
    [
        ("Ukrainian channels published a list of prisoners. Among them is Private Denis Orlov, "
         "2003 b., a conscript from Tula, whose mother recognised him on May 2.",
         "Orlov Denis", "2003"),
        ("Missing since March: Sergeant Timur Aliev, 1998 born, from Makhachkala.",
         "Aliev Timur", "1998"),
    ],
)
def test_born_after_the_year(text: str, name: str, year: str) -> None:
    person = by_name(text, "en")[name]
    assert person["birth_date"] == year
    assert year not in (person["other_dates"] or {}).values()


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("On 4 November at 11:00 the farewell ceremony for Guards Junior Sergeant Nikolai "
         "Argunov will be held in the sports hall.", "Argunov Nikolai", "2023-11-04"),
        ("On May 14 at 10:30, a memorial service for Private Andrei Kotov, who was killed near "
         "Avdiivka, will be held at the school.", "Kotov Andrei", "2024-05-14"),
    ],
)
def test_a_clock_time_parts_no_ceremony_from_its_day(text: str, name: str, day: str) -> None:
    assert by_name(text, "en")[name]["other_dates"]["farewell"] == day
