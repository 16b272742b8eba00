"""Life dates ending in a month, a heading's name and the next line's, a fall told after
what the man was, a death dated before the wound that led to it, a relative of a man named
in the genitive who serves, a birthplace's region beside where he lived, a possessive
institution, a heart that stopped, and a ministry speaking of several of its citizens."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

PUB = "2024-07-10"


def _people(text: str, lang: str = "ru", published: str = PUB) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(("text", "birth", "death"), [
    ("Иван Алексеевич Тарабукин, 19.03.2001 — 12.2023. Погиб под Бахмутом.",
     "2001-03-19", "2023-12"),
    ("Простились с Олегом Смирновым (05.06.1990 – 03.2024).", "1990-06-05", "2024-03"),
    ("Олег Смирнов (1990 – 03.2024) погиб в зоне СВО.", "1990", "2024-03"),
    ("Андрій Ковальчук (11.02.1988 – 04.2024) загинув на Донеччині.", "1988-02-11", "2024-04"),
])
def test_a_life_whose_end_is_a_month(text: str, birth: str, death: str) -> None:
    lang = "uk" if "загинув" in text else "ru"
    (m,) = extract_text(text, lang, PUB)
    assert (m["birth_date"], m["death_date"]) == (birth, death)


@pytest.mark.parametrize("text", [
    "Олег Смирнов погиб в 2023 году, сообщил паблик 1.2023 версии.",
    "Олег Смирнов погиб. Тираж 12.20231 экземпляров.",
])
def test_no_month_from_digits_that_are_none(text: str) -> None:
    (m,) = extract_text(text, "ru", PUB)
    assert m["death_date"] in (None, "2023")


@pytest.mark.parametrize(("heading", "surname", "given"), [
    ('Farewell to Zhenya "Grom"', "Trofimov", "Yevgeny"),
    ("Farewell to Zhenya", "Trofimov", "Yevgeny"),
    ("Remembering Alexei", "Trofimov", "Yevgeny"),
])
def test_a_headings_name_does_not_run_into_the_next_line(
        heading: str, surname: str, given: str) -> None:
    text = (f"{heading}\nYevgeny Sergeyevich Trofimov (12.06.1985 – 29.04.2023), a fighter "
            "of PMC Wagner, fell heroically near Bakhmut.")
    ms = _people(text, "en")
    assert surname in ms, ms.keys()
    m = ms[surname]
    assert (m["given_name"], m["patronymic"], m["birth_date"], m["death_date"]) == (
        given, "Sergeyevich", "1985-06-12", "2023-04-29")


@pytest.mark.parametrize("text", [
    "Ivan Sidorov, a fighter of PMC Wagner, fell heroically near Bakhmut.",
    "Ivan Sidorov, 34, fell near Bakhmut.",
    "Pavel Orlov, a mobilised driver from Kursk, fell in the Kupiansk direction.",
])
def test_a_fall_told_after_what_he_was(text: str) -> None:
    (m,) = extract_text(text, "en", PUB)
    assert m["status"] == "killed"


def test_what_else_falls_is_no_death() -> None:
    ms = extract_text("Temperatures, the forecasters said, fell on Monday near Kursk, where "
                      "Ivan Sidorov lives.", "en", PUB)
    assert all(m["status"] != "killed" for m in ms)


@pytest.mark.parametrize(("text", "death", "place"), [
    ("Rustam Aliyev, 38, of Kaspiysk, died in a hospital in Belgorod on 12 June after being "
     "wounded near Vovchansk.", "2024-06-12", "Belgorod"),
    ("Oleg Markov died in Rostov on 3 May, a week after being wounded near Avdiivka.",
     "2024-05-03", "Rostov"),
])
def test_the_day_of_a_death_after_a_wound_is_the_deaths(
        text: str, death: str, place: str) -> None:
    (m,) = extract_text(text, "en", PUB)
    assert (m["death_date"], m["status"]) == (death, "killed")


@pytest.mark.parametrize(("text", "dead", "kin"), [
    ("В госпитале 6 декабря 2023 года скончался 38-летний Евгений Михайлович Прохоров. Он "
     "был мобилизован в октябре 2022 года. Младший брат Евгения Алексей служит по контракту "
     "в 5-й гвардейской танковой бригаде.", "Прохоров", "Алексей"),
    ("Под Авдеевкой погиб Сергей Николаевич Белов. Старший брат Сергея Павел служит в "
     "104-м десантно-штурмовом полку.", "Белов", "Павел"),
])
def test_a_relative_of_a_man_named_in_the_genitive_who_serves(
        text: str, dead: str, kin: str) -> None:
    ms = _people(text)
    assert list(ms) == [dead]
    assert ms[dead]["unit"] is None
    assert ms[dead]["channel"] != "contract"


@pytest.mark.parametrize(("text", "region", "settlement"), [
    ("Yevgeny Trofimov was killed near Bakhmut. Born in Ust-Kut, Irkutsk region, he had "
     "lived in Krasnoyarsk for the past ten years.", "RU-KYA", "Krasnoyarsk"),
    ("Born in Bratsk, Irkutsk region, Oleg Petrov had lived in Tomsk since 2015. He was "
     "killed near Avdiivka.", "RU-TOM", "Tomsk"),
])
def test_where_he_lived_over_the_birthplaces_region(
        text: str, region: str, settlement: str) -> None:
    (m,) = extract_text(text, "en", PUB)
    assert (m["region"], m["settlement"]) == (region, settlement)


def test_a_halls_possessive_is_no_name() -> None:
    ms = _people("Yevgeny Trofimov fell near Bakhmut. The farewell will take place on 12 "
                 "May at the Krasnoyarsk Veterans' Hall.", "en")
    assert list(ms) == ["Trofimov"]


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Мой любимый муж, Денис Олегович Карпухин… Его сердце перестало биться 28 июня на "
     "Покровском направлении.", "ru", "Покровское направление"),
    ("Сердце Дениса Карпухина перестало биться под Авдеевкой 28 июня.", "ru", "Авдеевка"),
    ("Серце Дениса Карпухіна перестало битися 28 червня під Авдіївкою.", "uk", "Авдіївка"),
])
def test_a_heart_that_stopped(text: str, lang: str, place: str) -> None:
    (m,) = extract_text(text, lang, PUB)
    assert (m["status"], m["death_date"], m["place_of_death"]) == (
        "killed", "2024-06-28", place)


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("По данным МИД Шри-Ланки, с начала года на стороне России погибли не менее 16 граждан "
     "страны. Среди них — Лалит Кумара Диссанаяке, 37 лет. Он подписал контракт в декабре "
     "2023 года, а погиб 5 апреля. Его соотечественник Ниматх Бандара пропал без вести под "
     "Кременной.", "ru", "LK"),
    ("Как сообщило посольство Непала, в боях погибли ещё трое граждан. Среди них Рам Бахадур "
     "Тапа, подписавший контракт в январе, и Хари Гурунг, погибший под Покровском.", "ru",
     "NP"),
    ("За даними МЗС Шрі-Ланки, з початку року на боці Росії загинули щонайменше 16 громадян "
     "країни. Серед них — Лаліт Кумара Діссанаяке, 37 років. Він підписав контракт у грудні "
     "2023 року, а загинув 5 квітня. Його співвітчизник Німатх Бандара зник безвісти.", "uk",
     "LK"),
])
def test_a_ministry_speaking_of_several_citizens(text: str, lang: str, country: str) -> None:
    ms = extract_text(text, lang, PUB)
    assert len(ms) == 2
    assert [m["citizenship"] for m in ms] == [country, country]
    assert all(m["channel"] in (None, "foreign_contract") for m in ms)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Погиб Рамеш Раи, уроженец города Дхаран.", "Раи", "Рамеш"),
    ("В зоне СВО погиб гражданин Непала Сурадж Раи.", "Раи", "Сурадж"),
    ("Погиб Роман Шевчук.", "Шевчук", "Роман"),
])
def test_a_given_name_only_in_the_genitive_is_a_foreign_surname(
        text: str, surname: str, given: str) -> None:
    (m,) = extract_text(text, "ru", PUB)
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(("text", "when"), [
    ("Nobody has heard from Bishnu Pun since June.", "2024-06"),
    ("Bishnu Pun has been out of contact since 3 June.", "2024-06-03"),
    ("Bishnu Pun went out of touch in May, his wife said.", "2024-05"),
])
def test_out_of_contact_is_missing(text: str, when: str) -> None:
    (m,) = extract_text(text, "en", PUB)
    assert (m["status"], m["other_dates"]) == ("missing", {"missing": when})


@pytest.mark.parametrize(("text", "lang", "rank"), [
    ("Бывший сержант ланкийской армии Лалит Кумара Диссанаяке погиб 5 апреля.", "ru", None),
    ("Бывший старший сержант Иван Петров погиб 5 апреля под Бахмутом.", "ru", None),
    ("Nimal Perera, a former corporal in the Sri Lankan army, was killed on 5 April.", "en",
     None),
    ("Колишній капрал армії Шрі-Ланки Німал Перера загинув 5 квітня.", "uk", None),
    ("Полковник в отставке Иван Петров погиб 5 апреля.", "ru", None),
    ("Сержант Иван Петров погиб 5 апреля.", "ru", "сержант"),
    ("Старший сержант Иван Петров, бывший тракторист, погиб 5 апреля.", "ru",
     "старший сержант"),
])
def test_a_former_rank_is_not_his_rank(text: str, lang: str, rank: str | None) -> None:
    (m,) = extract_text(text, lang, PUB)
    assert m["rank"] == rank


def test_a_list_written_as_a_table_with_bars() -> None:
    """Rows of cells between bars, long or short, names with initials or written out: each
    row's name is found, and its facts stay its own."""
    text = ("Погибшие земляки — Республика Бурятия, март 2024\n"
            "Батуев Ц. Д. | 1988 г.р. | с. Кижинга | по контракту | погиб 02.03.2024, "
            "Запорожская область\n"
            "Осипов Андрей | 24 года | г. Кяхта | призван на срочную, в мае подписал контракт | "
            "погиб 14.03\n"
            "Намсараев Б. Ж. | 1971 | Хоринский р-н | мобилизован 10.2022 | скончался от ран в "
            "госпитале в Луганске 20.03.2024\n"
            "Цыренов Баир Очирович | 1999 | г. Гусиноозёрск | БАРС | пропал без вести "
            "08.03.2024 у Работино\n")
    ms = _people(text, "ru", "2024-04-01")
    assert list(ms) == ["Батуев", "Осипов", "Намсараев", "Цыренов"]
    assert (ms["Батуев"]["given_name"], ms["Батуев"]["birth_date"],
            ms["Батуев"]["death_date"]) == ("Ц.", "1988", "2024-03-02")
    assert ms["Осипов"]["birth_date"] is None
    assert ms["Намсараев"]["other_dates"] == {"mobilised": "2022-10"}


def test_bars_in_a_sentence_make_no_entry() -> None:
    ms = _people("Курская О. | Белгородская О. | сводка за неделю\nВ зоне СВО погиб Иван "
                 "Петров.")
    assert list(ms) == ["Петров"]


def test_a_places_adjective_with_an_initial_opens_no_entry() -> None:
    text = ("Сводка по районам:\nКурская О. | 12 сёл | обстрелы продолжаются\n"
            "Белгородская О. | 8 сёл | обстрелы продолжаются\n")
    assert _people(text, "ru", "2024-04-01") == {}
