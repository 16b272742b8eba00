"""A town abroad after "из" or a noun of a native or resident, in Russian: a name ending in
"-у", "-ю", "-о", "-е", "-э" has no Russian genitive and stays as written ("из Кисуму",
"из Яунде"); of a hyphenated name the last part declines ("из Порт-Харкорта" →
Порт-Харкорт); a declined name still goes back to its nominative ("из Басры" → Басра)."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ещё один гражданин Кении, 33-летний Брайан Очиенг Оньянго из Кисуму, в январе сдался "
         "в плен.", "Кисуму"),
        ("Кениец Джозеф Мванги из Накуру погиб под Угледаром.", "Накуру"),
        ("Кенийский бегун Эванс Ротич из Итену погиб под Бахмутом.", "Итену"),
        ("Гражданин Кении Питер Отьено, уроженец Кисуму, погиб под Бахмутом.", "Кисуму"),
        ("Житель Кисуму Брайан Оньянго погиб под Бахмутом.", "Кисуму"),
        ("Гражданин Камеруна Жан-Поль Мбарга из Яунде погиб под Бахмутом.", "Яунде"),
        ("Гражданин Конго Жан Мбемба из Пуэнт-Нуара погиб под Бахмутом.", "Пуэнт-Нуар"),
        ("Гражданин Нигерии Чиди Окафор из Порт-Харкорта погиб под Бахмутом.", "Порт-Харкорт"),
        ("Гражданин Эфиопии Абебе Бекеле из Аддис-Абебы погиб под Бахмутом.", "Аддис-Абеба"),
        ("Гражданка Кении Мэри Вамбуи, жительница Накуру, погибла под Бахмутом.", "Накуру"),
    ],
)
def test_town_abroad(text: str, town: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] == town
    assert m["region"] is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Гражданин Ирака Хайдар Джаббар из Басры погиб под Бахмутом.", "Басра"),
        ("Гражданин Непала Бикрам Гурунг из Покхары погиб под Бахмутом.", "Покхара"),
        ("Гражданин Мали Амаду Траоре из Бамако погиб под Бахмутом.", "Бамако"),
    ],
)
def test_declined_or_known_stays_read(text: str, town: str) -> None:
    (m,) = extract_text(text, "ru", "2024-09-01")
    assert m["settlement"] == town
