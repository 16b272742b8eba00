"""The shared sentence and clause splitter (extract/sentences.py)."""

from __future__ import annotations

import re

import pytest

from headcount.extract.sentences import (
    CLAUSE_STOP,
    SPACED_STOP,
    STOP,
    WORD_STOP,
    last_clause,
    sentence_around,
    sentence_bounds,
    sentence_end,
    sentence_start,
)


def _sentence(text: str, word: str, stops: re.Pattern[str] = STOP) -> str:
    start = text.index(word)
    lo, hi = sentence_around(text, start, start + len(word), stops)
    return text[lo:hi].strip()


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Иван погиб в мае. Его брат Олег вернулся домой!", "Олег", "Его брат Олег вернулся домой"),
    ("Он ушёл на фронт… Мать ждёт его до сих пор.", "Мать", "Мать ждёт его до сих пор"),
    ("Загинув під Бахмутом\nПоховали у Вінниці", "Поховали", "Поховали у Вінниці"),
    ("Was he captured? Yes, near Avdiivka in May.", "Avdiivka", "Yes, near Avdiivka in May"),
])
def test_any_stop_ends_a_sentence(text: str, word: str, expected: str) -> None:
    assert _sentence(text, word) == expected


def test_any_stop_cuts_at_a_dates_dot() -> None:
    # the coarse rule: better too short than running into the next sentence
    assert _sentence("Погиб 12.04.2024 под Курском.", "Курском") == "2024 под Курском"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Погиб 12.04.2024 под Работино. Похоронен дома.", "Работино",
     "Погиб 12.04.2024 под Работино."),
    ("Хайрутдінов Р. Ф., 1991 р.н., служив у 47 ОМБр. Загинув 3 травня.", "ОМБр",
     "Хайрутдінов Р. Ф., 1991 р.н., служив у 47 ОМБр."),
    ("Pvt I. V. Markelov was captured in May. He came home.", "captured",
     "Pvt I. V. Markelov was captured in May."),
    ("Он служил в ВСУ. Попал в плен.", "служил", "Он служил в ВСУ."),
    ("first line\nsecond line. More", "second", "second line."),
])
def test_spaced_stop(text: str, word: str, expected: str) -> None:
    start = text.index(word)
    lo, hi = sentence_around(text, start, start, SPACED_STOP, with_stop=True)
    assert text[lo:hi].strip() == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Родился в г. Курске. Погиб в с. Нижнее", "Нижнее", "Погиб в с. Нижнее"),
    # "г.р." ends no sentence for this rule
    ("Уроженец с. Ивановка, 1990 г.р. Жил в Омске", "Омске",
     "Уроженец с. Ивановка, 1990 г.р. Жил в Омске"),
    ("Мобилизован! Служил в Донецке", "Донецке", "Служил в Донецке"),
    ("Родом з м. Стрия. Жив у Львові", "Львові", "Жив у Львові"),
])
def test_word_stop_skips_abbreviations_and_initials(text: str, word: str, expected: str) -> None:
    assert _sentence(text, word, WORD_STOP) == expected


def test_sentence_start_and_end() -> None:
    text = "Первое. Второе предложение! Третье"
    pos = text.index("предложение")
    assert text[sentence_start(text, pos):pos] == " Второе "
    assert text[pos:sentence_end(text, pos)] == "предложение"
    assert text[pos:sentence_end(text, pos, with_stop=True)] == "предложение!"
    assert sentence_end(text, text.index("Третье")) == len(text)
    assert sentence_start("Без точек", 5) == 0


def test_sentence_start_floor() -> None:
    text = "А. " + "слово " * 10
    assert sentence_start(text, len(text), floor=10) == 10
    assert sentence_start(text, len(text)) == 2


@pytest.mark.parametrize(("lead", "expected"), [
    ("погиб в бою, трое бойцов", " трое бойцов"),
    ("служил в отряде «Шторм Z» — рядовой", " рядовой"),
    ('в батальоне "Восток" (позывной', "позывной"),
    ("his mother: Anna", " Anna"),
    ("без знаков", "без знаков"),
])
def test_last_clause(lead: str, expected: str) -> None:
    assert last_clause(lead) == expected
    assert CLAUSE_STOP.search(expected) is None


def test_sentence_bounds() -> None:
    text = "Он погиб. «Мы помним»,— сказала мать.\nПохоронен дома. a lower start"
    spans = [text[s:e] for s, e in sentence_bounds(text)]
    assert spans == ["Он погиб.", "«Мы помним»,— сказала мать.",
                     "Похоронен дома. a lower start"]
    assert sentence_bounds("") == [(0, 0)]


@pytest.mark.parametrize("before", [
    "загинув у бою в ", "зник безвісти біля ", "потрапив у полон у ", "помер від поранень у ",
])
def test_ukrainian_fate_words_are_no_home(before: str) -> None:
    from headcount.extract.uk_communities import NOT_HOME

    assert NOT_HOME.search(before)
    assert not NOT_HOME.search("мешканець ")
