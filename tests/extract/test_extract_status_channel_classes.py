"""Status and channel classes in Russian, English and Ukrainian: the wounded others care
for (one shared pattern); a death confirmed or not yet confirmed; an exchange only wished
for; a recruit discharged from the army and home again; the army's "Шторм V" storm unit
taking contract soldiers (no convict's word)."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def one(text: str, lang: str | None = None, published: str = "2024-06-01") -> dict[str, Any]:
    (m,) = extract_text(text, lang, published)
    return m


# ------------------------------------------- the wounded others care for (shared pattern)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Медсестра Ольга Кравец рассказала, как выхаживает раненых бойцов. Её брат, рядовой "
         "Иван Кравец, погиб под Бахмутом 3 марта.", "killed"),
        ("Волонтер Павел Сомов вывозил раненых с передовой. 12 мая он сам был тяжело ранен "
         "под Кременной.", "wounded"),
        ("Фельдшер Анна Лисенко, яка рятувала поранених військових, загинула 5 травня під "
         "Покровськом.", "killed"),
        ("Nurse Olena Bondar, who treated wounded soldiers near Bakhmut, was killed on May 3.",
         "killed"),
        ("Private Ivan Sokolov helped evacuate the wounded and was himself wounded near "
         "Kreminna on April 2.", "wounded"),
    ],
)
def test_the_wounded_others_care_for(text: str, status: str) -> None:
    assert one(text)["status"] == status


def test_wound_of_one_who_saved_the_wounded_is_no_event_of_his_death() -> None:
    m = one("Санитар Олег Мазур выносил раненых с поля боя с 2022 года. Погиб 3 мая 2024 "
            "года под Работино.")
    assert m["status"] == "killed"
    assert "wounded" not in (m.get("other_dates") or {})


# ------------------------------------------------ a death confirmed, or not confirmed yet


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Олег Фомин пропал без вести под Авдеевкой в октябре. Его гибель пока не "
        "подтверждена.",
        "Ефрейтор Виталий Краснов с марта числится пропавшим без вести; смерть его "
        "официально не установлена.",
        "Солдат Тарас Бойко зник безвісти під Бахмутом у січні. Його загибель досі не "
        "підтверджена.",
        "Private Oleg Fomin went missing near Avdiivka in October; his death has not been "
        "confirmed.",
        "Corporal Denis Lyakhov has been missing since March, and his death is yet to be "
        "confirmed by the army.",
    ],
)
def test_death_not_yet_confirmed_is_missing(text: str) -> None:
    assert one(text)["status"] == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Олег Фомин пропал без вести под Авдеевкой 3 октября, гибель подтверждена "
        "12 декабря.",
        "Сержант Тарас Бойко зник безвісти під Бахмутом 5 січня, його загибель підтвердили "
        "2 березня.",
        "Младший сержант Роман Ёлкин пропал без вести в мае, позже гибель была подтверждена.",
    ],
)
def test_death_confirmed_after_missing_is_killed(text: str) -> None:
    assert one(text)["status"] == "killed"


# ------------------------------------------------------------- an exchange only wished for


@pytest.mark.parametrize(
    "text",
    [
        "Полонений Ахмед Валієв, громадянин Єгипту, хоче, щоб його обміняли якнайшвидше.",
        "Взятый в плен под Кременной рядовой Сергей Лаптев просит, чтобы его обменяли.",
        "Кубинець Йосвані Перес потрапив у полон під Кураховим і не бажає, щоб його обміняли "
        "до Росії.",
        "Рядовой Игорь Мальцев попал в плен в январе; родные надеются, что его обменяют.",
    ],
)
def test_exchange_wished_for_is_still_captured(text: str) -> None:
    assert one(text)["status"] == "captured"


def test_exchange_done_is_returned() -> None:
    assert one("Рядовой Сергей Лаптев вернулся из плена после обмена 5 мая.")["status"] == \
        "returned"
    assert one("Сержанта Андрія Ковтуна обміняли 15 травня.")["status"] == "returned"


# ------------------------------------------------- discharged from the army and home again


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Харвиндера Сингха, гражданина Индии, в конце сентября уволили из армии, и он "
         "вернулся домой, в Амритсар.", "ru"),
        ("В сентябре Рустама Каримова уволили из армии, и он вернулся домой в Ош.", "ru"),
        ("Манджіта Сінгха, громадянина Індії, у травні звільнили з армії, і він повернувся "
         "додому.", "uk"),
        ("Indian citizen Manjit Singh was discharged from the Russian army in May and returned "
         "home to Punjab.", "en"),
        ("After the embassy intervened, Nepali recruit Hari Thapa was discharged from the army "
         "and came back home in March.", "en"),
    ],
)
def test_discharged_and_home_is_returned(text: str, lang: str) -> None:
    assert one(text, lang)["status"] == "returned"


def test_discharged_long_ago_then_killed_is_killed() -> None:
    m = one("Сержант Олег Рудаков в 2015 году уволился из армии и вернулся домой, в 2022 году "
            "был мобилизован и погиб под Сватово.")
    assert m["status"] == "killed"
    assert m["channel"] == "mobilised"


def test_discharge_of_one_and_death_of_another_keep_their_own() -> None:
    people = {p["given_name"]: p for p in extract_text(
        "Гурприт Сингх погиб 17 июня под Угледаром. Его брата Харвиндера Сингха уволили из "
        "армии, и он вернулся домой.", "ru", "2024-10-08")}
    assert people["Гурприт"]["status"] == "killed"
    assert people["Харвиндер"]["status"] == "returned"


# ------------------------------------------------ "Шторм V": the army's, contracts too


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Гражданин Узбекистана Шухрат Алимов подписал контракт и попал в подразделение "
         "«Шторм V». Погиб 3 июня.", "ru"),
        ("Громадянин Узбекистану Шухрат Алімов підписав контракт і потрапив до підрозділу "
         "«Шторм V». Він загинув 3 червня.", "uk"),
        ("Uzbek citizen Shukhrat Alimov signed a contract and was sent to a Storm-V unit; he "
         "was killed on June 3.", "en"),
    ],
)
def test_foreigner_with_contract_in_storm_v_is_foreign_contract(text: str, lang: str) -> None:
    assert one(text, lang)["channel"] == "foreign_contract"


def test_russian_with_contract_in_storm_v_is_contract() -> None:
    m = one("Рядовой Антон Сизов из Тулы подписал контракт с Минобороны и служил в отряде "
            "«Шторм V». Погиб 3 июня под Часовым Яром.")
    assert m["channel"] == "contract"


@pytest.mark.parametrize(
    "text",
    [
        "В Ангарске похоронили бывшего осуждённого Петра Сомова, который отбывал наказание в "
        "ИК-7, в 2023 году подписал контракт и попал в «Шторм V».",
        "Рядовой Антон Сизов служил в отряде «Шторм V», погиб 3 июня под Часовым Яром.",
        "Осуждённый Пётр Сомов подписал контракт и попал в «Шторм Z», погиб в мае.",
    ],
)
def test_storm_v_convict_or_no_contract_stays_prisoner(text: str) -> None:
    assert one(text)["channel"] == "prisoner"


# ------------------------------------------------ Ukraine's army as captors or enemy


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Иван Сомов из Курска попал в плен к ВСУ под Суджей.",
        "Рядовой Олег Лапин погиб в боях с ВСУ под Кременной.",
    ],
)
def test_captors_or_enemy_army_is_no_citizenship(text: str) -> None:
    assert one(text)["citizenship"] != "UA"


def test_serving_in_ukraines_army_is_ua() -> None:
    assert one("Сержант Тарас Коваль служил в 92-й бригаде ВСУ и погиб под Бахмутом.")[
        "citizenship"] == "UA"
