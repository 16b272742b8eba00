"""Ages and dates that belong to someone else: a relative's age set off after the kin word
("Её муж Николай Иванович, 66 лет,", "His widow, 29,"), ages told of familiar given names in
a list ("Серёге 36 было, Ване 27", "Олегу было 40, а Диме только 23"), the day a death became
known ("узнала о его гибели в прошлую среду", "learned of his death last Wednesday"), and a
contract told of "both" in English ("Both signed contracts in February")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from headcount.extract import extract_text

PUB = "2024-03-10"  # a Sunday: "в прошлую среду" is 2024-03-06


def _person(text: str, lang: str, surname: str, published: str = PUB) -> dict[str, Any]:
    return next(p for p in extract_text(text, lang, published) if p["surname"] == surname)


# ------------------------------------------------- a relative's age set off after the kin word

@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("В зоне СВО погибла медсестра Анна Петровна Кузнецова. Её муж Николай Иванович, 66 лет, "
     "остался один.", "ru", "Кузнецова"),
    ("Под Бахмутом погиб рядовой Олег Смирнов. У него осталась жена Ольга, 45 лет, и двое "
     "детей.", "ru", "Смирнов"),
    ("Сержант Виктор Лобанов погиб под Угледаром. Его мать, 61 год, живёт в Тамбове.", "ru",
     "Лобанов"),
    ("Погиб ефрейтор Артур Галиев. Его отец Ринат Галиев, 70 лет, сам служил в Афганистане.",
     "ru", "Галиев"),
    ("Під Бахмутом загинув солдат Петро Коваль. Його мати, 54-річна Ганна, не може "
     "змиритися.", "uk", "Коваль"),
    ("Загинув солдат Микола Дячук. У нього залишилася дружина Оксана, 38 років, та донька.",
     "uk", "Дячук"),
    ("Private John Miller was killed near Bakhmut. His widow, 29, said he was a hero.", "en",
     "Miller"),
    ("Corporal Sam Reyes died in a Donetsk hospital. He leaves his wife Maria, 31, and two "
     "sons.", "en", "Reyes"),
    ("Rifleman Dev Rai was killed in March. Her mother (54) said he had wanted to come home.",
     "en", "Rai"),
])
def test_a_relatives_age_is_not_the_persons(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["age"] is None


@pytest.mark.parametrize(("text", "lang", "surname", "age"), [
    # the person's own age in apposition stays his
    ("Под Бахмутом погиб рядовой Олег Смирнов, 34 года. Его мать, 61 год, живёт в Тамбове.",
     "ru", "Смирнов", 34),
    ("Под Курском погиб Иван Кузнецов, 25 лет, уроженец Тамбова.", "ru", "Кузнецов", 25),
    # the relative named is the one who died: the age is his
    ("Её сын Иван Кузнецов, 25 лет, погиб под Бахмутом.", "ru", "Кузнецов", 25),
    ("Sergeant Tom Baker, 34, died in Donetsk. He leaves his wife Maria, 31, and two sons.",
     "en", "Baker", 34),
    ("Ruslan Ivanov died near Avdiivka. Her son Igor Zaitsev, 25, was killed in May.", "en",
     "Zaitsev", 25),
    ("Загинув солдат Микола Дячук, 41 рік. Його мати, 70 років, живе у Ніжині.", "uk", "Дячук",
     41),
])
def test_an_own_age_beside_a_relatives_stays(text: str, lang: str, surname: str,
                                             age: int) -> None:
    assert _person(text, lang, surname)["age"] == age


@pytest.mark.parametrize(("text", "lang", "given", "age"), [
    # a relative named and reported on keeps the age set off after his name
    ("52-летний Пётр Лунев был мобилизован осенью, его сын Максим, 24 года, служил по "
     "контракту. Максим погиб 3 ноября.", "ru", "Максим", 24),
    ("Вчера похоронили Тимура Исаева. Его младший брат Руслан, 22 года, служивший с ним, был "
     "ранен в том же бою.", "ru", "Руслан", 22),
    ("Ram Thapa was killed in December. His cousin Bikash Thapa, 26, who went to Russia with "
     "him, has not contacted the family since January 14.", "en", "Bikash", 26),
    ("Dorji Namsaraev, 41, a driver, and his nephew Aldar Namsaraev, 23, were called up in "
     "September.", "en", "Aldar", 23),
])
def test_a_reported_relatives_age_is_his(text: str, lang: str, given: str, age: int) -> None:
    p = next(p for p in extract_text(text, lang, PUB) if p["given_name"] == given)
    assert p["age"] == age


def test_last_heard_from_him_is_no_news_of_death() -> None:
    p = _person("Private Ali Hassan was killed near Bakhmut. His brother last heard from him on "
                "March 2.", "en", "Hassan")
    assert (p["other_dates"] or {}).get("reported") is None


# ------------------------------------------- ages of familiar given names told in a list

@pytest.mark.parametrize(("text", "ages"), [
    ("Под Авдеевкой погибли Сергей Иванов и Иван Петров. Серёге 36 было, Ване 27.",
     {"Иванов": 36, "Петров": 27}),
    ("Под Авдеевкой погибли Олег Сидоров и Дмитрий Козлов. Олегу было 40, а Диме только 23.",
     {"Сидоров": 40, "Козлов": 23}),
    ("В бою под Кременной погибли Александр Лукин и Алексей Рябов. Саше исполнилось 29, "
     "Лёше — 31.", {"Лукин": 29, "Рябов": 31}),
    ("Погибли Андрей Зотов и Дмитрий Кравцов. Андрюхе было сорок два, а Диме тридцать.",
     {"Зотов": 42, "Кравцов": 30}),
    ("Простились с Василием Греховым и Иваном Ломовым. Ване двадцать семь исполнилось, "
     "Васе — 33.", {"Ломов": 27, "Грехов": 33}),
])
def test_ages_of_familiar_names_in_a_list(text: str, ages: dict[str, int]) -> None:
    got = {p["surname"]: p["age"] for p in extract_text(text, "ru", PUB)}
    for surname, age in ages.items():
        assert got[surname] == age


def test_a_brothers_familiar_name_takes_no_ones_age() -> None:
    p = _person("Погиб Андрей Зотов. Ему было 42, а его брату Диме 30.", "ru", "Зотов")
    assert p["age"] == 42


def test_a_number_after_a_name_without_a_stated_age_is_no_age() -> None:
    # no age is stated with its verb in the sentence: ", Ване 27" is no age
    p = _person("Погибли Сергей Иванов и Иван Петров. Рота Серёги, Ване 27 медалей.", "ru",
                "Петров")
    assert p["age"] is None


# ---------------------------------------------- the day the death became known

@pytest.mark.parametrize(("text", "lang", "surname", "reported"), [
    ("Мать рядового Олега Сидорова узнала о его гибели в прошлую среду.", "ru", "Сидоров",
     "2024-03-06"),
    ("Рядовой Олег Сидоров погиб под Бахмутом. О его гибели семья узнала в прошлую среду.",
     "ru", "Сидоров", "2024-03-06"),
    ("Семья из Тамбова узнала о гибели сына в прошлую среду\n\nРядовой Олег Сидоров погиб под "
     "Бахмутом. Ему было 34 года.", "ru", "Сидоров", "2024-03-06"),
    ("Мати солдата Петра Коваля дізналася про його загибель минулої середи.", "uk", "Коваль",
     "2024-03-06"),
    ("Private John Miller was killed near Bakhmut. His mother learned of his death last "
     "Wednesday.", "en", "Miller", "2024-03-06"),
    ("Private John Miller was killed near Bakhmut. His family heard of his death on Monday.",
     "en", "Miller", "2024-03-04"),
])
def test_the_day_the_death_became_known_is_no_death_date(text: str, lang: str, surname: str,
                                                          reported: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] is None
    assert (p["other_dates"] or {}).get("reported") == reported


@pytest.mark.parametrize(("text", "lang", "surname", "death"), [
    ("Рядовой Олег Сидоров погиб 2 марта. Мать узнала о его гибели в прошлую среду.", "ru",
     "Сидоров", "2024-03-02"),
    ("Private John Miller was killed near Bakhmut on March 2. The family learned about his "
     "death on March 6.", "en", "Miller", "2024-03-02"),
    # the same day as a date told before
    ("Рядовой Олег Сидоров погиб 14 марта под Авдеевкой. Того же дня погиб его сослуживец "
     "Дмитрий Козлов.", "ru", "Козлов", "2024-03-14"),
    ("Солдат Петро Коваль загинув 14 березня під Бахмутом. Того ж дня загинув його побратим "
     "Іван Мороз.", "uk", "Мороз", "2024-03-14"),
])
def test_the_death_date_stays_beside_the_news(text: str, lang: str, surname: str,
                                              death: str) -> None:
    assert _person(text, lang, surname, "2024-09-10" if "14" in text else PUB)[
        "death_date"] == death


# ---------------------------------------------------------- a contract told of both

@pytest.mark.parametrize(("text", "lang", "contract"), [
    ("Kasun Perera and Nuwan Jayasinghe were killed near Avdiivka. Both signed contracts in "
     "February.", "en", "2024-02"),
    ("Rahul Yadav and Amit Kumar died near Pokrovsk. The two had signed contracts with the "
     "Russian army in January 2024.", "en", "2024-01"),
    ("Загинули Олег Сидоренко та Дмитро Козак. Обидва підписали контракти в березні 2023 "
     "року.", "uk", "2023-03"),
    ("Погибли Олег Сидоров и Дмитрий Козлов из Тамбова. Оба подписали контракт в марте.", "ru",
     "2024-03"),
])
def test_a_contract_of_both(text: str, lang: str, contract: str) -> None:
    people = extract_text(text, lang, "2024-09-10")
    assert len(people) == 2
    assert all((p["other_dates"] or {}).get("contract") == contract for p in people)


def test_a_plural_contract_noun_dates_one() -> None:
    p = _person("Kasun Perera was killed near Avdiivka. He signed contracts in February 2024.",
                "en", "Perera", "2024-09-10")
    assert (p["other_dates"] or {}).get("contract") == "2024-02"


def test_they_alone_shares_no_contract() -> None:
    # "they" may be the recruiters: a contract goes to all only where all are counted (the
    # nearest one may still take it, as with any date)
    people = extract_text("Kasun Perera and Nuwan Jayasinghe were killed near Avdiivka. They "
                          "offered contracts in February to many students.", "en", "2024-09-10")
    assert sum(bool((p["other_dates"] or {}).get("contract")) for p in people) <= 1


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Гражданин Индии Гурприт Сингх погиб под Купянском. Вместе с ним погиб его двоюродный "
     "брат, 27-летний Харвиндер Сингх.", "ru", {"Гурприт": None, "Харвиндер": 27}),
    ("Сержант Олег Мазур загинув під Покровськом. Його брат, 25-річний Андрій Мазур, теж "
     "загинув у бою.", "uk", {"Олег": None, "Андрій": 25}),
])
def test_an_age_adjective_before_a_relatives_name_is_his(
        text: str, lang: str, expected: dict[str, int | None]) -> None:
    people = extract_text(text, lang, date(2024, 3, 1))
    assert {m["given_name"]: m["age"] for m in people} == expected
