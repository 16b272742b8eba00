"""A relative named beside the one reported: the soldier named in the genitive after her kin
word is the person, she is not, and her age is not his."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {str(p["surname"]): p for p in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(("text", "lang", "soldier", "relative"), [
    ("Мы связались с Анной Сидоровой, матерью погибшего Олега Сидорова.", "ru",
     ("Сидоров", "Олег"), ("Сидорова", "Анна")),
    ("Редакция поговорила с Мариной Гусевой, вдовой погибшего бойца Артёма Гусева.", "ru",
     ("Гусев", "Артём"), ("Гусева", "Марина")),
    ("Людмила Жукова, мать погибшего Павла Жукова, передала в музей его письма.", "ru",
     ("Жуков", "Павел"), ("Жукова", "Людмила")),
    ("Ми поговорили з Ганною Сидоренко, матір'ю загиблого Олега Сидоренка.", "uk",
     ("Сидоренко", "Олег"), ("Сидоренко", "Ганна")),
    ("Оксана Мельник, дружина загиблого бійця Тараса Мельника, розповіла про чоловіка.", "uk",
     ("Мельник", "Тарас"), ("Мельник", "Оксана")),
])
def test_the_soldier_after_a_relatives_kin_word_is_the_person(
        text: str, lang: str, soldier: tuple[str, str], relative: tuple[str, str]) -> None:
    found = extract_text(text, lang, "2024-06-01")
    names = [(p["surname"], p["given_name"]) for p in found]
    assert soldier in names
    assert relative not in names
    (person,) = [p for p in found if (p["surname"], p["given_name"]) == soldier]
    assert person["status"] == "killed"


@pytest.mark.parametrize(("text", "lang", "soldier"), [
    ("Отец погибшего Андрея Кузнецова, 62-летний Виктор Кузнецов, работает на заводе.", "ru",
     "Кузнецов"),
    ("Мать погибшего бойца Дениса Орлова, 57-летняя Татьяна Орлова, живёт одна.", "ru",
     "Орлов"),
    ("Мати загиблого Олега Сидоренка, 54-річна Ганна, розповіла, що син загинув під "
     "Бахмутом.", "uk", "Сидоренко"),
    ("Батько загиблого Романа Кравця, 60-річний Петро Кравець, досі чекає на тіло сина.", "uk",
     "Кравець"),
])
def test_a_relatives_age_before_her_name_is_not_the_soldiers(
        text: str, lang: str, soldier: str) -> None:
    found = extract_text(text, lang, "2024-06-01")
    assert len(found) == 1
    assert found[0]["surname"] == soldier
    assert found[0]["status"] == "killed"
    assert found[0]["age"] is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Андрей Кузнецов погиб 3 мая. Его отец, 62-летний Виктор Кузнецов, работает на заводе.",
     "ru"),
    ("Сергей Белов погиб под Авдеевкой. Его мать, 58-летняя Ирина Белова, просит помочь.",
     "ru"),
    ("Іван Ткач загинув 3 травня. Його мати, 59-річна Ніна Ткач, мешкає в Житомирі.", "uk"),
])
def test_a_relative_apposed_after_an_age_is_no_person(text: str, lang: str) -> None:
    (person,) = extract_text(text, lang, "2024-06-01")
    assert person["status"] == "killed"
    assert person["age"] is None


@pytest.mark.parametrize(("text", "name"), [
    ("Загинув Олег Бондар. 54-річна Ганна, його мати, досі не вірить у загибель сина.",
     "Ганна"),
    ("Загинув Олег Бондар. Вдома на нього чекала 30-річна Ганна.", "Ганна"),
])
def test_a_ukrainian_given_name_after_an_age_is_no_surname(text: str, name: str) -> None:
    found = extract_text(text, "uk", "2024-06-01")
    assert all(p["surname"] != name[:-1] for p in found)
    assert [p["surname"] for p in found] == ["Бондар"]


def test_the_relative_named_again_by_her_given_name_stays_a_relative() -> None:
    found = extract_text("Ми поговорили з Ганною Сидоренко, матір'ю загиблого Олега "
                         "Сидоренка. 54-річна Ганна досі не вірить у загибель сина.", "uk",
                         "2024-06-01")
    assert [(p["surname"], p["given_name"]) for p in found] == [("Сидоренко", "Олег")]
    assert found[0]["age"] is None


@pytest.mark.parametrize(("text", "lang", "surname"), [
    # the one beside a kin word who dies himself is reported
    ("Иван Петров, брат погибшего в 2023 году Олега Петрова, погиб 5 мая под Бахмутом.", "ru",
     "Петров"),
    ("Денис Орлов, сын Анны Орловой, погиб 5 мая под Бахмутом.", "ru", "Орлов"),
    ("Прощание с Ильёй Гусевым, сыном Марины Гусевой, прошло 5 мая. Он погиб под Бахмутом.",
     "ru", "Гусев"),
])
def test_a_name_beside_a_kin_word_who_dies_is_still_reported(
        text: str, lang: str, surname: str) -> None:
    found = people(text, lang)
    assert found[surname]["status"] == "killed"


def test_an_age_before_the_soldiers_own_given_name_stays_his() -> None:
    (person,) = extract_text("Погиб Антон Лебедев. 34-летний Антон служил по контракту.",
                             "ru", "2024-06-01")
    assert person["age"] == 34


@pytest.mark.parametrize(("text", "surname"), [
    ("Курский срочник вернулся домой из плена. Рядовой Егор Лапшин вернулся в Железногорск.",
     "Лапшин"),
    ("Белгородский доброволец погиб под Волчанском. Рядовой Иван Сомов погиб 3 мая.", "Сомов"),
    ("Брянский контрактник пропал без вести. Ефрейтор Олег Дятлов не выходит на связь с "
     "марта.", "Дятлов"),
    ("Курская волонтёрка Анна Белова погибла при обстреле 3 мая.", "Белова"),
])
def test_a_place_adjective_before_a_noun_of_a_person_is_no_surname(
        text: str, surname: str) -> None:
    assert [p["surname"] for p in extract_text(text, "ru", "2024-06-01")] == [surname]


@pytest.mark.parametrize(("text", "surname"), [
    ("Домой возвращается младший сержант Олег Кравец из Маслова Пристани. Он попал в плен в "
     "августе.", "Кравец"),
    ("Погиб уроженец села Петрова Гора рядовой Сергей Лямин.", "Лямин"),
    ("Рядовой Антон Зуев из Ильина Поляны погиб 4 мая под Авдеевкой.", "Зуев"),
])
def test_a_village_of_a_possessive_and_a_noun_is_no_person(text: str, surname: str) -> None:
    assert [p["surname"] for p in extract_text(text, "ru", "2024-06-01")] == [surname]


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Погиб Андрей Курский, житель Тулы.", "Курский", "Андрей"),
    ("Ли Мин погиб под Бахмутом.", "Мин", "Ли"),
    ("Под Бахмутом погиб Сергей Белгородский.", "Белгородский", "Сергей"),
])
def test_surnames_like_places_or_nouns_stay_names(text: str, surname: str, given: str) -> None:
    (person,) = extract_text(text, "ru", "2024-06-01")
    assert (person["surname"], person["given_name"]) == (surname, given)


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("Брат погибшего Рустама Галиева Ильдар приехал на похороны.", "Галиев", "Рустам"),
    ("Мать погибшего Олега Сидорова Анна получила его награду.", "Сидоров", "Олег"),
    ("Вдова погибшего Алексея Морозова Ирина получила награду мужа.", "Морозов", "Алексей"),
    ("Сын погибшего Виктора Лосева Максим учится в Томске.", "Лосев", "Виктор"),
])
def test_a_relatives_given_name_after_the_dead_ones_genitive_is_not_his_name(
        text: str, surname: str, given: str) -> None:
    (person,) = extract_text(text, "ru", "2024-06-01")
    assert (person["surname"], person["given_name"]) == (surname, given)
    assert person["status"] == "killed"


def test_a_genitive_full_name_stays_whole() -> None:
    (person,) = extract_text("Похоронили Ивана Сергеевича Петрова. Он погиб 3 мая.", "ru",
                             "2024-06-01")
    assert (person["given_name"], person["patronymic"]) == ("Иван", "Сергеевич")


def test_an_age_before_the_given_name_of_one_named_surname_first_is_his() -> None:
    (person,) = extract_text("Житель Буйнакска сержант Магомедов Шамиль Гаджиевич погиб. "
                             "24-летний Шамиль служил по контракту.", "ru", "2024-06-01")
    assert person["age"] == 24


@pytest.mark.parametrize("text", [
    "The widow of Sergeant Alexei Morozov, 38-year-old Irina, said he died near Avdiivka on "
    "March 3.",
    "The mother of Corporal Dmitry Lebedev, 57-year-old Olga, said he was killed near "
    "Kreminna on May 2.",
])
def test_an_english_relatives_age_before_her_name_is_not_his(text: str) -> None:
    found = [p for p in extract_text(text, "en", "2024-06-01") if p["status"] == "killed"]
    assert len(found) == 1
    assert found[0]["age"] is None


def test_an_english_age_of_the_one_reported_stays() -> None:
    (person,) = extract_text("Private Ivan Petrov, 24, was killed near Bakhmut in May.", "en",
                             "2024-06-01")
    assert person["age"] == 24
