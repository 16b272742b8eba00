"""The verb "пасть" of a death in war with its day or place ("пал 1 февраля у Марьинки",
"пав у бою біля Кліщіївки"), and the other side's word for the enemy's dead ("здох 14
квітня під Красногорівкою"), in both languages; not "пал духом", "выбор пал на …"."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

NAMES = [("Виктор Старостин", "Старостин"), ("рядовой Иван Петров", "Петров"),
         ("доброволец Аюр Дашиев", "Дашиев")]
PLACES = [("у Марьинки", "Марьинка"), ("под Бахмутом", "Бахмут"),
          ("в районе Кременной", "Кременная")]


@pytest.mark.parametrize("name, surname", NAMES)
@pytest.mark.parametrize("where, place", PLACES)
def test_fell_with_a_day_and_a_place_is_a_death(name: str, surname: str, where: str,
                                                  place: str) -> None:
    text = f"{name[0].upper()}{name[1:]} пал 1 февраля 2024 года {where}."
    [m] = extract_text(text, "ru")
    assert (m["surname"], m["status"], m["death_date"], m["place_of_death"]) == (
        surname, "killed", "2024-02-01", place)


def test_fell_after_a_long_apposition() -> None:
    text = ("Третий — доброволец отряда «Баир» Виктор Старостин из Гусиноозёрска, позывной "
            "«Дед», 52 года, — пал 1 февраля у Марьинки.")
    [m] = extract_text(text, "ru", "2024-02-12")
    assert (m["status"], m["death_date"], m["age"]) == ("killed", "2024-02-01", 52)


@pytest.mark.parametrize("text", [
    "Выбор пал на Ивана Петрова, 1990 г.р., из Омска.",
    "Иван Петров пал духом после ранения, но вернулся в строй.",
    "Город пал под натиском противника, Иван Петров отступил с ротой.",
])
def test_fell_in_other_senses_is_no_death(text: str) -> None:
    assert all(m["status"] != "killed" for m in extract_text(text, "ru"))


@pytest.mark.parametrize("verb", ["здох", "сдох", "подох"])
def test_croaked_is_the_enemys_death(verb: str) -> None:
    text = f"Окупант Петров Іван Сергійович, 1990 р.н., {verb} 14 квітня під Красногорівкою."
    [m] = extract_text(text, "uk", "2024-04-29")
    assert (m["status"], m["death_date"], m["place_of_death"]) == (
        "killed", "2024-04-14", "Красногорівка")


def test_croaked_in_a_numbered_list_of_losses() -> None:
    text = ("Мінус двоє окупантів з Бурятії:\n"
            "1. Цибіков Баір Жаргалович, 1990 р.н., с. Кижинга — здох 14 квітня під "
            "Красногорівкою;\n"
            "2. Доржієв Солбон, 27 років, м. Улан-Уде — здох 19 квітня біля Очеретиного.")
    got = {m["surname"]: (m["status"], m["death_date"]) for m in extract_text(text, "uk",
                                                                             "2024-04-29")}
    assert got == {"Цибіков": ("killed", "2024-04-14"), "Доржієв": ("killed", "2024-04-19")}


def test_fell_in_ukrainian() -> None:
    [m] = extract_text("Іван Коваль пав у бою біля Кліщіївки 3 березня 2024 року.", "uk")
    assert (m["status"], m["death_date"], m["place_of_death"]) == (
        "killed", "2024-03-03", "Кліщіївка")


@pytest.mark.parametrize("text", [
    "У селі здохла корова Івана Петренка, а сам він пішов до ветеринара.",
    "Пес Барбос подох від старості, його власник Микола Литвин дуже сумує.",
    "Рослини подохли від морозу, поскаржився фермер Петро Бойко.",
    "У Миколи Литвина здох акумулятор у машині, тож він запізнився.",
])
def test_a_beast_or_a_thing_that_croaked_is_no_ones_death(text: str) -> None:
    assert all(m["status"] != "killed" for m in extract_text(text, "uk", "2024-03-10"))


def test_fell_before_the_name() -> None:
    [m] = extract_text("Под Бахмутом пал Павел Семёнов, 35 лет.", "ru", "2024-03-10")
    assert (m["surname"], m["status"], m["place_of_death"], m["age"]) == (
        "Семёнов", "killed", "Бахмут", 35)


def test_a_town_that_fell_is_no_ones_death() -> None:
    text = "Под натиском пал Часов Яр, Иван Петров отступил с ротой."
    assert all(m["status"] != "killed" for m in extract_text(text, "ru", "2024-03-10"))
