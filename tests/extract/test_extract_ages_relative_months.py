"""Ages of children before their name, ages after names ending in a non-ASCII letter, ages in
words after "исполнилось" with an adverb, and English months and seasons told from
publication ("last November", "this March", "March of last year", "last summer")."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _person(text: str, lang: str, published: str, surname: str) -> dict[str, Any]:
    return next(p for p in extract_text(text, lang, published) if p["surname"] == surname)


# ------------------------------------------------------- a child's age right before the name

@pytest.mark.parametrize(("text", "lang", "surname", "age"), [
    ("Внаслідок ракетного удару по Одесі загинули двоє мешканців міста:\n"
     "— Галина Іванівна Петренко, 71 рік;\n— дванадцятирічний Богдан Мороз.", "uk", "Мороз", 12),
    ("У Житомирі поховали семирічну Софію Ткачук, яка загинула під час обстрілу.", "uk",
     "Ткачук", 7),
    ("У Сумах під час атаки дронів загинув 9-річний Данило Кравець.", "uk", "Кравець", 9),
    ("В Белгороде при обстреле погибла 12-летняя Алина Шевцова.", "ru", "Шевцова", 12),
    ("В Шебекино при атаке дрона погиб семилетний Артём Лаптев.", "ru", "Лаптев", 7),
    ("В Горловке при обстреле погиб одиннадцатилетний Кирилл Зуев.", "ru", "Зуев", 11),
])
def test_a_childs_age_before_the_name(text: str, lang: str, surname: str, age: int) -> None:
    assert _person(text, lang, "2024-06-26", surname)["age"] == age


@pytest.mark.parametrize(("text", "lang", "surname"), [
    # a child of the soldier: the age stands before a kin word, not a name
    ("Под Бахмутом погиб Сергей Фирсов. У него остался пятилетний сын Миша.", "ru", "Фирсов"),
    ("Під Бахмутом загинув Олег Семенюк. У нього залишився п'ятирічний син Марко.", "uk",
     "Семенюк"),
    ("Погиб Андрей Гусев, у него осталась 7-летняя дочь.", "ru", "Гусев"),
    # the age of a thing stays no age
    ("Погиб Сергей Фирсов, отслуживший 5-летний Контракт.", "ru", "Фирсов"),
])
def test_a_young_age_elsewhere_is_no_age(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, "2024-06-26", surname)["age"] is None


# ------------------------------------------- an English age after a name with a diacritic

@pytest.mark.parametrize(("text", "surname", "age"), [
    ("His comrade, Serbian citizen Dragan Petrović, 52, who joined the battalion in 2022, "
     "was seriously wounded.", "Petrović", 52),
    ("Cuban recruit José Peña (29) was killed near Bakhmut in May.", "Peña", 29),
    ("Czech volunteer Jiří Novák, forty-one, was killed in May.", "Novák", 41),
    ("Serbian volunteer Miloš Marković, 34, from Niš, died of wounds in a Donetsk hospital.",
     "Marković", 34),
])
def test_an_age_after_a_name_ending_in_any_letter(text: str, surname: str, age: int) -> None:
    assert _person(text, "en", "2023-09-28", surname)["age"] == age


# ------------------------------------------------ "исполнилось" with an adverb about it

@pytest.mark.parametrize(("text", "age"), [
    ("24 декабря под Марьинкой погиб Сергей Фирсов, ему только-только исполнилось двадцать.", 20),
    ("Погиб рядовой Игорь Лапин. Ему едва исполнилось 19 лет.", 19),
    ("Погиб рядовой Игорь Лапин. Ему недавно исполнилось двадцать два.", 22),
    ("Погиб рядовой Игорь Лапин. Ему уже исполнился 41 год.", 41),
])
def test_an_age_with_an_adverb(text: str, age: int) -> None:
    assert _person(text, "ru", "2023-12-28", "Лапин" if "Лапин" in text else "Фирсов")[
        "age"] == age


def test_a_sons_age_with_an_adverb_is_not_his() -> None:
    p = _person("Погиб рядовой Игорь Лапин. Его сыну недавно исполнилось двадцать два.", "ru",
                "2023-12-28", "Лапин")
    assert p["age"] is None


# ------------------------------------------------- English months and seasons told relatively

@pytest.mark.parametrize(("text", "published", "surname", "key", "value"), [
    ("Hari Prasad Adhikari, 29, from Waling says he signed a contract with the Russian defence "
     "ministry last November.", "2024-02-26", "Adhikari", "contract", "2023-11"),
    ("Ram Thapa, 25, signed a contract in March last year and was killed near Avdiivka.",
     "2024-07-26", "Thapa", "contract", "2023-03"),
    ("Ram Thapa, 25, signed a contract in March of last year and was killed near Avdiivka.",
     "2024-02-26", "Thapa", "contract", "2023-03"),
    ("Sergei Volkov, 44, was mobilised last February and was killed near Kupiansk.",
     "2024-02-26", "Volkov", "mobilised", "2023-02"),
    ("Sergei Volkov, 44, was mobilised last February and was killed near Kupiansk.",
     "2024-06-26", "Volkov", "mobilised", "2024-02"),
    ("Min Bahadur Rokaya, 38, of Sinja, who signed up with the Russian army last summer, was "
     "killed near Bakhmut on December 29.", "2024-01-22", "Rokaya", "contract", "2023"),
    ("Min Bahadur Rokaya, 38, of Sinja, who signed up with the Russian army this spring, was "
     "killed near Bakhmut on July 2.", "2024-08-22", "Rokaya", "contract", "2024"),
    ("Kevin Otieno, 27, who signed a contract last autumn, was killed near Pokrovsk on May 3.",
     "2024-05-22", "Otieno", "contract", "2023"),
])
def test_a_month_or_season_told_from_publication(text: str, published: str, surname: str,
                                                 key: str, value: str) -> None:
    p = _person(text, "en", published, surname)
    assert dict(p["other_dates"] or {}).get(key) == value


def test_this_march_is_this_years() -> None:
    p = _person("Kevin Otieno, 27, signed a contract this March and was killed near Pokrovsk "
                "on May 3.", "en", "2024-05-22", "Otieno")
    assert p["other_dates"] == {"contract": "2024-03"}
    assert p["death_date"] == "2024-05-03"


def test_this_may_is_no_month_in_lower_case() -> None:
    # "this may" is a verb; "the last May" day stays unread as a relative month
    p = _person("Kevin Otieno, 27, was killed near Pokrovsk on May 3. This may take weeks to "
                "confirm, his brother said.", "en", "2024-05-22", "Otieno")
    assert p["death_date"] == "2024-05-03"
    assert not p["other_dates"]


# ------------------------------- a Ukrainian participle used as a noun dates everyone it heads

@pytest.mark.parametrize("text", [
    "Журналісти встановили імена загиблих 19 жовтня окупантів: це старший сержант Віталій "
    "Дронов (35 років, Липецьк), єфрейтор Аркадій Мінін з Єльця і рядовий Тимур Гатауллін з "
    "Казані.",
    "Стали відомі імена загиблих 19 жовтня військових: рядовий Віталій Дронов, єфрейтор "
    "Аркадій Мінін та рядовий Тимур Гатауллін.",
    "Оприлюднено список загиблих 19 жовтня росіян: Віталій Дронов з Липецька, Аркадій Мінін з "
    "Єльця, Тимур Гатауллін з Казані.",
])
def test_a_plural_participle_noun_dates_everyone(text: str) -> None:
    people = extract_text(text, "uk", "2024-11-01")
    assert {p["surname"] for p in people} == {"Дронов", "Мінін", "Гатауллін"}
    assert all(p["death_date"] == "2024-10-19" for p in people)


def test_the_dead_at_large_date_no_one_else() -> None:
    # "родинам загиблих": the dead at large; a man buried yesterday keeps no one's death date
    people = extract_text("Під Бахмутом 3 жовтня загинув рядовий Олег Кравець. Родинам загиблих "
                          "висловлюємо співчуття. Вчора поховали також рядового Павла Мельника.",
                          "uk", "2024-11-01")
    by = {p["surname"]: p for p in people}
    assert by["Кравець"]["death_date"] == "2024-10-03"
    assert by["Мельник"]["death_date"] is None


# --------------------------------------- a death not yet confirmed dates neither death nor news

@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Private Ivan Petrov went missing near Kreminna on October 12. His death has not yet been "
     "confirmed, his mother said on October 20.", "en", "Petrov"),
    ("Private Ivan Petrov went missing near Kreminna on October 12. On October 20 the family "
     "said his death is yet to be confirmed.", "en", "Petrov"),
    ("Рядовой Иван Петров пропал без вести 12 октября. 20 октября командир сообщил семье, что "
     "его гибель пока не подтверждена.", "ru", "Петров"),
    ("Рядовой Иван Петров пропал без вести 12 октября. Его гибель 20 октября так и не "
     "подтвердили.", "ru", "Петров"),
    ("Рядовий Олег Кравець зник безвісти 12 жовтня. 20 жовтня родині повідомили, що його "
     "загибель досі не підтверджена.", "uk", "Кравець"),
])
def test_an_unconfirmed_death_dates_nothing(text: str, lang: str, surname: str) -> None:
    p = _person(text, lang, "2024-11-01", surname)
    assert p["death_date"] is None
    assert "reported" not in (p["other_dates"] or {})
    assert "2024-10-20" not in (p["other_dates"] or {}).values()


def test_a_confirmed_death_keeps_its_notice() -> None:
    p = _person("Private Ivan Petrov went missing near Kreminna on October 12. His death was "
                "confirmed on October 20.", "en", "2024-11-01", "Petrov")
    assert p["other_dates"]["reported"] == "2024-10-20"
