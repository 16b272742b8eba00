"""Going off as a volunteer ("ушёл добровольцем", "пошёл на фронт добровольцем", "пішов
добровольцем") is signing up: its date is the contract's in other_dates, not a departure's
("other"). Going to the front without the word stays a departure."""

from __future__ import annotations

import pytest
from extract_people import person_named


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname", "day"),
    [
        ("Наш брат Сергей Кузнецов ушёл добровольцем 5 апреля 2023 года. 12 января его не "
         "стало.", "ru", "2024-05-20", "Кузнецов", "2023-04-05"),
        ("36-летний Денис Ковальчук ушёл добровольцем в августе 2023-го. Погиб 17 января под "
         "Работино.", "ru", "2024-02-01", "Ковальчук", "2023-08"),
        ("Рядовой Олег Баранов пошёл на фронт добровольцем в марте 2023 года, а 3 февраля "
         "погиб под Авдеевкой.", "ru", "2024-02-20", "Баранов", "2023-03"),
        ("В октябре 2022 года Пётр Сомов ушёл на СВО добровольцем. Он погиб 9 января.", "ru",
         "2023-02-01", "Сомов", "2022-10"),
        ("Ефрейтор Анна Лосева ушла добровольцем в 2023 году и погибла 4 мая под Кременной.",
         "ru", "2024-06-01", "Лосева", "2023"),
        ("Восени 2023-го Андрій Сизов пішов добровольцем на фронт, а 27 квітня загинув під "
         "Роботиним.", "uk", "2024-05-06", "Сизов", "2023"),
        ("Окупант Роман Жуков з Брянська пішов на війну добровольцем у січні 2023 року. "
         "Загинув 2 березня під Бахмутом.", "uk", "2023-03-20", "Жуков", "2023-01"),
        ("Мешканець Курська Ілля Носов у травні 2022 року поїхав добровольцем, загинув "
         "12 серпня.", "uk", "2022-09-01", "Носов", "2022-05"),
    ],
)
def test_volunteering_dates_the_contract(text: str, lang: str, published: str, surname: str,
                                         day: str) -> None:
    m = person_named(text, lang, surname, published)
    dates = m["other_dates"] or {}
    assert dates.get("contract") == day
    assert "departure" not in dates


@pytest.mark.parametrize(
    ("text", "lang", "published", "surname"),
    [
        # to the front without the word: a departure, no contract
        ("В мае 2023 года Иван Рыбаков ушёл на фронт. Погиб 20 февраля под Авдеевкой.", "ru",
         "2024-03-01", "Рыбаков"),
        ("Навесні 2023 року Денис Ляхов поїхав на фронт, а 2 лютого загинув під Авдіївкою.",
         "uk", "2024-03-01", "Ляхов"),
        # a volunteer helping, not going: nothing dated as a contract
        ("Рядовой Егор Пчёлкин погиб 3 марта. В 2019 году он был добровольцем в поисковом "
         "отряде больницы.", "ru", "2024-04-01", "Пчёлкин"),
    ],
)
def test_no_volunteering_no_contract(text: str, lang: str, published: str,
                                     surname: str) -> None:
    m = person_named(text, lang, surname, published)
    assert "contract" not in (m["other_dates"] or {})
