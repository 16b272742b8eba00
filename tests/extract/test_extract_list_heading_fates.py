"""A list's heading tells its entries' fate ("Вернулись из плена:", "Зниклі безвісти:",
"Returned in the exchange:"): every entry takes it, and its date; an entry telling only a
step on the way to it (captured before returning, wounded before dying) keeps the heading's,
one telling another fate ("— погиб 3 мая") keeps its own. A noun of captivity before a name
("Пленный Аркадий Лосев", "The prisoner, Oleg Markov, 24,") tells a capture."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def fates(text: str, lang: str, published: str = "2024-05-09") -> dict[str, Any]:
    return {m["name"]: (m["status"], m["status_date"])
            for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("ru", "Вернулись из плена:\n1. Лапин Пётр Сергеевич, 1990 г.р., Курская обл.;\n"
               "2. Гусев Олег Игоревич, 1985 г.р., попал в плен под Рыльском.", "returned"),
        ("ru", "Освобождены из плена по обмену:\n— Лапин Пётр Сергеевич, 1990 г.р.;\n"
               "— Гусев Олег Игоревич, 1985 г.р., был взят в плен в марте 2022 года.",
         "returned"),
        ("uk", "Повернулися з полону:\n1. Лапін Петро Сергійович, 1990 р.н.;\n"
               "2. Гусак Олег Ігорович, 1985 р.н., потрапив у полон у Маріуполі.", "returned"),
        ("uk", "Повернулися з полону:\n1. Лапін Петро Сергійович, 1990 р.н.;\n"
               "2. Гусак Олег Ігорович, 1985 р.н., зник безвісти у 2022 році.", "returned"),
        ("en", "Returned in the exchange:\n1. Petro Lapin, 28, from Kharkiv region;\n"
               "2. Oleh Husak, 33, captured in Mariupol.", "returned"),
        ("ru", "В плену находятся:\n— Лапин Пётр Сергеевич, 1990 г.р.;\n"
               "— Гусев Олег Игоревич, 1985 г.р., пропал без вести под Угледаром.", "captured"),
        ("ru", "Список погибших:\n1. Лапин Пётр Сергеевич, 1990 г.р.;\n"
               "2. Гусев Олег Игоревич, 1985 г.р., ранее был ранен.", "killed"),
    ],
)
def test_an_entry_telling_a_step_keeps_the_headings_fate(lang: str, text: str,
                                                          status: str) -> None:
    assert {s for s, _ in fates(text, lang).values()} == {status}
    assert len(fates(text, lang)) == 2


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("ru", "Пропали без вести:\n1. Лапин Пётр Сергеевич, 1990 г.р.;\n"
               "2. Гусев Олег Игоревич, 1985 г.р.", "missing"),
        ("uk", "Зниклі безвісти:\n1. Лапін Петро Сергійович, 1990 р.н.;\n"
               "2. Гусак Олег Ігорович, 1985 р.н.", "missing"),
        ("en", "Missing in action:\n1. Petro Lapin, 28, from Kharkiv;\n2. Oleh Husak, 33.",
         "missing"),
        ("en", "Still in captivity:\n— Petro Lapin, 28, from Kharkiv;\n"
               "— Oleh Husak, 33, went missing near Bakhmut in May 2023.", "captured"),
    ],
)
def test_every_entry_takes_the_headings_fate(lang: str, text: str, status: str) -> None:
    got = fates(text, lang)
    assert len(got) == 2
    assert {s for s, _ in got.values()} == {status}


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("ru", "Вернулись домой из плена 14 сентября:\n1. Лапин Пётр Сергеевич, 1990 г.р.;\n"
               "2. Гусев Олег Игоревич, 1985 г.р., попал в плен в Курской области.",
         "2023-09-14"),
        ("uk", "Повернулися з полону 14 травня:\n1. Лапін Петро Сергійович, 1998 р.н.;\n"
               "2. Гусак Олег Ігорович, 1990 р.н., потрапив у полон під Бахмутом.",
         "2023-05-14"),
    ],
)
def test_the_headings_date_goes_with_its_fate(lang: str, text: str, day: str) -> None:
    assert set(fates(text, lang).values()) == {("returned", day)}


def test_an_entry_telling_another_fate_keeps_its_own() -> None:
    got = fates("Пропали без вести:\n1. Лапин Пётр Сергеевич, 1990 г.р.;\n"
                "2. Гусев Олег Игоревич, 1985 г.р. — погиб 3 мая, тело опознано.", "ru")
    assert got["Лапин Пётр Сергеевич"][0] == "missing"
    assert got["Гусев Олег Игоревич"] == ("killed", "2024-05-03")


def test_a_heading_naming_no_fate_gives_none() -> None:
    assert fates("Список участников встречи:\n1. Лапин Пётр Сергеевич, глава района;\n"
                 "2. Гусев Олег Игоревич, депутат.", "ru") == {}


def test_a_relative_in_an_entry_takes_no_fate() -> None:
    got = fates("Вернулись из плена:\n— Лапин Пётр Сергеевич, 1990 г.р., его встретила "
                "мать Галина Ивановна Лапина;\n— Гусев Олег Игоревич, 1985 г.р.", "ru")
    assert set(got) == {"Лапин Пётр Сергеевич", "Гусев Олег Игоревич"}


def test_a_separate_paragraph_after_a_list_of_the_dead() -> None:
    got = fates("Список погибших:\n1. Лапин Пётр Сергеевич, 1990 г.р.;\n"
                "2. Гусев Олег Игоревич, 1985 г.р.\n\nГлава района Сергей Кузьмин выразил "
                "соболезнования семьям и пообещал помощь.", "ru")
    assert set(got) == {"Лапин Пётр Сергеевич", "Гусев Олег Игоревич"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("ru", "Пленный Аркадий Лосев рассказал, что его бросили командиры.", "Лосев Аркадий"),
        ("ru", "В Сети появилось видео. Пленный Аркадий Лосев из Тулы рассказал, как попал "
               "на фронт.", "Лосев Аркадий"),
        ("ru", "Пленный военнослужащий Игорь Семёнов рассказал о службе.", "Семёнов Игорь"),
        ("ru", "Военнопленный рядовой Сергей Петров заявил, что сдался добровольно.",
         "Петров Сергей"),
        ("uk", "Полонений Олег Гуменюк розповів, що його мобілізували в Курську.",
         "Гуменюк Олег"),
        ("en", "The prisoner, Oleg Markov, 24, said he was sent to the front after two weeks "
               "of training.", "Markov Oleg"),
        ("en", "The prisoner Oleg Markov said he had served in the 7th brigade.", "Markov Oleg"),
        ("en", "The prisoner, Dennis Kiprono Langat, 31, from Eldoret, says he flew to Moscow "
               "in June.", "Langat Dennis Kiprono"),
    ],
)
def test_a_noun_of_captivity_before_the_name(lang: str, text: str, name: str) -> None:
    assert fates(text, lang)[name][0] == "captured"


def test_the_questioner_of_a_prisoner_is_not_captured() -> None:
    assert "Петров Иван" not in {n for n, (s, _) in fates(
        "Командир роты Иван Петров допросил пленного и передал его в штаб.", "ru").items()
        if s == "captured"}


def test_a_convict_called_prisoner_is_not_captured() -> None:
    people = {m["name"]: m for m in extract_text(
        "The prisoner, Ivan Petrov, 35, was recruited by Wagner from a penal colony in Ryazan "
        "and killed near Bakhmut.", "en", "2024-05-09")}
    assert people["Petrov Ivan"]["status"] == "killed"
    assert people["Petrov Ivan"]["channel"] == "prisoner"


def test_a_prisoner_exchange_captures_no_one() -> None:
    got = fates("Officer Anna Lee said the prisoner exchange would take place on Friday. "
                "Sergeant Ivan Bondar was killed in May.", "en")
    assert "captured" not in {s for s, _ in got.values()}


@pytest.mark.parametrize(
    "text",
    [
        "Another 95 defenders came back from Russian captivity today.\n\nAmong them:\n\n"
        "— Corporal Petro Lapin, 28, of the 24th Brigade. He was captured near Avdiivka in "
        "2023.\n\n— Oleh Husak, 33, from Sumy, taken prisoner in the Kharkiv region.\n\n"
        "We keep working to bring everyone home.",
        "The names of soldiers from the Bryansk region who returned from captivity in "
        "Sunday's exchange (90 servicemen in total):\n\n1. Private Petr Lapin, 20, Klintsy — "
        "captured on 6 August near Sudzha;\n2. Private Oleg Gusev, 21, Bryansk — captured on "
        "9 August near Korenevo.\n\nThe family of Pavel Orlov, who was captured in August, "
        "says he was not on the list.",
    ],
)
def test_english_entries_below_a_returned_heading(text: str) -> None:
    got = fates(text, "en")
    assert {n: s for n, (s, _) in got.items() if "Orlov" not in n} and all(
        s == "returned" for n, (s, _) in got.items() if "Orlov" not in n)
    assert len([n for n in got if "Orlov" not in n]) == 2
    assert all(s == "captured" for n, (s, _) in got.items() if "Orlov" in n)
