"""English dates around a death that are not its day, and a death told in a split phrase:
the day the family learned of or was told of the death is when it was reported ("learned of
Sergei Kozlov's death on 12 September", a full name's possessive too); "succumbed … to
wounds" with the date and the hospital between is a death; a ceremony the sentence opens
with dates its "will be held" however long the dead man's apposition."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

PUB = date(2024, 10, 17)


def _person(text: str, surname: str) -> dict[str, object]:
    found = [m for m in extract_text(text, "en", PUB) if m["surname"] == surname]
    assert found, f"no {surname}"
    return found[0]


@pytest.mark.parametrize("text, surname, reported, death", [
    ("The family learned of Sergei Kozlov's death on September 12, more than a month after "
     "he was killed in late July.", "Kozlov", "2024-09-12", "2024-07"),
    ("His mother learned about Pavel Ivanovich Orlov's death on 3 May.", "Orlov",
     "2024-05-03", None),
    ("Sergei Kozlov's family was told of his death on September 12. He had been killed in "
     "July.", "Kozlov", "2024-09-12", "2024-07"),
    ("Relatives were told about the death of Ivan Petrov on 3 May; he had died in April.",
     "Petrov", "2024-05-03", "2024-04"),
    ("Anton Gusev was killed near Toretsk; his parents were told of his death on Friday, "
     "October 11.", "Gusev", "2024-10-11", None),
])
def test_the_news_of_a_death_is_its_report(text: str, surname: str, reported: str,
                                           death: str | None) -> None:
    p = _person(text, surname)
    assert (p["other_dates"] or {}).get("reported") == reported
    assert p["death_date"] == death


@pytest.mark.parametrize("text, surname, death", [
    ("Andrei Volkov, a mobilised soldier, succumbed on February 3 in a military hospital to "
     "wounds he had received near Avdiivka.", "Volkov", "2024-02-03"),
    ("On March 9 Private Oleg Sidorov succumbed in a hospital in Rostov to the severe "
     "injuries he sustained near Bakhmut.", "Sidorov", "2024-03-09"),
    ("Ivan Lapin succumbed on 14 June, in Belgorod, to his wounds.", "Lapin", "2024-06-14"),
])
def test_succumbed_to_wounds_told_apart(text: str, surname: str, death: str) -> None:
    p = _person(text, surname)
    assert p["death_date"] == death
    assert p["status"] == "killed"


def test_succumbing_to_no_wounds_is_no_death() -> None:
    p = _person("Andrei Volkov succumbed to pressure and signed a contract on February 3.",
                "Volkov")
    assert p["death_date"] is None


@pytest.mark.parametrize("text, surname, kind, day", [
    ("Funeral services for Andrei Volkov, a 38-year-old mobilised soldier from the village of "
     "Kalinkino in the Kemerovo region, will be held on Wednesday, February 14, at the House "
     "of Culture.", "Volkov", "funeral", "2024-02-14"),
    ("A farewell ceremony for Private Denis Kalugin, who was called up in October 2022 and "
     "served with the 1452nd regiment near Avdiivka, will be held on 7 February in the town "
     "hall.", "Kalugin", "farewell", "2024-02-07"),
])
def test_a_ceremony_opening_the_sentence_dates_its_verb(text: str, surname: str, kind: str,
                                                        day: str) -> None:
    assert (_person(text, surname)["other_dates"] or {}).get(kind) == day
