"""English: a country's mission or foreign ministry that speaks of a person named in its
sentence ("Nepal's embassy in Moscow said Bishnu Gurung … was killed", "Sri Lanka's foreign
ministry confirmed the death of Nishantha Perera", "according to the embassy of Nepal") gives
that person its country's citizenship; not a mission whose sentence names no one."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def citizenship(text: str) -> object:
    people = extract_text(text, "en", "2024-06-01")
    assert len(people) == 1
    return people[0]["citizenship"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nepal's embassy in Moscow said Bishnu Gurung, 31, was killed near Bakhmut.", "NP"),
        ("Sri Lanka's foreign ministry confirmed the death of Nishantha Perera, 44, near Chasiv "
         "Yar.", "LK"),
        ("Bangladesh's embassy said on Monday that Mohammad Rahman, 27, was killed near "
         "Bakhmut.", "BD"),
        ("India's embassy in Moscow told relatives on Friday that Rahul Kumar had been killed "
         "near Bakhmut.", "IN"),
        ("Cuba's foreign ministry named the dead man as Yoandri Perez, 22.", "CU"),
        ("Kenya's embassy reported that Brian Otieno went missing near Vovchansk in May.", "KE"),
        ("Ghana's embassy in Moscow reported that Kwame Mensah, 25, had been captured near "
         "Kupiansk.", "GH"),
        ("The Ministry of Foreign Affairs of Nepal said Ram Thapa was wounded near Avdiivka.",
         "NP"),
        ("Syria's foreign ministry stated that Mahmoud Khalaf was killed near Kupiansk on 3 "
         "May.", "SY"),
        ("Egypt's consulate in Rostov confirmed that Ahmed Hassan died of his wounds.", "EG"),
    ],
)
def test_a_mission_speaks_of_its_citizen(text: str, code: str) -> None:
    assert citizenship(text) == code


def test_no_citizenship_from_a_silent_mission() -> None:
    text = "Kenya's foreign ministry has not commented. Ivan Petrov was killed near Bakhmut."
    assert citizenship(text) is None
