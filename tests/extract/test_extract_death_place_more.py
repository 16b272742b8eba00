"""Places of death by class, in Russian, Ukrainian and English: a front's direction whose
adjective is also a town's name ("на Курском направлении" is no Курск); the zone of the
special operation told before its death verb ("В зоне СВО погиб …"); a district with its
region ("в Суджанском районе Курской области"); a Ukrainian town shaped as a neuter adjective
in the genitive ("поблизу Свердликового"); the English zone as written; and no place of death
for one killed whose only place is where he went missing."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text


def _one(text: str, lang: str) -> dict:
    (m,) = extract_text(text, lang, "2024-09-01")
    return m


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Рядовой Иван Петров погиб 19 августа на Курском направлении.", "ru",
         "Курское направление"),
        ("На Белгородском направлении погиб ефрейтор Антон Зуев из Орла.", "ru",
         "Белгородское направление"),
        ("Младший сержант Ринат Гилязов скончался от ран, полученных на Донецком направлении.",
         "ru", "Донецкое направление"),
        ("Сержант Олег Смирнов, житель Тулы, погиб в бою на Херсонском направлении 4 мая.",
         "ru", "Херсонское направление"),
        ("Рядовий Іван Петров з Курська загинув 19 серпня на Курському напрямку.", "uk",
         "Курський напрямок"),
    ],
)
def test_a_direction_named_after_a_town_is_the_direction(text: str, lang: str,
                                                          place: str) -> None:
    assert _one(text, lang)["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В зоне СВО погиб 34-летний рядовой Иван Петров.", "зона СВО"),
        ("В зоне специальной военной операции погиб сержант Олег Смирнов, житель Курска.",
         "зона специальной военной операции"),
        ("В зоне проведения СВО 5 июня погиб ефрейтор Ринат Гилязов.", "зона СВО"),
        ("23 мая в зоне СВО погиб рядовой Антон Зуев.", "зона СВО"),
    ],
)
def test_the_zone_before_the_death_verb(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        "В зоне СВО сейчас находится сержант Олег Смирнов.",
        "В зоне СВО воевал и был ранен сержант Олег Смирнов.",
    ],
)
def test_the_zone_of_a_living_soldier_is_no_place_of_death(text: str) -> None:
    assert _one(text, "ru")["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовой Иван Петров погиб 9 августа в Суджанском районе Курской области.",
         "Суджанский район Курской области"),
        ("В Вилюйском улусе похоронили 19-летнего срочника Айсена Павлова, погибшего 9 августа "
         "при отражении атаки в Суджанском районе Курской области.",
         "Суджанский район Курской области"),
        ("Сержант Олег Смирнов погиб в Волновахском районе ДНР 3 марта.",
         "Волновахский район ДНР"),
        ("Сержант Олег Смирнов погиб 3 марта в Кореневском районе Курской области, сообщили в "
         "администрации.", "Кореневский район Курской области"),
        ("Сержант Олег Смирнов погиб в Белгородском районе 3 марта.", "Белгородский район"),
    ],
)
def test_a_district_keeps_its_region(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Рядовий Жан-Поль Мбарга загинув 2 березня поблизу Свердликового.", "Свердликове"),
        ("Сержант Андрій Ломов загинув 12 травня біля села Вербового.", "Вербове"),
        ("Рядовий Олег Зуєв загинув під Курахового.", "Курахове"),
        ("Єфрейтор Олег Зуєв загинув 5 квітня під Красногорівкою.", "Красногорівка"),
    ],
)
def test_a_ukrainian_neuter_town_in_the_nominative(text: str, place: str) -> None:
    assert _one(text, "uk")["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Junior Sergeant Nyurgun Ivanov died heroically while performing a combat mission in "
         "the special military operation zone.", "special military operation zone"),
        ("Private Ivan Petrov was killed in the SMO zone on May 5.", "SMO zone"),
        ("Private Ivan Petrov was killed on the Kursk direction on August 19.",
         "Kursk direction"),
    ],
)
def test_english_zone_as_written(text: str, place: str) -> None:
    assert _one(text, "en")["place_of_death"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой Олег Ситников пропал без вести 15 октября у Авдеевки, гибель подтверждена "
        "12 декабря.",
        "Ефрейтор Павел Гусев из Читы пропал без вести под Марьинкой в мае, его гибель "
        "подтверждена в сентябре.",
        "Сержант Антон Лыков попал в плен под Кременной, позже его смерть подтвердили по ДНК.",
    ],
)
def test_killed_after_going_missing_has_no_place_of_missing(text: str) -> None:
    m = _one(text, "ru")
    assert m["status"] == "killed"
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        ("Рядовой Олег Ситников пропал без вести 15 октября у Авдеевки.", "missing", "Авдеевка"),
        ("Суд признал погибшим рядового Олега Ситникова, пропавшего без вести у Авдеевки.",
         "declared_dead", "Авдеевка"),
        ("Рядовой Олег Ситников пропал без вести у Авдеевки, позже стало известно, что он "
         "погиб под Марьинкой.", "killed", "Марьинка"),
        ("Рядовой Олег Ситников был ранен под Бахмутом и скончался от ран.", "killed",
         "Бахмут"),
    ],
)
def test_the_place_of_missing_kept_where_it_is_the_news(text: str, status: str,
                                                        place: str) -> None:
    m = _one(text, "ru")
    assert (m["status"], m["place_of_death"]) == (status, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Сегодня проводили бойца Олега Шубина. Погиб 20 мая при штурме Бахмута; позывной — "
         "«Шуба».", "Бахмут"),
        ("Рядовой Сергей Панов погиб под Бахмутом; ему было 30 лет.", "Бахмут"),
        ("Ефрейтор Игорь Седов погиб 2 апреля при штурме Бахмута, сообщили родные.", "Бахмут"),
    ],
)
def test_a_town_read_as_a_given_name_is_still_a_town(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


def test_a_person_after_u_is_no_place() -> None:
    assert _one("Рядовой Сергей Панов погиб у Ивана Петрова в гостях.", "ru")[
        "place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Суд признал умершим рядового Ивана Петрова. Связь с ним пропала 9 февраля 2023 года "
         "в районе Угледара.", "Угледар"),
        ("Мобилизованный Сергей Пектеев из Волжска, связь с которым прервалась 11 сентября "
         "2024 года в Курской области, числится пропавшим.", "Курская область"),
        ("Рядовой Андрей Котов 9 ноября перестал выходить на связь под Работино.", "Работино"),
    ],
)
def test_where_contact_was_lost(text: str, place: str) -> None:
    assert _one(text, "ru")["place_of_death"] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В плен рядовой Иван Петров попал 28 мая под Волчанском.", "Волчанск"),
        ("В плен сержанта Олега Лапина взяли в марте у Авдеевки.", "Авдеевка"),
        ("Мужчина представился как Йоандри Эрнандес Кастильо, житель Гаваны. В плен кубинец "
         "попал 28 мая под Волчанском.", "Волчанск"),
    ],
)
def test_captured_told_with_the_words_turned_round(text: str, place: str) -> None:
    m = _one(text, "ru")
    assert (m["status"], m["place_of_death"]) == ("captured", place)


def test_the_same_town_again_for_a_second_person() -> None:
    ms = extract_text("Евгений Захаров погиб 23 ноября под Кременной, Виктор Захаров — 7 декабря "
                      "у Кременной же.", "ru", "2023-12-20")
    assert [(m["given_name"], m["place_of_death"]) for m in ms] == [
        ("Евгений", "Кременная"), ("Виктор", "Кременная")]


@pytest.mark.parametrize(
    "text",
    [
        "Сержант Антон Лыков погиб 5 мая у Кременной.",
        "Рядовой Олег Зимин погиб у Каменной Балки 5 мая.",
    ],
)
def test_a_town_after_u(text: str) -> None:
    assert _one(text, "ru")["place_of_death"] is not None
