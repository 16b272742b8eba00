"""The army of the captors is not the captive's: "Бойцы 47-й бригады ВСУ взяли в плен …" names
Ukraine's soldiers who took a Russian one, so it gives him no Ukrainian citizenship — and
with none, his home region stands. A man serving in Ukraine's army keeps it."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str) -> dict:
    (m,) = extract_text(text, "ru", "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Бойцы 47-й отдельной механизированной бригады ВСУ взяли в плен на Запорожском "
         "направлении российского срочника из Бурятии. Пленный представляется: Цыденов Баир "
         "Чингисович, 2004 года рождения, из Улан-Удэ.", "RU-BU"),
        ("Бойцы 92-й бригады ВСУ взяли в плен рядового Ивана Петрова из Кургана.", "RU-KGN"),
        ("Военные 3-й штурмовой бригады ВСУ пленили под Купянском ефрейтора Олега Смирнова из "
         "Тулы.", "RU-TUL"),
        ("Рядовой Антон Зуев из Орла сдался в плен бойцам 110-й бригады ВСУ под Авдеевкой.",
         "RU-ORL"),
        ("Бойцы батальона ВСУ задержали под Волчанском мобилизованного Рината Гилязова из "
         "Казани.", "RU-TA"),
    ],
)
def test_the_captors_army_is_not_his(text: str, region: str) -> None:
    m = _one(text)
    assert (m["citizenship"], m["region"]) != ("UA", None)
    assert m["region"] == region


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой 92-й бригады ВСУ Тарас Мельничук попал в плен под Торецком.",
        "Сержант Тарас Мельничук, служивший в 92-й бригаде ВСУ, взят в плен российскими "
        "военными.",
        "Боец 92-й бригады ВСУ Тарас Мельничук погиб под Торецком.",
    ],
)
def test_his_own_army_stays(text: str) -> None:
    assert _one(text)["citizenship"] == "UA"
