"""English extraction: names, ages, countries, status and dates, on hand-labelled snippets."""

from __future__ import annotations

import json
from pathlib import Path

from headcount.extract import extract_text
from headcount.extract.scoring import score_fields

GOLD = Path(__file__).parent / "data" / "english_gold.jsonl"


def test_a_foreign_recruit_in_english() -> None:
    text = ("Ram Bahadur Thapa, 32, from Nepal, was killed on March 12, 2024 near Bakhmut, "
            "his family said. The Ministry of Defence did not comment.")
    (m,) = extract_text(text, published="2024-04-10")
    assert (m["surname"], m["given_name"]) == ("Thapa", "Ram Bahadur")
    assert (m["age"], m["citizenship"], m["status"]) == (32, "NP", "killed")
    assert (m["death_date"], m["death_date_precision"]) == ("2024-03-12", "day")
    assert m["name_latin"] == "THAPA RAM BAHADUR"


def test_english_gold_set_scores() -> None:
    cases = []
    for line in GOLD.read_text("utf-8").splitlines():
        item = json.loads(line)
        cases.append((extract_text(item["text"], "en", item["published"]), item["people"]))
    scores = score_fields(cases)
    assert scores["name"]["recall"] >= 0.9
    assert scores["status"]["f1"] >= 0.8
    assert scores["citizenship"]["f1"] >= 0.8
    assert scores["age"]["f1"] >= 0.8


import pytest  # noqa: E402


@pytest.mark.parametrize(
    ("text", "surname", "given", "patronymic"),
    [
        ("Junior Sergeant Alexei Viktorovich Gorbunov was killed near Bakhmut.", "Gorbunov",
         "Alexei", "Viktorovich"),
        ("Private Kirill Aleksandrovich Nosov, 27, was killed in October.", "Nosov", "Kirill",
         "Aleksandrovich"),
        ("ZAKHAROV Andrei Mikhailovich, private, was killed on 28.12.2022.", "Zakharov",
         "Andrei", "Mikhailovich"),
        ("Convict Sergei Gromov, 52, from Omsk, was killed in June.", "Gromov", "Sergei", None),
        ("Senior Lieutenant A. V. Ryabov was killed on 17 May 2023.", "Ryabov", "A.", "V."),
    ],
)
def test_english_titles_patronymics_and_initials(text: str, surname: str, given: str,
                                                 patronymic: str | None) -> None:
    (m,) = extract_text(text, "en", "2024-01-01")
    assert (m["surname"], m["given_name"], m["patronymic"]) == (surname, given, patronymic)
