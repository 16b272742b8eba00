"""A Ukrainian text telling of a funeral or a farewell held in a Russian town or region speaks
of Russia's soldiers: a rank or a call-up there makes no Ukrainian soldier (citizenship RU,
not UA). A farewell in a Ukrainian town keeps Ukraine's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

RUSSIAS = [
    "У Бурятії поховали ще одного місцевого строковика. Дев'ятнадцятирічний рядовий Баїр "
    "Доржиєв загинув 17 жовтня.",
    "У Бурятії поховали рядового Баїра Доржиєва, який загинув 17 жовтня.",
    "У Кизилі попрощалися з єфрейтором Аясом Монгушем, який загинув під Бахмутом.",
    "В Улан-Уде поховали контрактника Баїра Доржиєва, загиблого під Авдіївкою.",
    "Сержанта Олега Кротова поховали в Новосибірську минулої суботи.",
    "У Якутську провели в останню путь молодшого сержанта Айсена Попова.",
    "Прощання з мобілізованим Іваном Гусєвим відбулося в Пермі 3 березня.",
    "У селі Кижинга в Бурятії поховали рядового Баїра Доржиєва, загиблого під Кремінною.",
    "У Читі попрощалися зі старшим лейтенантом Андрієм Ларіним, який загинув на Донеччині.",
    "У Бєлгороді поховали контрактника Павла Зуєва, загиблого під Вовчанськом.",
]


@pytest.mark.parametrize("text", RUSSIAS)
def test_mourned_in_russia(text: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert m["citizenship"] == "RU"


@pytest.mark.parametrize("text", [
    "У Хмельницькому попрощалися з молодшим сержантом Андрієм Ковалем, який загинув під "
    "Бахмутом.",
    "У Тернополі поховали солдата Олега Гуменюка, який загинув під Куп'янськом.",
])
def test_mourned_in_ukraine(text: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert m["citizenship"] == "UA"
