"""Ukrainian reports on Russia's soldiers and foreign recruits: whose side a man is on (and
so his citizenship), a foreign recruit's country, a list's shared fate with its exceptions,
units with their fleet or army suffix and volunteer formations in any case, and the dates of
a call-up or of joining a formation."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str = "uk", published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang=lang, published=published)}


# --- whose side: a plain Ukrainian text about men from Russia ------------------------------


@pytest.mark.parametrize(("text", "surname"), [
    ("Морпіхи з Примор'я, загиблі під Вугледаром:\n— ст. л-т Гордієнко П. А., командир "
     "взводу, Владивосток;\n— мол. с-т Лозовий Ігор Петрович, 23 роки, м. Уссурійськ.",
     "Гордієнко"),
    ("Рядовий Андрій Сомов, житель села Тунка в Республіці Бурятія, здався в полон під "
     "Кремінною разом із сержантом Петром Жамсоєвим.", "Сомов"),
    ("Сержант Павло Гусєв, уродженець Ставрополя, загинув під Костянтинівкою. Він служив "
     "у складі 20-ї армії.", "Гусєв"),
    ("Мобілізований з Омська єфрейтор Денис Лапін вийшов до позицій ЗСУ і здався.", "Лапін"),
])
def test_a_soldier_from_russia_is_not_ukraines(text: str, surname: str) -> None:
    assert people(text)[surname]["citizenship"] != "UA"


@pytest.mark.parametrize("text", [
    "Молодший сержант Ігор Ткачук загинув під Покровськом. Він служив у 47-й бригаді.",
    "Солдат Петро Коваль, житель Житомира, загинув 3 березня під Бахмутом.",
    "Сержант Петро Коваль загинув під Бахмутом. Він служив у 47-й бригаді. Родині "
    "допомагає БФ «Повернись живим».",
])
def test_a_plain_text_about_ukraines_soldier_keeps_ua(text: str) -> None:
    assert [m["citizenship"] for m in people(text).values()] == ["UA"]


# --- units: a Russian fleet's or army's suffix, "Пятнашка", the PMC's full name ----------


@pytest.mark.parametrize(("text", "unit"), [
    ("Старший лейтенант Олег Бондар (155 ОБрМП ТОФ) загинув під Павлівкою.", "155 ОБрМП ТОФ"),
    ("Молодший сержант Ілля Фомін, 810 ОБрМП ЧФ, загинув під Кринками.", "810 ОБрМП ЧФ"),
    ("Рядовий Юрій Кротов служив у 155-й бригаді морської піхоти ЗС РФ і загинув під "
     "Вугледаром.", "155-та бригада морської піхоти ЗС РФ"),
])
def test_a_unit_keeps_its_russian_suffix(text: str, unit: str) -> None:
    m = people(text)
    (person,) = m.values()
    assert person["unit"] == unit
    assert person["citizenship"] != "UA"


def test_a_ukrainian_marine_brigade_stays_ukraines() -> None:
    (person,) = people("Старший матрос Тарас Мельник, 36 ОБрМП, загинув під Кринками.").values()
    assert person["unit"] == "36 ОБрМП"
    assert person["citizenship"] == "UA"


@pytest.mark.parametrize(("text", "unit"), [
    ("Доброволець Сергій Буров служив у «Пятнашці» і зник безвісти під Авдіївкою.", "Пятнашка"),
    ("Віктор Соболь воював у складі «Пятнашки», загинув під Донецьком.", "Пятнашка"),
    ("Ігор Сич, боєць «П'ятнашки», загинув під Мар'їнкою.", "П'ятнашка"),
])
def test_pyatnashka_in_any_case(text: str, unit: str) -> None:
    (person,) = people(text).values()
    assert person["unit"] == unit


def test_pyatnashka_listed_among_formations_is_nobodys() -> None:
    text = ("Що відомо про бійців «Ахмату», БАРС і «Пятнашки» з Ростова.\nОлег Панов, "
            "житель Батайська, вступив до БАРС-13 і загинув під Кліщіївкою.")
    assert people(text)["Панов"]["unit"] == "БАРС-13"


def test_the_pmc_full_name_for_its_bare_name() -> None:
    text = ("Вбивця з Кургана, якого завербував «Вагнер», загинув під Бахмутом.\n"
            "У липні 2022-го Павла Зотова завербували до ПВК «Вагнер». Зотов загинув 3 "
            "березня.")
    assert people(text, published="2023-04-01")["Зотов"]["unit"] == "ПВК «Вагнер»"


# --- a list's shared fate with its exceptions --------------------------------------------


def test_all_but_one_killed_uk() -> None:
    text = ("Список загиблих десантників:\n— ст. с-т Орлов Іван Петрович, Псков;\n"
            "— ряд. Зайцев Дмитро Олегович, Остров;\n— ряд. Бєлов Г. І., Порхов, — "
            "вважається зниклим безвісти.\nУсі, крім Бєлова, загинули між 3 і 9 березня.")
    m = people(text, published="2022-04-01")
    assert (m["Орлов"]["status"], m["Орлов"]["death_date"]) == ("killed", "2022-03")
    assert (m["Зайцев"]["status"], m["Зайцев"]["death_date"]) == ("killed", "2022-03")
    assert (m["Бєлов"]["status"], m["Бєлов"]["death_date"]) == ("missing", None)


def test_all_but_one_killed_ru() -> None:
    text = ("Погибшие мотострелки:\n— сержант Кузин Олег Петрович, Чита;\n— рядовой Мамаев "
            "Ринат Ильдарович, Улан-Удэ;\n— рядовой Ким Г. И., Кяхта, — числится пропавшим "
            "без вести.\nВсе, кроме Кима, погибли 12 октября.")
    m = people(text, lang="ru", published="2022-11-01")
    assert (m["Кузин"]["status"], m["Кузин"]["death_date"]) == ("killed", "2022-10-12")
    assert (m["Мамаев"]["status"], m["Мамаев"]["death_date"]) == ("killed", "2022-10-12")
    assert (m["Ким"]["status"], m["Ким"]["death_date"]) == ("missing", None)


def test_a_day_range_of_one_person_stays_a_day() -> None:
    (person,) = people("Рядовий Олег Рябов загинув 10 листопада під Павлівкою.",
                       published="2022-12-01").values()
    assert person["death_date"] == "2022-11-10"


# --- a foreign recruit's country ---------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("Колишній капрал армії Шрі-Ланки Ранджіт Кумара Сільва, 44 роки, у березні підписав "
     "контракт з російською армією.", "LK"),
    ("Ветеран збройних сил Непалу Бішал Гурунг підписав контракт з Міноборони РФ і загинув "
     "під Авдіївкою.", "NP"),
    ("Він прослужив десять років у армії Куби. Хорхе Перес, 39 років, підписав контракт "
     "у Рязані.", "CU"),
])
def test_a_former_soldier_of_a_foreign_army(text: str, code: str) -> None:
    (person,) = people(text).values()
    assert person["citizenship"] == code
    assert person["channel"] == "foreign_contract"


def test_a_country_asking_back_its_citizens() -> None:
    text = ("Шрі-Ланка просить Москву повернути своїх громадян.\nЗа даними МЗС країни, "
            "родина Прадіпа Сенанаяке, 33 роки, востаннє говорила з ним у квітні. Він "
            "підписав контракт у лютому.")
    (person,) = people(text).values()
    assert person["citizenship"] == "LK"
    assert person["channel"] == "foreign_contract"


def test_citizens_of_the_country_named_before() -> None:
    text = ("За даними МЗС Непалу, щонайменше 12 громадян країни вже загинули. Серед них — "
            "Рам Бахадур Тхапа, 27 років, який підписав контракт у жовтні.")
    assert people(text)["Тхапа"]["citizenship"] == "NP"


def test_a_russian_army_is_no_foreign_country() -> None:
    (person,) = people("Колишній сержант армії Росії Олег Жуков загинув під Бахмутом.").values()
    assert person["citizenship"] != "LK"


# --- missing: no contact since ------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Рядовий Олег Рябов востаннє телефонував 3 травня, відтоді зв'язку немає.", "uk"),
    ("Сержант Ігор Кудря подзвонив 12 квітня з-під Торецька. З того часу зв'язку з ним нема.",
     "uk"),
    ("Рядовой Олег Рябов последний раз звонил 3 мая, с тех пор связи нет.", "ru"),
    ("Ефрейтор Игорь Кудря позвонил 12 апреля. С тех пор связи с ним нет.", "ru"),
])
def test_no_contact_since_is_missing(text: str, lang: str) -> None:
    (person,) = people(text, lang=lang).values()
    assert person["status"] == "missing"


def test_contact_since_is_not_missing() -> None:
    (person,) = people("Рядовий Олег Рябов зателефонував 3 травня, відтоді зв'язок є "
                       "щотижня.").values()
    assert person["status"] != "missing"


# --- the dates of a call-up and of joining a formation ------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("Рядовий Андрій Сомов отримав повістку 28 вересня 2022 року просто на роботі в "
     "Улан-Уде.",
     "2022-09-28"),
    ("Петрові Жамсоєву 5 жовтня 2022 року принесли повістку, а в січні він потрапив у полон.",
     "2022-10-05"),
])
def test_a_summons_dates_the_call_up(text: str, date: str) -> None:
    (person,) = people(text, published="2023-03-01").values()
    assert person["other_dates"].get("mobilised") == date


@pytest.mark.parametrize(("text", "date"), [
    ("Сергій Буров служив у «Пятнашці» з 2024 року і зник безвісти під Костянтинівкою.",
     "2024"),
    ("Олексій Манжос восени 2023-го вступив до БАРС-16. Помер від ран у Луганську.", "2023"),
    ("Ігор Сич воював у батальйоні «Восток» з травня 2023 року, загинув під Вугледаром.",
     "2023-05"),
])
def test_joining_a_formation_dates_the_contract(text: str, date: str) -> None:
    (person,) = people(text, published="2025-01-10").values()
    assert person["other_dates"].get("contract") == date


@pytest.mark.parametrize(("text", "code"), [
    ("Бывший капрал армии Шри-Ланки Ранджит Кумара Сильва, 44 года, в марте подписал "
     "контракт с российской армией.", "LK"),
    ("Ветеран вооружённых сил Непала Бишал Гурунг подписал контракт и погиб под Авдеевкой.",
     "NP"),
])
def test_a_former_soldier_of_a_foreign_army_ru(text: str, code: str) -> None:
    (person,) = people(text, lang="ru").values()
    assert (person["citizenship"], person["channel"]) == (code, "foreign_contract")


def test_a_former_soldier_of_russias_army_ru() -> None:
    (person,) = people("Бывший сержант армии России Олег Жуков погиб под Бахмутом.",
                       lang="ru").values()
    assert person["citizenship"] == "RU"


@pytest.mark.parametrize("text", [
    "Dairon Leyva, 19, from Havana, signed a contract with the Russian army in July. The "
    "unit told a cousin living in Moscow that he was missing. Another Cuban from his group "
    "was killed.",
    "Yasiel Pérez, 24, a Cuban from Matanzas, signed a contract in Ryazan. An uncle living "
    "in Moscow says he has not called since May.",
])
def test_a_relative_living_in_moscow_is_no_home_en(text: str) -> None:
    for m in people(text, lang="en").values():
        assert m["region"] is None
        assert m["citizenship"] == "CU"
