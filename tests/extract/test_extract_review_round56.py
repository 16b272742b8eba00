"""A word before a given name, a patronymic and the surname after them; a region's own
demonym and a small republic's people; a month cut short; a life from a year to a day;
a village named by an adjective; a country that confirms its citizen's death; a nickname
in quotes after a patronymic; a relative with a rank and his unit; a foreign given name
Ukrainian reads as a verb."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text

PUB = "2024-08-15"


def _people(text: str, lang: str = "ru", published: str = PUB) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(("text", "surname", "region"), [
    ("Простились с бойцом СВО\nКузбассовец Денис Олегович Шмаков скончался 9 августа.",
     "Шмаков", "RU-KEM"),
    ("Скорбим\nЯмалец Игорь Петрович Соколов погиб в зоне СВО.", "Соколов", "RU-YAN"),
    ("Вечная память\nЗабайкалец Баир Цыренович Дашиев погиб 2 августа.", "Дашиев", "RU-ZAB"),
    ("В зоне СВО погиб тувинец Сат Эртине Александрович.", "Сат", "RU-TY"),
    ("Дагестанец Магомед Алиев погиб под Бахмутом.", "Алиев", "RU-DA"),
    ("Загинув тувинець Аяс Монгуш, мобілізований восени.", "Монгуш", "RU-TY"),
])
def test_a_region_told_by_its_people_and_no_word_in_the_name(
        text: str, surname: str, region: str) -> None:
    lang = "uk" if "Загинув" in text else "ru"
    people = _people(text, lang)
    assert list(people) == [surname]
    assert people[surname]["region"] == region
    assert people[surname]["region_inferred"]


@pytest.mark.parametrize("text", [
    "Карелин Иван Петрович погиб 3 мая.",  # a surname made from a people's name
    "Чувашов Андрей погиб 3 мая в зоне СВО.",
])
def test_a_surname_made_from_a_people_gives_no_region(text: str) -> None:
    (m,) = extract_text(text, "ru", PUB)
    assert m["region"] is None


@pytest.mark.parametrize(("text", "death"), [
    ("Гаврилов Евгений Петрович погиб 14 янв. 2024 г.", "2024-01-14"),
    ("Гаврилов Евгений Петрович погиб 3 сент 2023 года под Бахмутом.", "2023-09-03"),
    ("Петренко Іван Олексійович загинув 9 лист. 2023 року.", "2023-11-09"),
])
def test_a_month_cut_short(text: str, death: str) -> None:
    lang = "uk" if "загинув" in text else "ru"
    (m,) = extract_text(text, lang, PUB)
    assert m["death_date"] == death


def test_five_marks_are_no_month() -> None:
    (m,) = extract_text("Иванов Иван погиб в 2023 году, оставив 5 марок 2024 выпуска.", "ru",
                        PUB)
    assert m["death_date"] == "2023"


@pytest.mark.parametrize(("text", "birth", "death"), [
    ("Список погибших:\n3. Гаврилов Е. (1996 – 14 янв. 2024).", "1996", "2024-01-14"),
    ("Погиб Гаврилов Евгений (1996 — 14 января 2024).", "1996", "2024-01-14"),
    ("Загинув Гаврилов Євген (1987 — 3 березня 2024).", "1987", "2024-03-03"),
])
def test_a_life_from_a_year_to_a_day(text: str, birth: str, death: str) -> None:
    lang = "uk" if "Загинув" in text else "ru"
    (m,) = extract_text(text, lang, PUB)
    assert (m["birth_date"], m["death_date"]) == (birth, death)


@pytest.mark.parametrize(("text", "place"), [
    ("Сержант Николай Колесников погиб в районе Тоненького.", "Тоненькое"),
    ("Рядовой Иван Петров погиб под Первомайским.", "Первомайское"),
    ("Рядовой Иван Петров погиб в районе Невельского.", "Невельское"),
])
def test_a_village_named_by_an_adjective(text: str, place: str) -> None:
    (m,) = extract_text(text, "ru", PUB)
    assert m["place_of_death"] == place


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("В Індії підтвердили загибель ще одного громадянина, завербованого до російської армії. "
     "23-річний Амрітпал Сінгх з округу Амрітсар прибув до Росії в грудні, а 6 січня підписав "
     "контракт. Загинув він 21 лютого під Бахмутом.", "uk", "IN"),
    ("В Индии подтвердили гибель ещё одного гражданина, завербованного в российскую армию. "
     "Амритпал Сингх подписал контракт и погиб 21 февраля под Бахмутом.", "ru", "IN"),
    ("Непал подтвердил гибель своего гражданина. Рам Бахадур Тапа погиб 3 марта.", "ru", "NP"),
])
def test_a_country_that_confirms_its_citizens_death(text: str, lang: str, country: str) -> None:
    (m,) = extract_text(text, lang, "2024-03-12")
    assert m["citizenship"] == country
    assert m["channel"] in (None, "foreign_contract")


@pytest.mark.parametrize("text", [
    "Гражданин Павел Иванов погиб 3 марта в Донецке.",  # no country before the citizen
    "Посол Индии встретился с гражданами России. Павел Иванов погиб 3 марта.",
])
def test_no_country_from_a_citizen_of_none_or_of_several(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-03-12")
    assert m["citizenship"] != "IN"


@pytest.mark.parametrize(("text", "surname", "given", "patronymic"), [
    ('Vladimir Sergeyevich "Volodya" Komarov, 31, from Kopeysk, was killed on October 26.',
     "Komarov", "Vladimir", "Sergeyevich"),
    ("Juan Carlos “Toro” Perez was killed on October 26.", "Perez", "Juan Carlos", None),
    ('On Monday Ivan "Grim" Petrov was killed.', "Petrov", "Ivan", None),
])
def test_a_nickname_in_quotes_inside_a_name(
        text: str, surname: str, given: str, patronymic: str | None) -> None:
    (m,) = extract_text(text, "en", "2022-11-03")
    assert (m["surname"], m["given_name"], m["patronymic"] or None) == (
        surname, given, patronymic)


@pytest.mark.parametrize(("text", "lang"), [
    ("Vladimir Komarov, 31, was killed on October 26. His older brother, Major Alexei "
     "Komarov of the 90th Guards Tank Division, is also serving in Ukraine.", "en"),
    ("Vladimir Komarov was killed on October 26. His brother, Captain Oleg Komarov, serves "
     "in the 5th Motor Rifle Brigade.", "en"),
])
def test_a_relatives_rank_and_unit_are_his(text: str, lang: str) -> None:
    people = _people(text, lang, "2022-11-03")
    assert list(people) == ["Komarov"]
    (m,) = people.values()
    assert m["given_name"] == "Vladimir"
    assert m["unit"] is None and m["rank"] is None


def test_a_foreign_given_name_ukrainian_reads_as_a_verb() -> None:
    text = ("Двоє громадян Шрі-Ланки: 29-річний Чамінда Прасад Фернандо загинув у квітні, а його "
            "земляк Дінеш Кумара Сільва, 34 роки, 28 травня здався в полон.")
    people = _people(text, "uk", "2024-06-05")
    assert people["Сільва"]["given_name"] == "Дінеш Кумара"
    assert people["Сільва"]["status"] == "captured"


@pytest.mark.parametrize("text", [
    "Загинули Володимир Петренко та Іван Сидоренко.",  # a verb opening the sentence
    "У квітні Загинув Іван Петренко.",  # a past form with a capital by mistake
])
def test_a_verb_before_names_is_no_name(text: str) -> None:
    for m in extract_text(text, "uk", "2024-06-05"):
        assert "Загин" not in (m["given_name"] or "") + m["surname"]


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("Список погибших жителей района (январь 2024):\n1. Фомин А. В., 12.03.1985 г.р., погиб "
     "02.01.2024, Клещеевка.\n2. Рыжов Константин Андреевич, 1979 г.р., погиб 09.01.2024, "
     "Работино.", "ru", {"Фомин": "Клещеевка", "Рыжов": "Работино"}),
    ("Список загиблих:\n1. Петренко Іван, 1990 р.н., загинув 12.03.2024, Авдіївка;\n2. Коваль "
     "Олег, загинув 14 березня 2024 р., Бахмут.", "uk", {"Петренко": "Авдіївка",
                                                       "Коваль": "Бахмут"}),
])
def test_a_place_after_a_list_entrys_dated_death(
        text: str, lang: str, places: dict[str, str]) -> None:
    people = _people(text, lang, "2024-03-25")
    assert set(people) == set(places)  # the place is no person
    for surname, place in places.items():
        assert people[surname]["place_of_death"] == place
        assert people[surname]["settlement"] is None  # nor his home


@pytest.mark.parametrize(("text", "lang", "citizenship"), [
    ("Мобилизованный из Чебоксар Андрей Фадеев погиб 17.11.23. Служил в 810-й ОБрМП.", "ru",
     "RU"),
    ("Иван Петров служил в 155 ОБрМП, погиб под Угледаром.", "ru", None),
    ("Служив у 36 ОБрМП, загинув під Кринками Олег Петренко.", "uk", "UA"),
])
def test_a_marine_brigade_by_its_number(text: str, lang: str, citizenship: str | None) -> None:
    (m,) = extract_text(text, lang, "2023-11-29")
    assert m["citizenship"] == citizenship


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Двое выходцев из Центральной Азии погибли под Авдеевкой\nГражданин Узбекистана Шерзод "
     "Каримов подписал контракт. Уроженец Таджикистана Фаррух Назаров был мобилизован. Оба "
     "погибли в декабре.", "ru", "Авдеевка"),
    ("Двоє бійців з Бурятії загинули під Бахмутом\nБаір Циренов підписав контракт. Аюр "
     "Доржиев був мобілізований. Обидва загинули в грудні.", "uk", "Бахмут"),
    ("Two Nepali men killed near Bakhmut\nRam Thapa signed a contract in May. Hari Gurung "
     "joined in June. Both were killed in December.", "en", "Bakhmut"),
    ("Three Kenyans killed near Bakhmut\nJohn Otieno signed a contract in May. Peter Mwangi "
     "joined in June. All were killed in December.", "en", "Bakhmut"),  # any demonym
])
def test_a_headings_place_told_of_several(text: str, lang: str, place: str) -> None:
    people = extract_text(text, lang, "2024-01-30")
    assert len(people) == 2
    assert all(m["place_of_death"] == place for m in people)


def test_a_headings_place_is_not_his_who_died_elsewhere() -> None:
    text = ("Двое погибли под Бахмутом\nИван Петров погиб 3 мая в Донецке. Олег Сидоров погиб "
            "5 мая.")
    people = _people(text, "ru", "2024-01-30")
    assert people["Петров"]["place_of_death"] == "Донецк"
    assert people["Сидоров"]["place_of_death"] == "Бахмут"


def test_a_heading_told_of_one_is_not_shared() -> None:
    text = ("Земляк погиб под Бахмутом\nИван Петров погиб 3 мая. Его отец Олег Петров умер "
            "в Донецке от болезни, а брат Павел Петров ранен.")
    people = {m["given_name"]: m for m in extract_text(text, "ru", "2024-01-30")}
    assert people["Павел"]["status"] == "wounded"
    assert people["Павел"]["place_of_death"] is None


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Погиб Семён Аргунов из Якутска. В 2022 году воевал в ЧВК «Вагнер», в апреле 2024 года "
     "подписал контракт с Минобороны и служил в 36-й бригаде.", "ru", "36-я бригада"),
    ("Під Курахове знищено окупанта Семена Аргунова з Якутська. У 2022-му воював у ПВК "
     "«Вагнер», у квітні 2024-го підписав контракт, служив штурмовиком у 36-й бригаді.", "uk",
     "36-та бригада"),
    ("Погиб Иван Петров. В 2014 году служил срочную в 76-й дивизии. С 2022 года — в 64-й "
     "бригаде.", "ru", "64-я бригада"),
])
def test_of_units_dated_by_year_the_latest(text: str, lang: str, unit: str) -> None:
    (m,) = extract_text(text, lang, "2024-12-12")
    assert m["unit"] == unit


@pytest.mark.parametrize("text", [
    "The mother of Ivan Petrov says her son was killed near Bakhmut.",
    "The widow of Private Ivan Petrov said her husband was killed near Bakhmut.",
    "The mother of Ivan Petrov, Anna Petrova, says her son was killed near Bakhmut.",
])
def test_the_relative_of_a_name_speaks_of_him(text: str) -> None:
    people = _people(text, "en", "2023-10-05")
    assert list(people) == ["Petrov"]
    assert people["Petrov"]["given_name"] == "Ivan"
    assert people["Petrov"]["status"] == "killed"


@pytest.mark.parametrize(("text", "given", "rank"), [
    ("3. Sr. Lt. A. Ts. Tsyrenov (b. 1990), a career officer from Kyakhta, died of wounds on "
     "April 9.", "A.", "senior lieutenant"),
    ("Lt. Ivan Petrov was killed near Bakhmut.", "Ivan", "lieutenant"),
])
def test_a_rank_cut_short_is_no_initial(text: str, given: str, rank: str) -> None:
    (m,) = extract_text(text, "en", "2023-04-21")
    assert (m["given_name"], m["rank"]) == (given, rank)


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("Кубинец Йоандри Эрнандес Пеньяльвер погиб под Торецком.", "ru", "Эрнандес Пеньяльвер",
     "Йоандри"),
    ("Кубинець Лісандро Мартінес Ортега загинув під Бахмутом.", "uk", "Мартінес Ортега",
     "Лісандро"),
    ("Кубинец Кастро Эрнандес Йоандри погиб под Торецком.", "ru", "Кастро Эрнандес", "Йоандри"),
])
def test_a_spanish_name_given_first_whatever_the_given_name(
        text: str, lang: str, surname: str, given: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-27")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(("text", "place"), [
    ("Айдар Закиров погиб 25 октября у Курахова.", "Курахово"),
    ("Айдар Закиров, контрактник, погибший у Селидова.", "Селидово"),
    ("Айдар Закиров погиб у Петрова.", None),  # at someone's, not a town of the table
    ("Айдар Закиров жил у Селидова, погиб 3 мая.", None),  # no death in that clause
])
def test_a_town_in_ovo_declined_after_u(text: str, place: str | None) -> None:
    (m,) = extract_text(text, "ru", "2024-10-31")
    assert m["place_of_death"] == place
