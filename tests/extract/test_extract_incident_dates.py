"""The day of the strike, shelling or attack a death or a wound is told of apart from its
verb is that death's or wound's day (incidents.py) — and only when no date of the death itself
is told, and never a capture's or a year of service."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname, death", [
    ("Вечером 4 июня дрон атаковал автомобиль на трассе под Белгородом. Водитель Сергей "
     "Панков скончался до приезда скорой.", "ru", "Панков", "2024-06-04"),
    ("Рядовой Антон Дежнёв погиб в зоне СВО. 17 июля его позицию накрыла артиллерия "
     "противника.", "ru", "Дежнёв", "2024-07-17"),
    ("Мобилизованный Илья Жуков из Брянска погиб. Это был ракетный удар по полигону "
     "в начале августа.", "ru", "Жуков", "2024-08"),
    ("Окупант Віталій Рябов загинув на Донеччині. 21 серпня їхню позицію накрили "
     "FPV-дрони.", "uk", "Рябов", "2024-08-21"),
    ("Увечері 3 травня ЗСУ завдали ракетного удару по полігону. Серед загиблих — "
     "мобілізований Ілля Жуков з Брянська.", "uk", "Жуков", "2024-05-03"),
    ("Обстріл села почався вранці 12 липня. Місцева мешканка Ганна Соколова загинула "
     "у власному дворі.", "uk", "Соколова", "2024-07-12"),
    ("On August 14 a drone struck the trench where Private Oleg Markin was on watch. He died "
     "before he could be evacuated.", "en", "Markin", "2024-08-14"),
    ("Shelling hit the village of Tetkino on June 30. Local resident Nikolai Savin was "
     "killed.", "en", "Savin", "2024-06-30"),
    ("Sergeant Ruslan Ibragimov was killed in action. His unit came under a mortar attack "
     "near Toretsk in early July.", "en", "Ibragimov", "2024-07"),
    # a sentence pointing back to the death told before it
    ("Младший сержант Артём Ковалёв погиб в зоне СВО. Это случилось 3 сентября.", "ru",
     "Ковалёв", "2024-09-03"),
    ("Рядовой Олег Зуев погиб под Курском. Трагедия произошла 2 сентября.", "ru", "Зуев",
     "2024-09-02"),
    ("Старший солдат Ігор Мамонов загинув під Бахмутом. Сталося це 14 травня.", "uk",
     "Мамонов", "2024-05-14"),
    ("Sergeant Pavel Zimin was killed near Avdiivka. It happened on 3 February, his widow "
     "said.", "en", "Zimin", "2024-02-03"),
])
def test_the_incidents_day_is_the_death(text: str, lang: str, surname: str,
                                        death: str) -> None:
    assert _person(text, lang, surname)["death_date"] == death


@pytest.mark.parametrize("text, lang, surname, day", [
    ("Corporal Ivan Lebedev was seriously wounded. The missile hit his unit's base on "
     "July 9.", "en", "Lebedev", "2024-07-09"),
    ("Ефрейтор Максим Зотов получил тяжёлое ранение. 11 августа его блиндаж атаковал "
     "беспилотник.", "ru", "Зотов", "2024-08-11"),
])
def test_the_incidents_day_is_the_wound(text: str, lang: str, surname: str, day: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] is None
    assert day in (p["other_dates"] or {}).values()


@pytest.mark.parametrize("text, lang, surname, death", [
    # the death's own date stands, however near the incident's word
    ("Сержант Юрий Белов погиб 3 мая при обстреле позиций под Работино.", "ru", "Белов",
     "2024-05-03"),
    ("В марте дрон атаковал его машину, тогда он выжил. Олег Шубин погиб 2 июля под "
     "Купянском.", "ru", "Шубин", "2024-07-02"),
    ("Private Pavel Egorov, who survived a drone attack on May 3, was killed in July.", "en",
     "Egorov", "2024-07"),
    # a year of fighting is no strike's day
    ("В 2023 году участвовал в штурме Бахмута, попадал под обстрелы. Рядовой Денис Крылов "
     "погиб в зоне СВО.", "ru", "Крылов", None),
    ("Солдат Богдан Лисенко загинув. У 2023 році він пережив обстріл під Бахмутом.", "uk",
     "Лисенко", None),
    # what happened before the war
    ("Рядовой Олег Фомин погиб в зоне СВО. С женой он познакомился на выпускном, это "
     "случилось в мае 2009 года.", "ru", "Фомин", None),
])
def test_the_deaths_own_date_or_none(text: str, lang: str, surname: str,
                                     death: str | None) -> None:
    assert _person(text, lang, surname)["death_date"] == death


@pytest.mark.parametrize("text, lang, surname, day", [
    # one captured or missing may have been so days after the strike
    ("Рядовой Кирилл Нестеров попал в плен. 29 сентября их группу накрыли дроны.", "ru",
     "Нестеров", "2024-09-29"),
    ("Private Artur Gimaev went missing after a drone strike on his position on 2 August.",
     "en", "Gimaev", None),
])
def test_no_capture_takes_the_strikes_day(text: str, lang: str, surname: str,
                                          day: str | None) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] is None
    if day is not None:
        assert day not in (p["other_dates"] or {}).values()


@pytest.mark.parametrize("text, lang, surname, day", [
    # a sentence pointing back to a capture or a disappearance dates that fate
    ("Бійці ЗСУ взяли в полон рядового Олега Кузовлєва. Це сталося 17 березня біля "
     "Ласточкиного.", "uk", "Кузовлєв", "2024-03-17"),
    ("Рядовой Пётр Ермаков пропал без вести под Работино. Это случилось 4 августа.", "ru",
     "Ермаков", "2024-08-04"),
    ("Private Oleg Sitnikov was taken prisoner near Vovchansk. It happened on 20 May.", "en",
     "Sitnikov", "2024-05-20"),
])
def test_a_pointing_back_dates_any_fate(text: str, lang: str, surname: str, day: str) -> None:
    p = _person(text, lang, surname)
    assert p["death_date"] is None
    assert day in (p["other_dates"] or {}).values()


@pytest.mark.parametrize("text, lang, surname, death", [
    # "the same day" after a strike is the strike's day, for the one it speaks of
    ("Молодший сержант Дмитро Зайцев тепер у полоні. 19 вересня їхню групу накрили FPV-дрони. "
     "Його напарник Ренат Галієв помер там же того ж дня.", "uk", "Галієв", "2024-09-19"),
    ("Ефрейтор Антон Белых попал в плен. 12 июля их колонну атаковал беспилотник. Его "
     "сослуживец Иван Сомов скончался в тот же день.", "ru", "Сомов", "2024-07-12"),
    ("Corporal Ivan Dyakov is now a prisoner of war. On 4 May a missile struck their "
     "position. His comrade Yegor Frolov died the same day.", "en", "Frolov", "2024-05-04"),
])
def test_the_same_day_as_the_strike(text: str, lang: str, surname: str, death: str) -> None:
    assert _person(text, lang, surname)["death_date"] == death
