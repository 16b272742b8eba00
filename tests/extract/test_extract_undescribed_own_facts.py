"""A relative's, an official's or a speaker's own facts stay his: the sentence's tree tells
whose birth, age, home town, unit or rank a sentence gives (the subject of its clause, or the
phrase set beside the name), and one the text names but does not describe passes none of
his to the one it describes."""

from __future__ import annotations

import pytest
from extract_people import person_named

from headcount.extract import extract_text

PUBLISHED = "2024-06-01"


@pytest.mark.parametrize(("text", "field"), [
    ("Рядовой Иван Петров погиб 5 мая 2024 года.\n\nЕго мать Анна Петровна Петрова родилась "
     "в 1960 году в Курске.", "birth_date"),
    ("Рядовой Иван Петров погиб 5 мая 2024 года. Глава района Сергей Сидоров родился в 1975 "
     "году в Белгороде.", "birth_date"),
    ("Рядовой Иван Петров погиб 5 мая 2024 года. Губернатор Вячеслав Гладков, 54 года, "
     "выразил соболезнования.", "age"),
    ("Рядовой Иван Петров погиб 5 мая 2024 года. Его вдова Мария Петрова, 30 лет, осталась "
     "с двумя детьми.", "age"),
    ("Рядовой Иван Петров погиб 5 мая 2024 года.\n\nЖурналист Дмитрий Быков родился в "
     "Москве в 1967 году.", "birth_date"),
    ("Сержант Олег Кравцов погиб под Авдеевкой. Его отец Николай Кравцов, 1961 года "
     "рождения, служил в Афганистане.", "birth_date"),
    ("Сержант Олег Кравцов погиб под Авдеевкой. Его отец Николай Кравцов, 63 года, живёт в "
     "Липецке.", "settlement"),
    ("Младший сержант Денис Орлов погиб 3 марта 2024 года. Глава Энского района Андрей "
     "Волков, сам бывший десантник 98-й дивизии, выразил соболезнования.", "unit"),
    ("Погиб Артём Силин, 1995 года рождения. Его жена Ксения Силина родилась и выросла в "
     "Брянске.", "settlement"),
    ("Прощание с Артёмом Силиным прошло в Брянске 3 мая 2024 года. Священник Михаил "
     "Горбунов, 45 лет, отслужил панихиду.", "age"),
    ("Рядовой Иван Петров погиб 5 мая 2024 года. Командир батальона подполковник Сергей "
     "Ильин, уроженец Тамбова, рассказал, что Иван был надёжным.", "settlement"),
    ("Рядовой Иван Петров погиб 5 мая 2024 года. По словам его сослуживца Олега Кравца, "
     "уроженца Омска, он был смелым.", "settlement"),
    ("Загинув Андрій Коваль, 1990 року народження. Його мати Ганна Коваль, 62 роки, мешкає "
     "в Житомирі.", "age"),
])
def test_facts_of_one_not_described_are_not_the_casualtys(text: str, field: str) -> None:
    people = extract_text(text, "uk" if "Загинув" in text else "ru", PUBLISHED)
    assert len(people) == 1, [m["name"] for m in people]
    assert people[0][field] is None, people[0]["evidence"].get(field)


@pytest.mark.parametrize(("text", "surname", "field", "value"), [
    # the relative speaks; the subject of the birth is the one described ("он")
    ("Иван Петров погиб 1 мая 2024 года. Мать Анна Петровна рассказала, что он родился 5 "
     "мая 1990 года в Курске.", "Петров", "birth_date", "1990-05-05"),
    ("Иван Петров погиб 1 мая 2024 года. Мать Анна Петровна рассказала, что родился он 5 "
     "мая 1990 года в Курске.", "Петров", "birth_date", "1990-05-05"),
    # the one described is the subject though an official is named in the sentence
    ("По словам главы района Сергея Сидорова, рядовой Иван Петров, 1990 года рождения, "
     "погиб 5 мая 2024 года.", "Петров", "birth_date", "1990"),
    ("Мать Ивана Петрова, 1994 года рождения, сообщила, что он погиб 5 мая 2024 года.",
     "Петров", "birth_date", "1994"),
    # the casualty's own home beside the speaker's words
    ("Рядовой Иван Петров, уроженец Омска, погиб 5 мая 2024 года. По словам его сослуживца "
     "Олега Кравца, он был смелым.", "Петров", "settlement", "Омск"),
    # titles joined before the name: the birth is his, not the speaker's before him
    ("Главред радио Алексей Венедиктов сообщил, что состояние тяжелое. Писатель, поэт и "
     "журналист Дмитрий Быков родился в Москве в 1967 году. Рядовой Дмитрий Быков погиб 5 "
     "мая 2024 года.", "Быков", "birth_date", "1967"),
    # a mother's act dates her son's news: the date stays his
    ("Рядовой Виктор Шелехов погиб 14 августа 2023 года. В октябре 2023 года его мать "
     "Тамара Шелехова получила извещение о гибели сына.", "Шелехов", "death_date",
     "2023-08-14"),
    # a rank inside the casualty's own phrase, in a sentence an official speaks
    ("Глава района Андрей Волков сообщил о гибели младшего сержанта Дениса Орлова 3 мая "
     "2024 года.", "Орлов", "rank", "младший сержант"),
    ("Губернатор Вячеслав Гладков выразил соболезнования семье ефрейтора Павла Жукова, "
     "погибшего 2 февраля 2024 года.", "Жуков", "rank", "ефрейтор"),
    # the speaker's rank is his; the casualty's is his own
    ("По словам командира части полковника Сергея Ильина, сержант Олег Кравцов погиб "
     "героически 3 мая 2024 года.", "Кравцов", "rank", "сержант"),
    # one named as an official who is himself wounded keeps his own age
    ("Рядовой Иван Петров погиб 5 мая 2024 года. Губернатор Александр Гусев, 60 лет, был "
     "ранен в 2023 году.", "Гусев", "age", 60),
])
def test_the_described_keep_their_own_facts(text: str, surname: str, field: str,
                                             value: object) -> None:
    assert person_named(text, "ru", surname, PUBLISHED)[field] == value


def test_a_surname_alone_goes_to_the_one_of_its_sex() -> None:
    # "Пєтухов" after the son and his mother "Ніна Пєтухова": the son's, with his home
    text = ("Суд визнав померлим Андрія Вікторовича Пєтухова, який пішов на війну з колонії. "
            "До суду звернулася його мати, 58-річна Ніна Пєтухова. Згідно з рішенням, Пєтухов "
            "— уродженець і мешканець села Мехонське на Курганщині — підписав контракт у "
            "листопаді 2022 року.")
    people = extract_text(text, "uk", "2024-10-01")
    assert [m["settlement"] for m in people] == ["Мехонське"]
