"""Unit, rank, channel and status classes in Russian, English and Ukrainian: a sub-unit with
the formation, military unit or fleet above it; the captors' formation; units known by their
name; Wagner's full name; "солдат" before initials; a court's declaration, serving at the
front, home from the war; a death confirmed after going missing; a list entry under
initials; a counted crowd's death; a conscript's call-up."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str | None = None,
           published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {str(p["surname"]): p for p in extract_text(text, lang, published)}


def one(text: str, lang: str | None = None, published: str = "2024-06-01") -> dict[str, Any]:
    (m,) = extract_text(text, lang, published)
    return m


# ---------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Рядовой Игорь Савин служил во 2-м мотострелковом батальоне войсковой части 41659 "
         "и погиб под Курском.", "2-й мотострелковый батальон войсковой части 41659"),
        ("Сержант Антон Лыков, командир отделения 3-й роты в/ч 12345, погиб 4 мая.",
         "3-я рота в/ч 12345"),
        ("Ефрейтор Денис Осипов служил в 810-й бригаде морской пехоты Черноморского флота, "
         "погиб под Крынками.", "810-я бригада морской пехоты Черноморского флота"),
        ("Погиб старший лейтенант Роман Зуев из 20-го полка Южного военного округа.",
         "20-й полк Южного военного округа"),
    ],
)
def test_ru_unit_with_what_it_belongs_to(text: str, unit: str) -> None:
    assert one(text, "ru")["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Загинув старший солдат Петро Бондар, стрілець 3-го механізованого батальйону "
         "47-ї окремої механізованої бригади.",
         "3-й механізований батальйон 47-ї окремої механізованої бригади"),
        ("Рядовий Віталій Гусєв, 1-го танкового батальйону 200-го мотострілецького полку, "
         "потрапив у полон 3 березня.", "1-й танковий батальйон 200-го мотострілецького полку"),
        ("Капітан Олег Шилов служив у 2-й роті 1-го батальйону і загинув під Бахмутом.",
         "2-га рота 1-го батальйону"),
        ("Під Кринками загинув майор Ігор Ставров з 810-ї окремої бригади морської піхоти "
         "Чорноморського флоту.", "810-та окрема бригада морської піхоти Чорноморського флоту"),
    ],
)
def test_uk_unit_with_the_formation_above_it(text: str, unit: str) -> None:
    assert one(text, "uk")["unit"] == unit


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Російський військовий Андрій Кушнір потрапив у полон до бійців 93-ї окремої "
         "механізованої бригади під Торецьком.", "uk"),
        ("Громадянин Киргизстану Азамат Усенов здався в полон воїнам 3-ї окремої штурмової "
         "бригади.", "uk"),
        ("Рядовой Павел Шестаков сдался в плен бойцам 47-й бригады под Авдеевкой.", "ru"),
        ("Мобилизованный Виктор Лапшин попал в плен к военным 92-й бригады.", "ru"),
    ],
)
def test_the_captors_formation_is_not_the_captives(text: str, lang: str) -> None:
    m = one(text, lang)
    assert m["unit"] is None
    assert m["status"] == "captured"


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Колишній боєць спецпідрозділу «Ахмат» Рамзан Ісаєв загинув під Бахмутом.", "uk",
         "спецпідрозділ «Ахмат»"),
        ("Боец спецподразделения «Ахмат» Ислам Газиев погиб в мае.", "ru",
         "спецподразделение «Ахмат»"),
        ("Рядовий Тимур Алієв із загону «БАРС-16» потрапив у полон.", "uk", "БАРС-16"),
        ("Засуджений Олег Ткачов воював у складі загону «Шторм Z» і загинув.", "uk", "Шторм Z"),
    ],
)
def test_units_known_by_their_name(text: str, lang: str, unit: str) -> None:
    assert one(text, lang)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Земляк погиб в рядах «Вагнера». В Омске простились с Игорем Фоминым, бойцом "
         "ЧВК «Вагнер».", "ru", "ЧВК «Вагнер»"),
        ("Курганец ушёл в «Вагнер» и погиб. Алексей Рубцов, боец ЧВК «Вагнер», похоронен "
         "5 мая.", "ru", "ЧВК «Вагнер»"),
        ("Court hears Wagner case. Oleg Petrenko was recruited into the Wagner PMC and "
         "was killed near Bakhmut.", "en", "Wagner PMC"),
        ("Wagner recruit buried. Ivan Sushko, who joined PMC Wagner in 2022, was killed "
         "near Soledar.", "en", "PMC Wagner"),
    ],
)
def test_wagners_full_name_once_is_every_mention(text: str, lang: str, unit: str) -> None:
    assert one(text, lang)["unit"] == unit


def test_bare_wagner_stays_as_written() -> None:
    m = one("Иван Белов ушёл в «Вагнер» и погиб под Бахмутом.", "ru")
    assert m["unit"] == "«Вагнер»"


# ---------------------------------------------------------------- rank


@pytest.mark.parametrize(
    "text",
    [
        "Солдат В. Кравчук (Ніжин) повернувся з полону в межах обміну.",
        "Загинув солдат І. П. Гнатюк, прикордонник із Сарн.",
        "Із полону повернувся солдат О. Мельничук з Ковеля.",
    ],
)
def test_uk_soldier_before_initials(text: str) -> None:
    assert one(text, "uk")["rank"] == "солдат"


def test_uk_russian_soldier_is_no_rank() -> None:
    assert one("Російський солдат В. Кравчук здався в полон.", "uk")["rank"] is None


# ---------------------------------------------------------------- status


@pytest.mark.parametrize(
    "text",
    [
        "A court in Perm has granted an application to declare Pavel Ignatov dead.",
        "Court declares missing soldier Roman Vlasov dead at his wife's request.",
        "The district court was asked to declare Sergei Kotov dead; it agreed on May 2.",
    ],
)
def test_en_court_declares_dead(text: str) -> None:
    assert one(text, "en")["status"] == "declared_dead"


@pytest.mark.parametrize(
    "text",
    [
        "Nepali recruit Ram Thapa, 27, signed a contract in Moscow. Ram is still at the front.",
        "Mobilised in October, Igor Lebedev is now on the front line near Kupiansk.",
        "Pavel Orlov, 35, was mobilised in September. He has not returned home yet.",
    ],
)
def test_en_serving(text: str) -> None:
    assert one(text, "en")["status"] == "serving"


def test_en_not_back_yet_with_a_missing_cue_is_missing() -> None:
    m = one("Pavel Orlov, 35, went missing near Bakhmut in May. He has not returned yet.",
            "en")
    assert m["status"] == "missing"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Мобилизованный Андрей Котов вернулся домой с фронта в мае.", "ru"),
        ("Из российской армии вернулся гражданин Непала Рам Тапа.", "ru"),
        ("Мобілізований Тарас Гнатюк повернувся додому з фронту.", "uk"),
    ],
)
def test_home_from_the_war_is_returned(text: str, lang: str) -> None:
    assert one(text, lang)["status"] == "returned"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Мобилизованный Андрей Котов вернулся с фронта в отпуск на две недели.", "ru"),
        ("Мобилизованный Андрей Котов вернулся на фронт после ранения.", "ru"),
    ],
)
def test_leave_or_back_to_the_front_is_not_returned(text: str, lang: str) -> None:
    assert one(text, lang)["status"] != "returned"


@pytest.mark.parametrize(
    "text",
    [
        "Книга памяти.\n\nГорбунов Олег Иванович (1985 - 2024), рядовой, с. Бичура. Пропал "
        "без вести 3 марта у Авдеевки, гибель подтверждена 20 мая.",
        "Рядовой Олег Горбунов пропал без вести 3 марта у Авдеевки. Позже гибель была "
        "подтверждена.",
        "Ефрейтор Тимур Салихов с мая числился пропавшим без вести; смерть установлена "
        "по ДНК.",
    ],
)
def test_missing_then_confirmed_dead_is_killed(text: str) -> None:
    assert one(text, "ru")["status"] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Книга памяти.\n\nЦыренов Б.Б. (1990—2023), сержант, контрактник, с. Кижинга.\n",
        "Вечная память.\n\nАюшеев Д. Ц. (1978–2024), рядовой, мобилизованный, г. Кяхта.\n",
    ],
)
def test_list_entry_by_initials_with_a_life_range_is_dead(text: str) -> None:
    m = one(text, "ru")
    assert m["status"] == "killed"
    assert m["death_date"] is not None


def test_a_counted_crowds_death_is_not_a_namesakes() -> None:
    statuses = sorted(str(p["status"]) for p in extract_text(
        "В Индию из российской армии вернулся Гурдип Сингх. Его земляк Манприт Сингх погиб "
        "в мае. По данным МИД, в российской армии погибли не менее девяти граждан страны. "
        "Гурдип рассказал о вербовке.", "ru", "2024-06-01"))
    assert statuses == ["killed", "returned"]


# ---------------------------------------------------------------- channel


@pytest.mark.parametrize(
    "text",
    [
        "Private Yegor Sitnikov, 19, a conscript, was called up in May 2021 and captured "
        "near Kharkiv.",
        "Conscript Artyom Belov was called up last spring; he is now missing.",
    ],
)
def test_en_a_conscripts_call_up(text: str) -> None:
    assert one(text, "en")["channel"] == "conscript"


def test_en_called_up_in_a_mobilisation_is_mobilised() -> None:
    m = one("Igor Panov did his conscript service in 2010. He was called up during the "
            "mobilisation in September 2022 and was killed.", "en")
    assert m["channel"] == "mobilised"


@pytest.mark.parametrize(
    "text",
    [
        "За год в зоне СВО погибли не менее 12 военнослужащих из района. Рядовой Павел "
        "Юдин вернулся домой с фронта в мае.",
        "В армии РФ погибли уже более двадцати иностранцев. Гражданин Непала Рам Тапа "
        "вернулся из России на родину.",
    ],
)
def test_a_counted_crowd_is_not_the_one_named_after(text: str) -> None:
    assert one(text, "ru")["status"] == "returned"


def test_a_collective_count_is_the_ones_named_next() -> None:
    ps = people("Трое бывших заключённых колонии, завербованных в «Шторм Z», погибли. Это "
                "осуждённые Олег Лесков (1985 г. р.), Иван Тишин (1979 г. р.) и Роман Галиев "
                "(1990 г. р.).", "ru", "2023-10-24")
    assert {k: v["status"] for k, v in ps.items()} == {
        "Лесков": "killed", "Тишин": "killed", "Галиев": "killed"}


def test_the_headings_month_over_an_entrys_bare_year() -> None:
    ps = people("Бойцы отряда «БАРС-11», погибшие в августе 2024 г.:\n"
                "Сомов Илья «Сом», 29 лет, г. Уссурийск;\n"
                "Лунев П. С. «Луна» (1999–2024), г. Находка.\n", "ru", "2024-10-02")
    assert ps["Лунев"]["death_date"] == "2024-08"
    assert ps["Лунев"]["birth_date"] == "1999"


def test_an_entrys_year_of_another_year_stays() -> None:
    ps = people("Бойцы отряда «БАРС-11», погибшие в августе 2024 г.:\n"
                "Сомов Илья «Сом», 29 лет, г. Уссурийск;\n"
                "Лунев П. С. «Луна» (1999–2023), г. Находка.\n", "ru", "2024-10-02")
    assert ps["Лунев"]["death_date"] == "2023"


def test_the_day_of_going_missing_before_a_confirmed_death() -> None:
    m = one("Рядовой Олег Горбунов пропал без вести 3 марта 2024 года у Авдеевки, гибель "
            "подтверждена 20 мая.", "ru")
    assert m["status"] == "killed"
    assert (m["other_dates"] or {}).get("missing") == "2024-03-03"


def test_a_bare_return_under_an_exchange_is_returned() -> None:
    ps = people("После обмена пленными 5 мая домой вернулись двое земляков, ещё один остаётся "
                "в плену. По данным штаба:\n"
                "1) рядовой Олег Шубин из Кяхты — попал в плен в марте, вернулся;\n"
                "2) мобилизованный Иван Дашиев из Улан-Удэ — в плену с 2 февраля.\n",
                "ru", "2024-06-01")
    assert ps["Шубин"]["status"] == "returned"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В результате обмена домой вернулись 90 военных. Первый вернувшийся — рядовой "
         "Олег Шубин из Кургана, попавший в плен под Курском.", "ru"),
        ("Після обміну полоненими додому повернулися 95 захисників. Сержант Тарас Гнатюк "
         "потрапив у полон у 2022 році, тепер повернувся.", "uk"),
    ],
)
def test_one_returned_in_a_text_about_an_exchange(text: str, lang: str) -> None:
    assert one(text, lang)["status"] == "returned"


def test_a_bare_return_without_an_exchange_is_nothing() -> None:
    m = one("Рядовой Олег Шубин попал в плен в марте под Курском, вернулся ли он — "
            "неизвестно.", "ru")
    assert m["status"] == "captured"


def test_back_to_the_front_after_an_exchange_is_not_a_return_of_his() -> None:
    m = one("Рядовой Олег Шубин попал в плен в марте. После обмена вернулся на фронт и погиб "
            "в июле.", "ru")
    assert m["status"] == "killed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бывший осуждённый Роман Пищулин был завербован в колонии, воевал под Бахмутом и "
         "вернулся домой после помилования.", "ru"),
        ("Мобилизованный Игорь Сазонов вернулся домой после демобилизации по возрасту.", "ru"),
        ("Засуджений Роман Пищулін воював під Бахмутом і повернувся додому після "
         "помилування.", "uk"),
    ],
)
def test_home_after_a_pardon_or_discharge_is_returned(text: str, lang: str) -> None:
    assert one(text, lang)["status"] == "returned"


def test_en_a_plural_return_opening_a_list_after_a_colon() -> None:
    ps = people("The Omsk region governor said three locals were among the 90 servicemen "
                "returned in Sunday's prisoner exchange: PETROV Ilya Sergeyevich (b. 1990, "
                "Omsk); KOSTIN Pavel (b. 2002, Tara); and Private LOBOV A. N. (b. 1981, "
                "Isilkul).", "en")
    assert {k: v["status"] for k, v in ps.items()} == {
        "Petrov": "returned", "Kostin": "returned", "Lobov": "returned"}


def test_en_a_colon_after_a_singular_status_gives_nothing() -> None:
    ps = people("Ivan Orlov was killed near Bakhmut: his comrades Pavel Rudin and Oleg Sokol "
                "carried him out.", "en")
    assert ps["Orlov"]["status"] == "killed"
    assert all(p["status"] != "killed" for k, p in ps.items() if k != "Orlov")


def test_the_day_of_a_home_return_is_another_event_not_a_capture() -> None:
    m = one("Бывший осуждённый Роман Пищулин в феврале 2023 года был завербован в колонии, а "
            "в сентябре 2023 года вернулся домой после помилования.", "ru")
    assert m["status"] == "returned"
    assert (m["other_dates"] or {}).get("other") == "2023-09"
    assert "captured" not in (m["other_dates"] or {})
