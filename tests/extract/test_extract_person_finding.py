"""Finding the right people and their names (issue 19): names in capitals, names split
by the NER in the genitive, familiar forms of a given name, the object of a verb of
speech, namesakes after a title, "без вести пропал" with the adverb first — each with
guard cases where the rule must not fire."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.capitals import title_names
from headcount.extract.diminutives import familiar, full_forms, same_given
from headcount.extract.morph import language

PUB = "2024-06-01"


def _names(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p["surname"], p["given_name"], p["patronymic"])
            for p in extract_text(text, lang, PUB)]


# --- names in capitals -------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "names"), [
    ("ru", "ВОРОНИН Алексей Петрович (1989 г.р.) погиб 5 марта 2024 года.",
     [("Воронин", "Алексей", "Петрович")]),
    ("ru", "ИВАНОВ ПЁТР СЕРГЕЕВИЧ, 1990 г.р., погиб 5 марта 2024 года в зоне СВО.",
     [("Иванов", "Пётр", "Сергеевич")]),
    ("ru", "Погибли в ходе СВО:\nБЕЛЯЕВ Антон Игоревич, рядовой, 1995 г.р.\n"
           "ГАЛИЕВ Рустам Ильдарович, ефрейтор, 1988 г.р.",
     [("Беляев", "Антон", "Игоревич"), ("Галиев", "Рустам", "Ильдарович")]),
    ("ru", "Погиб рядовой ЛАПТЕВ Никита Олегович, уроженец Кургана.",
     [("Лаптев", "Никита", "Олегович")]),
    ("uk", "ГНАТЮК МИКОЛА ПЕТРОВИЧ загинув 5 березня 2024 року.",
     [("Гнатюк", "Микола", "Петрович")]),
    ("uk", "Загинули військовослужбовці ЗСУ: ТКАЧЕНКО Олег Іванович та КОВАЛЬ Андрій "
           "Петрович.", [("Ткаченко", "Олег", "Іванович"), ("Коваль", "Андрій", "Петрович")]),
])
def test_a_name_in_capitals_is_read_and_written_in_title_case(
        lang: str, text: str, names: list[tuple[str, str, str]]) -> None:
    assert _names(text, lang) == names


def test_the_evidence_quotes_the_name_as_written() -> None:
    text = "ВОРОНИН Алексей Петрович погиб 5 марта 2024 года."
    (person,) = extract_text(text, "ru", PUB)
    ev = person["evidence"]["name"]
    assert ev["quote"] == text[ev["start"] : ev["end"]] == "ВОРОНИН Алексей Петрович"


@pytest.mark.parametrize("text", [
    "ВЕЧНАЯ ПАМЯТЬ ГЕРОЮ! Погиб боец ЧВК «ВАГНЕР».",
    "Сводка МО РФ: ВСУ потеряли БМП и два БТР.",
    "ПОГИБ В ЗОНЕ СВО",
    "Боец «ШТОРМ Z» ушёл на СВО.",
])
def test_abbreviations_and_words_in_capitals_stay_as_written(text: str) -> None:
    with language("ru"):
        assert title_names(text) == text


def test_only_the_name_in_a_heading_in_capitals_changes() -> None:
    with language("ru"):
        out = title_names("ПОГИБ ПЕТРОВ ИВАН. Служил в ВДВ.")
    assert out == "ПОГИБ Петров Иван. Служил в ВДВ."


# --- a name the NER splits after the given name ------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Глава района выразил соболезнования семье погибшего Артёма Сергеевича Гусева.",
     ("Гусев", "Артём", "Сергеевич")),
    ("Глава района выразил соболезнования семье погибшего Артёма Юрьевича Гусева.",
     ("Гусев", "Артём", "Юрьевич")),
    ("В Туле похоронили ефрейтора Артёма Юрьевича Белоусова.",
     ("Белоусов", "Артём", "Юрьевич")),
])
def test_a_given_name_and_a_patronymic_split_by_the_ner_make_one_name(
        text: str, name: tuple[str, str, str]) -> None:
    assert _names(text, "ru") == [name]


# --- familiar forms of a given name ------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Погиб Дима Соколов. Дмитрий Соколов служил в морской пехоте.",
     ("Соколов", "Дмитрий", None)),
    ("ru", "Погиб Дмитрий Соколов. Дима с детства мечтал стать военным.",
     ("Соколов", "Дмитрий", None)),
    ("ru", "Погиб Сергей Кожемякин. «Серёга Кожемякин был душой роты», — вспоминают друзья.",
     ("Кожемякин", "Сергей", None)),
    ("ru", "Под Работино погиб Ванька Лысенко. Простились с Иваном Лысенко в Орле.",
     ("Лысенко", "Иван", None)),
    ("uk", "Загинув Сашко Левченко. Олександр Левченко був кулеметником.",
     ("Левченко", "Олександр", None)),
    ("uk", "Під Авдіївкою загинув Іван Мельник. Ванько з дитинства мріяв про армію.",
     ("Мельник", "Іван", None)),
])
def test_a_familiar_form_and_the_full_name_are_one_person_named_in_full(
        lang: str, text: str, name: tuple[str, str, None]) -> None:
    assert _names(text, lang) == [name]


@pytest.mark.parametrize("text", [
    "Погибли рядовые Александр Петров и Алексей Петров, однофамильцы.",
    "Погибли рядовые Дмитрий Соколов и Вадим Соколов.",
])
def test_two_full_names_of_one_surname_stay_two_people(text: str) -> None:
    assert len(_names(text, "ru")) == 2


def test_the_table_of_familiar_forms() -> None:
    assert "александр" in full_forms("Саша") and "олександр" in full_forms("сашко")
    assert full_forms("ванька") == frozenset({"иван"})  # a suffix on "Ваня"
    assert same_given("Дима", "Дмитрий") and same_given("Серёжа", "Серёга")
    assert not same_given("Вадим", "Дмитрий") and not same_given("Александр", "Алексей")
    assert familiar("Петька") and not familiar("Пётр") and not familiar("Марко")


# --- who is a person ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Сослуживцы вспоминают погибшего Рената Ильдаровича Шайхутдинова.",
     [("Шайхутдинов", "Ренат", "Ильдарович")]),
    ("В Твери вспомнили погибшего земляка Олега Сизова.", [("Сизов", "Олег", None)]),
])
def test_the_object_of_a_verb_of_speech_is_no_speaker(
        text: str, names: list[tuple[str, str, str | None]]) -> None:
    assert _names(text, "ru") == names


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("ru", "Прощание прошло в школе имени Героя Советского Союза Александра Матросова. "
           "Погиб выпускник школы Никита Олегович Сомов.", [("Сомов", "Никита", "Олегович")]),
    ("ru", "Погиб Тимур Абдуллаев. Он учился в гимназии в честь Героя Советского Союза "
           "Николая Гастелло.", [("Абдуллаев", "Тимур", None)]),
    ("uk", "Загинув Тарас Мельничук, випускник школи імені Героя Радянського Союзу "
           "Олександра Покришкіна.", [("Мельничук", "Тарас", None)]),
    ("ru", "Погиб Роман Лыков, выпускник училища имени генерала армии Василия Маргелова.",
     [("Лыков", "Роман", None)]),
])
def test_a_namesake_after_a_title_is_no_person(
        lang: str, text: str, names: list[tuple[str, str, str | None]]) -> None:
    assert _names(text, lang) == names


def test_a_hero_of_russia_who_died_is_a_person() -> None:
    assert _names("Погиб Герой России Магомед Нурбагандов.", "ru") == [
        ("Нурбагандов", "Магомед", None)]


# --- missing, the adverb first -----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Без вести пропал Зурабов Георгий Автандилович. Сестра просит откликнуться.",
     ("Зурабов", "Георгий", "Автандилович")),
    ("ru", "Без вести пропала фельдшер Ирина Лаптева.", ("Лаптева", "Ирина", None)),
    ("uk", "Безвісти зник Тарас Мельничук.", ("Мельничук", "Тарас", None)),
    ("uk", "Без вісти зникла медсестра Ольга Стасюк.", ("Стасюк", "Ольга", None)),
])
def test_missing_with_the_adverb_first(lang: str, text: str,
                                       name: tuple[str, str, str | None]) -> None:
    (person,) = extract_text(text, lang, PUB)
    assert (person["surname"], person["given_name"], person["patronymic"]) == name
    assert person["status"] == "missing"


def test_missing_in_the_plural_with_the_adverb_first() -> None:
    people = extract_text("В марте без вести пропали рядовые Олег Сизов и Артур Галиев.",
                          "ru", PUB)
    assert [(p["surname"], p["status"]) for p in people] == [
        ("Сизов", "missing"), ("Галиев", "missing")]


@pytest.mark.parametrize("text", [
    "В честь погибшего Ивана Рябова назвали улицу в его селе.",
    "Школе присвоили имя погибшего ефрейтора Олега Сизова.",
])
def test_a_dead_man_of_this_war_a_street_is_named_after_stays_a_person(text: str) -> None:
    assert len(_names(text, "ru")) == 1


# --- English: clergy by their title, a speaker who names the dead ------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Father Sergiy Lytvyn led the funeral service for Oleksandr Bondar, killed near "
     "Bakhmut.", [("Bondar", "Oleksandr", None)]),
    ("Rev. John Miller spoke at the funeral of Private Nikita Sorokin, who was killed "
     "near Kreminna.", [("Sorokin", "Nikita", None)]),
    ("Imam Rustam Khasanov read a prayer for Timur Aliyev, killed in the Kherson region.",
     [("Aliyev", "Timur", None)]),
    ("The Wagner commander Dmitry Utkin said Vladimir Lebedev died heroically.",
     [("Lebedev", "Vladimir", None)]),
    ("Their commander, Oleg Ryabov, said Private Ivan Tkachenko was killed on 3 May.",
     [("Tkachenko", "Ivan", None)]),
])
def test_english_clergy_and_speakers_are_not_the_dead(
        text: str, names: list[tuple[str, str, str | None]]) -> None:
    assert _names(text, "en") == names


def test_english_a_chaplain_killed_is_a_person() -> None:
    text = "Father Pavel Zorin, a volunteer chaplain, was killed by shelling near Kherson."
    assert _names(text, "en") == [("Zorin", "Pavel", None)]


def test_english_a_man_who_said_goodbye_is_still_the_one_killed() -> None:
    text = "Sergei Ivanov said goodbye to his family in May; he was killed in June near Bakhmut."
    assert _names(text, "en") == [("Ivanov", "Sergei", None)]


# --- particles that open a surname -------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Кубинец Хуан Карлос де ла Крус погиб под Купянском.",
     ("де ла Крус", "Хуан Карлос", None)),
    ("ru", "Гражданин Туниса Ахмед Бен Салем попал в плен под Купянском.",
     ("Бен Салем", "Ахмед", None)),
    ("ru", "Нидерландец Питер ван Дейк погиб под Бахмутом.", ("ван Дейк", "Питер", None)),
    ("ru", "Гражданин Сирии Омар аль Рашид погиб в Запорожской области.",
     ("аль Рашид", "Омар", None)),
])
def test_a_particle_before_the_last_word_opens_the_surname(
        lang: str, text: str, name: tuple[str, str, None]) -> None:
    assert _names(text, lang) == [name]


def test_a_nasab_inside_a_longer_name_stays_the_fathers_name() -> None:
    from headcount.extract.namecase import parse_name
    p = parse_name(["Мухаммад", "бин", "Халид", "аль-Хасан"])
    assert (p.surname, p.given, p.patronymic) == ("Аль-Хасан", "Мухаммад", "бин Халид")


# --- relatives of the dead, and the dead named by a kin word ----------------------------

@pytest.mark.parametrize("text", [
    "Мать погибшего бойца Мария Петрова рассказала о сыне.",
    "Вдова погибшего военнослужащего Ольга Сизова получила орден мужа.",
    "Отец погибшего добровольца Николай Гусев попросил о помощи.",
])
def test_a_relative_after_kin_and_the_dead_man_s_noun_is_no_person(text: str) -> None:
    assert _names(text, "ru") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Мать погибшего бойца Ивана Петрова рассказала о сыне.", ("Петров", "Иван", None)),
    ("Мать погибшего бойца Анны Крыловой рассказала о дочери.", ("Крылова", "Анна", None)),
    ("Сергей Козлов рассказал о погибшем сослуживце Иване Рябове.", ("Рябов", "Иван", None)),
    ("Её погибший брат Иван Соколов служил в десанте.", ("Соколов", "Иван", None)),
    ("О погибшем Иване Рябове рассказали в школе.", ("Рябов", "Иван", None)),
    ("Вспоминаем погибшую Анну Крылову.", ("Крылова", "Анна", None)),
])
def test_the_dead_named_after_a_kin_word_or_a_participle_is_the_person(
        text: str, name: tuple[str, str, None]) -> None:
    assert _names(text, "ru") == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Sasha Petrov, 19, was killed near Bakhmut. Alexander Petrov had signed a contract in "
     "May.", ("Petrov", "Alexander", None)),
    ("Dima Volkov was killed. Dmitry Volkov served in the 155th brigade.",
     ("Volkov", "Dmitry", None)),
    ("Vanya Lysenko was killed in May. Ivan Lysenko, 23, had served since 2022.",
     ("Lysenko", "Ivan", None)),
])
def test_english_a_familiar_form_and_the_full_name_are_one_person(
        text: str, name: tuple[str, str, None]) -> None:
    assert _names(text, "en") == [name]


@pytest.mark.parametrize("text", [
    "Alexander Petrov and Alexei Petrov, cousins, were killed near Bakhmut.",
    "Vadim Sokolov and Dmitry Sokolov were killed near Bakhmut.",
    "Leon Petrov and Elena Petrov were killed near Bakhmut.",
])
def test_english_two_given_names_of_one_surname_stay_two_people(text: str) -> None:
    assert len(_names(text, "en")) == 2


@pytest.mark.parametrize(("text", "names"), [
    ("Brian Ouma, from Ugunja in Siaya County, was killed near Bakhmut.",
     [("Ouma", "Brian", None)]),
    ("Peter Mwangi, of Nakuru County, was captured near Kupiansk. His body was flown to Jomo "
     "Kenyatta International Airport.", [("Mwangi", "Peter", None)]),
    ("Suresh Limbu from Jhapa District and Sanjay Rai of Ilam Province were killed.",
     [("Limbu", "Suresh", None), ("Rai", "Sanjay", None)]),
    ("Ahmed Khalil from Gharbia Governorate died near Bakhmut.", [("Khalil", "Ahmed", None)]),
])
def test_english_a_place_abroad_is_no_person(
        text: str, names: list[tuple[str, str, None]]) -> None:
    assert _names(text, "en") == names


# --- patronymics made from given names the dictionary lacks -----------------------------

@pytest.mark.parametrize(("lang", "text", "name"), [
    ("uk", "Загинув Цибікжапов Баїр Доржиєвич, мобілізований з Бурятії.",
     ("Цибікжапов", "Баїр", "Доржиєвич")),
    ("ru", "Погиб Цыренов Жаргал Баирович, мобилизованный из Бурятии.",
     ("Цыренов", "Жаргал", "Баирович")),
    ("ru", "Простились с Цыреновым Жаргалом Баировичем.", ("Цыренов", "Жаргал", "Баирович")),
])
def test_a_surname_first_name_with_an_unknown_fathers_name(
        lang: str, text: str, name: tuple[str, str, str]) -> None:
    assert _names(text, lang) == [name]


def test_three_foreign_words_stay_given_names_and_a_surname() -> None:
    from headcount.extract.namecase import parse_name
    p = parse_name(["Бишну", "Прасад", "Гурунг"])
    assert (p.surname, p.given, p.patronymic) == ("Гурунг", "Бишну Прасад", "")
