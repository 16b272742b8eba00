"""One "other" date per person, chosen the same way in Russian, Ukrainian and English: the
event of the person's status first (going missing, the capture, leaving the unit), else the
latest news of the person, of one kind of event the first told."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.pipeline import one_other
from headcount.vocab import Status

#: the extractor's event names the guide records as "other"
OTHER = {"missing", "captured", "wounded", "deserted", "contact", "court", "award",
         "conscription", "departure", "repatriation", "other"}


def _others(text: str, lang: str, published: str, surname: str) -> list[str]:
    m: dict[str, Any] = next(p for p in extract_text(text, lang, published)
                             if p["surname"] == surname)
    return [v for k, v in (m["other_dates"] or {}).items() if k in OTHER]


def test_the_status_event_first() -> None:
    dated = [("2024-09", "departure"), ("2024-10-20", "contact"), ("2024-10-25", "missing")]
    assert one_other(dated, Status.MISSING) == ("2024-10-25", "missing")
    assert one_other([("2023-03", "deserted"), ("2024-11-27", "court")],
                     Status.DESERTED) == ("2023-03", "deserted")
    assert one_other([("2024-06", "captured"), ("2024-12-30", "captured")],
                     Status.RETURNED) == ("2024-06", "captured")


def test_else_the_latest_and_the_first_of_a_kind() -> None:
    assert one_other([("2024-09", "departure"), ("2024-10-20", "contact")],
                     None) == ("2024-10-20", "contact")
    assert one_other([("2023-04-12", "award"), ("2023-05-24", "award")],
                     Status.KILLED) == ("2023-04-12", "award")
    # English names its events "other": each one its own
    assert one_other([("2023-09", "other"), ("2024-01-14", "other")],
                     None) == ("2024-01-14", "other")


@pytest.mark.parametrize(("text", "lang", "published", "surname", "value"), [
    ("Рядовой Лаптев Роман Игоревич пропал без вести 3 марта 2024 года под Авдеевкой. "
     "Последний раз выходил на связь 1 марта.", "ru", "2024-04-01", "Лаптев", "2024-03-03"),
    ("Рядовий Василь Ткачук зник безвісти 14 вересня 2023 року. Востаннє виходив на зв'язок "
     "13 вересня.", "uk", "2023-10-01", "Ткачук", "2023-09-14"),
    ("Abdulrahman al-Haidari, 22, flew to Moscow in September. His brother says he last heard "
     "from him on October 20. He is missing.", "en", "2024-12-01", "al-Haidari", "2024-10-20"),
    # a deserter: his leaving the unit, not the court's sentence
    ("A military court on April 10 sentenced mobilised soldier Yegor Kuznetsov, 28, who "
     "failed to return to his unit after leave in August 2023.", "en", "2024-04-12",
     "Kuznetsov", "2023-08"),
    ("Суд 27 ноября приговорил рядового Илью Фомина. В марте 2023 года Фомин самовольно "
     "оставил часть.", "ru", "2024-11-29", "Фомин", "2023-03"),
])
def test_one_other_date_in_every_language(text: str, lang: str, published: str, surname: str,
                                          value: str) -> None:
    assert _others(text, lang, published, surname) == [value]
