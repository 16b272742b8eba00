"""A step of the sequence named as the one he came from is the earlier one, wherever the text
tells it: "подписал контракт прямо со срочной службы", "після строкової служби", "after his
conscript service" — the contract is the later step and wins."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

LATER_CONTRACT = [
    ("Младший сержант Павел Ерёменко из Белгорода, подписавший контракт прямо со срочной "
     "службы, погиб под Степовым.", "ru"),
    ("Ефрейтор Никита Баранов из Пензы заключил контракт после окончания срочной службы и "
     "погиб в мае.", "ru"),
    ("Рядовой Глеб Осипов из Вологды подписал контракт сразу после срочной службы, погиб "
     "под Авдеевкой.", "ru"),
    ("Сергей Лыков из Твери заключил контракт по окончании срочной службы и погиб под "
     "Кременной.", "ru"),
    ("Рядовий Олег Зуєв з Рязані підписав контракт після строкової служби, загинув під "
     "Бахмутом.", "uk"),
    ("Молодший сержант Артем Гуров з Орла уклав контракт зі строкової служби і загинув "
     "під Кліщіївкою.", "uk"),
    ("Private Ivan Sorokin of Tver signed a contract straight from conscript service and was "
     "killed near Bakhmut.", "en"),
    ("Sergeant Oleg Markov of Omsk signed a contract after his conscript service and was "
     "killed in May.", "en"),
    ("Corporal Yegor Lapin of Kursk signed a contract after completing his conscript "
     "service and was killed near Avdiivka.", "en"),
    ("Рядовой Антон Шилов из Курска перешёл на контракт со срочной службы и погиб в "
     "Курской области.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), LATER_CONTRACT)
def test_the_step_left_is_earlier(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["channel"] == "contract"


@pytest.mark.parametrize(("text", "lang", "channel"), [
    # the step told last is the later one when nothing says otherwise
    ("Рядовой Максим Белов из Твери подписал контракт, а после его окончания был "
     "мобилизован и погиб.", "ru", "mobilised"),
    ("Рядовой Пётр Гусев из Омска служил по контракту, затем был мобилизован и погиб.", "ru",
     "mobilised"),
    ("Рядовой Роман Сухов из Твери проходил срочную службу, затем подписал контракт и "
     "погиб в мае.", "ru", "contract"),
])
def test_the_step_told_last_wins(text: str, lang: str, channel: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["channel"] == channel
