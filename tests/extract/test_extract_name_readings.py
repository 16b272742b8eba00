"""Names back to the nominative when a rare reading or a guess points elsewhere, patronymics
the dictionary does not tag, and namesakes of institutions kept out of the people."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.namecase import parse_name


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "Дмитрия", "Никиты" may be read as rare women's names in the nominative
        (["Дмитрия", "Шестакова"], ("Шестаков", "Дмитрий", "", "M")),
        (["Дмитрия", "Сергеевича", "Карпова"], ("Карпов", "Дмитрий", "Сергеевич", "M")),
        (["Шестакова", "Дмитрия"], ("Шестаков", "Дмитрий", "", "M")),
        # a patronymic the dictionary only guesses still says case and sex
        (["Бато", "Жамсуевича", "Дугарова"], ("Дугаров", "Бато", "Жамсуевич", "M")),
        (["Баира", "Доржиевича", "Цыренова"], ("Цыренов", "Баир", "Доржиевич", "M")),
        (["Тимура", "Айдаровича", "Хасанова"], ("Хасанов", "Тимур", "Айдарович", "M")),
    ],
)
def test_oblique_russian_names(words: list[str], expected: tuple[str, str, str, str]) -> None:
    p = parse_name(words)
    assert (p.surname, p.given, p.patronymic, p.sex) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # guard: the nominative stays when the words are women's names
        (["Анна", "Петрова"], ("Петрова", "Анна", "", "F")),
        (["Дарья", "Сергеевна", "Шестакова"], ("Шестакова", "Дарья", "Сергеевна", "F")),
        (["Петрова", "Мария", "Ивановна"], ("Петрова", "Мария", "Ивановна", "F")),
        (["Иван", "Петров"], ("Петров", "Иван", "", "M")),
    ],
)
def test_nominative_names_stay(words: list[str], expected: tuple[str, str, str, str]) -> None:
    p = parse_name(words)
    assert (p.surname, p.given, p.patronymic, p.sex) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Максим", "Володимирович", "Зуєв"], ("Зуєв", "Максим", "Володимирович")),
        (["Зуєв", "Максим", "Володимирович"], ("Зуєв", "Максим", "Володимирович")),
        (["Андрій", "Богданович", "Мельник"], ("Мельник", "Андрій", "Богданович")),
        (["Ковальчук", "Олена", "Богданівна"], ("Ковальчук", "Олена", "Богданівна")),
        (["Ігор", "Ігорович", "Бондар"], ("Бондар", "Ігор", "Ігорович")),
    ],
)
def test_ukrainian_patronymics_of_untagged_given_names(
    words: list[str], expected: tuple[str, str, str]
) -> None:
    with language("uk"):
        p = parse_name(words)
    assert (p.surname, p.given, p.patronymic) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Під Бахмутом ліквідовано 35-річного рядового Баїра Цибікова з села Мухоршибір.",
         ("Цибіков", "Баїр")),
        ("Стало відомо про загибель під Авдіївкою мобілізованого Аюра Очирова з Агінського.",
         ("Очиров", "Аюр")),
        ("Бурятські пабліки повідомили про загибель єфрейтора Жаргала Доржиєва 3 березня.",
         ("Доржиєв", "Жаргал")),
    ],
)
def test_ukrainian_guessed_surname_follows_the_governing_words(
    text: str, expected: tuple[str, str]
) -> None:
    ms = extract_text(text, None, "2024-04-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == [expected]


def test_ukrainian_father_and_son_with_one_surname_are_two_people() -> None:
    text = ("Під Суджею в полон потрапили батько і син з Липецька — 52-річний Володимир "
            "Петрович Зуєв та 27-річний Максим Володимирович Зуєв.")
    ms = extract_text(text, None, "2024-10-22")
    assert {(m["surname"], m["given_name"], m["patronymic"]) for m in ms} == {
        ("Зуєв", "Володимир", "Петрович"), ("Зуєв", "Максим", "Володимирович")}


@pytest.mark.parametrize(
    "text",
    [
        "В госпитале Бурденко скончался от ран рядовой Иван Сидоров.",
        "Раненый Алексей Громов умер в больнице Склифосовского 3 мая 2024 года.",
        "Після лікування в лікарні Мечникова у Дніпрі помер сержант Володимир Литвин.",
        "Ефрейтор Олег Рябов погиб под Кременной. Он окончил училище Баумана.",
        "У шпиталі Пирогова у Вінниці помер від ран солдат Петро Коваль.",
    ],
)
def test_namesake_of_an_institution_is_no_person(text: str) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert len(ms) == 1 and ms[0]["given_name"] in ("Иван", "Алексей", "Володимир", "Олег",
                                                      "Петро")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: a full name after an institution noun is a person
        ("В больнице Иван Петров скончался от ран 5 мая 2024 года.", ("Петров", "Иван")),
        ("У лікарні Петро Коваль помер від поранень 5 травня 2024 року.", ("Коваль", "Петро")),
    ],
)
def test_full_name_after_an_institution_noun_is_a_person(
    text: str, expected: tuple[str, str]
) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 декабря под Марьинкой погибли наш ротный, капитан Рожков, и Сергей «Малой» "
         "Фирсов.", [("Рожков", ""), ("Фирсов", "Сергей")]),
        ("Под Бахмутом погиб Андрей «Шаман» Котов из Читы.", [("Котов", "Андрей")]),
        ("В бою 3 мая 2024 года погиб рядовой Ильдар «Татарин» Хабибуллин.",
         [("Хабибуллин", "Ильдар")]),
        ("Простились с Виктором «Бурым» Медведевым, погибшим под Авдеевкой.",
         [("Медведев", "Виктор")]),
        ("Загинув Олександр «Сокіл» Бондаренко з Полтави.", [("Бондаренко", "Олександр")]),
        ("Полонений Дмитро «Грек» Соколов розповів про службу.", [("Соколов", "Дмитро")]),
        ("На Запорізькому напрямку загинув старший солдат Ігор «Кум» Шевчук, 1985 р.н.",
         [("Шевчук", "Ігор")]),
    ],
)
def test_call_sign_inside_a_name_is_left_out(
    text: str, expected: list[tuple[str, str]]
) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"] or "") for m in ms] == expected


def test_quoted_place_between_names_joins_nothing() -> None:
    text = "Погиб рядовой Кирилл Лапин. Прощание пройдёт в ДК «Горняк» в Новокузнецке."
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == [("Лапин", "Кирилл")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Кулунде сегодня хоронили братьев Зайцевых — Ивана (1995 г.р.) и Михаила "
         "(1998 г.р.). Братья погибли 9 июля под Кременной.",
         [("Зайцев", "Иван"), ("Зайцев", "Михаил")]),
        ("Под Авдеевкой погибли братья Ковальские, Пётр и Андрей, оба служили по контракту.",
         [("Ковальский", "Пётр"), ("Ковальский", "Андрей")]),
        ("Простились с супругами Мельниковыми — Анной и Олегом, погибшими при обстреле "
         "Белгорода 30 декабря 2023 года.", [("Мельникова", "Анна"), ("Мельников", "Олег")]),
        ("Братья Сафины — Ильдар и Ринат — погибли в один день под Бахмутом в мае 2023 года.",
         [("Сафин", "Ильдар"), ("Сафин", "Ринат")]),
    ],
)
def test_plural_surname_then_given_names(text: str, expected: list[tuple[str, str]]) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == expected
    assert all(m["status"] == "killed" for m in ms)


def test_parents_named_by_a_plural_surname_are_no_persons() -> None:
    text = "Погиб рядовой Олег Петров. Его родители, Петровы — Иван и Мария, живут в Туле."
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == [("Петров", "Олег")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3. Ринчинов Ц.-Д. Б., 2003 г.р., рядовой, погиб 14.12.2022.",
         ("Ринчинов", "Ц.-Д.", "Б.")),
        ("Погиб рядовой Дашиев Б.-Ж. Ц. из Агинского.", ("Дашиев", "Б.-Ж.", "Ц.")),
        ("Погиб Ж.-П. Мбарга, гражданин Камеруна.", ("Мбарга", "Ж.-П.", None)),
        # guard: a hyphened surname is no pair of initials
        ("Погиб рядовой Иванов-Петров С. А. из Читы.", ("Иванов-Петров", "С.", "А.")),
    ],
)
def test_hyphened_initials_stay_one_given_name(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"], m["patronymic"]) for m in ms] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Непальця Раджу Бахадура Таманга, який воював за Росію, взяли в полон бійці ЗСУ "
         "2 жовтня.", ("Таманг", "Раджу Бахадур")),
        ("Кубинця Хосе Антоніо Переса ліквідовано під Бахмутом 3 травня.",
         ("Перес", "Хосе Антоніо")),
        ("Погибшего Ивана Петрова похоронили в Туле 5 мая 2024 года.", ("Петров", "Иван")),
    ],
)
def test_a_word_opening_the_sentence_gives_the_case(text: str, expected: tuple[str, str]) -> None:
    ms = extract_text(text, None, "2024-06-01")
    assert [(m["surname"], m["given_name"]) for m in ms] == [expected]
