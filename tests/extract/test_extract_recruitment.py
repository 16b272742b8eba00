"""Foreign-recruit facts: recruiter, promised job, departure and contract dates, exchange
lists — found in Russian and English texts, each with its evidence."""

from __future__ import annotations

from headcount.extract import EXTRACTOR_VERSION, FIELDS, extract_text
from headcount.extract.recruitment import RECRUIT_FIELDS

RU = ("Рам Бахадур Тхапа из Непала погиб 12 марта 2024 года. Его завербовали через агентство "
      "«Global Jobs Nepal», обещали работу охранником в Москве. Он уехал в Россию 5 января "
      "2024 года и подписал контракт 10 января 2024 года.")
EN = ("Ram Bahadur Thapa, 28, was killed in Ukraine in March 2024. He was recruited by an "
      "agent named Suresh Khadka, who promised him a job as a security guard. He left for "
      "Russia on January 5, 2024 and signed a contract on January 10, 2024. His name later "
      "appeared on a prisoner exchange list.")


def one(text: str) -> dict[str, object]:
    found = extract_text(text, published="2024-04-01")
    assert len(found) == 1, found
    return found[0]


def test_russian_text_gives_every_recruit_fact_with_evidence() -> None:
    m = one(RU)
    assert m["recruiter"] == "Global Jobs Nepal"
    assert m["promised_job"] == "охранником"
    assert (m["departure_date"], m["departure_date_precision"]) == ("2024-01-05", "day")
    assert m["contract_date"] == "2024-01-10"
    assert m["exchange_list"] is None
    ev = m["evidence"]
    assert isinstance(ev, dict)
    assert "Global Jobs Nepal" in ev["recruiter"]["quote"]
    assert "уехал в Россию 5 января 2024" in ev["departure_date"]["quote"]


def test_english_text_gives_every_recruit_fact() -> None:
    m = one(EN)
    assert m["recruiter"] == "Suresh Khadka"
    assert m["promised_job"] == "security guard"
    assert m["departure_date"] == "2024-01-05" and m["contract_date"] == "2024-01-10"
    assert m["exchange_list"] == 1


def test_facts_go_to_the_person_they_are_about() -> None:
    text = ("Иван Петров погиб 3 мая 2023 года. Сергей Смирнов попал в плен; его фамилия есть "
            "в списке на обмен военнопленными.")
    found = {m["surname"]: m for m in extract_text(text, published="2023-06-01")}
    assert found["Смирнов"]["exchange_list"] == 1
    assert found["Петров"]["exchange_list"] is None


def test_texts_without_such_facts_leave_them_empty() -> None:
    m = one("Рядовой Иван Петров погиб 12 марта 2023 года.")
    assert all(m[f] is None for f in RECRUIT_FIELDS)
    assert set(RECRUIT_FIELDS) <= set(FIELDS)
    assert EXTRACTOR_VERSION != "1"  # the rules changed: documents are read again
