"""English years that are no event's date of the one reported: four digits of a longer number
("military unit 19612" holds no year 1961, which would also make a death of the war history),
and a date after "born" that the word's own date already answers ("born in 1996, …, left his
post on 3 May 2023": the birth is 1996, May 2023 is no birth)."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

PUB = "2024-05-10"


def _person(text: str, surname: str) -> dict[str, object]:
    people = [m for m in extract_text(text, "en", PUB) if m["surname"] == surname]
    assert len(people) == 1, people
    return people[0]


@pytest.mark.parametrize(
    "text",
    [
        "Sergeant Ivan Lukin (military unit 18452) died of wounds in a hospital in Rostov.",
        "Junior Sergeant Ivan Lukin of unit 19997 went missing near Kreminna.",
        "Ivan Lukin, a contract soldier with military unit 20041, was captured near Robotyne.",
        "Private Ivan Lukin, whose unit number was 20144, died near Avdiivka.",
        "Ivan Lukin, a gunner of unit 19876, was killed near Bakhmut.",
        "Sergeant Ivan Lukin of military unit 19612 was wounded near Kupiansk.",
    ],
)
def test_a_longer_number_holds_no_year(text: str) -> None:
    person = _person(text, "Lukin")
    assert person["death_date"] is None and person["birth_date"] is None
    assert not person["other_dates"]


@pytest.mark.parametrize(
    ("text", "surname", "birth"),
    [
        ("According to the court, Private D. A. Fedotov, born in 1996, of military unit 19612, "
         "left his post without permission on 3 May 2023 and went back home.", "Fedotov",
         "1996"),
        ("The court said Private Oleg Sidorov, born 1985, of military unit 12345, was absent "
         "from 3 May 2023.", "Sidorov", "1985"),
        ("Private Oleg Sidorov, born 1991, was absent from his unit from 3 May 2023.", "Sidorov",
         "1991"),
        ("Oleg Sidorov, born in 1979 in Orsk, had been on the wanted list since 3 May 2023.",
         "Sidorov", "1979"),
    ],
)
def test_born_dates_its_own_date_only(text: str, surname: str, birth: str) -> None:
    assert _person(text, surname)["birth_date"] == birth


@pytest.mark.parametrize(
    ("text", "surname", "birth"),
    [
        ("Private Oleg Sidorov was born on 3 May 1985 in Kursk.", "Sidorov", "1985-05-03"),
        ("Sergeant Ivan Lukin, born on 12 March 1990 in Kursk, was killed near Bakhmut on 3 May.",
         "Lukin", "1990-03-12"),
        ("Private Oleg Sidorov (b. 1985) was wounded on May 3 near Avdiivka.", "Sidorov", "1985"),
    ],
)
def test_born_keeps_its_own_date(text: str, surname: str, birth: str) -> None:
    assert _person(text, surname)["birth_date"] == birth
