"""One who tells of a death is not the one who died: the verb of dying in the clause she
reports ("Очільниця ОВА Наталія Бондар повідомила, що він загинув", "рассказал, как погиб
сын") is another's, however natasha's parse joins the two verbs. A press officer, a
spokeswoman, a journalist or a chaplain named with the title is no casualty
("Прес-секретар бригади Ірина Ткач розповіла …"); many named by a plural noun before a
comma are no one's title ("Як з'ясували журналісти, 24-річний Йосвані … загинув"). One
who dies in his own clause stays a person."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

SPEAKERS = [
    ("Загинув захисник Андрій Сидоренко. Прес-секретар бригади Ірина Ткач розповіла, що "
     "Андрій загинув 3 травня.", "uk"),
    ("Загинув захисник Андрій Сидоренко. Очільниця Житомирської ОВА Наталія Бондар "
     "повідомила, що він загинув 3 травня.", "uk"),
    ("Загинув захисник Андрій Сидоренко. Речниця угруповання Марина Ярош розповіла, як він "
     "загинув.", "uk"),
    ("На Донеччині загинув воїн Олег Гуменюк. Журналістка Ольга Кравець дізналася, що він "
     "загинув, рятуючи побратима.", "uk"),
    ("Загинув Тарас Мельник. Капелан бригади Іван Лозинський розповів, що Тарас загинув "
     "героєм.", "uk"),
    ("Загинув захисник Андрій Сидоренко. Журналіст Остап Дрозд повідомив, що воїн загинув "
     "під Бахмутом.", "uk"),
    ("Загинув десантник Ігор Марченко. Очільник громади Василь Дорошенко заявив, що Ігор "
     "загинув як герой.", "uk"),
    ("Загинув захисник Андрій Сидоренко. Кореспондентка Юлія Ничипорук дізналася, що він "
     "загинув 3 травня.", "uk"),
    ("Погиб доброволец Павел Осипов. Корреспондентка Анна Белова написала, что он погиб "
     "под Угледаром.", "ru"),
    ("Загинув прикордонник Віталій Бойко. Прес-офіцер загону Олена Гриценко повідомила, що "
     "він загинув 2 червня.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), SPEAKERS)
def test_who_tells_of_a_death_is_no_casualty(text: str, lang: str) -> None:
    people = extract_text(text, lang=lang, published="2024-08-01")
    assert len(people) == 1


DEAD = [
    ("Як з'ясували журналісти, 24-річний Йосвані Ернандес Перес загинув 9 травня під Часовим "
     "Яром.", "uk", "Ернандес Перес"),
    ("Іван Петров, що служив у 72-й бригаді, загинув під Вугледаром.", "uk", "Петров"),
    ("Воїн Олег Мартинюк загинув, як і його побратими, під Бахмутом.", "uk", "Мартинюк"),
]


@pytest.mark.parametrize(("text", "lang", "surname"), DEAD)
def test_one_who_dies_in_his_own_clause_stays(text: str, lang: str, surname: str) -> None:
    people = extract_text(text, lang=lang, published="2024-08-01")
    assert [p["surname"] for p in people] == [surname]
    assert people[0]["status"] == "killed"
