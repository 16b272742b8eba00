"""English texts about several people: a headline's fates counted one by one, a unit or a
place of death told of "all three" or "both", the country yielding to a place in it, a
possessive naming, a dateline, and a call that brought the news."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _run(text: str) -> dict[str, dict[str, Any]]:
    return {m["given_name"]: m for m in extract_text(text, "en", "2024-06-01")}


@pytest.mark.parametrize("text", [
    "Brothers from Tuva: one killed, one wounded\nArtur Oorzhak was killed near Bakhmut on "
    "May 3. His brother Aidys, 30, was wounded in the same attack.",
    "Cousins from Kyzyl: one dead, another missing\nAidar Mongush, 28, was wounded near "
    "Avdiivka in April. His cousin Aidys Mongush has been missing since May 2.",
])
def test_a_headlines_counted_fates_go_to_no_one(text: str) -> None:
    found = _run(text)
    assert len(found) == 2
    assert all(m["status"] != "killed" for m in found.values() if m["given_name"] == "Aidys")


def test_a_headlines_plural_fate_still_goes_to_all() -> None:
    found = _run("Three Nepalis killed in Ukraine\nKATHMANDU — Ram Thapa, 30, Hari Gurung, 28, "
                 "and Bishnu Rai, 25, went to Russia in 2023.")
    assert {m["status"] for m in found.values()} == {"killed"}


@pytest.mark.parametrize("text", [
    "Bato Tsydenov, 38, and his cousin Zorikto Tsydenov, 35, were called up on September 23. "
    "Both died on November 9 near Svatove. All three served in the 11th Air Assault Brigade.",
    "Two men from Buryatia were killed in Ukraine. Bato Tsydenov, 38, and his cousin Zorikto "
    "Tsydenov, 35, were called up in September. Both died on November 9 near Svatove. Both "
    "served in the 11th Air Assault Brigade.",
])
def test_both_share_a_place_of_death_and_a_unit(text: str) -> None:
    found = _run(text)
    assert set(found) == {"Bato", "Zorikto"}
    for m in found.values():
        assert m["place_of_death"] == "Svatove"
        assert m["unit"] == "11th Air Assault Brigade"


def test_they_alone_share_no_place_of_death() -> None:
    found = _run("Oleg Kuzmin was killed near Bakhmut in May 2024. Pavel Lebedev was killed in "
                 "June 2024. They were killed near Avdiivka, officials said earlier.")
    assert found["Oleg"]["place_of_death"] == "Bakhmut"


def test_a_possessive_given_name_names_the_person() -> None:
    found = _run("Bair Dashiev was killed near Robotyne on March 27. His brother Zorigto, 37, "
                 "was wounded. Zorigto taught at a school. Bair's farewell was held on 16 April.")
    assert found["Bair"]["other_dates"]["farewell"] == "2024-04-16"
    assert "farewell" not in (found["Zorigto"].get("other_dates") or {})


@pytest.mark.parametrize("text", [
    "KATHMANDU, Feb 8 (AP) — Dil Bahadur Rai, 33, was killed near Avdiivka on January 20.",
    "NAIROBI, Oct 3 — Kevin Otieno, 30, has been missing since September.",
])
def test_a_dateline_is_no_name(text: str) -> None:
    assert len(_run(text)) == 1


@pytest.mark.parametrize(("text", "reported"), [
    ("Yoel Rosales, 22, was killed near Klishchiivka. A fellow Cuban called her on September "
     "21 to say Yoel had died.", "2023-09-21"),
    ("Kevin Otieno, 30, was killed near Bakhmut. A friend called his mother on 12 May to say "
     "he had died.", "2024-05-12"),
])
def test_a_call_that_brings_the_news_is_a_report(text: str, reported: str) -> None:
    person = next(iter(_run(text).values()))
    assert person["other_dates"]["reported"] == reported
    assert person.get("death_date") != reported


def test_a_call_without_news_of_death_is_no_report() -> None:
    person = _run("Ivan Orlov called his wife on May 3 to say he was fine; he has been missing "
                  "since May 10.")["Ivan"]
    assert "reported" not in (person.get("other_dates") or {})


@pytest.mark.parametrize("text", [
    "KATHMANDU, Jan 18 (Reuters) - The family of Ram Thapa, 26, has not heard from him since "
    "Dec. 2, his brother said.",
    "NAIROBI, May 20 — Kevin Otieno, 30, has been missing since December, his wife said.",
])
def test_a_datelines_day_dates_no_event(text: str) -> None:
    person = next(iter(_run(text).values()))
    assert person["status"] == "missing"
    assert all(not v.endswith(("-01-18", "-05-20"))
               for v in (person.get("other_dates") or {}).values())


@pytest.mark.parametrize(("text", "unit"), [
    ("Ivan Orlov was killed near Bakhmut in May 2024. His brother Oleg, a sergeant in the same "
     "64th Motor Rifle Brigade, was wounded.", "64th Motor Rifle Brigade"),
    ("Bair Dashiev was killed near Robotyne on March 27. His younger brother Zorigto, 37, a "
     "private in the same 5th Guards Tank Brigade, was wounded.", "5th Guards Tank Brigade"),
])
def test_the_same_unit_is_everyones(text: str, unit: str) -> None:
    assert {m["unit"] for m in _run(text).values()} == {unit}


def test_a_unit_not_the_same_stays_its_own() -> None:
    found = _run("Ivan Orlov was killed near Bakhmut in May 2024. His brother Oleg, a sergeant "
                 "in the 64th Motor Rifle Brigade, was wounded.")
    assert found["Ivan"].get("unit") is None


@pytest.mark.parametrize("text", [
    "The Lobanov twins from Kovrov were mobilised in 2022. Maxim Lobanov was killed in July; "
    "his twin brother Mikhail was wounded. The brothers were twenty-six.",
    "Maxim Lobanov was killed in July 2023 and his brother Mikhail Lobanov was wounded. Both "
    "were twenty-six.",
])
def test_the_brothers_age_is_each_ones(text: str) -> None:
    assert {m.get("age") for m in _run(text).values()} == {26}


def test_an_own_age_is_kept_over_a_shared_one() -> None:
    found = _run("Maxim Lobanov, 31, was killed in July 2023 and his brother Mikhail Lobanov "
                 "was wounded. Both were twenty-six, their mother said, wrongly.")
    assert found["Maxim"]["age"] == 31
