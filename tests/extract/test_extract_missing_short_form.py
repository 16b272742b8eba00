""""Пропал 03.11.2024 под Курахово": gone missing on a day or at a place, "без вести" left
out — the date is when he went missing, not when he died."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize(("text", "lang", "missing"), [
    ("• Алиев Тимур Рамазанович, 1990 г.р., г. Сургут — пропал 03.11.2024 под Курахово, "
     "гибель подтверждена 12.06.2025;", "ru", "2024-11-03"),
    ("Алиев Тимур Рамазанович пропал 3 ноября 2024 года под Курахово. Его гибель "
     "подтверждена 12 июня 2025 года.", "ru", "2024-11-03"),
    ("Рядовой Иван Петров пропал в районе Работино 14 августа 2023 года.", "ru", "2023-08-14"),
    ("Рядовий Іван Петренко пропав 3 листопада 2024 року під Куп’янськом.", "uk",
     "2024-11-03"),
    ("Стрілець Олег Мороз пропав під час штурму 5 травня 2024 року.", "uk", "2024-05-05"),
])
def test_gone_missing_without_the_words_without_trace(text: str, lang: str,
                                                      missing: str) -> None:
    found = extract_text(text, lang, "2025-07-15")
    assert len(found) == 1
    assert found[0]["death_date"] is None
    assert (found[0]["other_dates"] or {}).get("missing") == missing


@pytest.mark.parametrize("text", [
    "У Ивана Петрова пропал 3 мая телефон, а 5 мая он погиб под Бахмутом.",
    "Иван Петров погиб 5 мая под Бахмутом. У семьи пропала надежда.",
])
def test_other_things_lost_are_no_missing_man(text: str) -> None:
    found = extract_text(text, "ru", "2025-07-15")
    assert [(m["status"], m["death_date"]) for m in found] == [("killed", "2025-05-05")]
