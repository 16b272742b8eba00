"""Other dates: joining a unit told by verbs the contract cue lacked ("volunteered for the
battalion", "fought for … since 2016", "Найманець ПВК «Вагнер» з 2021 р.", "поїхав воювати у
складі «Вагнера»", "пішов до Пригожина", "опинився в ПВК"), a season said with "того же года"
/ "того ж року", and the day a comrade telephoned the family with the news."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _others(text: str, lang: str, published: str, surname: str) -> dict[str, str]:
    p: dict[str, Any] = next(x for x in extract_text(text, lang, published)
                             if x["surname"] == surname)
    return dict(p["other_dates"] or {})


# ---------------------------------------------------------------- English joining verbs

@pytest.mark.parametrize(("text", "published", "surname", "contract"), [
    ("Sergeant Aisen Nikolaev fell on 29 May near Kharkiv. In October 2023 he volunteered for "
     "the Bootur battalion.", "2024-06-11", "Nikolaev", "2023-10"),
    ("Ivan Sokolov, a welder from Kansk, volunteered to join the BARS-12 detachment in March "
     "2023 and was killed near Kreminna on 4 July.", "2023-08-01", "Sokolov", "2023-03"),
    ("Serbian volunteer Nemanja Vukadinovic, who had fought for Russian-backed forces in "
     "Donbas since 2016, was killed on January 17 near Vuhledar.", "2024-01-23",
     "Vukadinovic", "2016"),
    ("Father Andrei Lukin died on 10 September. In 2023 he became a volunteer chaplain of the "
     "BARS-9 detachment.", "2026-09-14", "Lukin", "2023"),
    ("Dmitry Orlov, 45, had been fighting with the Pyatnashka brigade since 2022 when he was "
     "killed near Avdiivka on 3 February.", "2024-02-10", "Orlov", "2022"),
])
def test_english_joining_dates_the_contract(text: str, published: str, surname: str,
                                            contract: str) -> None:
    assert _others(text, "en", published, surname).get("contract") == contract


def test_english_service_since_a_year_is_no_joining() -> None:
    # a career soldier's service in a brigade is no volunteer's joining
    o = _others("Major Pavel Rudakov had served in the 155th brigade since 2015; he was killed "
                "near Vuhledar on 2 February.", "en", "2023-02-10", "Rudakov")
    assert "contract" not in o


def test_english_a_units_founding_year_is_no_joining() -> None:
    o = _others("Oleg Zuev, 33, was killed near Bakhmut on 3 May. He served in the Bootur "
                "battalion, which was formed in 2022.", "en", "2023-05-20", "Zuev")
    assert "contract" not in o


# ---------------------------------------------------------------- Russian and Ukrainian

@pytest.mark.parametrize(("text", "lang", "published", "surname", "contract"), [
    ("Хомяков Ілля Сергійович, 1990 р.н., с. Кетово. Найманець ПВК «Вагнер» з 2021 р. "
     "Загинув 3 квітня.", "uk", "2023-04-14", "Хомяков", "2021"),
    ("Сидоров Олег Петрович, 1985 г.р. Наемник ЧВК «Вагнер» с 2022 г. Погиб 3 апреля под "
     "Бахмутом.", "ru", "2023-04-14", "Сидоров", "2022"),
    ("Иван Грачёв погиб 3 апреля. Он был наёмником ЧВК «Вагнер» с мая 2022 года.", "ru",
     "2023-04-14", "Грачёв", "2022-05"),
    ("Покарання він відбував у колонії в Тверській області, звідки у вересні 2022 року Олег "
     "Мбарга поїхав воювати у складі «Вагнера». Загинув на початку грудня під Бахмутом.", "uk",
     "2023-04-02", "Мбарга", "2022-09"),
    ("В ноябре 2022 года Артём Лисин уехал воевать в составе ЧВК «Вагнер» и погиб под "
     "Соледаром 12 января.", "ru", "2023-02-01", "Лисин", "2022-11"),
    ("Сестра розповіла, що Олексій Рябінін «пішов до Пригожина» у вересні 2022 року. Загинув "
     "19 січня 2023 року.", "uk", "2023-06-14", "Рябінін", "2022-09"),
    ("Брат каже, що Віталій Осадчий пішов до Пригожина просто з колонії в листопаді 2022 року. "
     "Загинув у лютому під Бахмутом.", "uk", "2023-04-01", "Осадчий", "2022-11"),
    ("Уже в жовтні 2022 року Олег Сапожников опинився в ПВК «Вагнер» під Бахмутом, а 2 "
     "березня його взяли в полон.", "uk", "2023-03-09", "Сапожников", "2022-10"),
    ("В декабре 2022 года Павел Рогов оказался в ЧВК «Вагнер», а 8 марта погиб под Бахмутом.",
     "ru", "2023-03-20", "Рогов", "2022-12"),
])
def test_joining_a_pmc_dates_the_contract(text: str, lang: str, published: str,
                                          surname: str, contract: str) -> None:
    assert _others(text, lang, published, surname).get("contract") == contract


@pytest.mark.parametrize(("text", "lang", "published", "surname"), [
    # a fighter named by his unit: no signing dated
    ("Боец ЧВК «Вагнер» Александр Рябов, позывной «Шаман», погиб под Соледаром в январе.",
     "ru", "2023-02-03", "Рябов"),
    ("Найманець ПВК «Вагнер» Сергій Гончар загинув 5 лютого 2023 року під Бахмутом.", "uk",
     "2023-02-20", "Гончар"),
    # a unit founded in a year is no joining
    ("Андрей Пахомов погиб 3 мая. Он служил в отряде «Барс», созданном в 2021 году.", "ru",
     "2023-05-10", "Пахомов"),
])
def test_no_contract_without_a_joining(text: str, lang: str, published: str,
                                       surname: str) -> None:
    assert "contract" not in _others(text, lang, published, surname)


# ---------------------------------------------------------------- "того же года"

@pytest.mark.parametrize(("text", "lang", "published", "surname", "contract"), [
    ("Сергей Ломов освободился в марте 2022 года, а осенью того же года подписал контракт с "
     "Минобороны. Погиб 3 мая 2023 года.", "ru", "2023-06-01", "Ломов", "2022"),
    ("Андрія Петріва засудили у березні 2022 року, а з колонії його завербували до «Шторм Z» "
     "восени того ж року. Загинув 2 червня 2023 року.", "uk", "2023-07-01", "Петрів", "2022"),
    ("Рустам Валиев вернулся со срочной службы в 2021 году, а летом следующего года заключил "
     "контракт. Погиб 4 марта 2023 года.", "ru", "2023-04-01", "Валиев", "2022"),
    ("Тарас Гуменюк переїхав до Курська у 2020 році, а взимку того ж року підписав контракт з "
     "Міноборони РФ. Загинув 14 січня 2023 року.", "uk", "2023-02-01", "Гуменюк", "2020"),
])
def test_a_season_of_the_same_year(text: str, lang: str, published: str, surname: str,
                                   contract: str) -> None:
    assert _others(text, lang, published, surname).get("contract") == contract


def test_a_season_of_the_same_year_needs_a_year_before() -> None:
    o = _others("Осенью того же года Игорь Малов подписал контракт. Погиб 3 мая 2023 года.",
                "ru", "2023-06-01", "Малов")
    assert "contract" not in o


# ---------------------------------------------------------------- the news by telephone

@pytest.mark.parametrize(("text", "published", "surname", "reported"), [
    ("Bikash Gurung signed a one-year contract with the Russian army in August. A Nepali "
     "comrade telephoned the family on Sunday and said Bikash had been killed near Avdiivka on "
     "January 26.", "2024-02-09", "Gurung", "2024-02-04"),
    ("Ram Thapa was killed near Bakhmut on March 2. A fellow recruit phoned his wife on March "
     "9, saying Ram had died in shelling.", "2023-03-20", "Thapa", "2023-03-09"),
])
def test_a_call_with_the_news_is_reported(text: str, published: str, surname: str,
                                          reported: str) -> None:
    assert _others(text, "en", published, surname).get("reported") == reported


def test_a_call_without_the_death_is_contact() -> None:
    o = _others("Suresh Limbu, 31, telephoned his wife on 6 August and said they were going to "
                "Pokrovsk. He has been missing since then.", "en", "2024-09-01", "Limbu")
    assert "reported" not in o


# ---------------------------------------------------------------- "сообщили, что он погиб …"

@pytest.mark.parametrize(("text", "published", "surname", "death"), [
    ("Родственники Ивана Сомова сообщили, что он погиб 21 февраля под Донецком.", "2024-03-08",
     "Сомов", "2024-02-21"),
    ("Сестра Олега Белова сообщила, что брат погиб 3 июня в районе Работино.", "2023-07-01",
     "Белов", "2023-06-03"),
    ("Как сказал сослуживец, Артур Нуриев погиб 12 января под Бахмутом, а семье сказали, что "
     "он погиб героем.", "2023-02-01", "Нуриев", "2023-01-12"),
])
def test_told_that_he_died_on_a_day_dates_the_death(text: str, published: str, surname: str,
                                                     death: str) -> None:
    p = next(x for x in extract_text(text, "ru", published) if x["surname"] == surname)
    assert p["death_date"] == death
    assert "reported" not in (p["other_dates"] or {})


def test_the_day_of_the_news_is_still_reported() -> None:
    o = _others("Иван Сомов погиб 21 февраля. 2 марта семье сообщили, что он погиб под "
                "Донецком.", "ru", "2024-03-08", "Сомов")
    assert o.get("reported") == "2024-03-02"


# ---------------------------------------------------------------- convicts named, no verdict

@pytest.mark.parametrize(("text", "lang", "published", "surname", "contract"), [
    ("В ноябре 2022 года к осуждённым приехали вербовщики ЧВК «Вагнер», и Евгений Мальцев "
     "согласился одним из первых. Погиб 4 марта в Бахмуте.", "ru", "2023-05-30", "Мальцев",
     "2022-11"),
    ("У жовтні 2022 року до засуджених ІК-6 приїхали вербувальники, і Сергій Ткач підписав "
     "контракт. Загинув 2 лютого під Бахмутом.", "uk", "2023-03-01", "Ткач", "2022-10"),
])
def test_convicts_named_after_a_preposition_date_no_verdict(text: str, lang: str,
                                                            published: str, surname: str,
                                                            contract: str) -> None:
    o = _others(text, lang, published, surname)
    assert o.get("contract") == contract
    assert "court" not in o


@pytest.mark.parametrize(("text", "lang", "published", "surname", "court"), [
    ("Андрей Гусев, осуждённый в 2019 году за разбой, погиб 3 марта 2023 года под Бахмутом.",
     "ru", "2023-04-01", "Гусев", "2019"),
    ("Петро Крук був засуджений у 2018 році за крадіжку. Загинув 5 квітня 2023 року.", "uk",
     "2023-05-01", "Крук", "2018"),
])
def test_a_sentence_told_with_its_year_is_the_court(text: str, lang: str, published: str,
                                                    surname: str, court: str) -> None:
    assert _others(text, lang, published, surname).get("court") == court


# ---------------------------------------------------------------- English: verdicts, recruiters

@pytest.mark.parametrize(("text", "published", "surname", "expected"), [
    ("Yerlan Zhaksybekov, 37, a Kazakh citizen from Petropavl. Zhaksybekov, convicted in 2021 "
     "of drug trafficking, joined Storm-Z in July and was killed on November 19 in the Kursk "
     "region.", "2024-12-11", "Zhaksybekov", {"contract": "2024-07", "other": "2021"}),
    ("Convicted murderer Anatoly Zhuravsky was recruited by the Wagner group in 2022 and died "
     "near Bakhmut in March. Zhuravsky, 46, had been convicted in 2015 of killing a neighbour.",
     "2023-05-22", "Zhuravsky", {"contract": "2022", "other": "2015"}),
    ("The court has declared Maxim Olegovich Tretyakov dead. According to the decision of "
     "August 24, Tretyakov, who had no criminal record, signed a contract with PMC Wagner in "
     "November 2022.", "2023-08-30", "Tretyakov", {"contract": "2022-11",
                                                   "other": "2023-08-24"}),
    ("Vladimir Kuzmin, 51, was serving a sentence in IK-6 in Novocheboksarsk when Wagner "
     "recruiters visited in September. He was killed near Bakhmut on 18 January.",
     "2023-04-03", "Kuzmin", {"contract": "2022-09"}),
    ("Native of Tajikistan Firdavs Nazarov, 39, had been a Russian citizen since 2008; he was "
     "mobilised in September 2022 and died of wounds on November 3.", "2023-11-27", "Nazarov",
     {"citizenship": "2008", "mobilised": "2022-09"}),
])
def test_english_verdicts_recruiters_citizens(text: str, published: str, surname: str,
                                              expected: dict[str, str]) -> None:
    o = _others(text, "en", published, surname)
    assert {k: o.get(k) for k in expected} == expected


def test_a_convicted_man_named_so_dates_no_verdict() -> None:
    o = _others("Convicted murderer Pavel Grishin, 41, signed a contract in October 2022 and "
                "was killed near Bakhmut on 3 March.", "en", "2023-04-01", "Grishin")
    assert o.get("contract") == "2022-10"
    assert "other" not in o


# ---------------------------------------------------------------- farewell and funeral as one

@pytest.mark.parametrize(("text", "lang", "published", "surname", "day"), [
    ("Тарас Мельничук загинув 14 лютого 2024 року. Прощання та чин похорону — завтра, 3 квітня, "
     "о 10:00 у соборі.", "uk", "2025-04-02", "Мельничук", "2025-04-03"),
    ("Минулої суботи у Пскові попрощалися і поховали гвардії рядового Ігоря Балашова "
     "(2002–2022).", "uk", "2022-07-01", "Балашов", "2022-06-25"),
    ("Иван Зуев погиб 22 июня. Прощание и похороны прошли 2 июля в селе Камень.", "ru",
     "2023-07-04", "Зуев", "2023-07-02"),
    ("Прощание и похороны Ивана Зуева состоятся 6 июля в 10:00 в селе Камень. Он погиб 22 "
     "июня.", "ru", "2023-07-04", "Зуев", "2023-07-06"),
    ("Олега Гринюка, який загинув 1 березня, поховали і попрощалися з ним 9 березня у рідному "
     "селі.", "uk", "2024-03-12", "Гринюк", "2024-03-09"),
    ("Сергей Лыков погиб 3 мая. Прощание, а также похороны пройдут 12 мая в Шатуре.", "ru",
     "2024-05-10", "Лыков", "2024-05-12"),
])
def test_farewell_and_funeral_told_as_one(text: str, lang: str, published: str,
                                          surname: str, day: str) -> None:
    o = _others(text, lang, published, surname)
    assert (o.get("farewell"), o.get("funeral")) == (day, day)


@pytest.mark.parametrize(("text", "expected"), [
    ("Прощание с Иваном Зуевым пройдёт 6 июля в ДК. Похороны состоятся 7 июля. Он погиб 22 "
     "июня.", {"farewell": "2023-07-06", "funeral": "2023-07-07"}),
    ("Прощание с Иваном Зуевым пройдёт 6 июля в ДК, похороны состоятся на городском кладбище. "
     "Он погиб 22 июня.", {"farewell": "2023-07-06", "funeral": None}),
])
def test_ceremonies_told_apart_keep_their_own_days(text: str,
                                                   expected: dict[str, str | None]) -> None:
    o = _others(text, "ru", "2023-07-04", "Зуев")
    assert {k: o.get(k) for k in expected} == expected
