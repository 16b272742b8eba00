"""Lists of the dead whose entries carry no number or bullet: the date after an entry's dash is
its death, before the heading's month; a list published "this week" dates no death; a
surname NER leaves out of a numbered entry ("4. Шмаков Илья, 19 лет") is joined."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text

HEADINGS = ["Погибшие в феврале, Нижегородская область:", "«Шторм Z». Погибли в феврале:",
            "Список погибших в феврале земляков:"]
ENTRIES = [("ДЬЯЧКОВ Роман Евгеньевич, 1986 г.р., г. Дзержинск — {}", "Дьячков"),
           ("Мухин Станислав Игоревич, 1979 г.р., г. Арзамас — {}", "Мухин"),
           ("КУЗНЕЦОВ Олег Петрович (1990 г.р.), позывной «Кузя» — {}", "Кузнецов")]
DAYS = [("11.02.2025", "2025-02-11"), ("17.02.2025", "2025-02-17"),
        ("3 февраля 2025 года", "2025-02-03")]


@pytest.mark.parametrize(("heading", "entry", "day"),
                         list(itertools.product(HEADINGS, ENTRIES, DAYS)))
def test_an_unmarked_entrys_own_date_is_its_death(heading: str, entry: tuple[str, str],
                                                  day: tuple[str, str]) -> None:
    other, other_name = ("Тарасов Сергей Андреевич, 1992 г.р. — 25.02.2025", "Тарасов")
    text = f"{heading}\n{entry[0].format(day[0])};\n{other}."
    deaths = {p["surname"]: p["death_date"] for p in extract_text(text, "ru", "2025-03-22")}
    assert deaths == {entry[1]: day[1], other_name: "2025-02-25"}


@pytest.mark.parametrize("published", [
    "Имена погибших участников СВО, опубликованные региональным правительством на этой неделе:",
    "Имена погибших, обнародованные администрацией на прошлой неделе:",
])
def test_the_week_names_were_published_dates_no_death(published: str) -> None:
    text = (f"Вологодская область. {published}\n"
            "1. Бахирев Андрей Викторович, 1978 г.р., рядовой, г. Череповец;\n"
            "2. Лукин Денис Сергеевич, 2001 г.р., младший сержант, Сокольский район.")
    found = extract_text(text, "ru", "2025-03-19")
    assert [p["surname"] for p in found] == ["Бахирев", "Лукин"]
    assert all(p["death_date"] is None and p["status"] == "killed" for p in found)


@pytest.mark.parametrize(("entry", "name"), [
    ("4. Шмаков Илья, 19 лет, рядовой, г. Вологда.", ("Шмаков", "Илья")),
    ("2) Лаптев Артём, 23 года, г. Сокол.", ("Лаптев", "Артём")),
    ("— Шмаков Илья, 19 лет, рядовой.", ("Шмаков", "Илья")),
])
def test_a_numbered_entrys_surname_is_joined(entry: str, name: tuple[str, str]) -> None:
    text = ("Имена погибших:\n1. Бахирев Андрей Викторович, 1978 г.р., рядовой, г. Череповец;\n"
            + entry)
    found = [(p["surname"], p["given_name"]) for p in extract_text(text, "ru", "2025-03-19")]
    assert found == [("Бахирев", "Андрей"), name]


@pytest.mark.parametrize(("text", "death"), [
    # lines of prose under a heading are no entries: their dates are not deaths
    ("Стали известны подробности гибели Андрея Сомова. Хронология:\nРанен — 10 января 2024;\n"
     "Вернулся на фронт — 1 февраля 2024;\nПогиб — 3 февраля 2024.", "2024-02-03"),
    ("Вспоминаем погибших земляков:\nПетров Иван Сергеевич, рядовой, Курск.\n"
     "Прощание прошло в Курске — 12 марта 2024 года.", None),
    # the news published after a colon is still dated
    ("Обнародованы данные: 3 марта 2024 года в зоне СВО погиб Иван Петрович Сомов.",
     "2024-03-03"),
    ("Оприлюднено: 3 березня 2024 року під Бахмутом загинув Іван Сомко.", "2024-03-03"),
])
def test_what_is_no_entrys_date(text: str, death: str | None) -> None:
    assert [p["death_date"] for p in extract_text(text, None, "2024-05-01")] == [death]
