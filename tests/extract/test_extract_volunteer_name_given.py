""""Баир" names a volunteer battalion and is a common Buryat given name: after a unit word
("контрактник 37-й бригады Баир Цыренов") it is the man's given name when his surname follows,
and no volunteer formation is read from it; the battalion in quotes or with no name after it
still is one."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text

GIVEN = [
    "Уроженец Бурятии, контрактник 37-й отдельной гвардейской мотострелковой бригады Баир "
    "Цыренов погиб в ходе СВО.",
    "В бою погиб военнослужащий 36-й бригады Баир Дашиев, служивший по контракту.",
    "Мобилизованный боец 5-й танковой бригады Баир Очиров погиб под Угледаром.",
    "Стрелок отряда Баир Будаев, подписавший контракт в 2023 году, погиб 5 мая.",
    "Погиб командир отделения подразделения Баир Жамсуев, контрактник из Улан-Удэ.",
    "Контрактник батальона Баир Цыбиков погиб в Запорожской области.",
    "Мобилизованный в 2022 году стрелок 37-й бригады Баир Намсараев погиб.",
    "Гвардии рядовой 11-й бригады Баир Цыденов, мобилизованный в октябре, погиб.",
    "Контрактник 69-й бригады Баир Доржиев погиб в зоне СВО.",
    "В зоне СВО погиб мобилизованный солдат 37-й бригады Баир Аюшеев.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_a_given_name_after_a_unit_word_is_no_volunteer_unit(text: str) -> None:
    people = extract_text(text, lang="ru", published="2024-08-01")
    assert len(people) == 1
    assert people[0]["given_name"] == "Баир"
    assert people[0]["channel"] in ("contract", "mobilised")


FORMATION = [
    "Боец добровольческого батальона «Баир» Баир Цыбиков погиб под Работино.",
    "Погиб Сергей Балданов, боец батальона «Баир».",
    "Доброволец отряда Баир погиб в Херсонской области; им был Аюр Бадмаев.",
]


@pytest.mark.parametrize("text", FORMATION)
def test_the_battalion_stays_a_volunteer_formation(text: str) -> None:
    people = extract_text(text, lang="ru", published="2024-08-01")
    assert people and people[0]["channel"] == "volunteer_formation"
