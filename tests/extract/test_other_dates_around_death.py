"""Dates around a death: a month told with a relative year ("в марте прошлого года", "торік у
серпні"), the day the family was told of the death ("семье сообщили о его гибели": reported,
not the death), and the wounding of one who died of his wounds (an "other" event)."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _person(text: str, lang: str, published: str, surname: str) -> dict[str, Any]:
    return next(p for p in extract_text(text, lang, published) if p["surname"] == surname)


def _others(person: dict[str, Any]) -> dict[str, str]:
    return dict(person["other_dates"] or {})


# ---------------------------------------------------------------- a month of a relative year

@pytest.mark.parametrize(("text", "lang", "published", "surname", "event", "value"), [
    ("Прощание с Андреем Зуевым состоится 22 июня. Он погиб 14 июня под Работино. В марте "
     "прошлого года он был мобилизован.", "ru", "2024-06-20", "Зуев", "mobilised", "2023-03"),
    ("Рядовой Глеб Сазонов 12 октября позапрошлого года подписал контракт. Погиб 2 июня.",
     "ru", "2024-06-20", "Сазонов", "contract", "2022-10-12"),
    ("Рядовой Тимур Алиев в прошлом году в августе подписал контракт. Погиб 2 июня под "
     "Часовым Яром.", "ru", "2024-06-20", "Алиев", "contract", "2023-08"),
    ("Торік у серпні Іван Коваль підписав контракт. Загинув 2 січня.", "uk", "2025-01-22",
     "Коваль", "contract", "2024-08"),
    ("Рядовий Петро Гнатюк у вересні минулого року підписав контракт з ЗСУ. Загинув 2 січня.",
     "uk", "2025-01-22", "Гнатюк", "contract", "2024-09"),
    ("Private Ivan Somov, 31, signed a contract in October last year. He was killed on June 2.",
     "en", "2024-06-20", "Somov", "contract", "2023-10"),
])
def test_a_month_takes_its_relative_year(text: str, lang: str, published: str, surname: str,
                                         event: str, value: str) -> None:
    assert _others(_person(text, lang, published, surname)).get(event) == value


def test_this_year_month_in_the_year_it_is_told() -> None:
    p = _person("Рядовой Олег Маслов в марте этого года подписал контракт. Погиб 2 июня.",
                "ru", "2024-06-20", "Маслов")
    assert _others(p).get("contract") == "2024-03"
    assert p["death_date"] == "2024-06-02"


def test_a_bare_month_is_still_the_last_one() -> None:
    p = _person("Рядовой Олег Маслов в марте подписал контракт. Погиб 2 июня.", "ru",
                "2024-06-20", "Маслов")
    assert _others(p).get("contract") == "2024-03"


# ---------------------------------------------------------------- the family was told

@pytest.mark.parametrize(("text", "lang", "surname", "death", "reported"), [
    ("Рядовой Иван Петрович Сомов погиб в зоне СВО. 2 марта семье сообщили о его гибели.",
     "ru", "Сомов", None, "2024-03-02"),
    ("Младший сержант Павел Рогов погиб в зоне СВО. Родным сообщили о его смерти 12 мая.",
     "ru", "Рогов", None, "2024-05-12"),
    ("Ефрейтор Денис Лаптев погиб 3 мая под Бахмутом. Жене 17 мая сообщили о его гибели.",
     "ru", "Лаптев", "2024-05-03", "2024-05-17"),
    ("Ефрейтор Денис Лаптев погиб под Бахмутом, о чём 17 мая сообщили его матери.",
     "ru", "Лаптев", None, "2024-05-17"),
    ("Солдат Олег Мельник загинув на Донеччині. 4 червня родині повідомили про його загибель.",
     "uk", "Мельник", None, "2024-06-04"),
    ("Солдат Олег Мельник загинув 28 травня на Донеччині, про що 6 червня дізналася його "
     "родина.", "uk", "Мельник", "2024-05-28", "2024-06-06"),
])
def test_the_day_the_family_was_told_is_no_death_date(text: str, lang: str, surname: str,
                                                      death: str | None, reported: str) -> None:
    p = _person(text, lang, "2024-06-20", surname)
    assert p["death_date"] == death
    assert _others(p).get("reported") == reported


def test_a_death_told_by_a_date_of_its_own_is_the_death() -> None:
    p = _person("Рядовой Иван Сомов погиб 2 марта в зоне СВО. О его подвиге рассказали "
                "сослуживцы.", "ru", "2024-06-20", "Сомов")
    assert p["death_date"] == "2024-03-02"
    assert "reported" not in _others(p)


# ---------------------------------------------------------------- wounded, then died

@pytest.mark.parametrize(("text", "lang", "surname", "death", "wounded"), [
    ("Ефрейтор Андрей Зуев 3 апреля был ранен под Кременной и 9 апреля умер в госпитале "
     "Ростова.", "ru", "Зуев", "2024-04-09", "2024-04-03"),
    ("По информации родных, 20 мая Максим Дергачёв был тяжело ранен при штурме, а 23 мая "
     "скончался в госпитале в Луганске.", "ru", "Дергачёв", "2024-05-23", "2024-05-20"),
    ("Сержант Роман Гусев получил тяжёлое ранение 11 марта. Скончался в госпитале 2 апреля.",
     "ru", "Гусев", "2024-04-02", "2024-03-11"),
    ("Рядовий Іван Коваль 3 січня отримав тяжке поранення, а 9 січня помер у шпиталі.",
     "uk", "Коваль", "2024-01-09", "2024-01-03"),
    ("Солдат Андрій Ткач 5 травня був тяжко поранений під Часовим Яром. Помер у лікарні Дніпра "
     "12 травня.", "uk", "Ткач", "2024-05-12", "2024-05-05"),
    ("Private Ivan Somov, 31, was wounded near Avdiivka on May 20 and died in hospital on "
     "May 23.", "en", "Somov", "2024-05-23", "2024-05-20"),
])
def test_the_wounding_of_one_who_died_of_it(text: str, lang: str, surname: str, death: str,
                                            wounded: str) -> None:
    p = _person(text, lang, "2024-06-20", surname)
    assert p["death_date"] == death
    assert _others(p) == {"wounded": wounded}


def test_a_relatives_wounding_is_not_his() -> None:
    p = _person("Сержант Роман Гусев погиб 2 апреля. Его брат Олег был ранен 11 марта.", "ru",
                "2024-06-20", "Гусев")
    assert p["death_date"] == "2024-04-02"
    assert not _others(p)


def test_wounded_and_died_the_same_day_is_one_date() -> None:
    p = _person("Ефрейтор Андрей Зуев 3 апреля был тяжело ранен под Кременной и скончался "
                "3 апреля в полевом госпитале.", "ru", "2024-06-20", "Зуев")
    assert p["death_date"] == "2024-04-03"
    assert "wounded" not in _others(p)


# ---------------------------------------------------------------- since a month of a relative year

@pytest.mark.parametrize(("text", "lang", "published", "surname", "captured"), [
    ("Молодший сержант Руслан Гаврилюк з Бердичева — у полоні з вересня минулого року, коли "
     "його взяли під Кліщіївкою. Сьогодні він повернувся з полону.", "uk", "2024-06-26",
     "Гаврилюк", "2023-09"),
    ("Рядовой Андрей Зуев вернулся из плена. Он находился в плену с марта прошлого года.",
     "ru", "2024-06-26", "Зуев", "2023-03"),
    ("Сержант Ігор Бондар повернувся з полону. Він був у полоні з лютого позаминулого року.",
     "uk", "2024-06-26", "Бондар", "2022-02"),
])
def test_since_a_month_of_a_relative_year(text: str, lang: str, published: str, surname: str,
                                          captured: str) -> None:
    p = _person(text, lang, published, surname)
    assert p["status"] == "returned"
    assert _others(p) == {"captured": captured}


# ---------------------------------------------------------------- the same event told twice

@pytest.mark.parametrize(("text", "lang", "published", "surname", "contract"), [
    ("Торік у серпні Іван Коваль погодився на контракт. Контракт він підписав 27 серпня. "
     "Загинув 2 січня.", "uk", "2025-01-22", "Коваль", "2024-08-27"),
    ("В августе Олег Сомов решил подписать контракт. Контракт был подписан 27 августа. "
     "Погиб 3 мая.", "ru", "2024-06-26", "Сомов", "2023-08-27"),
])
def test_the_day_of_a_month_told_before_wins(text: str, lang: str, published: str,
                                             surname: str, contract: str) -> None:
    assert _others(_person(text, lang, published, surname)).get("contract") == contract


# ---------------------------------------------------------------- English notices and papers

@pytest.mark.parametrize(("text", "death", "others"), [
    ("Private Ivan Somov, 31, was killed in Ukraine. His body was identified in February.",
     None, {"reported": "2024-02"}),
    ("Private Ivan Somov, 31, was killed in Ukraine. In March his commander told his wife by "
     "phone that he had been killed.", None, {"reported": "2024-03"}),
    ("Private Ivan Somov, 31, was killed near Avdiivka. In May his mother was told that he had "
     "died.", None, {"reported": "2024-05"}),
    ("Ram Thapa, 27, of Pokhara, was killed near Bakhmut on February 26, a fellow recruit told "
     "his family in a phone call on March 9.", "2024-02-26", {"reported": "2024-03-09"}),
    ("Mohammed Arif Khan, 30, was killed on March 6. Relatives said he was made to sign "
     "documents in Russian on December 24.", "2024-03-06", {"contract": "2023-12-24"}),
])
def test_english_notices_and_papers(text: str, death: str | None, others: dict[str, str]
                                    ) -> None:
    p = extract_text(text, "en", "2024-06-20")[0]
    assert p["death_date"] == death
    assert _others(p) == others


def test_english_papers_handed_are_the_call_up() -> None:
    p = extract_text("Alexander Dorzhiev, 38, a driver from Kyren, was handed his papers at 2 "
                     "a.m. on September 22, a day after the \"partial\" mobilisation was "
                     "announced.", "en", "2022-09-27")[0]
    assert _others(p) == {"mobilised": "2022-09-22"}


def test_english_with_the_company_since() -> None:
    p = extract_text("Vitaly Semyonov, 44, Kondopoga. Not a convict: with the company since "
                     "2017 (Syria, Libya). Died of wounds on 17 January.", "en",
                     "2024-02-10")[0]
    assert p["death_date"] == "2024-01-17"
    assert _others(p) == {"contract": "2017"}


def test_english_a_month_opening_a_sentence_is_a_date() -> None:
    p = extract_text("Private Oleg Belov, 24, signed a contract. In March he was sent to the "
                     "front near Avdiivka, where he was killed.", "en", "2024-06-20")[0]
    assert p["death_date"] == "2024-03"


@pytest.mark.parametrize(("text", "lang", "published", "surname"), [
    ("Сьогодні Ірпінь прощається з бойовою медикинею Оксаною Петрівною Гуменюк. З 2015 року "
     "вона служила в 24-й бригаді, де рятувала поранених. Оксана загинула 18 травня під "
     "Бахмутом.", "uk", "2023-05-22", "Гуменюк"),
    ("Санинструктор Ольга Рябова с 2022 года выносила раненых с поля боя. Погибла 4 мая под "
     "Марьинкой.", "ru", "2023-05-22", "Рябова"),
])
def test_the_wounded_a_medic_saved_date_no_wounding(text: str, lang: str, published: str,
                                                    surname: str) -> None:
    p = _person(text, lang, published, surname)
    assert "wounded" not in _others(p)
