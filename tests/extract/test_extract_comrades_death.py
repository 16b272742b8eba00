"""A death told of the one in focus's comrade or commander ("Его командир погиб в тот же
день", "Його командир, за словами полоненого, загинув") is another soldier's, not his."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


@pytest.mark.parametrize("who", ["командир", "товарищ", "сослуживец", "друг"])
def test_his_comrades_death_is_not_his(who: str) -> None:
    text = ("Пленный Петренко Иван, гражданин России, 24 года. Попал в плен 29 января под "
            f"Клещеевкой. Его {who} погиб в тот же день.")
    [m] = extract_text(text, "ru", "2024-02-05")
    assert m["status"] == "captured"


@pytest.mark.parametrize("who", ["командир", "побратим", "брат"])
@pytest.mark.parametrize("said", ["", ", за словами полоненого,", ", як розповів полонений,"])
def test_ukrainian_comrade_or_kin_with_a_reported_clause(who: str, said: str) -> None:
    text = ("Полонений Гурунг Бікрам, громадянин Непалу, 24 роки. Потрапив у полон 29 січня "
            f"під Кліщіївкою. Його {who}{said} загинув того ж дня.")
    [m] = extract_text(text, "uk", "2024-02-05")
    assert (m["surname"], m["status"]) == ("Гурунг", "captured")


def test_his_own_death_told_with_whose_words_stays_his() -> None:
    [m] = extract_text("Іван Петренко, за словами матері, загинув під Бахмутом.", "uk")
    assert (m["status"], m["place_of_death"]) == ("killed", "Бахмут")


def test_his_comrade_tells_of_his_death() -> None:
    text = ("Иван Петров погиб под Бахмутом. Его командир рассказал, что он погиб, спасая "
            "товарищей.")
    [m] = extract_text(text, "ru")
    assert (m["surname"], m["status"]) == ("Петров", "killed")


@pytest.mark.parametrize(("lang", "text", "status"), [
    ("ru", "Его товарищ погиб 10 февраля, а сам Виталий Козлов получил ранение.", "wounded"),
    ("uk", "Його командир загинув того ж дня, а сам Віктор Лисенко потрапив у полон.",
     "captured"),
    ("uk", "Його батько помер від ковіду, а сам Роман Швець отримав поранення під Торецьком.",
     "wounded"),
])
def test_a_comrades_death_in_a_clause_of_its_own(lang: str, text: str, status: str) -> None:
    [m] = extract_text(text, lang, "2024-03-10")
    assert (m["status"], m["death_date"]) == (status, None)


@pytest.mark.parametrize("text", [
    "Виталий Козлов погиб 10 февраля, а его товарищ получил ранение.",
    "Виталий Козлов получил ранение, а 10 февраля погиб.",
])
def test_his_own_death_beside_a_comrade_stays_his(text: str) -> None:
    [m] = extract_text(text, "ru", "2024-03-10")
    assert (m["status"], m["death_date"]) == ("killed", "2024-02-10")
