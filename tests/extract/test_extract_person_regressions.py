"""Persons the latest changes lost or misnamed, found by probing texts of one's own: a
speaker whose own wounds or captivity the next sentence tells by a soldier's noun is one
described, and a lone given name a relative bears spells out no one's initials."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, "2024-11-01")}


@pytest.mark.parametrize(("text", "lang", "surname", "status"), [
    ("На зустрічі виступив Андрій Бондаренко. Військовий отримав поранення під Вовчанськом "
     "і зараз проходить реабілітацію.", "uk", "Бондаренко", "wounded"),
    ("На встрече со студентами выступил Андрей Белов. Боец получил ранение под Бахмутом и "
     "лечится в госпитале.", "ru", "Белов", "wounded"),
    ("На зустрічі зі школярами виступив Василь Кушнір. Захисник потрапив у полон у 2022 році "
     "й повернувся під час обміну.", "uk", "Кушнір", None),
])
def test_speaker_whose_fate_the_next_sentence_tells_is_kept(
        text: str, lang: str, surname: str, status: str | None) -> None:
    people = _people(text, lang)
    assert surname in people
    if status:
        assert people[surname]["status"] == status


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("На церемонії виступили директорка школи Тетяна Лук'янова та ветеран афганської війни "
     "Ігор Бєлов. Громада прощалася з солдатом Василем Ткаченком, який загинув 2 травня "
     "2024 року.", "uk", "Бєлов"),
    ("На встрече выступил ветеран Иван Лукин. Военный рассказал школьникам о своей службе "
     "в Сирии. Рядовой Олег Зорин погиб 3 мая 2024 года.", "ru", "Лукин"),
])
def test_speaker_with_no_fate_still_dropped(text: str, lang: str, surname: str) -> None:
    assert surname not in _people(text, lang)


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Лейтенант С. И. Бойко погиб 3 мая 2024 года. Сергей, его сын, учится в пятом классе.",
     "ru", "Бойко"),
    ("О гибели рядового А. Н. Ершова сообщил глава района. Андрей рассказал, что брат "
     "мечтал стать военным.", "ru", "Ершов"),
    ("Солдат О. В. Панченко загинув 11 квітня 2024 року. Олег, його брат, теж служить у ЗСУ.",
     "uk", "Панченко"),
    ("Рядовой И. П. Марков погиб в мае 2024 года. Игорь рассказал, что отец всегда "
     "помогал соседям.", "ru", "Марков"),
])
def test_relatives_given_name_spells_out_no_initial(text: str, lang: str, surname: str) -> None:
    people = _people(text, lang)
    assert surname in people
    assert people[surname]["given_name"].endswith(".")


@pytest.mark.parametrize(("text", "lang", "surname", "given"), [
    ("В зоне СВО погиб житель Шадринска Е. П. Мохов. Прощание с Евгением пройдёт в субботу.",
     "ru", "Мохов", "Евгений"),
    ("Солдат О. В. Панченко загинув 11 квітня 2024 року. Поховали Олексія в рідному селі.",
     "uk", "Панченко", "Олексій"),
    ("Погибли: рядовой Д. А. Шестаков, рядовой Н. П. Рыбин. Дмитрия похоронили в Кургане, "
     "Николая — в Шадринске.", "ru", "Шестаков", "Дмитрий"),
])
def test_his_own_given_name_still_spells_out_the_initial(
        text: str, lang: str, surname: str, given: str) -> None:
    assert _people(text, lang)[surname]["given_name"] == given
