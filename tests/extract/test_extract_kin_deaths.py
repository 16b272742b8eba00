"""A relative's death told of him ("Его отец умер в 2019 году", "Його батько помер у 2019
році", "His father died in 2019"): its date is nobody's named, never the soldier's death date;
a death told of the soldier himself, or of a relative named as a person, keeps its date."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

PUB = "2024-05-10"


def _person(text: str, lang: str, surname: str) -> dict[str, object]:
    people = [m for m in extract_text(text, lang, PUB) if m["surname"] == surname
              and m["given_name"] in ("Иван", "Іван", "Ivan")]
    assert len(people) == 1, people
    return people[0]


@pytest.mark.parametrize(
    ("lang", "text", "surname", "death"),
    [
        ("ru", "Погиб рядовой Иван Петров, 1990 г.р. Его отец умер в 2019 году.", "Петров", None),
        ("ru", "Рядовой Иван Петров погиб под Бахмутом. В 2020 году умерла его мать.",
         "Петров", None),
        ("ru", "Рядовой Иван Петров погиб под Бахмутом. Его мать скончалась 12 марта 2021 "
         "года.", "Петров", None),
        ("ru", "В зоне СВО погиб ефрейтор Иван Сомов из Ишима. Его старший брат погиб ещё в "
         "2022 году.", "Сомов", None),
        ("ru", "Сержант Иван Лаптев погиб, выполняя задачу. Осенью 2021 года у него умер "
         "отец.", "Лаптев", None),
        ("uk", "Загинув рядовий Іван Петренко. Його батько помер у 2019 році.", "Петренко",
         None),
        ("uk", "Рядовий Іван Петренко загинув під Бахмутом. Торік помер його дідусь.",
         "Петренко", None),
        ("uk", "Під Авдіївкою загинув Іван Гнатюк з Курська. Його мати померла 3 січня 2022 "
         "року.", "Гнатюк", None),
        ("en", "Private Ivan Petrov was killed near Bakhmut. His father died in 2019.", "Petrov",
         None),
        ("en", "Private Ivan Petrov was killed near Bakhmut. Ivan's mother had died in March "
         "2021 of cancer.", "Petrov", None),
        ("en", "Sergeant Ivan Sokolov was killed in the Zaporizhzhia region. Their father "
         "passed away in 2020.", "Sokolov", None),
        ("en", "Corporal Ivan Lukin, 33, was killed in action. His elder brother was killed in "
         "2022 near Avdiivka.", "Lukin", None),
    ],
)
def test_a_relatives_death_dates_nothing_of_his(lang: str, text: str, surname: str,
                                                death: str | None) -> None:
    assert _person(text, lang, surname)["death_date"] == death


@pytest.mark.parametrize(
    ("lang", "text", "surname", "death"),
    [
        # his own death, with a relative spoken of beside it
        ("ru", "Рядовой Иван Петров погиб 3 мая. Его мать узнала об этом от сослуживцев.",
         "Петров", "2024-05-03"),
        ("ru", "Его отец рассказал, что Иван Петров погиб 3 мая под Бахмутом.", "Петров",
         "2024-05-03"),
        ("uk", "Мати розповіла, що Іван Петренко загинув 3 травня.", "Петренко", "2024-05-03"),
        ("en", "Private Ivan Petrov died on May 3 near Bakhmut. His mother said he died a hero.",
         "Petrov", "2024-05-03"),
        ("en", "His mother said Private Ivan Petrov was killed on May 3.", "Petrov",
         "2024-05-03"),
    ],
)
def test_his_own_death_keeps_its_date(lang: str, text: str, surname: str, death: str) -> None:
    assert _person(text, lang, surname)["death_date"] == death


def test_a_named_relatives_death_is_his_own() -> None:
    text = ("Private Ivan Petrov was killed near Bakhmut. His brother Oleg Petrov was killed in "
            "2022 near Avdiivka.")
    oleg = [m for m in extract_text(text, "en", PUB) if m["given_name"] == "Oleg"]
    assert [m["death_date"] for m in oleg] == ["2022"]


@pytest.mark.parametrize(
    "text",
    [
        # a son, husband or brother spoken of by her, by them or by a named woman, or the son
        # of a man who says so: the soldier himself, whose death keeps its date
        "Private Ivan Petrov, 24, was born in Kurgan. Their son was killed near Bakhmut on 3 "
        "March 2024, his parents said.",
        "Her son was killed near Bakhmut on 3 March 2024, Maria Petrova wrote. Private Ivan "
        "Petrov was 24.",
        "Nikolai Petrov said his son was killed near Avdiivka on 3 March 2024. Private Ivan "
        "Petrov was 22.",
        "Anna Sokolova's husband was killed on 3 March 2024 near Robotyne. Sergeant Oleg "
        "Sokolov was 41.",
        "Sergeant Oleg Sokolov, 41, served in the 35th brigade. Her husband died of his "
        "wounds on 3 March 2024, his widow told reporters.",
        "Private Ivan Petrov of Kurgan. Their only son was killed on 3 March 2024, the family "
        "wrote.",
    ],
)
def test_her_son_or_husband_is_the_soldier(text: str) -> None:
    deaths = [m["death_date"] for m in extract_text(text, "en", PUB)]
    assert "2024-03-03" in deaths


@pytest.mark.parametrize(
    ("lang", "text", "surname"),
    [
        ("ru", "Рядовой Иван Петров родился в Кургане. Как рассказала мать, ее сын погиб 3 марта "
         "2024 года под Бахмутом.", "Петров"),
        ("ru", "Рядовой Иван Петров, 24 года. Ее сын погиб 3 марта 2024 года под Бахмутом, "
         "написала Мария Петрова.", "Петров"),
        ("ru", "Младший сержант Иван Ильин из Омска. Их сын погиб 3 марта 2024 года, сообщили "
         "родители.", "Ильин"),
        ("uk", "Рядовий Іван Соколенко з Брянська. Як розповіла сестра, її брат загинув 3 "
         "березня 2024 року під Бахмутом.", "Соколенко"),
        ("uk", "Рядовий Іван Петренко з Курська. Її син загинув 3 березня 2024 року під "
         "Бахмутом, розповіла мати.", "Петренко"),
    ],
)
def test_her_son_or_husband_in_russian_and_ukrainian_is_him(lang: str, text: str,
                                                            surname: str) -> None:
    assert _person(text, lang, surname)["death_date"] == "2024-03-03"


@pytest.mark.parametrize("text", [
    "Private Ivan Sokolov was captured near Robotyne. His commander was killed the same day.",
    "Private Ivan Sokolov was captured on May 3. His platoon commander died of wounds in "
    "a hospital in Donetsk.",
    "Ivan Sokolov's best friend was killed in March. Sokolov himself was captured in April.",
    "Ivan Sokolov was taken prisoner near Vuhledar; his comrades were killed in the assault.",
])
def test_a_comrades_death_in_english_is_not_his(text: str) -> None:
    m = _person(text, "en", "Sokolov")
    assert m["status"] == "captured" and m["death_date"] is None and m["place_of_death"] is None


def test_his_own_death_beside_his_comrades_stays() -> None:
    m = _person("Ivan Sokolov was killed on 5 May near Bakhmut. His comrades carried him out.",
                "en", "Sokolov")
    assert (m["status"], m["death_date"], m["place_of_death"]) == (
        "killed", "2024-05-05", "Bakhmut")
