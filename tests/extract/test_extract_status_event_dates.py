"""Review fixes: an English status date carries its status's event into the one "other" date
a person keeps, as in Russian and Ukrainian; an exchange is a prisoners' exchange only near a
captivity cue; weekday modifiers and Ukrainian past verbs in the weekday rule."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.dates import _past_verb, find_dates
from headcount.extract.en_military import find_status
from headcount.extract.morph import language
from headcount.extract.weekdays import MODIFIER_STEMS, direction
from headcount.vocab import Status


def _person(text: str, lang: str, published: str, surname: str) -> dict[str, Any]:
    return next(p for p in extract_text(text, lang, published) if p["surname"] == surname)


# the status's own event, not the later award, in every language
@pytest.mark.parametrize(("text", "lang", "surname", "event"), [
    ("Private Ivan Petrov went missing on October 3, 2023. He was awarded a medal by decree "
     "on December 5, 2023.", "en", "Petrov", "missing"),
    ("Private Ivan Petrov went missing on October 3, 2023. He was posthumously awarded a medal "
     "by decree on December 5, 2023.", "en", "Petrov", "missing"),
    ("Рядовой Иван Петров пропал без вести 3 октября 2023 года. Указом от 5 декабря 2023 года "
     "он награжден медалью.", "ru", "Петров", "missing"),
    ("Рядовий Іван Петренко зник безвісти 3 жовтня 2023 року. Указом від 5 грудня 2023 року "
     "його нагороджено медаллю.", "uk", "Петренко", "missing"),
    ("Private Oleg Smirnov was captured near Bakhmut on October 3, 2023. He was awarded a "
     "medal by decree on December 5, 2023.", "en", "Smirnov", "captured"),
])
def test_status_event_first_in_every_language(text: str, lang: str, surname: str,
                                              event: str) -> None:
    m = _person(text, lang, "2024-01-10", surname)
    assert m["other_dates"] == {event: "2023-10-03"}


def test_english_without_a_status_event_keeps_the_latest() -> None:
    # must not fire: no status of his own is dated, the latest news wins
    m = _person("Abdulrahman al-Haidari, 22, flew to Moscow in September. His brother says he "
                "last heard from him on October 20. He is missing.", "en", "2024-12-01",
                "al-Haidari")
    assert "2024-10-20" in (m["other_dates"] or {}).values()


@pytest.mark.parametrize("text", [
    "Private Ivan Petrov met a girl online and exchanged phone numbers with her in 2023.",
    "Private Ivan Petrov returned home after a student exchange in 2019.",
    "Sergeant Ivan Petrov and his friends exchanged presents in December 2022.",
    "Private Ivan Petrov and his unit exchanged fire with Ukrainian troops near Bakhmut.",
])
def test_exchange_without_captivity_is_no_return(text: str) -> None:
    assert Status.RETURNED not in [f.value for f in find_status(text)]


@pytest.mark.parametrize("text", [
    "Ivan Petrov was captured near Bakhmut in May 2023. He was later exchanged in January 2024.",
    "Ivan Petrov was released in a prisoner exchange in 2024.",
    "Ivan Petrov, who was taken prisoner in 2023, was exchanged on 5 June.",
    "Ivan Petrov came home in an exchange of prisoners on 5 June.",
])
def test_exchange_with_captivity_is_a_return(text: str) -> None:
    assert Status.RETURNED in [f.value for f in find_status(text)]


def test_english_modifiers_are_the_pattern_words() -> None:
    last, nxt = MODIFIER_STEMS["en"]
    assert "past" not in last and "coming" not in nxt
    assert direction("last", "en") == "last" and direction("next", "en") == "next"
    assert direction("this", "en") is None


def test_ukrainian_past_verbs_with_ukrainian_letters() -> None:
    with language("uk"):
        assert _past_verb("Прощання з Іваном відбулося у суботу в Києві.")
        assert _past_verb("У суботу з ним попрощалися рідні та побратими.")
        assert not _past_verb("Прощання з Іваном у суботу в Києві.")


# 2024-03-16 is a Saturday: "в эту субботу" is told by its tense, like any weekday
@pytest.mark.parametrize(("text", "day"), [
    ("Рядовой Иван Петров погиб в эту субботу под Авдеевкой.", "2024-03-16"),
    ("В эту субботу в Улан-Удэ похоронили сержанта Баира Цыренова.", "2024-03-16"),
    ("Прощание с Иваном Петровым пройдёт в эту субботу.", "2024-03-23"),
    ("Похороны сержанта Баира Цыренова состоятся в эту субботу.", "2024-03-23"),
])
def test_this_saturday_on_a_saturday_by_tense(text: str, day: str) -> None:
    assert [d.value for d in find_dates(text, date(2024, 3, 16))] == [day]
