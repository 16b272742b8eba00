"""Foreign recruits: a town abroad the tables and pymorphy3 do not know, after a home cue
or named as a place; a country one is only from yields to a citizenship stated; a
Russian passport granted is Russian citizenship; a career soldier is regular."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str, published: str | None = "2024-03-14") -> dict:
    ms = extract_text(text, "ru", published)
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        ("Гражданин Бразилии Родриго Перейра погиб в Марьинке. Родом он из Сан-Паулу, до "
         "войны работал охранником.", "Сан-Паулу"),
        ("Серб Ненад Стоянович погиб 3 января под Авдеевкой. Похоронить Ненада родные хотят "
         "в его родном городе Крагуевац.", "Крагуевац"),
        ("Кубинец Рейнальдо Ольмедо погиб под Угледаром. На родине, в Сантьяго-де-Куба, у "
         "него остались жена и двое сыновей.", "Сантьяго-де-Куба"),
        ("Погиб гражданин Индии Викас Чаудхари из Лудхианы, подписавший контракт в 2023 году.",
         "Лудхиана"),
        ("Гражданин Непала Рам Бахадур Тапа, уроженец Покхары, погиб под Бахмутом.", "Покхара"),
        ("Камерунец Жан-Поль Мбарга, житель Дуалы, погиб 9 мая под Торецком.", "Дуала"),
    ],
)
def test_a_town_abroad(text: str, settlement: str) -> None:
    m = _one(text)
    assert (m["settlement"], m["region"]) == (settlement, None)


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Иван Петров из Росгвардии погиб 3 мая под Кременной.",
        "Сержант Олег Зуев из Минобороны погиб 3 мая.",
        "Ефрейтор Ильдар Ганиев из Спецстроя погиб в январе под Бахмутом.",
    ],
)
def test_an_organisation_after_from_is_no_town(text: str) -> None:
    assert _one(text)["settlement"] is None


@pytest.mark.parametrize(
    ("text", "citizenship"),
    [
        ("Назаров Шерзод Рахимович, 1989 г.р., уроженец Таджикистана, гражданин РФ с 2019 "
         "года, мобилизован в 2022 году, погиб в декабре 2024 г.", "RU"),
        ("Уроженец Киргизии Бакыт Осмонов, гражданин России, погиб под Авдеевкой в мае.", "RU"),
        ("Выходец из Узбекистана, гражданин Казахстана Ерлан Сапаров погиб 3 марта.", "KZ"),
        # the country he was born in, and nothing else said: no citizenship (the annotation
        # guide: "Уроженец Таджикистана" alone is not citizenship)
        ("Погиб уроженец Узбекистана Рустам Каримов, подписавший контракт в 2023 году.", None),
    ],
)
def test_a_citizenship_stated_outweighs_a_birth_country(text: str,
                                                        citizenship: str | None) -> None:
    assert _one(text)["citizenship"] == citizenship


@pytest.mark.parametrize(
    ("text", "citizenship", "channel"),
    [
        ("Гражданин Республики Куба Хорхе Фернандес приехал в Россию летом. В октябре он "
         "подписал контракт с Министерством обороны, а в декабре получил российский паспорт. "
         "11 января Хорхе погиб под Угледаром.",
         "RU", "foreign_contract"),
        ("Гражданин Непала Суман Гурунг подписал контракт, через месяц ему выдали паспорт "
         "гражданина РФ. Он погиб под Авдеевкой.", "RU", "foreign_contract"),
        # guard: a passport taken away is not one granted
        ("Гражданин Сирии Ахмад Хасан подписал контракт, в Москве у него забрали паспорт. "
         "Он погиб в июне.", "SY", "foreign_contract"),
    ],
)
def test_a_russian_passport_granted(text: str, citizenship: str, channel: str) -> None:
    m = _one(text)
    assert (m["citizenship"], m["channel"]) == (citizenship, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Капитан Сергей Рожков погиб под Марьинкой. Рожков был кадровый, в армии с 2012 года.",
         "regular"),
        ("Майор Олег Лунин, кадровый военнослужащий, погиб 4 мая.", "regular"),
        ("Прапорщик Иван Дьяков был кадровым, служил с 2005 года. Он погиб в марте.",
         "regular"),
        # guard: a human-resources word is no career
        ("Рядовой Андрей Сухов работал в кадровом агентстве, в 2023 году подписал контракт и "
         "погиб под Бахмутом.", "contract"),
    ],
)
def test_career_soldier(text: str, channel: str) -> None:
    assert _one(text)["channel"] == channel


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        # villages no table has, after "из" right after a name: a genitive ending is reversed
        # into a known word, or as a Russian name declines in a text naming a Russian region
        # ("В Якутии": Намцы, Чурапча); abroad an unknown name stays as written ("из Ранчи")
        ("В Якутии простились с тремя бойцами. Мобилизованные Николай Егоров из Намцев и "
         "Айаал Саввинов из Чурапчи погибли в январе под Сватово.", None),
        ("Рядовой Прокопий Николаев из Амги погиб 3 мая под Кременной.", "Амга"),
        ("Контрактник Иван Попов из Ныроба погиб 5 июня.", "Ныроб"),
        ("Ефрейтор Саргылана Иванова из Бердигестяха погибла в январе.", "Бердигестях"),
    ],
)
def test_a_village_from_the_genitive(text: str, settlement: str | None) -> None:
    ms = extract_text(text, "ru", "2024-03-14")
    if settlement is None:
        assert [m["settlement"] for m in ms] == ["Намцы", "Чурапча"]
        assert [m["region"] for m in ms] == ["RU-SA", "RU-SA"]
    else:
        assert [m["settlement"] for m in ms] == [settlement]


@pytest.mark.parametrize(
    "text",
    [
        # a surname that is also a town's name ("Иванова", "Захаров") names no region: the
        # region is the home village's (Бердигестях, Сунтар: Якутия, of the village table)
        "Ефрейтор Саргылана Иванова из Бердигестяха погибла в январе.",
        "Мобилизованный Семён Захаров из Сунтар погиб в марте.",
    ],
)
def test_a_surname_names_no_region(text: str) -> None:
    assert _one(text)["region"] == "RU-SA"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Не могу поверить. Алексей Туманов погиб. Летом 22-го ты сказал, что уходишь в "
         "«оркестр».", "pmc"),
        ("Рядовой Павел Гущин, ушедший к «музыкантам» в 2022 году, погиб под Бахмутом.",
         "pmc"),
        ("Друзья, не стало Кирилла Осипова: в 2022-м он подался в \"оркестр\", погиб "
         "под Соледаром.", "pmc"),
        # guard: an orchestra without quotes is an orchestra
        ("Сержант Олег Рудаков до армии играл в оркестре, в 2023 году подписал контракт и "
         "погиб под Бахмутом.", "contract"),
    ],
)
def test_wagner_nicknames(text: str, channel: str) -> None:
    assert _one(text, "2023-02-20")["channel"] == channel
