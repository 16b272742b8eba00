"""Lists of the dead, missing and captured, read entry by entry.

- a heading that names the dead by a noun ("Подтверждённые потери за неделю:", "Вечная
  память павшим", "Втрати ворога за тиждень:", "Confirmed losses this week:") gives its fate
  to every entry; in prose the noun is no fate;
- a name written surname first is read so when the list shows its order: a surname in
  capitals, a patronymic last, a South Asian given element last, a surname's particle first
  ("аль-Халаби Хасан"), or the other entries' order;
- a name in capitals that opens an entry, whole or in part ("— ГУРУНГ БИШАЛ,", "МУТУА
  Джозеф Кипроно —"), is a name, and so is one NER misses in a list ("2) Куулар Буян, 1965
  г.р."); a heading or an abbreviation in capitals is none;
- an age or a life's range after a dash is the entry's ("— 55 лет", "— (1989–2023)").

Lists generated with names of many origins (``bench/list_texts.py``) are read back against
what was written.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest

from headcount.extract import extract_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import list_texts


def _people(text: str, lang: str) -> dict[tuple[Any, Any], dict[str, Any]]:
    """Each person by (surname, given name) as written in the test (the case of a particle,
    "аль-" or "Аль-", aside)."""
    return {(m["surname"][:1].upper() + m["surname"][1:] if m["surname"] else None,
             m["given_name"]): m for m in extract_text(text, lang, "2024-10-15")}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Подтверждённые потери за неделю:\n1. Лапин Пётр Сергеевич, 1990 г.р.;\n"
           "2. Гусев Олег Игоревич, 1985 г.р."),
    ("ru", "Вечная память павшим 🕯\n— Лапин Пётр Сергеевич, г. Курск;\n"
           "— Гусев Олег Игоревич, 1985 г.р."),
    ("uk", "Втрати ворога за тиждень:\n1) Лапін Петро Сергійович, 1990 р.н.;\n"
           "2) Гусак Олег Ігорович, 1985 р.н."),
    ("en", "Confirmed losses this week:\n1. Petr Lapin, 28, Kursk;\n2. Oleg Gusev, 33."),
    ("en", "Names of the fallen:\n— Lapin Petr Sergeyevich, b. 1990;\n"
           "— Gusev Oleg Igorevich, b. 1985."),
])
def test_a_heading_naming_the_dead_by_a_noun_gives_each_entry_its_fate(lang: str,
                                                                       text: str) -> None:
    people = _people(text, lang)
    assert len(people) == 2
    assert {m["status"] for m in people.values()} == {"killed"}


def test_losses_in_prose_are_no_fate() -> None:
    text = ("Потери батальона за месяц обсуждали на собрании. Иван Петров, 34 года, "
            "рассказал о службе.")
    assert all(m["status"] is None for m in extract_text(text, "ru", "2024-10-15"))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Список погибших:\n1. МУТУА Джозеф Кипроно — гражданин Кении, 1996 г.р.\n"
           "2. ОЧИЕНГ Питер — гражданин Кении, 1990 г.р.", ("Мутуа", "Джозеф Кипроно")),
    ("ru", "Список погибших:\n1. Петров Иван Сергеевич, 1990 г.р.\n"
           "2. Нджоку Эмека, гражданин Нигерии, 1990 г.р.", ("Нджоку", "Эмека")),
    ("ru", "Взяты в плен:\n— Тапа Суман Бахадур, гражданин Непала;\n"
           "— Гурунг Бишал, гражданин Непала.", ("Гурунг", "Бишал")),
    ("ru", "Взяты в плен:\n— аль-Халаби Хасан, гражданин Сирии;\n"
           "— аль-Джубури Ахмед, гражданин Ирака.", ("Аль-Джубури", "Ахмед")),
    ("uk", "Ідентифіковано загиблих іноземців:\n1) МУТУА Джозеф Кіпроно — громадянин Кенії;\n"
           "2) ТАПА Суман — громадянин Непалу.", ("Тапа", "Суман")),
    ("en", "Killed in action:\n— Dashiyev Bair — 27 y.o., Kyzyl;\n"
           "— Kuular Buyan Olegovich — born 3 September 1968.", ("Dashiyev", "Bair")),
])
def test_a_list_written_surname_first_is_read_so(lang: str, text: str,
                                                 name: tuple[str, str]) -> None:
    assert name in _people(text, lang)


def test_a_list_written_given_name_first_keeps_its_order() -> None:
    text = ("Попали в плен:\n1) Далер Назаров, 1989 г.р., гражданин Таджикистана.\n"
            "2) Фаррух Саидов, гражданин Таджикистана.\n3) Питер Очиенг, гражданин Кении.")
    assert {("Назаров", "Далер"), ("Саидов", "Фаррух"), ("Очиенг", "Питер")} <= set(
        _people(text, "ru"))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Погибли при выполнении задач СВО:\n- ГОМБОЕВ АЮР, 39 лет, г. Улан-Удэ\n"
           "- КУУЛАР БУЯН, 08.09.1965 г.р.", ("Куулар", "Буян")),
    ("uk", "Загиблі:\n• ООРЖАК АЙДИС, (1982–2023), Кизил.\n• ОНДАР САЯН, 1981 р.н.",
     ("Ооржак", "Айдис")),
    ("ru", "Пропали без вести:\n1. Монгуш Чингис Алексеевич, 2001 г.р.\n"
           "2. Куулар Буян, 08.09.1965 г.р.", ("Куулар", "Буян")),
])
def test_a_name_opening_an_entry_is_found_in_capitals_or_unknown(lang: str, text: str,
                                                                  name: tuple[str, str]) -> None:
    assert name in _people(text, lang)


def test_a_heading_and_abbreviations_in_capitals_are_no_names() -> None:
    text = ("ВЕЧНАЯ ПАМЯТЬ ГЕРОЯМ\n— ЧВК ВАГНЕР, СВО;\n— ОМОН РОСГВАРДИИ;\n"
            "Погиб Иван Петров, 34 года.")
    assert set(_people(text, "ru")) == {("Петров", "Иван")}


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Список погибших:\n- Дашиев Баир Цыренович — 55 лет;\n- Петров Иван — 41 год.",
     "age", 55),
    ("Список погибших:\n- Дашиев Баир Цыренович — (1989–2023);\n- Петров Иван — 41 год.",
     "birth_date", "1989"),
])
def test_an_age_or_a_life_after_a_dash_is_the_entrys(text: str, field: str,
                                                     value: object) -> None:
    assert _people(text, "ru")[("Дашиев", "Баир")][field] == value


def test_generated_lists_are_read_back() -> None:
    """Lists of every shape the generator writes (languages, marks, orders, capitals, name
    origins, facts): nine in ten entries found with their name, and every fact of an entry
    found right as often; the rest are the limits the bench reports."""
    rng = random.Random(20261206)
    rows = []
    for _ in range(60):
        lt = list_texts.list_text(rng)
        rows += list_texts.score(lt, extract_text(lt.text, lt.lang, "2024-10-15"))["rows"]
    found = [r for r in rows if r["found"]]
    assert len(found) >= 0.85 * len(rows)
    for field in list_texts.FIELDS:
        assert sum(r[field] for r in found) >= 0.92 * len(found), field


@pytest.mark.parametrize(("text", "name"), [
    ("Родственники ищут граждан Непала, пропавших без вести в январе:\n"
     "- GURUNG Bikash (23 y.o., Pokhara)\n- THAPA Dil Kumar, 27, Kathmandu",
     ("Thapa", "Dil Kumar")),
    ("Посольство передало имена граждан Шри-Ланки, погибших в зоне СВО: PERERA Kasun "
     "Madushanka; BANDARA Chaminda, 45, бывший сержант.", ("Perera", "Kasun Madushanka")),
])
def test_latin_names_of_a_russian_list_are_read_in_its_order(text: str,
                                                             name: tuple[str, str]) -> None:
    assert name in _people(text, "ru")


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Потери за сутки:\n— Лапин Пётр, 1990 г.р., ранен, в госпитале;\n"
           "— Гусев Олег, 1985 г.р., контужен."),
    ("ru", "Санитарные потери:\n— Лапин Пётр, 28 лет;\n— Гусев Олег, 33 года."),
    ("ru", "Турнир памяти павших земляков:\n1. ДИНАМО Рыльск — 10 очков\n"
           "2. Заря Суджа — 6 очков"),
    ("en", "Results of the cup in memory of the fallen:\n1. Rovers FC — 9 pts\n"
           "2. Harbour United — 4 pts"),
    ("en", "Confirmed losses this week:\n- T-90M, Kursk region\n- BMP-3, Toretsk"),
])
def test_a_heading_of_losses_is_no_death_over_other_fates_or_things(lang: str,
                                                                    text: str) -> None:
    assert all(m["status"] != "killed" for m in extract_text(text, lang, "2024-10-15"))


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Вечная память:\n— Лапин Пётр — (2022–2024) служил по контракту;\n"
           "— Гусев Олег — (1985–2024)."),
    ("en", "In memoriam:\n- Peter Lapin — (2022–2024) served under contract\n"
           "- Oleg Gusev — (1985–2024)"),
])
def test_a_range_shorter_than_a_life_is_no_birth(lang: str, text: str) -> None:
    births = {m["surname"]: m["birth_date"] for m in extract_text(text, lang, "2024-10-15")}
    assert births.get("Лапин", births.get("Lapin")) is None
    assert births.get("Гусев", births.get("Gusev")) == "1985"


def test_english_list_names_with_a_particle_first_or_an_apostrophe() -> None:
    text = ("Missing after the assault:\n- al-Karim Yusuf, 31\n- Kevin O'Hara, 27\n"
            "- Omar al-Fayed, 40")
    people = {(m["surname"].lower(), m["given_name"]): m["age"]
              for m in extract_text(text, "en", "2024-10-15")}
    assert people == {("al-karim", "Yusuf"): 31, ("o'hara", "Kevin"): 27,
                      ("al-fayed", "Omar"): 40}


def test_an_unmarked_list_under_a_heading_takes_its_fate_each_line_one_name() -> None:
    text = ("Загиблі:\nАюр Баторович Гомбоєв\nОлексій Ігорович Кузнєцов, (1987–2023), с. Ключі\n"
            "Дмитро Андрійович Лебедєв\nІван Сергійович Петров — (1994–2024), Кизил.")
    people = _people(text, "uk")
    assert set(people) == {("Гомбоєв", "Аюр"), ("Кузнєцов", "Олексій"), ("Лебедєв", "Дмитро"),
                           ("Петров", "Іван")}
    assert {m["status"] for m in people.values()} == {"killed"}
    assert people[("Гомбоєв", "Аюр")]["birth_date"] is None
    assert people[("Петров", "Іван")]["birth_date"] == "1994"
    text = ("Вечная память павшим 🕯\nАзамат Турсунов, 20 лет, гражданин Киргизии\n"
            "Ахмед аль-Джубури, 30 лет, гражданин Ирака.")
    assert {m["status"] for m in _people(text, "ru").values()} == {"killed"}


@pytest.mark.parametrize(("text", "status"), [
    ("Вечная память павшим. Список героев нашего района:\n1. Лапин Пётр — 1990 г.р.\n"
     "2. Гусев Олег — 1985 г.р.", "killed"),
    ("Погибли двое земляков. Соболезнования семьям выразили:\n— глава района Лапин Пётр;\n"
     "— депутат Гусев Олег.", None),
    ("В зоне СВО погибли наши земляки. Выражаем соболезнования.\n\nГрамоты получили:\n"
     "1. Лапин Пётр.\n2. Гусев Олег.", None),
])
def test_a_heading_with_sentences_before_its_colon(text: str, status: str | None) -> None:
    assert {m["status"] for m in extract_text(text, "ru", "2024-10-15")} <= {status}
