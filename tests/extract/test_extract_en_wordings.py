"""English wordings of deaths and of what stands around them: a man named as the one who
fell ("Roman fell on February 27 near Kostiantynivka"), the date a court set as the date of
death however long the apposition that says what day it was, institutions with numbers
that are no persons ("Penal Colony No. 6"), a hospital with its number and town, a priest
who will lead the funeral, a call sign in single quotes."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str, published: str = "2024-07-10") -> dict:
    ms = extract_text(text, "en", published)
    assert len(ms) == 1, [(m["surname"], m["given_name"]) for m in ms]
    return ms[0]


@pytest.mark.parametrize("name", ["Roman", "Roman Belousov", "Private Ivan Sokolov"])
@pytest.mark.parametrize("rest", ["on February 27 near Kostiantynivka",
                                  "near Kostiantynivka on 27 February"])
def test_a_named_man_fell(name: str, rest: str) -> None:
    text = f"Roman Belousov served in the 74th brigade. {name} fell {rest}."
    if name.startswith("Private"):
        text = f"{name} fell {rest}."
    m = _one(text, "2024-03-10")
    assert (m["status"], m["death_date"], m["place_of_death"]) == (
        "killed", "2024-02-27", "Kostiantynivka")


@pytest.mark.parametrize("text", [
    "Temperatures fell on Monday across the region, and Ivan Petrov's school reopened.",
    "Prices fell on 3 March in Moscow, Ivan Petrov told reporters.",
])
def test_things_that_fell_are_no_death(text: str) -> None:
    assert all(m["status"] != "killed" for m in extract_text(text, "en", "2024-03-10"))


@pytest.mark.parametrize("apposition", [
    ", the day he went missing near Bakhmut,",
    " — the last day his unit had contact with him —",
    ", the day his Wagner unit listed him as missing,",
    "",
])
@pytest.mark.parametrize("verb, whose", [("set", "the date of his death"),
                                         ("fixed", "his date of death"),
                                         ("named", "the official date of his death")])
def test_the_date_a_court_set_as_the_date_of_death(apposition: str, verb: str,
                                                   whose: str) -> None:
    text = ("A district court in Chita has declared dead Yevgeny Ushakov, a former inmate "
            f"recruited by Wagner in October 2022. The court {verb} 18 February 2023"
            f"{apposition} as {whose}. The ruling was issued on 11 March 2024.")
    m = _one(text)
    assert (m["status"], m["death_date"]) == ("declared_dead", "2023-02-18")


@pytest.mark.parametrize("that_day", [
    "The court recognised that day as the date of his death.",
    "The court took the day he went missing as the date of his death.",
])
def test_the_court_takes_the_day_he_went_missing(that_day: str) -> None:
    text = ("The Leninsky District Court of Orenburg has granted a mother's application to "
            "declare her son, A. V. Kostylev, dead. He went missing during an assault near "
            f"Bakhmut on 19 February 2023, and his body has never been found. {that_day}")
    m = _one(text, "2024-08-07")
    assert (m["surname"], m["status"], m["death_date"]) == (
        "Kostylev", "declared_dead", "2023-02-19")


@pytest.mark.parametrize("institution", ["Penal Colony No. 6", "Correctional Colony No. 2",
                                         "Pre-Trial Detention Centre No. 1",
                                         "Prison No. 3"])
def test_an_institution_with_a_number_is_no_person(institution: str) -> None:
    text = (f"Vladimir Kuzmin, 52, was serving 14 years in {institution} in Novocheboksarsk "
            "when Wagner recruiters visited in September 2022. He was killed near Bakhmut on "
            "18 January 2023.")
    m = _one(text)
    assert (m["surname"], m["status"], m["death_date"], m["age"]) == (
        "Kuzmin", "killed", "2023-01-18", 52)


@pytest.mark.parametrize(("where", "place"), [
    ("in City Hospital No. 1 in Rostov", "Rostov"),
    ("in Military Hospital No. 1602 in Rostov-on-Don", "Rostov-on-Don"),
    ("in a military hospital in Rostov-on-Don", "Rostov-on-Don"),
    ("in Hospital No. 3", "Hospital No. 3"),
])
def test_a_numbered_hospital_and_its_town(where: str, place: str) -> None:
    m = _one(f"Sergei Ivanov died of his wounds on 12 January 2023 {where}.")
    assert (m["death_date"], m["place_of_death"]) == ("2023-01-12", place)


@pytest.mark.parametrize("verb", ["will lead", "will conduct", "is to celebrate", "led"])
def test_a_priest_leading_the_funeral_is_no_person(verb: str) -> None:
    text = (f"Father Andrei Solovyov {verb} the funeral service on Sunday at the Church of "
            "St Nicholas in Stary Oskol for Denis 'Bely' Gavrilov, a volunteer of the Don "
            "battalion who died of his wounds on March 9. Denis was 36.")
    m = _one(text, "2025-03-14")
    assert (m["surname"], m["given_name"], m["status"], m["death_date"], m["age"]) == (
        "Gavrilov", "Denis", "killed", "2025-03-09", 36)


@pytest.mark.parametrize("quoted", ["'Bely'", "‘Bely’", '"Bely"', "“Bely”"])
def test_a_call_sign_in_quotes_inside_the_name(quoted: str) -> None:
    m = _one(f"Denis {quoted} Gavrilov, a volunteer, died of his wounds on 9 March 2025.")
    assert (m["surname"], m["given_name"]) == ("Gavrilov", "Denis")


def test_a_name_in_capitals_after_a_village_of_no_comma() -> None:
    text = ("It is with deep sorrow that we report that our fellow countryman, resident of "
            "the village of Sagan-Nur TSYRENOV Bair Dashievich (14.03.1987 – 21.01.2023), "
            "was killed in the special military operation zone.")
    m = _one(text, "2023-02-09")
    assert (m["surname"], m["given_name"], m["birth_date"], m["death_date"]) == (
        "Tsyrenov", "Bair", "1987-03-14", "2023-01-21")


@pytest.mark.parametrize(("text", "surname"), [
    ("The 36th brigade is named after Rear Admiral Mykhailo Bilynskyi. Ivan Kovalchuk, its "
     "sergeant, was killed on 3 March 2024.", "Kovalchuk"),
    ("The funeral took place at the church of St Alexander Nevsky. Oleg Zubarev was killed "
     "on 27 November 2023.", "Zubarev"),
])
def test_names_after_named_after_or_a_church_are_no_persons(text: str, surname: str) -> None:
    assert [m["surname"] for m in extract_text(text, "en", "2024-03-10")] == [surname]


def test_a_shell_that_killed_nobody() -> None:
    text = "The shell fell short and killed nobody, said Lieutenant Maxim Frolov."
    assert all(m["status"] != "killed" for m in extract_text(text, "en", "2024-03-10"))


def test_a_named_man_with_his_age_fell() -> None:
    m = _one("Viktor Belov, 29, fell near Vuhledar in January.", "2024-03-10")
    assert (m["status"], m["death_date"], m["place_of_death"], m["age"]) == (
        "killed", "2024-01", "Vuhledar", 29)


def test_an_invitation_to_say_goodbye_is_this_years() -> None:
    text = ("Everyone is invited to say goodbye to Anton Shilov on 2 October. He died of "
            "wounds on 15 September.")
    m = _one(text, "2024-09-28")
    assert (m["death_date"], m["other_dates"]) == ("2024-09-15", {"farewell": "2024-10-02"})


@pytest.mark.parametrize("name", ["Gurung Bikram", "Bikram Gurung"])
def test_a_known_south_asian_surname_first_or_last(name: str) -> None:
    m = _one(f"{name}, a Nepali citizen, was killed near Avdiivka.", "2024-03-10")
    assert (m["surname"], m["given_name"]) == ("Gurung", "Bikram")


@pytest.mark.parametrize("adverb", ["Now", "Sadly", "Tragically"])
def test_a_sentence_adverb_is_no_given_name(adverb: str) -> None:
    text = f"His brother was killed in 2022. {adverb} Maxim Tarasov, 33, has been mobilised too."
    assert [(m["surname"], m["given_name"]) for m in extract_text(text, "en", "2024-03-10")] == [
        ("Tarasov", "Maxim")]
