"""Who is a person and how his name reads: one who only speaks in a relative clause after
her name is no casualty (a mother, a nurse, a teacher at a ceremony) unless the sentence
tells a fate of her own; a South Asian name of two words written given name first, in the
nominative though its words end in -а."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

_PUBLISHED = date(2024, 3, 14)


def _found(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(m["surname"], m["given_name"], m["status"])
            for m in extract_text(text, lang, _PUBLISHED)]


# 1. a speaker named before a relative clause of speech is no person

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("В школе открыли мемориальную доску рядовому Андрею Котову, погибшему под Авдеевкой. "
     "Выступила медсестра госпиталя Оксана Марчук, которая рассказала о работе с ранеными.",
     "ru", [("Котов", "Андрей", "killed")]),
    ("Сержант Павел Гуров погиб 3 марта под Кременной. На прощании выступила Ирина Лаптева, "
     "которая вспомнила его школьные годы.", "ru", [("Гуров", "Павел", "killed")]),
    ("Ефрейтор Денис Сухов погиб в январе. Его мама Наталья Сухова, которая поделилась "
     "письмами сына, просит помочь с памятником.", "ru", [("Сухов", "Денис", "killed")]),
    ("У ліцеї відкрили меморіальну дошку солдату Андрію Котову, який загинув під Бахмутом. "
     "Виступила медична сестра шпиталю Оксана Марчук, яка розповіла про свою роботу з "
     "пораненими.", "uk", [("Котов", "Андрій", "killed")]),
    ("Солдат Олег Мазур загинув під Покровськом. На мітингу виступив директор Петро Гнатюк, "
     "а також вчителька Ганна Ковальчук, яка згадала Олега школярем.", "uk",
     [("Мазур", "Олег", "killed")]),
])
def test_a_speaker_in_a_relative_clause_is_no_person(
        text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("На митинге выступила Ольга Семёнова, которая рассказала о своём погибшем сыне Игоре.",
     "ru"),
    ("Із промовою виступила Галина Петрук, яка розповіла учням про свого сина.", "uk"),
    ("Перед учениками выступил ветеран Николай Зуев, который рассказал о службе в армии.",
     "ru"),
])
def test_only_a_speaker_gives_nobody(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a fate of his own in the same sentence: he is a person though he speaks
    ("Сержант Олег Гуров, который рассказал о бое под Бахмутом, погиб через неделю.", "ru",
     [("Гуров", "Олег", "killed")]),
    ("Рядовий Іван Бондар, який розповів про бій, загинув через тиждень під Кремінною.",
     "uk", [("Бондар", "Іван", "killed")]),
    ("Младший сержант Артём Зайцев, который рассказал журналистам о первом бое, был ранен "
     "под Работино.", "ru", [("Зайцев", "Артём", "wounded")]),
])
def test_a_speaker_with_a_fate_of_his_own_stays(
        text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected


# 2. a South Asian name of two words: given name first, surname last, the -а of the
# nominative kept though the dictionary reads the word as a genitive ("Кумара" of "Кумар")

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Гражданин Шри-Ланки Сурендра Кумара погиб в зоне СВО.", "ru",
     [("Кумара", "Сурендра", "killed")]),
    ("В Коломбо похоронили Сурендру Кумару, погибшего под Угледаром.", "ru",
     [("Кумара", "Сурендра", "killed")]),
    ("Гражданин Непала Рахул Кумар погиб под Угледаром. Тело Рахула Кумара передали семье.",
     "ru", [("Кумар", "Рахул", "killed")]),
    ("Уроженец Шри-Ланки Чаминда Перера погиб 5 марта. Тело Чаминды Переры передали семье.",
     "ru", [("Перера", "Чаминда", "killed")]),
    ("Громадянин Шрі-Ланки Сурендра Кумара загинув під Вугледаром.", "uk",
     [("Кумара", "Сурендра", "killed")]),
    ("Непалець Рахул Кумар загинув під Бахмутом. Тіло Рахула Кумара передали родині.", "uk",
     [("Кумар", "Рахул", "killed")]),
])
def test_a_south_asian_pair_reads_given_name_first(
        text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a Russian name in the same text keeps its own order and case
    ("Гражданин Непала Рахул Кумар погиб под Угледаром. В том же бою погиб рядовой Сомов "
     "Пётр.", "ru", [("Кумар", "Рахул", "killed"), ("Сомов", "Пётр", "killed")]),
    ("Гражданин Непала Рам Тхапа погиб под Угледаром. Вместе с ним погиб сержант Олег Гусев.",
     "ru", [("Тхапа", "Рам", "killed"), ("Гусев", "Олег", "killed")]),
    # no South Asian country in the text: the dictionary's order stands
    ("Рядовой Роман Шевчук погиб под Бахмутом.", "ru", [("Шевчук", "Роман", "killed")]),
    ("Рядовой Шевчук Роман погиб под Бахмутом.", "ru", [("Шевчук", "Роман", "killed")]),
])
def test_other_names_keep_their_reading(
        text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname in a consonant declined: its nominative stands, no -а added
    ("Гражданин Индии Гурприт Сингх погиб под Угледаром. Тело Гурприта Сингха передали семье.",
     [("Сингх", "Гурприт", "killed")]),
    ("В Непале похоронили Рамеша Тхапу, погибшего под Бахмутом.", [("Тхапа", "Рамеш", "killed")]),
    ("Гражданина Индии Арджуна Сингха похоронили в Амритсаре, он погиб под Бахмутом.",
     [("Сингх", "Арджун", "killed")]),
])
def test_a_south_asian_pair_in_an_oblique_case(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, "ru") == expected


# a South Asian text naming someone of another country: his own sentence decides

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Среди погибших иностранцев двое. Гражданин Непала Бишал Таманг погиб под Купянском. "
     "Гражданин Кении Очиенг Питер погиб под Кременной.", "ru",
     [("Таманг", "Бишал", "killed"), ("Очиенг", "Питер", "killed")]),
    ("Громадянин Непалу Рам Гурунг потрапив у полон під Вовчанськом. Разом із ним у полоні "
     "опинився Мвангі Джозеф (Кенія), 30 років.", "uk",
     [("Гурунг", "Рам", "captured"), ("Мвангі", "Джозеф", "captured")]),
    ("Гражданин Индии Сунил Ядав погиб под Авдеевкой. В том же бою погиб камерунец Нгуема "
     "Поль.", "ru", [("Ядав", "Сунил", "killed"), ("Нгуема", "Поль", "killed")]),
])
def test_another_countrys_name_in_a_south_asian_text_keeps_its_order(
        text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected
