"""Other dates around a death: the court's decision in a declaration of death, a foreigner's
arrival in Russia, and a survivor's day shared with the death told beside it ("в тот же
день", "X погиб, а Y был ранен")."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _person(text: str, lang: str, published: str, surname: str) -> dict[str, Any]:
    return next(p for p in extract_text(text, lang, published) if p["surname"] == surname)


def _others(person: dict[str, Any]) -> dict[str, str]:
    return dict(person["other_dates"] or {})


# ---------------------------------------------------------------- the court's decision

@pytest.mark.parametrize(("text", "lang", "published", "surname", "death", "court"), [
    ("Кировский районный суд Перми 20 июня удовлетворил заявление жены военнослужащего "
     "Павла Сергеевича Лунёва и объявил его умершим. Днём смерти признано 4 марта 2023 года.",
     "ru", "2024-07-01", "Лунёв", "2023-03-04", "2024-06-20"),
    ("Суд решением от 2 октября признал Рустама Гараева умершим, установив датой смерти "
     "11 января 2023 года.", "ru", "2024-10-10", "Гараев", "2023-01-11", "2024-10-02"),
    ("Суд признал погибшим пропавшего без вести рядового Олега Тимирова. Датой его смерти "
     "признано 7 июня 2023 года. Решение принято 28 ноября.", "ru", "2023-12-01", "Тимиров",
     "2023-06-07", "2023-11-28"),
    ("Суд объявил умершим бойца «Вагнера» Степана Ерохина. Датой смерти суд признал 2 апреля "
     "2023 года. Решение датировано 16 декабря 2024 года.", "ru", "2024-12-20", "Ерохин",
     "2023-04-02", "2024-12-16"),
    ("Суд 28 травня задовольнив заяву матері та визнав померлим рядового Андрія Коваля, "
     "який зник безвісти 3 березня 2023 року.", "uk", "2024-06-01", "Коваль", None,
     "2024-05-28"),
])
def test_the_court_decision_is_the_other_date(text: str, lang: str, published: str,
                                              surname: str, death: str | None,
                                              court: str) -> None:
    p = _person(text, lang, published, surname)
    assert p["status"] == "declared_dead"
    assert p["death_date"] == death
    assert _others(p) == {"court": court}


def test_a_declared_death_is_not_dated_by_the_court() -> None:
    p = _person("Ленинский районный суд Орска 18 июня удовлетворил заявление матери Артёма "
                "Игоревича Зайнуллина и объявил его умершим. Суд установил датой смерти "
                "9 ноября 2023 года.", "ru", "2024-06-26", "Зайнуллин")
    assert p["death_date"] == "2023-11-09"
    assert _others(p) == {"court": "2024-06-18"}


def test_a_sentence_is_still_a_deserters_leaving() -> None:
    # the court's verdict is later news: a deserter keeps the day he left (one_other)
    p = _person("Суд 27 ноября приговорил рядового Илью Фомина. В марте 2023 года Фомин "
                "самовольно оставил часть.", "ru", "2024-11-29", "Фомин")
    assert list(_others(p).values()) == ["2023-03"]


# ---------------------------------------------------------------- arrival in Russia

@pytest.mark.parametrize(("text", "published", "surname", "value"), [
    ("Гражданин Непала Рам Тапа приехал в Россию в октябре 2023 года, а в январе подписал "
     "контракт. Погиб он 10 апреля под Авдеевкой.", "2024-05-01", "Тапа", "2023-10"),
    ("Серб Милош Петрович приехал в Донбасс ещё в 2022 году. Он погиб 20 января под "
     "Марьинкой.", "2024-02-01", "Петрович", "2022"),
    ("Уроженец Душанбе Фарид Каримов в 2021 году переехал в Россию, работал на стройке. "
     "Погиб 12 февраля под Бахмутом.", "2024-03-01", "Каримов", "2021"),
    ("Гражданин Ганы Кофи Менса прилетел в Россию в августе 2023 года по студенческой визе. "
     "Он погиб 5 марта под Кременной.", "2024-04-01", "Менса", "2023-08"),
])
def test_arrival_in_russia_is_dated(text: str, published: str, surname: str,
                                    value: str) -> None:
    p = _person(text, "ru", published, surname)
    assert _others(p).get("departure") == value
    assert p["death_date"] != value


@pytest.mark.parametrize("text", [
    # a Russian's move to Moscow or a visit is no arrival in the country
    "Иван Соколов погиб 12 февраля под Бахмутом. В 2015 году он переехал в Москву.",
    "Иван Соколов погиб 12 февраля под Бахмутом. В Москву он приезжал летом 2019 года.",
    # a flight to Moscow is told beside the contract: the contract keeps its month
    "Иван Соколов прилетел в Москву по туристической визе и в сентябре подписал контракт. "
    "Погиб 12 февраля под Бахмутом.",
])
def test_a_move_within_russia_is_not_dated(text: str) -> None:
    p = _person(text, "ru", "2024-03-01", "Соколов")
    assert "departure" not in _others(p)


# ---------------------------------------------------------------- the same day

@pytest.mark.parametrize(("text", "lang", "surname", "event", "value"), [
    ("Рядовой Артём Белов погиб 18 февраля под Авдеевкой.\n\nВместе с ним служил Руслан "
     "Ахметов из Уфы, пропавший без вести в тот же день.", "ru", "Ахметов", "missing",
     "2024-02-18"),
    ("Сержант Ігор Мельник загинув 3 травня під Бахмутом. Того ж дня зник безвісти його "
     "побратим Петро Савчук.", "uk", "Савчук", "missing", "2024-05-03"),
    ("Private Ivan Belov was killed on May 3 near Robotyne. His friend Kirill Ganiev was "
     "captured on the same day.", "en", "Ganiev", "captured", "2024-05-03"),
])
def test_the_same_day_is_shared(text: str, lang: str, surname: str, event: str,
                                value: str) -> None:
    p = _person(text, lang, "2024-05-22", surname)
    assert _others(p) == {event: value}
    assert p["place_of_death"] is None


# ---------------------------------------------------------------- one event, two fates

@pytest.mark.parametrize(("text", "lang", "surname", "value"), [
    ("2 октября под Угледаром Сергей Ломов погиб, а Антон Ершов, вытаскивавший его из-под "
     "огня, был ранен.", "ru", "Ершов", "2024-10-02"),
    ("Рядовой Сергей Ломов погиб 2 октября под Угледаром, а его брат Антон Ломов был ранен.",
     "ru", "Антон", "2024-10-02"),
    ("24 травня внаслідок удару загинув капітан Ігор Сорокін, а майор Олег Бондар був "
     "поранений.", "uk", "Бондар", "2024-05-24"),
    ("On May 24 Private Ivan Popov was killed near Tokmak and his comrade Pavel Zuev was "
     "wounded.", "en", "Zuev", "2024-05-24"),
])
def test_a_survivor_shares_the_day_of_the_death_beside_him(text: str, lang: str, surname: str,
                                                            value: str) -> None:
    people = extract_text(text, lang, "2024-10-08")
    p = next(q for q in people if surname in (q["surname"], q["given_name"]))
    assert p["status"] == "wounded"
    assert _others(p) == {"wounded": value}


@pytest.mark.parametrize(("text", "expected"), [
    # his own date
    ("Рядовой Сергей Ломов погиб 2 октября под Угледаром, а его брат Антон Ломов был ранен "
     "ещё в 2023 году.", {"wounded": "2023"}),
    # another sentence, nothing joining the fates
    ("Рядовой Сергей Ломов погиб 2 октября под Угледаром. Его брат Антон Ломов тоже воевал и "
     "был ранен.", {}),
])
def test_a_survivor_keeps_his_own_day_or_none(text: str, expected: dict[str, str]) -> None:
    people = extract_text(text, "ru", "2024-10-08")
    p = next(q for q in people if q["given_name"] == "Антон")
    assert _others(p) == expected


# ---------------------------------------------------------------- "that day", "they died"

@pytest.mark.parametrize(("text", "lang", "surname", "death"), [
    ("Рік він вважався зниклим безвісти після бою під Бахмутом 14 травня 2023. Сьогодні нам "
     "підтвердили: Олександр Гнатюк загинув того дня.", "uk", "Гнатюк", "2023-05-14"),
    ("Рядовой Павел Орлов пропал без вести после боя 3 марта 2024 года. Теперь родные знают: "
     "Павел погиб в тот день под Авдеевкой.", "ru", "Орлов", "2024-03-03"),
    ("Private Pavel Orlov went missing after a battle near Avdiivka on March 3. His family now "
     "knows that Orlov was killed that day.", "en", "Orlov", "2024-03-03"),
])
def test_killed_that_day_takes_the_day_before(text: str, lang: str, surname: str,
                                              death: str) -> None:
    p = _person(text, lang, "2024-06-11", surname)
    assert p["status"] == "killed"
    assert p["death_date"] == death
    # going missing on the day he died is no event of its own
    assert "missing" not in _others(p)


def test_that_day_without_a_fate_gives_nothing() -> None:
    p = _person("Рядовой Павел Орлов погиб 3 марта 2024 года под Авдеевкой. В тот день его брат "
                "Олег Орлов звонил матери.", "ru", "2024-06-11", "Орлов")
    assert p["death_date"] == "2024-03-03"
    assert _others(p) == {}


@pytest.mark.parametrize(("text", "lang", "surnames", "death"), [
    ("Глава республики сообщил о гибели земляков:\nВасильев Николай Геннадьевич (1986 г.р.), "
     "проживал в Новочебоксарске;\nЕфимов Алексей Петрович, житель г. Канаш;\nТимофеев Виктор "
     "Иванович, с. Янтиково.\nОни погибли 2 января 2023 года в Макеевке.", "ru",
     {"Васильев", "Ефимов", "Тимофеев"}, "2023-01-02"),
    ("Стали відомі імена загиблих:\nІваненко Петро Іванович, 1986 р.н.;\nПетренко Олег "
     "Васильович, 1991 р.н.\nВони загинули 2 січня 2023 року під Бахмутом.", "uk",
     {"Іваненко", "Петренко"}, "2023-01-02"),
])
def test_they_died_after_a_list_is_every_listed_ones(text: str, lang: str, surnames: set[str],
                                                     death: str) -> None:
    people = {p["surname"]: p for p in extract_text(text, lang, "2023-01-18")}
    assert surnames <= people.keys()
    assert {people[s]["death_date"] for s in surnames} == {death}


def test_they_after_one_person_are_not_a_list() -> None:
    p = _person("Рядовой Иван Петров погиб 2 января 2023 года в Макеевке. Его родители живут в "
                "Канаше. Они переехали туда в 1990 году.", "ru", "2023-01-18", "Петров")
    assert p["death_date"] == "2023-01-02"
    assert _others(p) == {}


# ---------------------------------------------------------------- a farewell told in the present

@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Сьогодні Хмільник прощається з бойовою медикинею Наталією Ткачук. Вона загинула 18 травня "
     "під Бахмутом.", "uk", "Ткачук"),
    ("Сегодня Кострома прощается с рядовым Иваном Петровым. Он погиб 18 мая под Бахмутом.", "ru",
     "Петров"),
    ("Сегодня в Костроме прощаются с рядовым Иваном Петровым. Он погиб 18 мая под Бахмутом.",
     "ru", "Петров"),
])
def test_a_farewell_told_in_the_present_is_today(text: str, lang: str, surname: str) -> None:
    p = _person(text, lang, "2023-05-22", surname)
    assert p["death_date"] == "2023-05-18"
    assert _others(p) == {"farewell": "2023-05-22"}


def test_a_present_tense_with_no_day_beside_it_dates_nothing() -> None:
    p = _person("Рядовой Иван Петров погиб 18 мая под Бахмутом. Его мать до сих пор не "
                "прощается с надеждой увидеть сына живым.", "ru", "2023-05-22", "Петров")
    assert p["death_date"] == "2023-05-18"
    assert _others(p) == {}


# ---------------------------------------------------------------- English notices

@pytest.mark.parametrize(("text", "surname", "reported"), [
    ("Ram Thapa, 29, from Pokhara, was killed in a drone strike near Pokrovsk on August 27, a "
     "fellow recruit told the family by phone on September 3.", "Thapa", "2024-09-03"),
    ("Private Oleg Ivanov was killed on October 12 near Selydove, his commander told his wife "
     "on October 20.", "Ivanov", "2024-10-20"),
    ("Sardor Karimov signed up with Storm-Z in May 2024. The family received a death notice on "
     "November 29 saying he had died on October 12 near Selydove.", "Karimov", "2024-11-29"),
])
def test_a_notice_to_the_family_is_reported(text: str, surname: str, reported: str) -> None:
    p = _person(text, "en", "2024-12-04", surname)
    assert _others(p).get("reported") == reported
    assert p["death_date"] != reported


@pytest.mark.parametrize(("text", "surname", "death"), [
    # what the relatives were told is the news, not the day of telling
    ("Yasmani Rodríguez flew to Moscow in August 2023. On October 19, 2023, his friends told "
     "me, he was killed near Bakhmut.", "Rodríguez", "2023-10-19"),
    ("Relatives of Osniel Ramos told us he has been in a military hospital since early "
     "September. Ramos was killed on October 2.", "Ramos", "2023-10-02"),
])
def test_what_the_family_was_told_is_not_a_notice(text: str, surname: str, death: str) -> None:
    p = _person(text, "en", "2023-11-01", surname)
    assert p["death_date"] == death
    assert "reported" not in _others(p)
