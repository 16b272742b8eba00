"""Families named by one surname in the plural: each member a person of his own."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract.families import family_surname
from headcount.extract.morph import language
from headcount.extract.pipeline import extract_text

#: (his surname, nominative plural, genitive plural)
SURNAMES = [("Костин", "Костины", "Костиных"), ("Лаптев", "Лаптевы", "Лаптевых"),
            ("Гарипов", "Гариповы", "Гариповых"), ("Ковальский", "Ковальские", "Ковальских")]
#: (nominative, genitive) of men's given names
GIVEN = [("Денис", "Дениса"), ("Олег", "Олега"), ("Никита", "Никиты"), ("Ильдар", "Ильдара"),
         ("Сергей", "Сергея"), ("Илья", "Ильи")]


def _names(text: str, lang: str = "ru") -> set[tuple[str, str]]:
    return {(m["surname"], m["given_name"]) for m in extract_text(text, lang=lang)}


def _cases() -> list[tuple[str, str, str, str]]:
    out = []
    for (sur, nom, gen), (a, b) in itertools.product(SURNAMES, itertools.combinations(GIVEN, 2)):
        out.append((sur, a[0], b[0], f"Братья {nom} — {a[0]} и {b[0]} — погибли 3 мая 2024 года."))
        out.append((sur, a[0], b[0], f"Администрация сообщает о гибели братьев {gen} — {a[1]}, "
                                     f"1990 г.р., и {b[1]}, 1994 г.р."))
        out.append((sur, a[0], b[0], f"В селе Кочки похоронили {a[1]} и {b[1]} {gen}, "
                                     f"погибших под Авдеевкой."))
        out.append((sur, a[0], b[0], f"Братья {nom} воевали в разных частях. Старший, "
                                     f"31-летний {a[0]}, погиб 17 мая. Младший, {b[0]}, ранен."))
    return out[::3]


@pytest.mark.parametrize(("surname", "first", "second", "text"), _cases())
def test_each_member_of_a_family_is_a_person_with_its_surname(
        surname: str, first: str, second: str, text: str) -> None:
    names = _names(text)
    assert (surname, first) in names
    assert (surname, second) in names
    assert not any(s.endswith(("ых", "ие", "ских", "ины", "евы", "овы")) for s, _ in names)


def test_members_named_with_patronymics_after_ranks() -> None:
    text = ("Сообщаем о гибели отца и сына Лаптевых — сержанта Олега Ивановича и рядового "
            "Ивана Олеговича. Оба погибли 9 июля 2023 года.")
    got = {(m["surname"], m["given_name"], m["patronymic"], m["rank"])
           for m in extract_text(text, lang="ru")}
    assert got == {("Лаптев", "Олег", "Иванович", "сержант"),
                   ("Лаптев", "Иван", "Олегович", "рядовой")}


def test_a_relative_named_by_given_name_is_no_member() -> None:
    text = ("Братья Костины из Канска погибли в мае. Старший, Денис, служил по контракту. "
            "Младший, Олег, был мобилизован. Их мама, Людмила Аркадьевна, работает медсестрой.")
    names = _names(text)
    assert names == {("Костин", "Денис"), ("Костин", "Олег")}


def test_ukrainian_brothers_listed_after_the_surname() -> None:
    text = ("Ліквідовані окупанти: брати Мункуєви, Баір і Тимур, мобілізовані з Улан-Уде, — "
            "загинули 9 квітня під Білогорівкою.")
    assert _names(text, "uk") == {("Мункуєв", "Баір"), ("Мункуєв", "Тимур")}


def test_facts_go_to_their_member() -> None:
    text = ("Братья Костины воевали в разных частях. Старший, 31-летний Денис, погиб 17 мая "
            "2024 года. Младший, Олег, ранен и лечится в госпитале.")
    by_given = {m["given_name"]: m for m in extract_text(text, lang="ru")}
    assert by_given["Денис"]["status"] == "killed"
    assert by_given["Денис"]["age"] == 31
    assert by_given["Олег"]["status"] == "wounded"
    assert by_given["Олег"]["age"] is None


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("Костиных", "ru", ("Костин", "Костина", "gent")),
    ("Ковальские", "ru", ("Ковальский", "Ковальская", "nomn")),
    ("Коваленки", "uk", ("Коваленко", "Коваленко", "nomn")),
    ("Мункуєвих", "uk", ("Мункуєв", "Мункуєва", "gent")),
    ("Костиным", "ru", None),  # a man's instrumental, unless a word for a family precedes
    ("Русские", "ru", None),
])
def test_a_surname_in_the_plural(word: str, lang: str, expected: tuple[str, str, str] | None
                                 ) -> None:
    with language(lang):
        assert family_surname(word, family_word=False) == expected


def test_two_people_in_the_instrumental_are_no_family() -> None:
    text = ("В Шадринске похоронили земляков, мобилизованных Станиславом Ложкиным и Олегом "
            "Тарасовым. Оба погибли 9 апреля. Станиславу было 36 лет, Олегу — 25.")
    assert _names(text) == {("Ложкин", "Станислав"), ("Тарасов", "Олег")}


def test_a_name_in_quotes_is_no_member() -> None:
    text = ("Братья Гущины ушли на фронт в один день. Старший, Илья, служил в отряде "
            "«Барс» и погиб 2 июня.")
    assert _names(text) == {("Гущин", "Илья")}


def test_a_family_named_twice_has_its_members_once() -> None:
    text = ("В наслеге проводили братьев Семёновых. В последний путь проводили Айаала и "
            "Дьулустана Семёновых. Старший, 33-летний Айаал, погиб 4 марта. Младший, рядовой "
            "Дьулустан, погиб в феврале.")
    got = [(m["surname"], m["given_name"]) for m in extract_text(text, lang="ru")]
    assert sorted(got) == [("Семёнов", "Айаал"), ("Семёнов", "Дьулустан")]


def test_a_plural_surname_with_no_member_is_no_person_and_no_family() -> None:
    assert _names("Вчера в Москве Ивана и Петра Сидоровых видели соседи.") == set()
    # a village's name in the plural is no family, and its entry's names are their own
    text = ("— Егоров Михаил Гаврильевич, 45 лет, с. Тылгыны, скончался от ран 29 мая;\n"
            "— Иванов Прокопий Прокопьевич, 1968 года рождения, пропал без вести 14 мая.")
    assert _names(text) == {("Егоров", "Михаил"), ("Иванов", "Прокопий")}


def test_adjectival_and_ukrainian_family_surnames() -> None:
    assert _names("Виктор Андреевич и Андрей Викторович Лесные — отец и сын, погибли в одном "
                  "бою под Угледаром.") == {("Лесной", "Виктор"), ("Лесной", "Андрей")}
    assert _names("В Брянске простились с дядей и племянником — Владимиром и Максимом "
                  "Заболотными.") == {("Заболотный", "Владимир"), ("Заболотный", "Максим")}
    assert _names("Поховали батька і сина Черкашиних — 54-річного Юрія та 27-річного "
                  "Владислава, які загинули 15 січня під Соледаром.", "uk") == {
        ("Черкашин", "Юрій"), ("Черкашин", "Владислав")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Братья Олег Мбарга (31 год) и Эрве Мбарга (26 лет) подписали контракт.", "ru"),
    ("Камерунські брати Олег Мбарга (31 рік) і Ерве Мбарга (26 років) підписали контракт.",
     "uk"),
])
def test_siblings_named_after_a_plural_kin_word_are_the_people_described(
        text: str, lang: str) -> None:
    by_given = {m["given_name"]: m for m in extract_text(text, lang=lang)}
    assert by_given["Олег"]["age"] == 31
    assert by_given["Эрве" if lang == "ru" else "Ерве"]["age"] == 26


def test_someones_brothers_stay_relatives() -> None:
    text = "Иван Петров погиб 3 мая. Его братья Олег Петров и Сергей Петров живут в Москве."
    assert _names(text) == {("Петров", "Иван")}


#: a review's sentences: (language, text, the people and patronymics that must come out)
REVIEW = [
    ("ru", "Супруги Смирновы, Анна Петровна и Олег Юрьевич, погибли при обстреле Горловки 14 "
           "января 2024 года.", {("Смирнова", "Анна", "Петровна"), ("Смирнов", "Олег", "Юрьевич")}),
    ("ru", "Братья Рябовы погибли под Кременной. Проститься с ними пришёл глава района Андрей "
           "Кочетков. Мероприятие провёл Сергей.", set()),
    ("ru", "Братья Костины погибли 3 мая. «Они были как родные», — рассказал их друг Игорь.",
     set()),
    ("ru", "Братья Костины погибли 3 мая под Работино. В том же бою погиб их земляк Алексей.",
     set()),
    ("ru", "Супруги Костины погибли при обстреле Донецка 21 января 2024 года. Алина, их дочь, "
           "выжила.", set()),
    ("ru", "Братья Костины, Денис и Олег, похоронили друга Илью, а через месяц погибли сами.",
     {("Костин", "Денис", None), ("Костин", "Олег", None)}),
    ("ru", "На фронте погибли братья Горбуновы, Илья и Никита, и их земляк Рамиль.",
     {("Горбунов", "Илья", None), ("Горбунов", "Никита", None)}),
    ("ru", "Братьям Костиным помогал волонтёр Сергей, пока они воевали. Оба погибли 5 мая.",
     set()),
    ("ru", "С братьями Гусевыми служил Павел Андреевич, он и рассказал об их гибели.", set()),
    ("ru", "Двое братьев из Рязани погибли в один день. Молодые ребята Денис и Артём ушли "
           "добровольцами осенью.", set()),
    ("ru", "Денис ушёл на фронт вслед за братьями и служил вместе с Андреем Морозовым. 5 мая "
           "Денис погиб под Клещеевкой.", {("Морозов", "Андрей", None)}),
    ("uk", "Брати Мельниченки пішли на фронт разом. Старший, Олександр, загинув 3 квітня. "
           "Молодший, Віталій, зник безвісти.",
     {("Мельниченко", "Олександр", None), ("Мельниченко", "Віталій", None)}),
    ("uk", "Брати Ковальчуки, Василь і Петро, загинули 12 травня 2023 року.",
     {("Ковальчук", "Василь", None), ("Ковальчук", "Петро", None)}),
    ("ru", "Братья Кирилловы, Денис и Олег, погибли 12 января 2024 года.",
     {("Кириллов", "Денис", None), ("Кириллов", "Олег", None)}),
    ("ru", "Братья Егоровы из Вилюйска ушли на фронт. Старший, Айаал, погиб в марте. Младший, "
           "Туйгун, ранен.", {("Егоров", "Айаал", None), ("Егоров", "Туйгун", None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REVIEW)
def test_review_sentences(lang: str, text: str, expected: set[tuple[str, str, str | None]]
                          ) -> None:
    got = {(m["surname"], m["given_name"], m["patronymic"])
           for m in extract_text(text, lang=lang, published="2024-05-01")}
    assert got == expected
