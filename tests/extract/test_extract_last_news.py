"""Where the missing and the captured were last heard of: "связь прервалась в районе …",
"последний раз выходил на связь, был в районе н.п. …", "сдался
на … направлении", and a town in the genitive plural after "у" ("у Крынок")."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Олег Савельев числится пропавшим: связь с ним прервалась 3 мая в районе "
         "Работино.", "Работино"),
        ("Сержант Пётр Козин, 1985 г.р. Последний раз выходил на связь 2 июня 2024 г., был в "
         "районе н.п. Очеретино.", "Очеретино"),
        ("Ефрейтор Роман Гусев сдался в плен 3 мая под Работино.", "Работино"),
        ("Контрактник Антон Рябов, пропавший в декабре под Угледаром, до сих пор не найден.",
         "Угледар"),
        ("Доброволец Виктор Лосев погиб 2 ноября у Крынок.", "Крынки"),
        ("Рядовой Кирилл Шубин сдался 5 июня на Купянском направлении.",
         "Купянское направление"),
        ("На Запорожском направлении сдался в плен рядовой Максим Титов.",
         "Запорожское направление"),
        ("Ефрейтор Денис Орлов погиб в ходе штурма Авдеевки 12 февраля.", "Авдеевка"),
    ],
)
def test_where_the_missing_were_last_heard_of(text: str, place: str) -> None:
    (m,) = extract_text(text, "ru", "2024-12-01")
    assert m["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Загинув під час штурму Авдіївки рядовий Петро Зуєв.", "Авдіївка"),
        ("Востаннє сержант Андрій Бойко виходив на зв'язок поблизу Торецька.", "Торецьк"),
    ],
)
def test_ukrainian_last_news_places(text: str, place: str) -> None:
    (m,) = extract_text(text, "uk", "2024-12-01")
    assert m["place_of_death"] == place


def test_ukrainian_contact_lost_is_missing_with_no_place_of_death() -> None:
    # the Ukrainian guide: where someone went missing is no place of death
    (m,) = extract_text("Зв'язок з рядовим Іваном Коваленком обірвався 3 травня біля "
                        "Кліщіївки.", "uk", "2024-12-01")
    assert (m["status"], m["status_date"], m["place_of_death"]) == ("missing", "2024-05-03",
                                                                    None)


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Олег Савельев вел бои у Крынок, а потом вернулся домой в Тулу и живёт там.",
        "Сержант Пётр Козин каждую неделю выходил на связь с семьёй из Москвы.",
        "Ефрейтор Денис Орлов служил на Купянском направлении, а сейчас учится в Омске.",
    ],
)
def test_no_place_of_death_without_the_event(text: str) -> None:
    ms = extract_text(text, "ru", "2024-12-01")
    assert [m.get("place_of_death") for m in ms] == [None] * len(ms)
    assert ms
