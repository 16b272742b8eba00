"""Several people in one text: shared predicates, enumerations, names governed by context."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text

PAIRS = [
    (("Сидоренко Иван Петрович", "Сидоренко"), ("Мельников Олег Сергеевич", "Мельников")),
    (("рядовой Андрей Зуев", "Зуев"), ("ефрейтор Павел Рыбин", "Рыбин")),
    (("Баир Цыбиков", "Цыбиков"), ("Аюр Дашиев", "Дашиев")),
]
PREDICATES = [
    ("погибли в мае 2023 года", "killed", "2023-05"),
    ("пропали без вести 20.10.2023", "missing", "2023-10-20"),
    ("погибли 3 июня 2023 года под Бахмутом", "killed", "2023-06-03"),
]


@pytest.mark.parametrize(("pair", "predicate"), list(itertools.product(PAIRS, PREDICATES)))
def test_a_shared_predicate_gives_each_person_the_status_and_date(
    pair: tuple[tuple[str, str], tuple[str, str]], predicate: tuple[str, str, str]
) -> None:
    (a, sa), (b, sb) = pair
    words, status, when = predicate
    text = f"{a[0].upper()}{a[1:]} (1998 г.р.) и {b} (1975 г.р.) {words}."
    ms = {m["surname"]: m for m in extract_text(text)}
    assert set(ms) == {sa, sb}
    assert (ms[sa]["status"], ms[sb]["status"]) == (status, status)
    assert (ms[sa]["status_date"], ms[sb]["status_date"]) == (when, when)
    assert (ms[sa]["birth_date"], ms[sb]["birth_date"]) == ("1998", "1975")


@pytest.mark.parametrize(
    "lead",
    ["В ходе специальной военной операции погибли наши земляки:",
     "Погибли при выполнении боевых задач:",
     "Вернулись из плена:"],
)
def test_a_list_after_a_plural_predicate_shares_it(lead: str) -> None:
    text = (f"{lead} рядовой Ооржак Айдын Сергеевич (г. Кызыл); ефрейтор Монгуш Чингис "
            "Алексеевич (с. Сукпак); младший сержант Кужугет Омак Борисович (г. Ак-Довурак).")
    ms = extract_text(text)
    assert len(ms) == 3
    assert len({m["status"] for m in ms}) == 1 and ms[0]["status"] is not None
    assert [m["rank"] for m in ms] == ["рядовой", "ефрейтор", "младший сержант"]


@pytest.mark.parametrize("both", ["Оба", "Оба героически", "Все трое"])
def test_a_plural_predicate_in_the_next_sentence(both: str) -> None:
    text = ("Сообщаем о гибели рядового С. И. Иванова (03.05.2000 г.р.) и ефрейтора "
            f"Р. А. Кудрявцева (2001 г.р.). {both} погибли в январе 2024 года.")
    ms = {m["surname"]: m for m in extract_text(text)}
    assert {k: (m["death_date"], m["birth_date"]) for k, m in ms.items()} == {
        "Иванов": ("2024-01", "2000-05-03"), "Кудрявцев": ("2024-01", "2001")}


@pytest.mark.parametrize(
    ("phrase", "surname", "given"),
    [
        ("43-летнего мобилизованного иркутянина Станислава Бердникова", "Бердников", "Станислав"),
        ("бывшего осуждённого Вячеслава Кочеткова", "Кочетков", "Вячеслав"),
        ("медсестру Станиславу Петрову", "Петрова", "Станислава"),
        ("военнослужащего М. В. Карасёва", "Карасёв", "М."),
        ("мобилизованного жителя Оренбурга Д.А. Сорокина", "Сорокин", "Д."),
    ],
)
def test_the_governing_words_decide_the_case_of_a_name(phrase: str, surname: str,
                                                       given: str) -> None:
    (m,) = extract_text(f"Суд признал умершим {phrase}.")
    assert (m["surname"], m["given_name"]) == (surname, given)


@pytest.mark.parametrize(
    ("first", "later", "patronymic"),
    [("ефрейтор Пестов Н.А.", "Никита Александрович", "Александрович"),
     ("младший сержант Алексей Фомичёв", "Алексей Павлович", "Павлович"),
     ("доброволец Жаргал Дашиев", "Жаргал Цыренович", "Цыренович")],
)
def test_a_later_given_name_and_patronymic_complete_the_name(first: str, later: str,
                                                            patronymic: str) -> None:
    (m,) = extract_text(f"Погиб {first}. {later} служил по контракту.")
    assert m["patronymic"] == patronymic
    assert not m["given_name"].endswith(".")


@pytest.mark.parametrize(
    ("text", "settlement"),
    [("Уроженец Энгельса Евгений Шмаков погиб.", "Энгельс"),
     ("Житель Кяхты Иван Сергеевич Петров погиб.", "Кяхта")],
)
def test_a_home_place_before_the_name_is_not_part_of_it(text: str, settlement: str) -> None:
    (m,) = extract_text(text)
    assert m["settlement"] == settlement
    assert settlement[:4] not in m["name"]


@pytest.mark.parametrize(
    ("entry", "settlement", "region"),
    [
        ("рядовой Ооржак Айдын Сергеевич (г. Кызыл)", "Кызыл", "RU-TY"),
        ("рядовой Клименко Сергей Иванович (Новомосковск)", "Новомосковск", "RU-TUL"),
        ("Тарасов Денис Игоревич, 1992 г.р., Великий Новгород", "Великий Новгород", "RU-NGR"),
        ("младший сержант Кужугет Омак Борисович (г. Ак-Довурак)", "Ак-Довурак", "RU-TY"),
    ],
)
def test_a_town_in_a_list_entry_is_that_persons_home(entry: str, settlement: str,
                                                     region: str) -> None:
    other = "ефрейтор Лысенков Денис Олегович (Тула)"
    text = f"Погибли при выполнении боевых задач: {entry}; {other}."
    ms = {m["surname"]: m for m in extract_text(text)}
    first = next(m for k, m in ms.items() if k != "Лысенков")
    assert (first["settlement"], first["region"]) == (settlement, region)
    assert (ms["Лысенков"]["settlement"], ms["Лысенков"]["region"]) == ("Тула", "RU-TUL")


def test_a_bullet_ends_a_name() -> None:
    text = ("Пропали без вести под Авдеевкой: ▪️ Семёнов Андрей Викторович, 1981 г.р., "
            "Боровичи ▪️ Тарасов Денис Игоревич, 1992 г.р., Великий Новгород")
    names = [m["name"] for m in extract_text(text)]
    assert "Тарасов Денис Игоревич" in names and not any("Боровичи" in n for n in names)
