"""Who a name is: the person described, a relative, an official — and where the name stops."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text
from headcount.extract.boundary import person_spans, split, trim

NAMES = [
    ("Соколова Анна Игоревна", "Соколова", "Анна", "F"),
    ("Ирина Викторовна Белова", "Белова", "Ирина", "F"),
    ("Морозова Елена", "Морозова", "Елена", "F"),
]
MALE_NAMES = [
    ("Кузнецов Дмитрий Андреевич", "Кузнецов", "Дмитрий"),
    ("Сергей Лыков", "Лыков", "Сергей"),
    ("Тарасов Олег Иванович", "Тарасов", "Олег"),
    ("Андрей Семёнов", "Семёнов", "Андрей"),
]
PROFESSIONS_F = ["Медсестра", "Медицинская сестра", "Сестра милосердия", "Санинструктор",
                 "Фельдшер", "Палатная сестра"]
KIN_F = ["Мать", "Сестра", "Вдова", "Супруга", "Дочь"]
DEATHS = ["погибла 6 апреля 2025 года.", "погибла при обстреле.", "скончалась от ран 3 мая 2024 г."]


@pytest.mark.parametrize(
    ("profession", "name", "death"),
    list(itertools.product(PROFESSIONS_F, NAMES, DEATHS))[::2],
)
def test_a_profession_is_not_kin(profession: str, name: tuple[str, str, str, str],
                                 death: str) -> None:
    written, surname, given, _ = name
    ms = extract_text(f"{profession} {written} {death}")
    assert [(m["surname"], m["given_name"], m["status"]) for m in ms] == [
        (surname, given, "killed")]


@pytest.mark.parametrize(("kin", "name"), list(itertools.product(KIN_F, NAMES)))
def test_a_relative_named_in_the_nominative_is_not_the_person(
    kin: str, name: tuple[str, str, str, str]
) -> None:
    written, _, _, _ = name
    text = (f"Рядовой Игорь Зуев погиб 3 мая 2024 года. {kin} {written} рассказала, "
            "что он был добрым человеком.")
    assert [m["surname"] for m in extract_text(text)] == ["Зуев"]


@pytest.mark.parametrize("kin", ["Мать", "Вдова", "Сестра", "Сослуживцы", "Отец"])
def test_a_name_in_the_genitive_after_kin_is_the_person(kin: str) -> None:
    text = f"{kin} погибшего рядового Ивана Петрова рассказали, что он погиб в мае 2023 года."
    ms = extract_text(text)
    assert [(m["surname"], m["death_date"]) for m in ms] == [("Петров", "2023-05")]


@pytest.mark.parametrize(
    "official",
    ["Глава района", "Глава Кяхтинского района", "Губернатор Курской области", "Мэр города",
     "Военком", "Уполномоченный по правам человека"],
)
def test_officials_are_not_the_person(official: str) -> None:
    text = f"{official} Сергей Дондоков сообщил, что погиб рядовой Иван Петров."
    assert [m["surname"] for m in extract_text(text)] == ["Петров"]


DESCRIPTORS = ["Осуждённый", "Осужденный", "Кемеровчанин", "Новосибирец", "Уроженец",
               "Доброволец", "Мобилизованный", "Военнослужащий", "Заключённый", "Ветеран",
               "Рядовой", "Ефрейтор", "Бывший заключённый"]


@pytest.mark.parametrize(("descriptor", "name"), list(itertools.product(DESCRIPTORS, MALE_NAMES)))
def test_descriptor_words_are_not_taken_into_names(descriptor: str,
                                                   name: tuple[str, str, str]) -> None:
    written, surname, given = name
    ms = extract_text(f"{descriptor} {written} погиб в зоне СВО.")
    assert [(m["surname"], m["given_name"]) for m in ms] == [(surname, given)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Голубь Иван Петрович погиб.", "Голубь Иван Петрович"),  # a noun as the surname
        ("Волк Сергей Николаевич погиб.", "Волк Сергей Николаевич"),
        ("Осуждённый Голубь Иван Петрович погиб.", "Голубь Иван Петрович"),
    ],
)
def test_a_common_noun_before_given_name_and_patronymic_stays_the_surname(
    text: str, name: str
) -> None:
    spans = person_spans(text, [(0, text.index(" погиб"))])
    assert [text[s:e] for s, e in spans] == [name]


@pytest.mark.parametrize(
    ("span", "pieces"),
    [
        ("Джошуа Вольфа (Joshua Wolf", ["Джошуа Вольфа", "Joshua Wolf"]),
        ("Овечкин, Фёдоров", ["Овечкин", "Фёдоров"]),
        ("Хитли (Гецлаф", ["Хитли", "Гецлаф"]),
        ("Иван Петров", ["Иван Петров"]),
        ("Петров И.И.", ["Петров И.И."]),
    ],
)
def test_spans_are_cut_at_punctuation_and_script_changes(span: str, pieces: list[str]) -> None:
    assert [span[s:e] for s, e in split(span, 0, len(span))] == pieces


def test_a_final_dot_is_not_part_of_a_name() -> None:
    text = "Об этом сообщил Петров И.И."
    assert text[slice(*trim(text, 16, len(text)))] == "Петров И.И"


def test_a_latin_spelling_in_brackets_is_the_same_person() -> None:
    text = "Погиб американский доброволец Джошуа Вольф (Joshua Wolf), 34 года."
    ms = extract_text(text, "ru")
    assert [m["surname"] for m in ms] == ["Вольф"]


@pytest.mark.parametrize(
    ("text", "spans", "names"),
    [
        ("глава Дагестана Муху Алиев заявил", [(16, 26)], ["Муху Алиев"]),
        ("генсек ООН Пан Ги Мун заявил", [(11, 21)], ["Пан Ги Мун"]),
        ("Предшественник Сибелиус Том Дэшл был вынужден", [(15, 23), (24, 32)],
         ["Сибелиус", "Том Дэшл"]),
        ("заместитель Андрея Раппопорта Александр Чистяков сказал", [(12, 29), (30, 48)],
         ["Андрея Раппопорта", "Александр Чистяков"]),
        ("Санинструктор Соколова Анна Игоревна погибла", [(0, 22), (23, 36)],
         ["Соколова Анна Игоревна"]),
        ("у королевы Елизаветы II в Лондоне", [(11, 23)], ["Елизаветы II"]),
    ],
)
def test_given_names_that_are_nouns_and_neighbouring_people_are_kept_apart(
    text: str, spans: list[tuple[int, int]], names: list[str]
) -> None:
    assert [text[s:e] for s, e in person_spans(text, spans)] == names


SUBJECTS = [("Иван Петров", "Петров"), ("Алексей Николаевич Зуев", "Зуев"),
            ("Баир Будаев", "Будаев")]
#: stories that name a second person who is not a casualty, each with a date, a status
#: word or a death cue next to that person to tempt the extractor
OTHERS = [
    "«Он был настоящим героем», — рассказала его мать Анна Петровна Смирнова.",
    "Об этом сообщила вдова погибшего Мария Кравец.",
    "Его мать, Анна Кравец, узнала о гибели сына 5 мая 2024 года.",
    "Его похоронили рядом с отцом, Николаем Кравцом, погибшим в Чечне в 1995 году.",
    "По словам командира роты Алексея Смирнова, он погиб, спасая товарищей.",
    "Военный комиссар Игорь Сидоров вручил семье орден Мужества посмертно.",
    "«Ваня всегда помогал людям», — вспоминает его друг Сергей Козлов, вернувшийся с фронта.",
    "— Он погиб как герой, — сказал журналистам Олег Смирнов 6 мая 2024 года.",
    "Отпевание 8 мая провёл настоятель храма протоиерей Сергий Кравец.",
    "Начальник военкомата Пётр Кравец сообщил, что тело доставят 7 мая.",
]


@pytest.mark.parametrize(("subject", "other"), list(itertools.product(SUBJECTS, OTHERS)))
def test_relatives_officials_and_speakers_are_not_casualties(
    subject: tuple[str, str], other: str
) -> None:
    written, surname = subject
    text = f"Рядовой {written} погиб 3 мая 2024 года под Бахмутом. {other}"
    ms = extract_text(text)
    assert [(m["surname"], m["status"], m["death_date"]) for m in ms] == [
        (surname, "killed", "2024-05-03")]


@pytest.mark.parametrize(
    "text",
    ["Мой сын Иван Петров погиб 3 мая 2024 года под Бахмутом.",
     "Наш брат Иван Петров погиб 3 мая 2024 года под Бахмутом.",
     "Ищу брата Петрова Ивана, 1990 г.р., пропал без вести 3 мая 2024 года.",
     "У неё погиб сын, Иван Петров, 3 мая 2024 года.",
     "Мать погибшего Ивана Петрова рассказала, что он погиб 3 мая 2024 года."],
)
def test_the_writers_own_relative_is_the_casualty(text: str) -> None:
    ms = extract_text(text)
    assert [m["surname"] for m in ms] == ["Петров"]
    assert ms[0]["status"] in ("killed", "missing")


def test_a_speaker_named_after_a_preposition_is_still_the_subject() -> None:
    text = "Губернатор рассказал о рядовом Иване Петрове, который погиб 3 мая 2024 года."
    assert [m["surname"] for m in extract_text(text)] == ["Петров"]


@pytest.mark.parametrize("kin", ["Сын ветерана Афганистана", "Внук участника войны",
                                 "Брат известного спортсмена"])
def test_a_relative_of_someone_else_named_as_the_casualty_is_the_casualty(kin: str) -> None:
    ms = extract_text(f"{kin} Иван Петров погиб 3 мая 2024 года под Бахмутом.")
    assert [(m["surname"], m["status"]) for m in ms] == [("Петров", "killed")]


def test_a_relative_set_off_by_commas_who_died_is_the_one_who_died() -> None:
    ms = extract_text("Его брат, Ван Бин, генерал флота, умер в 2014 году в Пекине.")
    assert [m["death_date"] for m in ms] == ["2014"]


def test_a_name_repeated_over_a_line_break_is_one_naming() -> None:
    text = ("Умер польский композитор Кшиштоф Пендерецкий\nКшиштоф Пендерецкий\n"
            "Скончался 29 марта 2020 года композитор Кшиштоф Пендерецкий.")
    assert [(m["surname"], m["given_name"]) for m in extract_text(text)] == [
        ("Пендерецкий", "Кшиштоф")]
