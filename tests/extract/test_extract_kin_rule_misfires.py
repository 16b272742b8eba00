"""Where the rules for a relative's death and age, the day after, a formation served in and
desertion must not fire: the soldier's own death beside a relative's, a relative spoken of by
a speaker, those he left behind, his own kinship as a predicate, a next birthday,
"прослужил", leaving home for the front, the enemy's flight."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

PUB = "2024-06-01"


def _one(text: str, lang: str, surname: str) -> dict[str, object]:
    people = [m for m in extract_text(text, lang, PUB) if m["surname"] == surname]
    assert len(people) == 1, people
    return people[0]


@pytest.mark.parametrize(
    ("lang", "text", "surname"),
    [
        # a relative's death ends at its clause: the soldier's after "and" is his own
        ("en", "His father died in 2019, and Ivan Petrov, 24, was killed near Bakhmut on March "
         "4, 2023.", "Petrov"),
        ("en", "Their mother passed away in 2020, but Oleg Sokolov was killed on March 4, 2023 "
         "near Robotyne.", "Sokolov"),
        # a relative named by a speaker: the speaker's relative is the soldier
        ("en", "Anna Lukina, 17, said her father was killed on March 4, 2023. Sergeant Pavel "
         "Lukin served in the 35th brigade.", "Lukin"),
        ("en", "Maxim, 19, told reporters his father died on March 4, 2023 near Avdiivka. "
         "Corporal Ivan Orlov was 45.", "Orlov"),
        # those he left behind are no relative's death
        ("ru", "Рядовой Иван Петров служил в 64-й бригаде. Он погиб 4 марта 2023 года, у него "
         "остались жена и дети.", "Петров"),
        ("ru", "Сержант Олег Соколов погиб 4 марта 2023 года под Бахмутом, у него остались мать "
         "и две дочери.", "Соколов"),
    ],
)
def test_his_own_death_beside_a_relative(lang: str, text: str, surname: str) -> None:
    person = _one(text, lang, surname)
    assert (person["status"], person["death_date"]) == ("killed", "2023-03-04")


@pytest.mark.parametrize(
    ("lang", "text", "surname", "age"),
    [
        ("ru", "Рядовой Иван Петров погиб 4 марта 2023 года. Он был единственным сыном, ему было "
         "20 лет.", "Петров", 20),
        ("ru", "Ефрейтор Павел Ильин погиб 4 марта 2023 года. Старшим братом в семье был он, ему "
         "было 31.", "Ильин", 31),
        ("uk", "Рядовий Іван Петренко загинув 4 березня 2023 року. Чоловік, йому було 40 років, "
         "мав двох дітей.", "Петренко", 40),
        # a relative in the nominative before the pronoun: the relative's age, not his
        ("uk", "Рядовий Іван Петренко загинув 4 березня 2023 року. Його мати, їй 45 років, живе "
         "у Курську.", "Петренко", None),
        ("ru", "Рядовой Иван Петров погиб 4 марта 2023 года. Осталась мать, ей было 45 лет.",
         "Петров", None),
    ],
)
def test_his_own_age_after_his_kinship(lang: str, text: str, surname: str,
                                       age: int | None) -> None:
    assert _one(text, lang, surname)["age"] == age


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров погиб 14 августа 2023 года. На следующий день рождения, 5 мая, ему "
        "исполнилось бы 30 лет.",
        "Иван Петров погиб 14 августа 2023 года. В следующий день рождения мы соберёмся.",
    ],
)
def test_a_next_birthday_is_no_day_after(text: str) -> None:
    assert _one(text, "ru", "Петров")["birth_date"] != "2023-08-15"


@pytest.mark.parametrize(
    "verb", ["прослужил", "отслужил", "дослуживал"],
)
def test_a_formation_he_served_in_is_his(verb: str) -> None:
    text = f"Иван Петренко {verb} в 47-й бригаде ВСУ, которая уничтожила десятки танков."
    person = _one(text, "ru", "Петренко")
    assert (person["unit"], person["citizenship"]) == ("47-я бригада", "UA")


@pytest.mark.parametrize(
    ("lang", "text", "surname", "status"),
    [
        # leaving home for the front or the recruiting office is no desertion
        ("uk", "Іван Петренко у 2022 році самовільно пішов до військкомату, а 4 березня 2023 "
         "року загинув.", "Петренко", "killed"),
        ("ru", "Рядовой Иван Петров самовольно ушёл из дома на фронт в 2022 году.", "Петров",
         None),
        # the enemy's flight, or troops' walking away, is not his
        ("uk", "Рядовий Іван Петренко воював під Бахмутом. Завдяки його вогню окупанти втекли "
         "з позицій.", "Петренко", None),
        ("en", "Private Ivan Petrov, 24, said Russian troops walked away from their base near "
         "Kupiansk.", "Petrov", None),
        # his own desertion still is
        ("ru", "Рядовой Иван Петров в мае 2023 года самовольно покинул часть.", "Петров",
         "deserted"),
        ("uk", "Рядовий Іван Петренко втік з частини у травні 2023 року.", "Петренко",
         "deserted"),
        ("en", "Private Ivan Petrov walked away from his unit in May 2023.", "Petrov",
         "deserted"),
    ],
)
def test_desertion_is_his_leaving_his_unit(lang: str, text: str, surname: str,
                                          status: str | None) -> None:
    assert _one(text, lang, surname)["status"] == status


@pytest.mark.parametrize("words", [" при обстреле жилого дома ", " у жилому будинку "])
def test_a_dwelling_is_no_verb_of_living(words: str) -> None:
    from headcount.extract.places import _another_verb

    assert not _another_verb(words)
