"""A country in brackets right after a person's name ("Навин Тхапа (Непал)") is his
citizenship — the way lists and channels about foreign recruits write it; a country in
brackets after a place or an organisation is not."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

PUB = date(2025, 2, 1)


def _person(text: str, surname: str) -> dict[str, object]:
    found = [m for m in extract_text(text, "ru", PUB) if m["surname"] == surname]
    assert found, f"no {surname}"
    return found[0]


@pytest.mark.parametrize("text, surname, code", [
    ("Бакыт Осмонов (Киргизия) погиб 5 января 2025 года.", "Осмонов", "KG"),
    ("Семья Бакыта Осмонова (Киргизия) не может связаться с ним с 05.01.2025.", "Осмонов",
     "KG"),
    ("В зоне СВО погиб Рам Бахадур Таманг (Непал).", "Таманг", "NP"),
    ("Список погибших: Алексис Перес (Куба), 24 года; Шерзод Юлдашев (Узбекистан), 31 год.",
     "Перес", "CU"),
    ("Список погибших: Алексис Перес (Куба), 24 года; Шерзод Юлдашев (Узбекистан), 31 год.",
     "Юлдашев", "UZ"),
    ("Погибший Дилшод Рахимов ( Таджикистан ) служил по контракту.", "Рахимов", "TJ"),
])
def test_a_country_in_brackets_after_a_name_is_his(text: str, surname: str,
                                                   code: str) -> None:
    assert _person(text, surname)["citizenship"] == code


@pytest.mark.parametrize("text, surname", [
    ("Рядовой Иван Петров погиб под Суджей. Его бригада воевала в Курской области (Россия).",
     "Петров"),
    ("Мобилизованный Олег Сомов погиб, сообщило посольство в Душанбе (Таджикистан).", "Сомов"),
    ("Рядовой Андрей Зуев из Нижнего Новгорода погиб. Он учился в Минске (Беларусь).", "Зуев"),
])
def test_a_country_in_brackets_after_a_place_is_not_his(text: str, surname: str) -> None:
    assert _person(text, surname)["citizenship"] in (None, "RU")
