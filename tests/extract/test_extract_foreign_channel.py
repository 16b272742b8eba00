"""A foreign citizen fighting for Russia came by contract unless the text says otherwise
(foreign_contract); a man born abroad who held Russian citizenship when he signed has a
plain contract; a foreigner fighting for Ukraine, or a foreign civilian, has no channel."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def the_one(text: str, lang: str) -> dict[str, object]:
    (m,) = extract_text(text, lang, "2024-06-01")
    return m


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Гражданин Непала Рам Бахадур Тапа погиб под Покровском. Родные узнали, что он "
         "воевал за Россию.", "ru"),
        ("Гражданин Кубы Хосе Перес попал в плен под Курском, он служил в штурмовом "
         "подразделении.", "ru"),
        ("Гражданин Сьерра-Леоне Мохамед Камара, 29 лет, воевавший на стороне российской "
         "армии, попал в плен под Работино.", "ru"),
        ("Українські прикордонники взяли в полон громадянина Камеруну Жана Мбаргу, який "
         "воював на боці Росії.", "uk"),
        ("Nepali national Ram Bahadur Thapa, 27, who had joined the Russian army, was killed "
         "near Pokrovsk.", "en"),
        ("Cameroonian citizen Jean Mbarga, 31, was captured near Kreminna while fighting "
         "with Russian troops.", "en"),
    ],
)
def test_a_foreigner_fighting_came_by_contract(text: str, lang: str) -> None:
    assert the_one(text, lang)["channel"] == "foreign_contract"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Гражданин Узбекистана Алишер Каримов погиб при обстреле рынка в Белгороде.", "ru"),
        ("Гражданин Колумбии Хуан Гомес, воевавший в Интернациональном легионе, погиб под "
         "Бахмутом.", "ru"),
        ("Colombian citizen Juan Gomez, 35, who fought for Ukraine, was killed near Bakhmut.",
         "en"),
        ("Гражданин Грузии Георгий Беридзе, воевавший за ВСУ, погиб под Бахмутом.", "ru"),
        ("Громадянин Білорусі Павло Шурмей, який воював у лавах ЗСУ, загинув під Бахмутом.",
         "uk"),
    ],
)
def test_a_foreign_civilian_or_a_fighter_for_ukraine_has_no_channel(text: str,
                                                                     lang: str) -> None:
    assert the_one(text, lang)["channel"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Уроженец Таджикистана Фаррух Назаров, 35 лет, получил российское гражданство в 2019 "
        "году и жил в Берёзовском. Контракт он заключил в январе. Погиб 2 апреля.",
        "Уроженец Узбекистана Шерзод Каримов, получивший российское гражданство в 2021 году, "
        "погиб в зоне СВО. Контракт с Минобороны подписал осенью прошлого года.",
        "Выходец из Киргизии Азамат Усенов получил российское гражданство в 2015 году, в "
        "2023 году подписал контракт и погиб под Авдеевкой.",
    ],
)
def test_born_abroad_a_russian_citizen_signs_a_plain_contract(text: str) -> None:
    m = the_one(text, "ru")
    assert (m["channel"], m["citizenship"]) == ("contract", "RU")


def test_a_foreign_citizens_contract_stays_foreign() -> None:
    m = the_one("Гражданин Киргизии Эрлан Мамытбек уулу, 26 лет, подписал контракт с "
                "Минобороны в ноябре 2023 года. Погиб в марте под Авдеевкой.", "ru")
    assert m["channel"] == "foreign_contract"
