"""Prisoners exchanged or returned: in a text about an exchange, a return told in any tense
or voice ("Домой возвращается сержант …", "Также освобождены рядовые …", "Додому повернувся
… — він потрапив у полон …") is a return, not a capture, and a plural one ("освобождены
рядовые Лыков и Дронов") is every named man's. A release from a colony is no return from
captivity."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def statuses(text: str, lang: str, published: str = "2025-01-20") -> dict[str, object]:
    return {m["name"]: m["status"] for m in extract_text(text, lang, published)}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("ru", "В результате обмена освобождены рядовые Максим Лыков (Курск) и Павел Дронов "
               "(Рыльск).", ("Лыков", "Дронов")),
        ("ru", "Из украинского плена возвращены 90 военнослужащих. Среди них курянин Андрей "
               "Мальков. Также освобождены ефрейторы Илья Соломин и Денис Шапкин.",
         ("Мальков", "Соломин", "Шапкин")),
        ("ru", "Завершился очередной обмен пленными. Домой возвращается 41-летний сержант "
               "Олег Рябчук из Белгорода. Он попал в плен в мае прошлого года под Волчанском.",
         ("Рябчук",)),
        ("uk", "Сьогодні завершився етап обміну «500 на 500»: додому повернулися ще 500 "
               "захисників. Додому повернувся 47-річний старший сержант Петро Гнатів з "
               "Ізмаїла, — він потрапив у полон 2 березня 2022 року.", ("Гнатів",)),
        ("uk", "Внаслідок обміну повернулися додому рядові Петро Гнатів та Іван Кушнір.",
         ("Гнатів", "Кушнір")),
        ("uk", "Відбувся обмін полоненими. Серед звільнених — морпіх Тарас Кулик, який "
               "потрапив у полон у Маріуполі. Також звільнені прикордонники Олег Сич та "
               "Віктор Мазур.", ("Кулик", "Сич", "Мазур")),
        ("en", "Corporal Ivan Gordeev and Private Pavel Sotnikov were handed over in a swap "
               "on Tuesday.", ("Gordeev", "Sotnikov")),
    ],
)
def test_exchanged_are_returned(lang: str, text: str, names: tuple[str, ...]) -> None:
    got = statuses(text, lang)
    for name in names:
        found = [s for n, s in got.items() if name in n]
        assert found == ["returned"], (name, got)


@pytest.mark.parametrize(
    ("lang", "text", "name", "status"),
    [
        # no exchange anywhere: a home-coming after capture stays a capture
        ("ru", "Рядовой Олег Рябчук попал в плен в мае под Волчанском, сообщили родные.",
         "Рябчук", "captured"),
        # an exchange of experience is no prisoners' exchange
        ("ru", "На форуме прошёл обмен опытом. Рядовой Олег Рябчук попал в плен в мае, "
               "сейчас он возвращается к жизни после ранений.", "Рябчук", "captured"),
        ("uk", "Рядовий Петро Гнатів потрапив у полон 2 березня, родина сподівається на "
               "обмін.", "Гнатів", "captured"),
    ],
)
def test_no_exchange_no_return(lang: str, text: str, name: str, status: str) -> None:
    got = statuses(text, lang)
    found = [s for n, s in got.items() if name in n]
    assert found == [status], got
