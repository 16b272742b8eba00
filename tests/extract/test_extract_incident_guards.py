"""A dated sentence is no incident of the one killed (incidents.py) when its date starts a
period ("С марта 2023 года он служил…"), when it tells of service or a trade, of a strike he
survived, his first one or one he was away from, or of a strike on a whole region or city with
no fate told in it — while a strike told of him, his unit or his position still dates his death."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_people import person_named

PUB = date(2024, 9, 25)


_person = partial(person_named, published=PUB)


@pytest.mark.parametrize("text, lang, surname", [
    # the start of a period, a time of service or a trade
    ("Рядовой Иван Петров из Шадринска погиб в зоне СВО. С марта 2023 года он служил "
     "оператором ударных беспилотников.", "ru", "Петров"),
    ("Ефрейтор Глеб Сомов погиб на Донбассе. Со 2 апреля 2023 года он воевал в штурмовой "
     "роте, отражал атаки противника.", "ru", "Сомов"),
    ("Private Oleg Markin from Kursk was killed in action. He had been operating "
     "reconnaissance drones since March 2023.", "en", "Markin"),
    ("Солдат Тарас Ковальчук загинув на фронті. З березня 2023 року він був оператором "
     "дронів.", "uk", "Ковальчук"),
    ("Сержант Андрей Рыбаков погиб под Авдеевкой. В мае 2023 года он служил в расчёте, "
     "сбивавшем беспилотники.", "ru", "Рыбаков"),
    # a strike survived, a first one, a contusion
    ("Corporal Ivan Lebedev was killed. He survived a missile strike on his base on July 9, "
     "2023, and returned to the front.", "en", "Lebedev"),
    ("Ефрейтор Денис Лапин погиб на Донбассе. Впервые он попал под обстрел в мае 2022 года, "
     "был контужен, но вернулся в строй.", "ru", "Лапин"),
    ("Старший солдат Ігор Мамонов загинув. Він пережив обстріл 14 травня 2023 року, а потім "
     "повернувся на фронт.", "uk", "Мамонов"),
    ("Рядовой Никита Орлов погиб в зоне СВО. 3 июня 2023 года его блиндаж накрыл снаряд, "
     "тогда он чудом выжил.", "ru", "Орлов"),
    # away from it, an award for a fight
    ("Сержант Павел Котов погиб в зоне СВО. 30 декабря 2023 года, когда ВСУ нанесли ракетный "
     "удар по Белгороду, он был дома в отпуске.", "ru", "Котов"),
    ("Младший сержант Олег Сорокин погиб в ходе СВО. За отражение атаки противника 12 марта "
     "2023 года он был награждён медалью «За отвагу».", "ru", "Сорокин"),
    # a strike on a whole region or city, no fate told in its sentence
    ("Стрелок Артём Гусев погиб. В августе 2024 года ВСУ атаковали Курскую область, и его "
     "подразделение перебросили туда.", "ru", "Гусев"),
    ("Sergeant Ruslan Ibragimov was killed in Ukraine. In August 2024 Ukrainian forces "
     "launched an attack on the Kursk region, and his unit was sent there.", "en", "Ibragimov"),
    ("Солдат Василь Гнатюк загинув. У травні 2024 року росіяни атакували Харківську область, "
     "його бригаду перекинули туди.", "uk", "Гнатюк"),
])
def test_no_incident_death(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["death_date"] is None


@pytest.mark.parametrize("text, lang, surname, death", [
    ("Утром 16 марта в результате обстрела погиб рядовой Иван Петров из Шадринска.", "ru",
     "Петров", "2024-03-16"),
    ("Рядовой Антон Дежнёв погиб в зоне СВО. 17 июля его позицию накрыла артиллерия "
     "противника.", "ru", "Дежнёв", "2024-07-17"),
    ("Окупант Віталій Рябов загинув на Донеччині. 21 серпня їхню позицію накрили "
     "FPV-дрони.", "uk", "Рябов", "2024-08-21"),
    ("On August 14 a drone struck the trench where Private Oleg Markin was on watch. He died "
     "before he could be evacuated.", "en", "Markin", "2024-08-14"),
    ("Вечером 12 мая ВСУ обстреляли Белгородскую область, жительница Шебекино Анна Белова "
     "погибла на месте.", "ru", "Белова", "2024-05-12"),
    ("Увечері 3 травня ЗСУ завдали ракетного удару по полігону. Серед загиблих — "
     "мобілізований Ілля Жуков з Брянська.", "uk", "Жуков", "2024-05-03"),
    ("Рядовой Олег Зуев погиб под Курском. Трагедия произошла 2 сентября.", "ru", "Зуев",
     "2024-09-02"),
])
def test_incident_death_kept(text: str, lang: str, surname: str, death: str) -> None:
    assert _person(text, lang, surname)["death_date"] == death
