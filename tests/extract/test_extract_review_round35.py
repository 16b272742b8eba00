"""A review of the round's rules: a denial of something else than the death dates the death
all the same; a child's age is only that of the child named right after it; a mobilised
soldier in the army's "Шторм V" is no convict; a speaker whose own death the next sentence
tells is a person."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _person(text: str, lang: str, surname: str, published: str = "2024-06-01") -> dict[str, Any]:
    return next(p for p in extract_text(text, lang, published) if p["surname"] == surname)


def _surnames(text: str, lang: str, published: str = "2024-06-01") -> set[str]:
    return {p["surname"] for p in extract_text(text, lang, published)}


# ------------------------------------- a denial in another clause or of another thing

@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Солдат Андрій Коваль загинув 3 травня 2024 року, але командування не підтвердило "
     "інформацію про полон його побратима.", "uk", "Коваль"),
    ("Рядовой Иван Петров погиб 3 мая 2024 года, но военкомат не подтвердил, что он служил "
     "добровольцем.", "ru", "Петров"),
    ("Рядовой Иван Петров погиб 3 мая 2024 года, его личность пока не подтверждена ДНК.",
     "ru", "Петров"),
    ("Private John Smith was killed on May 3, 2024, but the ministry has not confirmed the "
     "figures.", "en", "Smith"),
    ("Private John Smith was killed on May 3, 2024, though the cause has not been confirmed.",
     "en", "Smith"),
    ("Молодший сержант Олег Бондар загинув 3 травня 2024 року, проте обставини досі не "
     "підтверджені.", "uk", "Бондар"),
])
def test_a_denial_of_something_else_keeps_the_death_date(text: str, lang: str,
                                                         surname: str) -> None:
    p = _person(text, lang, surname)
    assert p["status"] == "killed"
    assert p["death_date"] == "2024-05-03"


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Рядовой Иван Петров пропал без вести 3 мая 2024 года, его гибель пока не подтверждена.",
     "ru", "Петров"),
    ("Рядовий Олег Кравець зник безвісти 3 травня 2024 року, його загибель досі не "
     "підтверджена.", "uk", "Кравець"),
    ("Private John Smith went missing on May 3, 2024. His death has not been confirmed.", "en",
     "Smith"),
])
def test_a_death_itself_unconfirmed_still_dates_nothing(text: str, lang: str,
                                                        surname: str) -> None:
    assert _person(text, lang, surname)["death_date"] is None


# ------------------------------------------------ a child's age before a relative's name

@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("Рядовой Алексей Громов погиб 3 мая. Без отца остались 3-летний Миша и 7-летняя Алина.",
     "ru", "Громов"),
    ("Рядовой Алексей Громов погиб 3 мая. 5-летний Максим теперь растёт без отца.", "ru",
     "Громов"),
    ("Сержант Игорь Ляхов погиб под Купянском. Его ждали жена и шестилетняя Даша.", "ru",
     "Ляхов"),
    ("Солдат Олег Бондар загинув 3 травня. У нього залишилися дружина та семирічна Софія.",
     "uk", "Бондар"),
    ("Старший солдат Василь Гнатюк загинув під Бахмутом. Вдома на нього чекав "
     "п'ятирічний Марко.", "uk", "Гнатюк"),
])
def test_a_relatives_child_age_is_no_soldiers(text: str, lang: str, surname: str) -> None:
    assert _person(text, lang, surname)["age"] is None


@pytest.mark.parametrize(("text", "lang", "surname", "age"), [
    ("В результате удара погибла 7-летняя Вика Ковальчук.", "ru", "Ковальчук", 7),
    ("Погиб двухлетний Миша Ковалёв и его мать.", "ru", "Ковалёв", 2),
    ("Під час обстрілу загинула семирічна Софія Мельник.", "uk", "Мельник", 7),
    ("Рядовой Алексей Громов, 35-летний уроженец Курска, погиб 3 мая.", "ru", "Громов", 35),
])
def test_an_age_right_before_the_name_is_its_own(text: str, lang: str, surname: str,
                                                 age: int) -> None:
    assert _person(text, lang, surname)["age"] == age


# ----------------------------------------------- "Шторм V" beside another channel's cue

@pytest.mark.parametrize(("text", "channel"), [
    ("Алексей Громов был мобилизован в 2022 году, служил в «Шторм V». Погиб 3 мая.",
     "mobilised"),
    ("Мобилизованный Алексей Громов был переведён в штурмовой отряд «Шторм V» и погиб "
     "3 мая.", "mobilised"),
    ("Рядовой Алексей Громов подписал контракт и попал в штурмовой отряд «Шторм V». Погиб "
     "3 мая.", "contract"),
    ("Алексей Громов, осуждённый за кражу, подписал контракт и попал в «Шторм V». Погиб 3 мая.",
     "prisoner"),
    ("Алексей Громов отбывал наказание в колонии, откуда попал в «Шторм V». Погиб 3 мая.",
     "prisoner"),
])
def test_storm_v_gives_way_to_another_channel(text: str, channel: str) -> None:
    assert _person(text, "ru", "Громов")["channel"] == channel


# ------------------------------------------------- a speaker whose own death follows

@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("На встрече выступил Алексей Громов, который рассказал о службе в зоне СВО. Он погиб "
     "12 мая 2024 года.", "ru", "Громов"),
    ("Перед учнями виступив Олег Бондар, який розповів про службу на фронті. Він загинув "
     "12 травня 2024 року.", "uk", "Бондар"),
    ("В школе выступила Анна Лисицына, которая рассказала о работе в госпитале. Она погибла "
     "при обстреле 12 мая 2024 года.", "ru", "Лисицына"),
])
def test_a_speaker_who_dies_next_is_a_person(text: str, lang: str, surname: str) -> None:
    p = _person(text, lang, surname)
    assert p["status"] == "killed"
    assert p["death_date"] == "2024-05-12"


@pytest.mark.parametrize(("text", "lang", "surname"), [
    ("На встрече выступил Андрей Сёмин, который рассказал о сыне. Он погиб 12 мая 2024 года.",
     "ru", "Сёмин"),
    ("Перед учениками выступила Ольга Сёмина, которая рассказала о службе. Он погиб 12 мая "
     "2024 года.", "ru", "Сёмина"),
    ("Перед учнями виступила Оксана Марчук, яка розповіла про свого сина. Вона плакала.",
     "uk", "Марчук"),
])
def test_a_speaker_of_someone_elses_death_is_none(text: str, lang: str, surname: str) -> None:
    assert surname not in _surnames(text, lang)


# ------------------------------------------- a village table's Belarusian spelling of a word

@pytest.mark.parametrize("text", [
    "Private Sergei Maltsev from Pobeda was killed in May.",
    "Private Sergei Maltsev, a native of Pobeda, was killed in May.",
])
def test_a_common_word_spelt_the_belarusian_way_is_no_village(text: str) -> None:
    assert _person(text, "en", "Maltsev")["region"] is None


def test_the_village_table_names_a_place_in_russian() -> None:
    from headcount.reference import villages

    by_id = {v.name_en: v for v in villages()}
    assert by_id["Koktebel"].name == "Коктебель"
    assert by_id["Pobyeda"].common
