"""Places of death by class: the circumstances of a death told before its place ("при
выполнении боевой задачи в зоне СВО погиб", "в ходе штурма под Работином погиб"); a wound
told with a light verb after its place ("под Бахмутом получил тяжёлое ранение"); a neuter
village in the instrumental ("под Очеретином" → Очеретино); a town of two words as written
("под Часов Яр"); a sortie not come back from ("ушёл на штурм под … и не вернулся")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict:
    (m,) = extract_text(text, "ru", "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("12 марта 2024 года при выполнении боевой задачи в зоне специальной военной операции "
         "погиб ефрейтор Роман Хлебников.", "зона специальной военной операции"),
        ("При выполнении боевого задания в зоне СВО погиб уроженец Мичуринска рядовой Степан "
         "Лыков.", "зона СВО"),
        ("Администрация района сообщает, что 3 мая при исполнении воинского долга в зоне СВО "
         "погиб младший сержант Артём Гусельников.", "зона СВО"),
        ("В ходе штурма под Работином погиб сержант Виталий Кочергин.", "Работино"),
        ("Во время боя у Кременной героически погиб рядовой Денис Сухоруков.", "Кременная"),
        ("В неравном бою под Угледаром погиб старший лейтенант Игорь Бабкин.", "Угледар"),
    ],
)
def test_circumstances_before_the_place(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ефрейтор Константин Мальцев был мобилизован, а 17 мая под Бахмутом получил тяжёлое "
         "ранение.", "Бахмут"),
        ("Служил с 2022 года, а 3 июля под Авдеевкой рядовой Сергей Ветлугин получил "
         "осколочное ранение.",
         "Авдеевка"),
        ("Младший сержант Олег Тарасенков служил с весны, а в августе у Кременной был тяжело "
         "ранен.", "Кременная"),
        ("Сержант Вадим Журов в феврале под Соледаром был ранен.", "Соледар"),
    ],
)
def test_a_wound_with_a_light_verb_after_the_place(text: str, place: str) -> None:
    m = _one(text)
    assert m["status"] == "wounded"
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Олег Зуев попал в плен под Очеретином в мае.", "Очеретино"),
        ("Сержант Антон Пыжов погиб под Работином.", "Работино"),
        ("Мобилизованный Евгений Лосев погиб в бою под Тарамчуком 2 марта.", "Тарамчук"),
    ],
)
def test_a_neuter_village_in_the_instrumental(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сослуживцы написали, что рядовой Артур Дьяконов 4-го числа ушёл на штурм под "
         "Часов Яр и не вернулся.", "Часов Яр"),
        ("Мой муж, рядовой Глеб Кочетков, 12 июня пошёл на боевое задание под Работином и не "
         "вернулся.",
         "Работино"),
        ("Ефрейтор Денис Шалимов вышел на задание у Клещеевки и не вернулся.", "Клещеевка"),
    ],
)
def test_a_sortie_not_come_back_from(text: str, place: str) -> None:
    m = _one(text)
    assert m["place_of_death"] == place


def test_a_sortie_come_back_from_is_no_place() -> None:
    m = _one("Рядовой Олег Зуев ушёл на штурм под Бахмутом и вернулся с наградой.")
    assert m["place_of_death"] is None


def test_a_surname_after_under_is_no_place() -> None:
    m = _one("Рядовой Олег Зуев погиб под командованием Сергея Иванова.")
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Даниил Порошкин 21 февраля ушёл из жизни от тяжёлых ранений, полученных в бою "
         "под Торецком.", "Торецк"),
        ("Сержант Виктор Тарасенко ушёл из жизни 8 января в военном госпитале Ростова-на-Дону.",
         "военный госпиталь Ростова-на-Дону"),
    ],
)
def test_passing_away_is_no_sortie(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place
