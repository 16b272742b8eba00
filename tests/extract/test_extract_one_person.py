"""One person named several times in a text is one mention, whatever the forms of the name.

The texts are built from name pools and templates of their own (headlines in the genitive,
datives with an age, "похоронят"/"прощание с"/"у … остались" with the surname alone),
with names pymorphy3 knows and names it does not (Tuvan, Buryat, Central Asian, rare
Russian ones); each name is declined here by the rules of Russian grammar.
"""

from __future__ import annotations

import itertools
import random

import pytest

from headcount.extract import extract_text
from headcount.extract.namestems import same_name, stem, word_keys, word_stems


def _consonant_noun(word: str) -> dict[str, str]:
    """Cases of a masculine name or surname ending in a consonant (Ховолыг, Петров)."""
    soft = word.endswith(("ж", "ш", "ч", "щ", "ц"))
    ins = "ем" if soft and not word.endswith(("ов", "ев", "ин", "ын")) else "ом"
    if word.endswith(("ов", "ев", "ёв", "ин", "ын")):
        ins = "ым"
    if word.endswith("й"):  # Сергей, Виталий, Евгений
        base = word[:-1]
        return {"nom": word, "gen": base + "я", "dat": base + "ю", "acc": base + "я",
                "ins": base + "ем"}
    if word.endswith("ь"):  # Игорь
        base = word[:-1]
        return {"nom": word, "gen": base + "я", "dat": base + "ю", "acc": base + "я",
                "ins": base + "ем"}
    return {"nom": word, "gen": word + "а", "dat": word + "у", "acc": word + "а",
            "ins": word + ins}


def _a_noun(word: str) -> dict[str, str]:
    """Cases of a name or surname ending in -а (Даба, Ольга) or a woman's -ова/-ина."""
    base = word[:-1]
    if word.endswith(("ова", "ева", "ина", "ына")):
        return {"nom": word, "gen": base + "ой", "dat": base + "ой", "acc": base + "у",
                "ins": base + "ой"}
    gen = base + ("и" if base.endswith(("г", "к", "х", "ж", "ш", "ч", "щ")) else "ы")
    return {"nom": word, "gen": gen, "dat": base + "е", "acc": base + "у", "ins": base + "ой"}


def decline(word: str) -> dict[str, str]:
    return _a_noun(word) if word.endswith("а") else _consonant_noun(word)


MEN = [  # given, patronymic, surname
    ("Айдыс", "Игоревич", "Ховолыг"), ("Начын", "Шолбанович", "Соян"),
    ("Белек", "Шолбанович", "Монгуш"), ("Орлан", "Буянович", "Даба"),
    ("Баир", "Булатович", "Будаев"), ("Виталий", "Сергеевич", "Гусев"),
    ("Евгений", "Олегович", "Красильников"), ("Роман", "Иванович", "Маров"),
    ("Мерген", "Михайлович", "Ховалыг"), ("Тумэн", "Аюрович", "Жамсоев"),
    ("Игорь", "Петрович", "Кудршов"), ("Жасур", "Бахтиёрович", "Юлдашев"),
]
WOMEN = [("Ольга", "Петровна", "Зимина"), ("Мария", "Андреевна", "Лапина"),
         ("Светлана", "Ильинична", "Гильманова"), ("Ольга", "Вадимовна", "Денисова")]
HEADLINES = ["Стало известно о гибели {given[gen]} {surname[gen]}",
             "В районе простились с {given[ins]} {surname[ins]}",
             "Память {given[gen]} {surname[gen]} почтили минутой молчания"]
LATER = ["Похоронят {surname[acc]} на родине.", "Прощание с {surname[ins]} пройдёт завтра.",
         "У {surname[gen]} остались родители и младший брат.",
         "{given[dat]} {surname[dat]} было 32 года."]


def _text(person: tuple[str, str, str], headline: str, later: str, verb: str) -> str:
    given, patr, surname = person
    forms = {"given": decline(given), "surname": decline(surname)}
    return (f"{headline.format(**forms)}\n"
            f"В ходе специальной военной операции {verb} {given} {patr} {surname}.\n"
            f"{later.format(**forms)}")


CASES = [(p, h, lt, "погиб") for p, h, lt in itertools.product(MEN, HEADLINES, LATER)]
CASES += [(p, h, lt, "погибла") for p, h, lt in itertools.product(WOMEN, HEADLINES[:1], LATER)]


@pytest.mark.parametrize(("person", "headline", "later", "verb"),
                         random.Random(17).sample(CASES, 40))
def test_one_person_named_in_many_forms_is_one_mention(
    person: tuple[str, str, str], headline: str, later: str, verb: str
) -> None:
    given, patr, surname = person
    ms = extract_text(_text(person, headline, later, verb))
    assert [(m["surname"], m["given_name"], m["patronymic"]) for m in ms] == [
        (surname, given, patr)]
    assert ms[0]["sex"] == ("F" if verb == "погибла" else "M")


@pytest.mark.parametrize("person", MEN[4:9])
def test_a_headline_read_as_a_woman_takes_the_sex_of_the_text(
    person: tuple[str, str, str]
) -> None:
    """"о гибели Виталия Гусева" may be a woman in the nominative; "Виталий Гусев погиб"
    says it is not — without a patronymic to say so."""
    given, _, surname = person
    forms = {"given": decline(given), "surname": decline(surname)}
    text = (f"Стало известно о гибели {forms['given']['gen']} {forms['surname']['gen']}\n"
            f"Житель Читы {given} {surname} погиб в зоне СВО.")
    ms = extract_text(text)
    assert [(m["surname"], m["given_name"], m["sex"]) for m in ms] == [(surname, given, "M")]


RANKS = ["Рядовой", "Ефрейтор", "Сержант", "Старший сержант", "Лейтенант", "Капитан", "Майор",
         "Прапорщик", "Старшина"]


@pytest.mark.parametrize(("rank", "person"), list(zip(RANKS, itertools.cycle(MEN[4:]))))
def test_a_rank_is_no_part_of_the_name(rank: str, person: tuple[str, str, str]) -> None:
    given, patr, surname = person
    text = (f"Погиб {given} {patr} {surname}. Он родился в 1990 году.\n"
            f"{rank} {surname} погиб 19 января 2024 года при выполнении боевого задания.")
    ms = extract_text(text)
    assert [(m["surname"], m["given_name"]) for m in ms] == [(surname, given)]
    assert rank.split()[-1].lower() not in (ms[0]["name"] or "").lower()


def test_a_namesake_of_a_unit_is_no_person() -> None:
    for unit in ("в батальоне имени Шаймуратова", "в бригаде им. Жукова",
                 "в отряде имени Нахимова"):
        text = f"Доброволец, служил {unit}. Ефрейтор Пётр Юсупов погиб 25 марта 2023 года."
        assert [m["surname"] for m in extract_text(text)] == ["Юсупов"]


PLACES = ["Баргузин", "Агинское", "Хайыракан", "Миндяк", "Усть-Кяхта", "Уразово", "Наушки",
          "Серов", "Энгельс", "Чайковский", "Мухоршибирь", "Тара", "Находка"]
ENTRIES = ["Погиб {name}, {born} г.р., {place}. Погиб {died}. Светлая память!",
           "{name}, {born} г.р., {place}. Пропал без вести {died}.",
           "❗️ПРОПАЛ БЕЗ ВЕСТИ❗️\n{name}, {place}. 90-я гвардейская танковая дивизия.\n"
           "Последний выход на связь — {died}."]
LISTED = ["Доржиев Аюр Аюрович", "Игорь Анатольевич Высоцкий", "Брагин П. В.",
          "Монгуш Буян Валерьевич", "Светлана Борисовна Роанова", "Назаров Егор Сергеевич"]


@pytest.mark.parametrize(("entry", "place", "name"),
                         random.Random(19).sample(list(itertools.product(ENTRIES, PLACES,
                                                                         LISTED)), 30))
def test_the_place_of_a_list_entry_is_no_person(entry: str, place: str, name: str) -> None:
    text = entry.format(name=name, place=place, born="20.12.1992", died="18.08.2022")
    ms = extract_text(text)
    assert len(ms) == 1
    assert ms[0]["surname"] in name


def test_lone_surnames_listed_after_a_name_stay_persons() -> None:
    ms = extract_text("Погибли рядовые Иван Петров, Сидоров и Кузнецов.")
    assert sorted(m["surname"] for m in ms) == ["Кузнецов", "Петров", "Сидоров"]


def test_two_relatives_of_one_surname_stay_two() -> None:
    text = ("Список погибших: Вадим Сыроватский (1994), Наталья Сыроватская (1974). "
            "Сыроватская работала учителем.")
    ms = extract_text(text)
    assert sorted((m["surname"], m["given_name"]) for m in ms) == [
        ("Сыроватская", "Наталья"), ("Сыроватский", "Вадим")]


@pytest.mark.parametrize(("a", "b"), [("Ховолыгом", "Ховолыг"), ("Дамбу", "Дамба"),
                                      ("Зимину", "Зимина"), ("Сыроватской", "Сыроватский"),
                                      ("Евгения", "Евгений"), ("Павла", "Павел"),
                                      ("Луговую", "Луговая"), ("Натальи", "Наталья")])
def test_case_forms_share_a_stem(a: str, b: str) -> None:
    assert word_stems(a) & word_stems(b)


@pytest.mark.parametrize(("a", "b"), [("Иванов", "Иван"), ("Петров", "Пётр"),
                                      ("Романов", "Роман"), ("Марков", "Марк")])
def test_a_surname_from_a_given_name_is_not_that_name(a: str, b: str) -> None:
    assert not word_stems(a) & word_stems(b)
    assert stem(a) != stem(b)


def test_same_name_needs_every_word() -> None:
    known = frozenset().union(*word_keys("Соян", "Начын"))
    assert same_name(word_keys("Сояну", "Начыну"), known)
    assert not same_name(word_keys("Сояну", "Орлану"), known)
    assert not same_name([], known)


@pytest.mark.parametrize(("town", "person"), list(zip(
    ["Серова", "Энгельса", "Чайковского", "Находки", "Кызыла"], itertools.cycle(MEN[4:]))))
def test_a_home_town_is_no_part_of_the_name(town: str, person: tuple[str, str, str]) -> None:
    """"житель Серова Юрий Андреевич Кузнецов": Серова reads as a woman's surname too."""
    given, patr, surname = person
    text = (f"В ходе специальной военной операции погиб житель {town} {given} {patr} "
            f"{surname}.\nПрощание с {decline(surname)['ins']} пройдёт в доме культуры.")
    ms = extract_text(text)
    assert [(m["surname"], m["given_name"], m["patronymic"]) for m in ms] == [
        (surname, given, patr)]


@pytest.mark.parametrize("surname", ["Иванов", "Петров", "Сидоров"])
def test_a_surname_listed_after_a_full_name_stays_a_person(surname: str) -> None:
    """A town of that name exists; without a date between, a surname first of all."""
    ms = extract_text(f"Погибли рядовые Сергей Николаевич Зуев, {surname}. Светлая память.")
    assert sorted(m["surname"] for m in ms) == sorted(["Зуев", surname])
