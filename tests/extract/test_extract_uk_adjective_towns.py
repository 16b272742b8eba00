"""Ukrainian places of death shaped as adjectives, in the genitive a preposition of nearness
gives them ("біля", "поблизу", "неподалік", "у районі", "на околицях"): the dictionary reads
"Покровська" first as a feminine adjective and "Опитного" as an adjective, the town's noun
(Покровськ, Опитне) only further down; the place is the town in the nominative. A town read
as a noun first, or told in the instrumental, keeps its own reading."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _place(text: str) -> str | None:
    (m,) = extract_text(text, "uk", "2024-09-01")
    return m["place_of_death"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовий Іван Петров загинув у районі Покровська.", "Покровськ"),
        ("Солдат Олег Коваль загинув на околицях Куп'янська 3 травня.", "Куп'янськ"),
        ("Рядовий Віталій Кравець, убитий ще в грудні біля Опитного, був родом з Тули.", "Опитне"),
        ("Біля Сіверського 12 червня загинув сержант Андрій Мороз.", "Сіверське"),
        ("Єфрейтор Максим Гнатюк загинув поблизу Старомайорського.", "Старомайорське"),
        ("Загинув у районі Первомайського молодший сержант Ілля Бондар.", "Первомайське"),
        ("Громадянин Таджикистану Фаррух Рахмонов загинув 1 червня неподалік Покровська, коли "
         "група намагалася зайти в лісосмугу.", "Покровськ"),
    ],
)
def test_a_town_shaped_as_an_adjective_in_the_genitive(text: str, place: str) -> None:
    assert _place(text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовий Іван Петров загинув під Покровськом.", "Покровськ"),
        ("Солдат Олег Коваль загинув біля Часового Яру.", "Часів Яр"),
        ("Солдат Олег Коваль загинув біля Великої Новосілки.", "Велика Новосілка"),
        ("Солдат Олег Коваль загинув біля Кремінної.", "Кремінна"),
        ("Солдат Олег Коваль загинув у районі Новомихайлівки.", "Новомихайлівка"),
        ("Солдат Олег Коваль загинув неподалік Торецька.", "Торецьк"),
    ],
)
def test_other_towns_keep_their_reading(text: str, place: str) -> None:
    assert _place(text) == place
