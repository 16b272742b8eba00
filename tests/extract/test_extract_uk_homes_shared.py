"""Ukrainian homes by class of wording: a home said once for several people before the dash
or colon that lists them, a town in brackets after an age or a year of birth, "прожив у"."""

from __future__ import annotations

import warnings

import pytest

from headcount.extract import extract_text


def _people(text: str) -> list[dict[str, object]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_text(text, "uk", "2024-06-15")


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("У полон потрапили брати з Брянська: рядовий Олег Котов і рядовий Ілля Котов.",
     "Брянськ", "RU-BRY"),
    ("Під Авдіївкою загинули земляки з Тамбова — Сергій Бєлов та Артем Лаптєв.",
     "Тамбов", "RU-TAM"),
    ("Батько і син з Липецька — 52-річний Петро Орлов і 27-річний Денис Орлов — "
     "потрапили в полон.", "Липецьк", "RU-LIP"),
    ("Обидва окупанти з міста Шахти Ростовської області: єфрейтор Ілля Кравцов і "
     "рядовий Гліб Сомов.", "Шахти", "RU-ROS"),
])
def test_a_home_before_the_list_is_everyones(text: str, settlement: str, region: str) -> None:
    people = _people(text)
    assert len(people) == 2
    assert [(m.get("settlement"), m.get("region")) for m in people] == \
        [(settlement, region)] * 2


def test_a_home_after_a_name_stays_his() -> None:
    people = _people("Загинули рядовий Сергій Бєлов з Тамбова — контрактник, "
                     "та єфрейтор Артем Лаптєв.")
    assert [m.get("settlement") for m in people] == ["Тамбов", None]


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Встановлено ім'я загиблого: старший сержант Віталій Дронов (35 років, Липецьк).",
     "Липецьк", "RU-LIP"),
    ("Загинув рядовий Павло Орлов (41 рік, м. Кострома).", "Кострома", "RU-KOS"),
    ("У полоні єфрейтор Ігор Зуєв (29 років, Тамбов).", "Тамбов", "RU-TAM"),
    ("Ліквідовано окупанта Руслана Гатіна (44 роки, Казань).", "Казань", "RU-TA"),
    ("Загинув рядовий Баїр Доржиєв (1990 р.н., Кяхта).", "Кяхта", "RU-BU"),
])
def test_a_town_in_brackets_after_an_age(text: str, settlement: str, region: str) -> None:
    (m,) = _people(text)
    assert (m.get("settlement"), m.get("region")) == (settlement, region)


@pytest.mark.parametrize(("text", "settlement"), [
    ("Загинув Іван Петренко. Він народився і все життя прожив у Житомирі.", "Житомир"),
    ("Загинула Ольга Мельник, яка прожила в Полтаві двадцять років.", "Полтава"),
    ("Загинув Андрій Гнатюк, який прожив усе життя у Вінниці.", "Вінниця"),
    ("Загинув Олег Бондар. Ми прожили разом у Полтаві десять років.", "Полтава"),
    ("Загинув Петро Сорока. Родина прожила у Кременчуці до 2022 року.", "Кременчук"),
])
def test_lived_in(text: str, settlement: str) -> None:
    (m,) = _people(text)
    assert m.get("settlement") == settlement


@pytest.mark.parametrize(("text", "place"), [
    ("Тіло громадянина Камеруну Жан-Поля Мбарги, 35 років, виявили українські військові "
     "після бою під Курахове.", "Курахове"),
    ("Тіло рядового Івана Сорокіна, 1990 р.н., знайшли під Авдіївкою.", "Авдіївка"),
    ("Тіла Олега Ткача та Павла Гури ідентифікували за ДНК.", None),
    ("Тіло Андрія Бойка, контрактника з Курська, впізнала мати.", None),
])
def test_a_body_found_is_a_death(text: str, place: str | None) -> None:
    people = _people(text)
    assert people
    assert {(m.get("status"), m.get("place_of_death")) for m in people} == {("killed", place)}


def test_a_body_not_found_is_no_death() -> None:
    people = _people("Рядовий Андрій Бойко служив у 200-й бригаді. Його тіло досі не знайшли.")
    assert [m.get("status") for m in people] == [None]


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("Під Бахмутом загинули рядовий Баїр Цибіков та сержант Дашинима Балданов. "
     "Прощання з обома відбулося 8 червня.", "farewell", "2024-06-08"),
    ("Загинули рядовий Іван Котов і єфрейтор Павло Гура. Прощання з ними пройде 20 червня.",
     "farewell", "2024-06-20"),
    ("Загинули рядовий Іван Котов і єфрейтор Павло Гура. Прощання з обома загиблими "
     "пройде 18 червня.", "farewell", "2024-06-18"),
    ("Загинули рядовий Іван Котов і єфрейтор Павло Гура. Чин похорону обох відбудеться "
     "20 червня.", "funeral", "2024-06-20"),
])
def test_a_ceremony_for_both_is_each_ones(text: str, kind: str, date: str) -> None:
    people = _people(text)
    assert len(people) == 2
    assert [m.get("other_dates") for m in people] == [{kind: date}] * 2
