"""Lines broken in the middle of a sentence, as posts copied from a phone keep them, read as
one sentence; lists, headings and names alone on their lines stay apart."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.linebreaks import join_broken_lines


@pytest.mark.parametrize(("text", "joined"), [
    ("Сергей Иванович погиб 3 июля\nпод Часовым Яром.", [True]),
    ("Житель Канска Олег\nЗабродин (41 год) погиб.", [True]),
    ("Сергей погиб.\nВечная память.", [False]),
    ("Список погибших:\nИванов Иван\nПетров Пётр", [False, False]),
    ("Погибли:\n— Иванов Иван\n— Петров Пётр", [False, False]),
    ("Вечная память героям 🕯\nсегодня прощание", [False]),
    ("He was killed on 3 July\nnear Chasiv Yar.", [True]),
])
def test_a_line_break_inside_a_sentence_is_a_space(text: str, joined: list[bool]) -> None:
    out = join_broken_lines(text)
    assert len(out) == len(text)
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    assert [out[i] == " " for i in breaks] == joined


def test_a_fate_and_its_date_on_two_lines_are_one_persons() -> None:
    text = ("Сегодня в селе простились с земляком Олегом Николаевичем Забродиным 1979 г.р.\n"
            "Олег Николаевич погиб 29 сентября\nв районе н.п. Новогродовка.")
    (m,) = extract_text(text, "ru", "2024-10-15")
    assert (m["surname"], m["death_date"]) == ("Забродин", "2024-09-29")
    ev = m["evidence"]["death_date"]  # quoted from the text as written, line breaks kept
    assert ev["quote"] == text[ev["start"] : ev["end"]]


def test_a_name_broken_over_two_lines_is_one_name() -> None:
    text = "Житель Канска Олег\nЗабродин (41 год), мобилизованный, погиб под Курском."
    (m,) = extract_text(text, "ru", "2024-10-15")
    assert (m["surname"], m["given_name"], m["age"]) == ("Забродин", "Олег", 41)
