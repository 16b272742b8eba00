"""A home town the reference tables do not have, named after a home cue: "родом із Камагуея",
"Дисанаяке, 36 лет, из Курунегалы", "вернулся домой, в Амритсар", "his family in Waling,
Syangja said", "Taras Hnatiuk (b. 1998) of Izmail"; a town abroad takes no region."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "X, age, from Y": an age set off between the name and "из"
        ("Шри-ланкиец Нуван Прасанна Дисанаяке, 36 лет, из Курунегалы — бывший военнослужащий.",
         "Курунегала"),
        ("Кубинец Хорхе Луис Родригес Фонсека, 19 лет, из Гаваны погиб 1 сентября под Клещеевкой.",
         "Гавана"),
        ("Нуван Сампат Херат (39 лет) из Матары в ноябре получил ранение под Торецком.", "Матара"),
        ("Непалец Рам Бахадур Тапа, 27 лет, из Покхары погиб в марте под Авдеевкой.", "Покхара"),
        ("Индиец Викас Кумар (24 года) из Лудхианы попал в плен под Купянском.", "Лудхиана"),
    ],
)
def test_aged_name_from_a_town_abroad(text: str, town: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] == town
    assert m["region"] is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Рядовой Егор Лапшин вернулся домой в Железногорск после обмена пленными 18 октября.",
         "Железногорск"),
        ("Рядовой Харвиндер Сингх после вмешательства посольства был уволен и вернулся домой, "
         "в Амритсар.", "Амритсар"),
        ("Сержант Иван Котов, освобождённый из плена, вернулся на родину, в Мичуринск.",
         "Мичуринск"),
        ("Гражданин Непала Сурья Гурунг был ранен под Курском и в мае вернулся домой, в Покхару.",
         "Покхара"),
    ],
)
def test_came_home_to_a_town(text: str, town: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Полоненого звати Йосвані Альберто Родрігес Кабрера, йому 34 роки, він родом із "
         "Камагуея.", "Камагуей"),
        ("Під Покровськом загинув громадянин Таджикистану Шерзод Хайдаров. Хайдаров родом із "
         "Худжанда, кілька років працював на будівництві.", "Худжанд"),
        ("Хорхе Луїс Ернандес Перес, 1998 р. н., уродженець Гавани, підписав контракт у Рязані.",
         "Гавана"),
        ("24-річний громадянин Камеруну Жан-Поль Мбарга з Яунде загинув 7 грудня під "
         "Вовчанськом.", "Яунде"),
        ("Громадянин Шрі-Ланки Нуван Дісанаяке, 36 років, з Курунегали потрапив у полон під "
         "Куп'янськом.", "Курунегала"),
    ],
)
def test_ukrainian_home_abroad(text: str, town: str) -> None:
    (m,) = extract_text(text, "uk", "2024-09-01")
    assert m["settlement"] == town
    assert m["region"] is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Khem Bahadur Gurung was killed near Avdiivka on January 19, his family in Waling, "
         "Syangja said on Sunday.", "Waling"),
        ("Sergeant Amit Kumar died near Bakhmut. His family in Phagwara told reporters they "
         "learned of his death in May.", "Phagwara"),
        ("Sailor Taras Hnatiuk (b. 1998) of Izmail, captured on Zmiinyi Island on 25 February "
         "2022.", "Izmail"),
        ("Marine Ivan Moroz (born 1995) of Reni was captured near Kherson.", "Reni"),
    ],
)
def test_english_home_after_family_or_birth_year(text: str, town: str) -> None:
    (m,) = extract_text(text, "en", "2024-09-01")
    assert m["settlement"] == town


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Рядовой Егор Лапшин вернулся домой в отпуск в мае, а 3 июня погиб.", "ru"),
        ("Рядовой Егор Лапшин, 25 лет, из госпиталя вернулся в часть и погиб 3 июня.", "ru"),
        ("Рядовой Егор Лапшин, 25 лет, из плена не вернулся.", "ru"),
        ("Рядовой Егор Лапшин, 25 лет, из ЧВК перешёл в армию и погиб 3 июня.", "ru"),
        ("Загинув Іван Петренко з побратимом Олегом Мбаргою під Бахмутом.", "uk"),
        ("Загинув Іван Петренко, 30 років, з полону не повернувся.", "uk"),
        ("Private Ram Thapa was killed in March, his family in Russia said.", "en"),
        ("Private Ram Thapa was killed in March, his family said.", "en"),
    ],
)
def test_no_home_town(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-09-01")
    assert m["settlement"] is None


def test_a_death_place_after_from_is_no_home() -> None:
    (m,) = extract_text("Рядовой Иван Петров погиб 3 мая, тело из Бахмута вывезли только в июне.",
                        "ru", "2024-09-01")
    assert m["settlement"] is None


def test_a_mothers_town_is_not_his() -> None:
    (m,) = extract_text("Рядовой Иван Петров погиб 3 мая. Его мать вернулась домой, в Курск.",
                        "ru", "2024-09-01")
    assert m["settlement"] is None


def test_a_ukrainian_town_keeps_its_region() -> None:
    (m,) = extract_text("Загинув Іван Петренко з Кременчука, йому було 30 років.", "uk",
                        "2024-09-01")
    assert m["settlement"] == "Кременчук"
    assert m["region"] == "UA-53"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Гражданин Индии Харшил Патель, 23 года, погиб 21 февраля. Молодой человек из Вадодары "
         "приехал в Россию в декабре 2023 года.", "Вадодара"),
        ("Рядовой Рам Тапа погиб 3 мая. Парень из Покхары мечтал стать врачом.", "Покхара"),
        ("Гражданин Кубы Хорхе Перес погиб 3 мая. Кубинец из Гаваны подписал контракт в 2023 году.",
         "Гавана"),
    ],
)
def test_a_word_for_him_before_from(text: str, town: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] == town


@pytest.mark.parametrize("text", [
    "Рядовой Рам Тапа погиб 3 мая. Его мать из Курунегалы приехала на похороны.",
    "Рядовой Рам Тапа погиб 3 мая. Сын из Курунегалы приехал на похороны.",
    "Рядовой Рам Тапа погиб 3 мая. Боец из Росгвардии рассказал об этом.",
])
def test_no_home_from_kin_or_a_body(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] is None


def test_ukrainian_residents_of_a_region_name_no_town() -> None:
    (m,) = extract_text("Журналісти встановили ще чотирьох жителів Кузбасу, які загинули у війні. "
                        "Дьомін Ігор Андрійович, 1983 р.н., загинув.", "uk", "2024-09-01")
    assert m["settlement"] is None


def test_ukrainian_born_abroad_but_lived_in_a_town() -> None:
    (m,) = extract_text("Індійський студент Гурпріт Сінгх, 1999 р.н., родом із Лудхіани в "
                        "Пенджабі, жив у гуртожитку в Ставрополі.", "uk", "2024-09-01")
    assert m["settlement"] == "Ставрополь"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Рядовой Харвиндер Сингх из Пенджаба погиб под Бахмутом."),
        ("ru", "Рядовой Гурпрет Сингх, 24 года, из Пенджаба погиб под Бахмутом."),
        ("ru", "Молодой человек из Гуджарата Ракеш Патель погиб под Купянском."),
        ("ru", "Солдат Амандип Сингх вернулся из плена и вернулся домой, в Пенджаб."),
        ("uk", "Рядовий Іван Котов з Синду загинув під Бахмутом."),
        ("uk", "Найманець Гурпріт Сінгх родом із Пенджабу загинув під Бахмутом."),
        ("uk", "Найманець Ракеш Кумар, уродженець Пенджабу, загинув під Авдіївкою."),
    ],
)
def test_a_province_abroad_is_no_home_town(lang: str, text: str) -> None:
    (m,) = extract_text(text, lang, "2024-09-01")
    assert m["settlement"] is None


@pytest.mark.parametrize("text", [
    "Рядовой Иван Котов погиб под Бахмутом. Волонтёр из Лудхианы привёз тело.",
    "Рядовой Викас Кумар погиб под Бахмутом. Врач из Лудхианы подтвердил смерть.",
    "Рядовой Викас Кумар погиб под Бахмутом. Журналист из Вадодары поговорил с его матерью.",
    "Рядовой Рам Тапа погиб 3 мая. Вербовщик из Покхары скрылся с деньгами.",
])
def test_another_mans_trade_before_from_names_no_home(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] is None


def test_a_demonym_before_from_is_his() -> None:
    (m,) = extract_text("Рядовой Рам Тапа погиб 3 мая. Непалец из Покхары подписал контракт "
                        "в 2023 году.", "ru", "2024-09-01")
    assert m["settlement"] == "Покхара"
