"""Surnames that decline as adjectives or as nouns, Russian and Ukrainian; Central Asian
names (surnames in -ов and -зода, given names the dictionary does not know); Tuvan, Georgian
and double-barrelled surnames — in every case and name order ("о гибели Никиты Андреевича
Тихого", "с Гречаным Дмитрием", "медсестру Задорожную Марию", "похоронили Кота Сергея
Рашидовича", "з Іваном Гречаним"): put back in the nominative, and kept as the surname rather
than trimmed as a word describing the person. Names and sentences are the bench's
(``bench/names_declined.py``), declined by its grammar."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from headcount.extract import extract_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from names_declined import NATIVE_SETS, native_cases

#: the classes every form of which the grammar leaves unambiguous
RU = {"Сыроватский", "Гречаный", "Задорожный", "Осадчий", "Тихий", "Кот", "Волк", "Сорока",
      "Сыроватская", "Задорожная", "Гречаная", "Тихая"}
UK = {"Задорожній", "Білий", "Гречаний", "Підгорний", "Осадчий", "Гречана", "Підгорна"}
CASES = [c for c in native_cases()
         if (c[0] == NATIVE_SETS[0][0] and c[2] in RU and not (c[2] in ("Кот", "Волк")
                                                                and c[5] == "loct"))
         or (c[0] == NATIVE_SETS[1][0] and c[2] in UK)]


#: Central Asian names in every case but the locative, whose "о Ильхоме" is as much of
#: "Ильхома" as of "Ильхом" to a reader without a list of given names
CENTRAL_ASIAN = [c for c in native_cases() if c[0] == NATIVE_SETS[2][0] and c[5] != "loct"]


#: Tuvan surnames in every case (a man's declines, a woman's does not) and both orders;
#: Georgian ones that never decline beside a given name that shows the case; double-barrelled
#: ones declined part by part
TUVAN_GEORGIAN = [c for c in native_cases() if c[0] == NATIVE_SETS[3][0] and (
    (c[2] in ("Монгуш", "Ооржак", "Ондар", "Кужугет", "Салчак", "Донгак") and c[5] != "loct")
    or "-" in c[2] or c[3] in ("Давид", "Леван", "Иван", "Олег", "Никита", "Кузьма", "Анна",
                               "Айлана", "Саяна") or c[5] == "nomn")]


def _names(text: str) -> list[tuple[str, str, str]]:
    return [(p["surname"], p["given_name"], p.get("patronymic") or "")
            for p in extract_text(text, None, "2024-05-01")]


@pytest.mark.parametrize(("text", "surname", "given", "patronymic"),
                         [(t, s, g, p) for _, t, s, g, p, _ in CASES])
def test_surnames_declined_as_adjectives_and_nouns(text: str, surname: str, given: str,
                                                   patronymic: str) -> None:
    assert _names(text) == [(surname, given, patronymic)]


def test_the_sets_hold_the_classes() -> None:
    assert len(CASES) > 300
    assert {c[5] for c in CASES} == {"nomn", "gent", "datv", "accs", "ablt", "loct"}


@pytest.mark.parametrize(("text", "name"), [
    # possessive surnames keep their own forms: not "Бойцовый", "Иванова" not "Ивановая"
    ("Вчера в Перми простились с Бойцовым Игорем Андреевичем.",
     ("Бойцов", "Игорь", "Андреевич")),
    ("Родные простились с медсестрой Ивановой Анной Сергеевной.",
     ("Иванова", "Анна", "Сергеевна")),
    # an address is no surname
    ("Дорогой Иван Петрович Сомов, мы помним тебя. Он погиб 2 февраля.",
     ("Сомов", "Иван", "Петрович")),
    # a Spanish surname in -его is no soft adjective
    ("Стало известно о гибели кубинца Хуана Гальего под Купянском.", ("Гальего", "Хуан", "")),
])
def test_what_is_not_an_adjectival_surname(text: str, name: tuple[str, str, str]) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(("text", "surname", "given", "patronymic"),
                         [(t, s, g, p) for _, t, s, g, p, _ in CENTRAL_ASIAN])
def test_central_asian_names(text: str, surname: str, given: str, patronymic: str) -> None:
    assert _names(text) == [(surname, given, patronymic)]


@pytest.mark.parametrize(("text", "name"), [
    ("Стало известно о гибели уроженца Таджикистана Юлдашева Дилшода.", ("Юлдашев", "Дилшод")),
    ("В Душанбе похоронили Ильхома Шарипзоду, погибшего под Бахмутом.",
     ("Шарипзода", "Ильхом")),
    ("Стало известно о гибели Шарипзоды Фаррухджона.", ("Шарипзода", "Фаррухджон")),
])
def test_a_surnames_form_tells_it_from_an_unknown_given_name(
        text: str, name: tuple[str, str]) -> None:
    assert [(p["surname"], p["given_name"]) for p in extract_text(text, None, "2024-05-01")] == [
        name]


@pytest.mark.parametrize(("text", "surname", "given", "patronymic"),
                         [(t, s, g, p) for _, t, s, g, p, _ in TUVAN_GEORGIAN])
def test_tuvan_georgian_and_double_barrelled_surnames(text: str, surname: str, given: str,
                                                      patronymic: str) -> None:
    assert _names(text) == [(surname, given, patronymic)]


@pytest.mark.parametrize("text", [
    # a capitalised word opening a sentence is no surname (adjectives, nouns, a verb, an address)
    "Мужественный Алексей Викторович погиб 3 марта 2024 года.",
    "Православный Алексей Викторович погиб 3 марта 2024 года.",
    "Погиб Алексей Викторович 3 марта 2024 года.",
    "Могилу Андрея Викторовича украсили цветами. Он погиб 3 марта 2024 года.",
    "Похороны Сергея Николаевича пройдут 5 марта. Он погиб 1 марта 2024 года.",
    "Уважаемая Мария Ивановна! Ваш сын погиб 2 марта 2024 года.",
    "Маме Ольге Петровне Денис успел позвонить. Он погиб 3 марта 2024 года.",
    # nor a neuter or another gender's noun of an award or a day before a name
    "В Курске похоронили кавалера ордена Мужества Андрея Петровича, погибшего 3 марта.",
    "Вручили орден Красной Звезды Андрея Петровича его матери. Он погиб 3 марта.",
    "Накануне Дня Победы Андрея Петровича похоронили. Он погиб 3 марта.",
    "Вручили родным Алексея Викторовича Орден Мужества. Он погиб 3 марта.",
])
def test_a_capitalised_word_by_a_name_is_no_surname(text: str) -> None:
    assert all(p["surname"] is None for p in extract_text(text, None, "2024-05-01"))


@pytest.mark.parametrize(("text", "name"), [
    ("Простились с Иваном Бонч-Бруевичем, погибшим под Бахмутом.", ("Бонч-Бруевич", "Иван")),
    ("Стало известно о гибели Ибрагима Абу-Бакра.", ("Абу-Бакр", "Ибрагим")),
    ("Простились с медсестрой Ольгой Весной, погибшей под Бахмутом.", ("Весна", "Ольга")),
    ("Погибшему Мохаммеду Хашему посмертно вручили орден.", ("Хашем", "Мохаммед")),
])
def test_forms_the_adjective_rules_leave(text: str, name: tuple[str, str]) -> None:
    assert [(p["surname"], p["given_name"]) for p in extract_text(text, None, "2024-05-01")] == [
        name]
