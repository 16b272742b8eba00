"""A cue counts for the person only when it is his: "солдат" standing for one man (not
"десятки солдат ВСУ"), an embassy speaking of him, "Ukrainian sniper" as his own
description, an abbreviation before a name (not a word ending its sentence), a quoted
detachment with a military cue (not a civilian one), a service that is not the one reporting.
Each class has the review's example, guards of its own and a sentence where the rule fires."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def person(text: str, lang: str, surname: str) -> dict[str, Any]:
    found = [p for p in extract_text(text, lang=lang, published="2024-06-01")
             if p["surname"] == surname]
    assert found, f"{surname} not found in {text!r}"
    return found[0]


@pytest.mark.parametrize("text", [
    "Сержант Иван Петров из Омска погиб 3 мая. По словам сослуживцев, он уничтожил десятки "
    "солдат ВСУ.",
    "Рядовой Иван Петров из Омска погиб 3 мая. Его рота уничтожила солдат ВСУ в окопе.",
    "Иван Петров из Омска погиб 3 мая; незадолго до гибели его отделение отбило атаку "
    "нескольких солдат ВСУ.",
    "Иван Петров из Омска погиб 3 мая. Под его огнём погибли двое солдат ЗСУ.",
])
def test_plural_soldiers_are_not_his_rank(text: str) -> None:
    found = person(text, "ru", "Петров")
    assert found["rank"] != "солдат"
    assert (found["citizenship"], found["region"]) == ("RU", "RU-OMS")


def test_one_ukrainian_soldier_still_ranked() -> None:
    found = person("Солдат ВСУ Андрей Коваль из Сум сдался в плен.", "ru", "Коваль")
    assert (found["rank"], found["citizenship"]) == ("солдат", "UA")


@pytest.mark.parametrize("text", [
    "Сержант Иван Петров из Омска погиб под Бахмутом. Посольство Франции заявило протест.",
    "Рядовой Иван Петров из Ишима погиб 3 мая. МИД Германии заявил, что не видит оснований "
    "для переговоров.",
    "Рядовой Иван Петров из Ишима погиб 3 мая. Он говорил, что посольство того государства "
    "ничего не сообщило.",
    # "того", "мали" in lower case are words, not Togo or Mali
    "Рядовой Иван Петров из Ишима погиб 3 мая. Посольство того государства подтвердило гибель "
    "Ивана Петрова.",
])
def test_embassy_not_speaking_of_him(text: str) -> None:
    assert person(text, "ru", "Петров")["citizenship"] == "RU"


def test_embassy_speaking_of_its_citizen() -> None:
    text = ("Мохаммад Рахман погиб под Бахмутом. Посольство Бангладеш подтвердило гибель "
            "своего гражданина.")
    assert person(text, "ru", "Рахман")["citizenship"] == "BD"


@pytest.mark.parametrize("text", [
    "A Ukrainian sniper killed Russian soldier Ivan Petrov, 34, from Omsk, on May 3.",
    "Ivan Petrov, 34, from Omsk, was killed in May. A Ukrainian drone operator filmed the "
    "attack on his trench.",
    "Russian private Ivan Petrov from Omsk died in hospital after a Ukrainian soldier shot him "
    "near Bakhmut.",
])
def test_another_ukrainian_is_not_his_citizenship(text: str) -> None:
    found = person(text, "en", "Petrov")
    assert (found["citizenship"], found["region"]) == ("RU", "RU-OMS")


@pytest.mark.parametrize("text", [
    "Ukrainian soldier Taras Melnyk from Sumy was killed near Bakhmut.",
    "Taras Melnyk, a Ukrainian marine, was killed near Bakhmut in May.",
])
def test_his_own_ukrainian_description(text: str) -> None:
    assert person(text, "en", "Melnyk")["citizenship"] == "UA"


@pytest.mark.parametrize("text", [
    "Иван Петров из Омска погиб 3 мая. Таких случаев целый ряд. В селе его помнят.",
    "Иван Петров из Омска погиб 3 мая. На кладбище вырос целый ряд. Могилы ухожены.",
    "Иван Петров из Омска погиб 3 мая. Его фото стоит первым в ряд. Рядом портреты других.",
])
def test_word_ending_a_sentence_is_no_rank(text: str) -> None:
    assert person(text, "ru", "Петров")["rank"] is None


def test_abbreviation_before_a_name_is_a_rank() -> None:
    text = "Погиб ряд. Галиев Тимур из Уфы."
    assert person(text, "ru", "Галиев")["rank"] == "рядовой"


@pytest.mark.parametrize("text", [
    "Иван Петров из Омска погиб 3 мая под Бахмутом. В студенческие годы он был бойцом "
    "строительного отряда «Буревестник».",
    "Иван Петров из Омска погиб 3 мая под Бахмутом. В школе он вступил в отряд «Юнармия».",
    "Иван Петров из Омска погиб 3 мая под Бахмутом. В детстве он ездил в лагерь, где был в "
    "отряде «Альфа».",
    "Иван Петров из Омска погиб 3 мая под Бахмутом. Летом он работал в спасательном отряде "
    "«Центроспас».",
])
def test_civil_detachment_is_no_volunteer_formation(text: str) -> None:
    assert person(text, "ru", "Петров")["channel"] != "volunteer_formation"


def test_fighting_detachment_is_a_volunteer_formation() -> None:
    text = "Иван Петров из Омска воевал на СВО в отряде «Альфа» и погиб 3 мая под Бахмутом."
    assert person(text, "ru", "Петров")["channel"] == "volunteer_formation"


@pytest.mark.parametrize("text", [
    "Як повідомляє Державна прикордонна служба, загинув Іван Петренко.",
    "Згідно з даними ДПСУ, на Сумщині загинув Іван Петренко.",
    "Про загибель Івана Петренка інформує Державна прикордонна служба України.",
])
def test_reporting_service_is_not_his_unit(text: str) -> None:
    found = person(text, "uk", "Петренко")
    assert found["unit"] is None
    assert found["citizenship"] != "UA"


def test_service_he_served_in() -> None:
    text = "Загинув Іван Петренко, він служив у Державній прикордонній службі з 2015 року."
    found = person(text, "uk", "Петренко")
    assert (found["unit"], found["citizenship"]) == ("Державна прикордонна служба", "UA")


def test_its_citizen_is_no_one_among_several() -> None:
    text = ("Мохаммад Рахман и Иван Петров из Ишима погибли под Бахмутом. Посольство Бангладеш "
            "подтвердило гибель своего гражданина.")
    assert person(text, "ru", "Петров")["citizenship"] != "BD"
