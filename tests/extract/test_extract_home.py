"""Home settlement and region: every case of "житель", demonyms, a home said after the town,
the farewell in the home town, and places that are not a home."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.demonyms import find_demonyms, town_of


def _one(text: str, published: str | None = "2024-03-14") -> dict:
    ms = extract_text(text, "ru", published)
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize(
    ("text", "settlement", "region"),
    [
        ("Погиб мобилизованный житель Оренбурга Дмитрий Сорокин.", "Оренбург", "RU-ORE"),
        ("Суд признал умершим жителя Твери Михаила Карасёва, пропавшего без вести.",
         "Тверь", "RU-TVE"),
        ("Жителю Иркутска Павлу Смирнову было 40 лет, он погиб под Авдеевкой.",
         "Иркутск", "RU-IRK"),
        ("Среди погибших — жителем Таганрога названный рядовой Олег Кузьмин.",
         "Таганрог", "RU-ROS"),
        ("При выполнении задач погиб ефрейтор Пестов Н.А., 12.04.2002 г.р., уроженец г. Шумиха.",
         "Шумиха", "RU-KGN"),
        ("Погиб сержант Олег Рябов, 1990 г.р., уроженец г. Миасс.", "Миасс", "RU-CHE"),
    ],
)
def test_a_home_cue_in_any_case_gives_settlement_and_region(
    text: str, settlement: str, region: str
) -> None:
    m = _one(text)
    assert (m["settlement"], m["region"]) == (settlement, region)
    assert m["region_inferred"] is True


@pytest.mark.parametrize(
    ("word", "town"),
    [("иркутянина", "Иркутск"), ("Улан-удэнец", "Улан-Удэ"), ("кемеровчанка", "Кемерово"),
     ("североморцев", "Североморск"), ("ульяновца", "Ульяновск"), ("красноярцу", "Красноярск"),
     ("новосибирцы", "Новосибирск"), ("мурманчанин", "Мурманск")],
)
def test_a_demonym_names_its_town(word: str, town: str) -> None:
    found = town_of(word)
    assert found is not None and found.name == town


@pytest.mark.parametrize("word", ["боец", "отец", "продавец", "Данилович", "молодец",
                                  "Иванович", "кубанец", "американец", "земляк"])
def test_words_that_are_no_demonym_of_a_town(word: str) -> None:
    assert town_of(word) is None


def test_demonym_facts_carry_the_region_and_say_plural() -> None:
    facts = find_demonyms("Семьям североморцев и кемеровчанину Петрову.")
    by = {(f.field, f.value): f for f in facts}
    assert by[("settlement", "Североморск")].extra["plural"] is True
    assert by[("settlement", "Кемерово")].extra["plural"] is False
    assert by[("region", "RU-KEM")].extra["inferred"] is True


@pytest.mark.parametrize(
    ("text", "settlement", "region"),
    [
        ("Суд признал умершим 43-летнего мобилизованного иркутянина Станислава Бердникова.",
         "Иркутск", "RU-IRK"),
        ("Улан-удэнец Баир Цыренов погиб в бою 30 мая.", "Улан-Удэ", "RU-BU"),
        ("Кемеровчанка Ольга Малова погибла при обстреле 2 мая.", "Кемерово", "RU-KEM"),
    ],
)
def test_a_demonym_is_the_persons_home(text: str, settlement: str, region: str) -> None:
    m = _one(text)
    assert (m["settlement"], m["region"]) == (settlement, region)


def test_a_plural_demonym_is_the_home_of_the_people_of_the_next_sentence() -> None:
    text = ("Губернатор выразил соболезнования семьям ульяновцев, погибших в ходе СВО. "
            "Это рядовой Алексей Смирнов, 1996 г.р., и сержант Кирилл Дёмин, 1991 г.р.")
    ms = {m["surname"]: m for m in extract_text(text, "ru", "2024-03-14")}
    assert {s: m["settlement"] for s, m in ms.items()} == {"Смирнов": "Ульяновск",
                                                           "Дёмин": "Ульяновск"}


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Павел Сидоренко погиб 24 февраля. Прощание будет в Анжеро-Судженске, "
        "где он прожил всю жизнь.",
        "Погиб рядовой Павел Сидоренко. Прощание будет в Анжеро-Судженске, в его родном городе.",
        "Погиб рядовой Павел Сидоренко. Похоронят его в Анжеро-Судженске, где он вырос.",
    ],
)
def test_a_home_said_after_the_town(text: str) -> None:
    assert _one(text)["settlement"] == "Анжеро-Судженск"


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        ("В Прокопьевске сегодня простились с мобилизованным земляком Андреем Колесниковым. "
         "Он погиб под Бахмутом.", "Прокопьевск"),
        ("11 октября в селе Чистюнька простились с рядовым Максимом Лавренко. Он погиб в "
         "сентябре.", "Чистюнька"),
        ("Вчера в Ишиме проводили в последний путь сержанта Игоря Мальцева.", "Ишим"),
    ],
)
def test_a_farewell_in_the_first_sentence_is_the_home_town(text: str, settlement: str) -> None:
    assert _one(text)["settlement"] == settlement


def test_a_stated_home_wins_over_the_farewell_town() -> None:
    m = _one("В Прокопьевске простились с рядовым Андреем Колесниковым, жителем Кемерова. "
             "Он погиб в мае.")
    assert m["settlement"] == "Кемерово"


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Андрей Колесников погиб в мае. Прощание прошло в Прокопьевске.",
        "Рядовой Андрей Колесников погиб в мае, он работал в Прокопьевске на шахте.",
        "Рядовой Андрей Колесников погиб в мае. Его похоронили в Прокопьевске.",
    ],
)
def test_a_farewell_workplace_or_burial_later_in_the_text_is_no_home(text: str) -> None:
    assert _one(text)["settlement"] is None


def test_acquired_russian_citizenship_keeps_the_russian_home() -> None:
    m = _one("Уроженец Киргизии Азамат Турдубаев, получивший российское гражданство, погиб. "
             "Он жил в Красноярске.")
    assert (m["citizenship"], m["region"]) == ("RU", "RU-KYA")


def test_a_foreigner_has_no_russian_region() -> None:
    m = _one("Гражданин Непала Рам Бахадур Тамang погиб. Он жил в Красноярске.".replace(
        "Тамang", "Таманг"))
    assert m["citizenship"] == "NP" and m["region"] is None
