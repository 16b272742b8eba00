"""English: a foreign demonym right before a name ("Sri Lankan Ruwan Dissanayake", "Nepali
Bishnu Gurung", "Cuban Yoandri Perez") gives that person's citizenship; not a demonym before
a capitalised word that is no one's name, nor Russia's or Ukraine's adjective."""

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
        ("A third man from their group, Sri Lankan Ruwan Dissanayake, deserted from his unit "
         "in October.", "LK"),
        ("Sri Lankan Ruwan Dissanayake deserted from his unit in October.", "LK"),
        ("Nepali Bishnu Gurung deserted from his unit in October.", "NP"),
        ("Cuban Yoandri Perez deserted from his unit in October.", "CU"),
        ("Kenyan Brian Otieno, 24, was killed near Vovchansk.", "KE"),
        ("Relatives say Nepali Ram Thapa has not called since March.", "NP"),
        ("Among the dead is Cameroonian Jean-Paul Mbarga, who had studied in Kursk.", "CM"),
        ("The body of Ghanaian Kwame Mensah was flown home on Friday.", "GH"),
        ("Egyptian Ahmed Hassan went missing near Avdiivka in May.", "EG"),
        ("On Tuesday Syrian Mahmoud Khalaf was wounded near Kupiansk.", "SY"),
    ],
)
def test_a_demonym_before_a_name(text: str, code: str) -> None:
    assert citizenship(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov, who flew with Sri Lankan Airlines to Colombo, was killed near Bakhmut.",
        "Ivan Petrov, who had studied Cuban Spanish for a year, was killed near Bakhmut.",
    ],
)
def test_no_citizenship_without_a_name_after(text: str) -> None:
    assert citizenship(text) in (None, "RU")
