"""Citizenship a volunteer reads between the lines: a contract soldier of a local obituary is
Russian (not a convict, not in a text about foreigners); a rank or a kind of brigade only
Ukraine's army has makes a Ukrainian; a text about recruits of one foreign country makes
each of them its citizen."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str | None = None) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, "2024-05-01")}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Погиб контрактник Игорь Белов. Ему было 29 лет.", "Белов"),
        ("В марте подписал контракт с Минобороны Денис Ковалёв, а в мае он погиб под "
         "Бахмутом.", "Ковалёв"),
        ("Прощание с Артёмом Зайцевым, который служил по контракту и погиб 12 апреля, "
         "пройдёт завтра.", "Зайцев"),
        ("Сергей Лунин после срочной службы заключил контракт и погиб 2 марта.", "Лунин"),
        ("По контракту служил и погибший 5 января Никита Орлов.", "Орлов"),
    ],
)
def test_a_contract_soldier_is_russian(text: str, surname: str) -> None:
    m = people(text)[surname]
    assert m["channel"] == "contract"
    assert m["citizenship"] == "RU"
    assert m["evidence"]["citizenship"]["rule"] == "inferred"


@pytest.mark.parametrize(
    "text",
    [
        "Осуждённые Андрей Тишин и Вадим Лесков из колонии погибли. Оба подписали контракты "
        "весной.",
        "Бывший заключённый Олег Рыбин ушёл в «Шторм Z». Он подписал контракт и погиб.",
    ],
)
def test_a_convicts_contract_says_no_citizenship(text: str) -> None:
    assert all(m["citizenship"] is None for m in extract_text(text, "ru", "2024-05-01"))


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Пам'ять героїв громади: солдат Гнатюк Роман Іванович загинув 11 липня.", "Гнатюк"),
        ("Громада попрощалася зі старшим солдатом Петром Климчуком, який загинув у травні.",
         "Климчук"),
        ("Мельничук Василь, 1979 р.н., служив у 72-й окремій механізованій бригаді, загинув "
         "поблизу Авдіївки.", "Мельничук"),
        ("Зник безвісти Ковальчук Максим, 110-та окрема механізована бригада.", "Ковальчук"),
        ("Савчук Іван, мобілізований у 2022 році, служив у 128-й окремій гірсько-штурмовій "
         "бригаді і потрапив у полон.", "Савчук"),
        ("Солдат 57-й отдельной мотопехотной бригады Тарас Мельничук сдался в плен.",
         "Мельничук"),
    ],
)
def test_ukrainian_ranks_and_brigades_make_a_ukrainian(text: str, surname: str) -> None:
    assert people(text)[surname]["citizenship"] == "UA"


@pytest.mark.parametrize(
    ("text", "lang", "surname", "code"),
    [
        ("Двое кубинцев, подписавших контракт летом, погибли под Курском. 25-летний Йоэль "
         "Родригес Перес погиб в августе.", "ru", "Родригес Перес", "CU"),
        ("The Embassy of Nepal confirmed the deaths of the following Nepali nationals:\n"
         "1. Mr. Dil Bahadur Rai (Dharan);\n2. Mr. Sandip Shrestha, 22 (Kathmandu).", "en",
         "Shrestha", "NP"),
        ("Yemeni men are being sent to fight for Russia. Abdulrahman al-Haidari, 22, went "
         "missing in October. Mohammed Ali al-Sanabani, 30, was wounded.", "en", "al-Sanabani",
         "YE"),
        ("Серед полонених — громадянин Індії Гурвіндер Сінгх. Разом з ним у полон потрапив "
         "Манодж Кумар Тамбе, 31 рік.", "uk", "Тамбе", "IN"),
        ("Below are entries from a list of Cuban citizens who signed contracts in Ryazan. The "
         "list gives names and years:\n1. RAMOS DEL VALLE, Osniel — b. 1979\n2. PUPO, Leonel "
         "Antonio — b. 2001", "en", "Pupo", "CU"),
    ],
)
def test_recruits_of_one_country_are_its_citizens(text: str, lang: str, surname: str,
                                                  code: str) -> None:
    assert people(text, lang)[surname]["citizenship"] == code


def test_no_country_is_shared_in_a_text_naming_two() -> None:
    text = ("Гражданин Непала Рам Тапа и гражданин Индии Викас Ядав подписали контракт. "
            "Погиб и Манодж Кумар в мае.")
    assert people(text).get("Кумар", {}).get("citizenship") is None


def test_a_called_up_man_keeps_russia() -> None:
    text = ("Двое кубинцев погибли под Курском: Йоэль Перес погиб в августе. Там же погиб "
            "мобилизованный Иван Петрович Соколов.")
    assert people(text)["Соколов"]["citizenship"] == "RU"


def test_a_country_after_of_is_each_names_own() -> None:
    ms = extract_text("Among the dead were Ram Thapa of Nepal, Jose Perez of Cuba and Rahul "
                      "Singh of India. Bikram Gurung of Nepal was wounded. Oleg Lukin of "
                      "Ukraine's 93rd brigade said so.", "en", "2024-05-10")
    assert {m["surname"]: m["citizenship"] for m in ms if m["status"]} == {
        "Thapa": "NP", "Perez": "CU", "Singh": "IN", "Gurung": "NP"}
