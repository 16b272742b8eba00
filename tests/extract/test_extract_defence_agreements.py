"""An agreement ("договор", "договір", "угода") with a military body — a named unit, a PMC,
the defence ministry — is a contract, in either word order; one with a bank or a plant is
not."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import extract_text

PUB = date(2024, 2, 20)


def _contract(text: str, lang: str, surname: str) -> object:
    found = [m for m in extract_text(text, lang, PUB) if m["surname"] == surname]
    assert found, f"no {surname}"
    return (found[0]["other_dates"] or {}).get("contract")


@pytest.mark.parametrize("text, lang, surname, day", [
    ("Суд признал умершим Расула Магомедова. В октябре 2022 года он заключил договор с ЧВК "
     "«Вагнер», а в январе пропал без вести.", "ru", "Магомедов", "2022-10"),
    ("Игорь Сомов погиб 3 февраля. В мае 2023 года он подписал договор с Министерством "
     "обороны.", "ru", "Сомов", "2023-05"),
    ("Игорь Сомов погиб 3 февраля. Договор с Минобороны он заключил 12 марта 2023 года.",
     "ru", "Сомов", "2023-03-12"),
    ("Игорь Сомов погиб 3 февраля. 12 марта 2023 года он заключил с Минобороны договор.",
     "ru", "Сомов", "2023-03-12"),
    ("Ильдар Хасанов, заключивший в июне 2023 года договор с Минобороны, погиб 2 января.",
     "ru", "Хасанов", "2023-06"),
    ("Андрей Клюев пропал без вести в январе. Договор с батальоном «Волга» он подписал в "
     "октябре 2023 года.", "ru", "Клюев", "2023-10"),
    ("Окупант Ігор Сомов загинув 3 лютого. У травні 2023 року він уклав угоду з Міноборони "
     "РФ.", "uk", "Сомов", "2023-05"),
    ("Окупант Ігор Сомов загинув 3 лютого. У вересні 2022 року підписав угоду з ПВК "
     "«Вагнер».", "uk", "Сомов", "2022-09"),
    ("Окупант Ігор Сомов загинув 3 лютого. Угоду з Міністерством оборони РФ він уклав "
     "12 березня 2023 року.", "uk", "Сомов", "2023-03-12"),
    ("Окупант Олег Бурцев загинув під Бахмутом. Договір з ПВК «Вагнер» він підписав у "
     "листопаді 2022 року.", "uk", "Бурцев", "2022-11"),
])
def test_an_agreement_with_a_military_body_is_a_contract(text: str, lang: str, surname: str,
                                                        day: str) -> None:
    assert _contract(text, lang, surname) == day


@pytest.mark.parametrize("text, lang, surname", [
    ("Игорь Сомов погиб 3 февраля. В мае 2019 года он заключил трудовой договор с заводом.",
     "ru", "Сомов"),
    ("Игорь Сомов погиб 3 февраля. В 2019 году он заключил договор с банком.", "ru", "Сомов"),
    ("Окупант Ігор Сомов загинув 3 лютого. У 2019 році він уклав угоду з банком.", "uk",
     "Сомов"),
])
def test_a_civil_agreement_is_none(text: str, lang: str, surname: str) -> None:
    assert _contract(text, lang, surname) is None
