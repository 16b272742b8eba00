"""A Russian place inside the clause of his death ("…, який загинув у Курській області, …",
"загиблим у Курській області") is where he died, not where he is mourned: the ceremony's place
is the one its verb or noun governs outside that clause."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.uk_mourned import mourned_in_russia

NOT_IN_RUSSIA = [
    "Прощання з воїном Андрієм Мельником, який загинув у Курській області, відбудеться 5 "
    "вересня в Рівному.",
    "Прощання з військовим Сергієм Бойком, який загинув у Бєлгородській області, пройде у "
    "Вінниці.",
    "Прощання з бійцем Тарасом Савчуком, що загинув у Курській області, відбудеться в неділю в "
    "Полтаві.",
    "Прощання з десантником Максимом Литвином, який загинув 12 серпня у Курській області, "
    "відбудеться у Хмельницькому.",
    "Прощання з героєм Василем Гнатюком, який помер у Курській області, відбудеться в "
    "Ужгороді.",
    "Прощання із загиблим у Курській області воїном Петром Бондарем пройде в Житомирі у суботу.",
]
IN_RUSSIA = [
    "У Бурятії поховали Жаргала Цибікова, який загинув під Бахмутом.",
    "В Улан-Уде попрощалися з контрактником Баиром Доржиєвим, який загинув в Україні.",
    "Прощання з рядовим Баиром Цибіковим відбудеться в Улан-Уде.",
]


@pytest.mark.parametrize("text", NOT_IN_RUSSIA)
def test_death_place_no_ceremony_place(text: str) -> None:
    assert not mourned_in_russia(text)


@pytest.mark.parametrize("text", IN_RUSSIA)
def test_ceremony_in_russia(text: str) -> None:
    assert mourned_in_russia(text)


@pytest.mark.parametrize("text", [NOT_IN_RUSSIA[0], NOT_IN_RUSSIA[-1]])
def test_citizenship_kept(text: str) -> None:
    (m,) = extract_text(text, "uk", "2024-09-25")
    assert m["citizenship"] == "UA"
