"""Russian local obituaries and mourning posts: a surname kept when the person is later named
by given name and patronymic, announced farewells, a local text's one region, ceremonies told
in the mourners' plural, words of mourning, names that are no places."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str, published: str = "2024-06-01") -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", published)}


# --- a surname given once is kept when the person is later named by given name only -------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("В Ядринском округе простились с 41-летним Олегом Мартыновым. Уроженец села Большое "
         "Карачкино, он был мобилизован осенью 2022 года. Олег Петрович погиб 3 марта.",
         "Мартынов Олег Петрович"),
        ("Прощание с рядовым Ильёй Шабановым прошло в субботу. Илья Андреевич погиб 12 мая "
         "под Работино, ему было 27 лет.", "Шабанов Илья Андреевич"),
        ("Сержант Роман Кудрин, 1990 года рождения, погиб 2 апреля. Роман Сергеевич служил "
         "по контракту с 2021 года.", "Кудрин Роман Сергеевич"),
    ],
)
def test_surname_kept_after_given_name_and_patronymic(text: str, name: str) -> None:
    people = by_name(text)
    assert list(people) == [name]
    assert people[name]["evidence"]["name"]["quote"].split()[-1].startswith(name.split()[0][:5])


# --- an announced farewell is a future day, never a death date --------------------------

@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Скорбим о гибели Петра Ивановича Саввина (03.02.1990 – 12.12.2023), погибшего в "
         "ходе СВО.\nПроводим в последний путь 28 декабря в 11 часов в клубе.", "2023-12-27",
         "2023-12-28"),
        ("Рядовой Степан Оконешников погиб 20 декабря. Простимся с ним 30 декабря в "
         "школе села.", "2023-12-26", "2023-12-30"),
        ("Младший сержант Айаал Павлов погиб 2 января. Попрощаемся с Айаалом 8 января в "
         "10 часов в Доме культуры.", "2024-01-05", "2024-01-08"),
    ],
)
def test_announced_farewell_is_this_year(text: str, published: str, day: str) -> None:
    (m,) = extract_text(text, "ru", published)
    assert m["other_dates"]["farewell"] == day
    assert m["death_date"] is not None and m["death_date"] < day


def test_announced_farewell_keeps_the_bracketed_death() -> None:
    (m,) = extract_text(
        "Администрация выражает соболезнования родным Николая Петровича Егорова "
        "(12.05.1983 – 15.12.2023), погибшего в ходе СВО.\nПроводим в последний путь "
        "28 декабря.", "ru", "2023-12-27")
    assert m["death_date"] == "2023-12-15"
    assert m["other_dates"] == {"farewell": "2023-12-28"}


# --- a call sign's label is nobody's name ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Прощание с Тимуром Сергеевичем Валиевым пройдёт завтра. Позывной — «Барс». "
         "Много лет он работал водителем, в 2023 году ушёл добровольцем в «Ахмат».", "2023"),
        ("Погиб Денис Жуков. Позывной: «Сапсан». В 2022 году он ушёл добровольцем в отряд "
         "«Вега».", "2022"),
    ],
)
def test_call_sign_label_takes_no_facts(text: str, year: str) -> None:
    people = extract_text(text, "ru", "2024-06-01")
    assert len(people) == 1
    assert people[0]["other_dates"]["contract"] == year


# --- names are no places of the document --------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Прощание с Эдуардом Кирилловым, жителем села Малые Кутеши, пройдёт завтра. Он погиб "
        "28 ноября.",
        "Простились с Олегом Курганом, жителем деревни Верхние Лужки. Он погиб 3 мая.",
        "Проводили в последний путь Ивана Орла из посёлка Новые Дворики. Он погиб в мае.",
    ],
)
def test_a_surname_names_no_region(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["settlement"] is not None
    assert m["region"] is None


def test_a_town_in_the_text_still_places_the_village() -> None:
    (m,) = extract_text("Простились с Олегом Смирновым, жителем деревни Верхние Лужки. Он "
                        "работал водителем в Кириллове и погиб 3 мая.", "ru", "2024-06-01")
    assert m["region"] == "RU-VLG"


# --- a municipality's adjective names its district ------------------------------------------

@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Администрация Тайшетского муниципального образования с прискорбием сообщает о "
         "гибели рядового Павла Сомова, 1992 г.р.", "RU-IRK"),
        ("Глава Шелеховского муниципального района сообщил о гибели ефрейтора Игоря Рудых.",
         "RU-IRK"),
        ("Кяхтинское муниципальное образование скорбит: погиб рядовой Баир Бадмаев.",
         "RU-BU"),
    ],
)
def test_municipality_gives_its_region(text: str, region: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["region"] == region
    assert m["region_inferred"] is True


# --- a local text's one region is its people's ---------------------------------------------

def test_local_text_region_goes_to_everyone_without_a_home() -> None:
    people = by_name(
        "Администрация Тайшетского муниципального образования с прискорбием сообщает о "
        "гибели наших земляков:\n— рядового Лукина В. А. (1988–2024), погиб 2 мая;\n"
        "— сержанта Орлова Петра Ильича, 1979 года рождения, погиб 9 мая в Запорожской "
        "области.")
    assert {m["region"] for m in people.values()} == {"RU-IRK"}
    assert all(m["region_inferred"] for m in people.values())
    assert {m["evidence"]["region"]["rule"] for m in people.values()} <= {"document",
                                                                           "local text"}


def test_region_named_in_a_mourning_first_sentence() -> None:
    people = by_name(
        "В Бурятии простились с погибшим бойцом Баиром Цыреновым.\nОн погиб 15 мая под "
        "Авдеевкой. Накануне в соседнем улусе простились с рядовым Жаргалом Доржиевым "
        "(1999–2024), погибшим 10 мая.")
    assert people["Доржиев Жаргал"]["region"] == "RU-BU"
    assert people["Доржиев Жаргал"]["evidence"]["region"]["rule"] == "local text"


@pytest.mark.parametrize(
    "text",
    [
        # where he served, not a local text
        "Рядовой Антон Гусев погиб 3 мая. Он проходил службу в Ленинградской области.",
        # an office of the region, not "в …"
        "Министерство молодёжной политики Республики Марий Эл сообщает о гибели "
        "рядового Ильи Семёнова и ефрейтора Романа Кузина.",
        # two regions named
        "В Курской области простились с Олегом Пановым. Он долго лечился в Ростовской "
        "области и погиб 3 мая.",
    ],
)
def test_no_local_region(text: str) -> None:
    for m in extract_text(text, "ru", "2024-06-01"):
        assert m["evidence"].get("region", {}).get("rule") != "local text"


def test_local_region_not_for_a_foreigner() -> None:
    people = by_name("В Дагестане простились с погибшим бойцом Магомедом Исаевым. Вместе с "
                     "ним погиб гражданин Таджикистана Фаррух Рахимов.")
    assert people["Рахимов Фаррух"]["region"] is None


# --- a ceremony's plural verb is the mourners': its object counts the dead -------------

def test_brother_wounded_is_not_mourned() -> None:
    people = by_name(
        "В Дагестане простились с погибшим бойцом, его брат ранен\nВ воскресенье похоронили "
        "30-летнего Ахмеда Гасанова. Он погиб 15 мая под Авдеевкой. Его младший брат Руслан, "
        "25 лет, служивший вместе с ним, был ранен в том же бою.", "2024-05-21")
    assert people["Гасанов Ахмед"]["status"] == "killed"
    assert people["Гасанов Ахмед"]["other_dates"]["funeral"] == "2024-05-19"
    assert people["Гасанов Руслан"]["status"] == "wounded"
    assert "funeral" not in (people["Гасанов Руслан"]["other_dates"] or {})


@pytest.mark.parametrize(
    "text",
    [
        "В селе Кулунда простились с отцом и сыном Ереминым. 50-летний Игорь Еремин и его "
        "сын Денис служили в одном батальоне.",
        "В Бийске хоронили братьев Соколовых — Андрея (1993 г.р.) и Павла (1996 г.р.).",
    ],
)
def test_ceremony_of_several_is_everyones(text: str) -> None:
    people = extract_text(text, "ru", "2024-06-01")
    assert len(people) == 2
    assert {m["status"] for m in people} == {"killed"}


# --- "хоронили" is a funeral, "похоронка" a report -----------------------------------------

@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("В Кулунде сегодня хоронили рядового Илью Сахарова (1995 г.р.).", "2024-06-01"),
        ("Вчера в Бердске хоронили сержанта Максима Ложкина, погибшего под Часовым Яром.",
         "2024-05-31"),
    ],
)
def test_khoronili_dates_a_funeral(text: str, day: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["status"] == "killed"
    assert m["other_dates"]["funeral"] == day


def test_pokhoronka_is_a_report() -> None:
    (m,) = extract_text("Ефрейтор Артур Валеев ушёл в «Шторм Z» в январе. 3 мая пришла "
                        "похоронка.", "ru", "2024-06-01")
    assert m["other_dates"].get("reported") == "2024-05-03"
    assert "funeral" not in m["other_dates"]


# --- words of mourning: a weak death in a text about the war ------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Андрей Лыков. Летом 22-го ты ушёл в «оркестр». Спи спокойно, брат. Земля тебе пухом.",
        "Вечная память Роману Зуеву, бойцу 35-й бригады!",
        "Помяните Кирилла Бобрикова, он служил по контракту в 137-м полку.",
    ],
)
def test_mourning_words_mean_killed(text: str) -> None:
    people = extract_text(text, "ru", "2024-06-01")
    assert [m["status"] for m in people] == ["killed"]


def test_mourning_words_yield_to_a_stated_fate() -> None:
    people = by_name("Сержант Олег Миронов тяжело ранен под Кременной 2 мая и лечится в "
                     "госпитале. Вечная память павшим героям!")
    assert people["Миронов Олег"]["status"] == "wounded"


def test_mourning_words_without_the_war_tell_no_fate() -> None:
    assert all(m["status"] is None for m in extract_text(
        "Вечная память Анне Петровне Смирновой, учительнице нашей школы.", "ru",
        "2024-06-01"))


def test_a_call_telling_of_the_death_reports_it() -> None:
    (m,) = extract_text("Алексей Тимофеев ушёл в «Вагнер» летом. А сегодня его мама "
                        "позвонила и сказала, что его больше нет.", "ru", "2024-06-01")
    assert m["status"] == "killed"
    assert m["other_dates"] == {"reported": "2024-06-01"}


# --- "жил и работал в X": a home where he also worked ------------------------------------

@pytest.mark.parametrize(
    ("text", "settlement", "region"),
    [
        ("Рядовой Игорь Сомов жил и работал в Нерюнгри. Он погиб 3 мая.", "Нерюнгри", "RU-SA"),
        ("Сержант Павел Дёмин родился в Чите, жил и работал в Ангарске, погиб в бою 3 мая.",
         "Ангарск", "RU-IRK"),
        ("Ефрейтор Анна Лаптева жила и трудилась в Усолье-Сибирском. Погибла 3 мая.",
         "Усолье-Сибирское", "RU-IRK"),
    ],
)
def test_lived_and_worked_is_a_home(text: str, settlement: str, region: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert (m["settlement"], m["region"]) == (settlement, region)


def test_worked_alone_is_no_home() -> None:
    (m,) = extract_text("Рядовой Олег Пестов жил в Кургане, работал в Тюмени вахтовиком, "
                        "погиб 3 мая.", "ru", "2024-06-01")
    assert m["settlement"] == "Курган"


# --- a decree's signer is no title of the one awarded; the award dates no death ----------

@pytest.mark.parametrize(
    "text",
    [
        "Указом Президента рядовой Сергей Рогов посмертно награждён орденом Мужества.",
        "Указом Президента Станислав Игоревич Гуров посмертно награждён орденом Мужества.",
        "Приказом министра обороны ефрейтор Тимур Сафин посмертно награждён медалью «За "
        "отвагу».",
    ],
)
def test_decree_signer_is_not_the_awarded_ones_title(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-20")
    assert m["status"] == "killed"
    assert m["death_date"] is None


def test_posthumous_award_date_is_the_award() -> None:
    (m,) = extract_text("Указом Президента от 12 июня 2024 года Сергей Рогов посмертно "
                        "награждён орденом Мужества.", "ru", "2024-06-20")
    assert m["death_date"] is None
    assert m["other_dates"] == {"award": "2024-06-12"}


def test_an_official_named_after_his_title_is_still_an_official() -> None:
    names = by_name("Глава района Сергей Рогов выразил соболезнования семье погибшего "
                    "Ивана Лосева.")
    assert list(names) == ["Лосев Иван"]


# --- "ушёл добровольцем в «Ахмат»": a volunteer formation ---------------------------------

@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Ефрейтор Руслан Ибрагимов погиб. В 2023 году он ушёл добровольцем в «Ахмат».",
         "2023"),
        ("Рядовой Заур Хасанов погиб под Клещеевкой. В 2022 году ушёл добровольцем в "
         "«Пятнашку».", "2022"),
    ],
)
def test_went_as_a_volunteer_into_a_named_formation(text: str, year: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["channel"] == "volunteer_formation"
    assert m["other_dates"]["contract"] == year


def test_declined_akhmat_in_quotes_is_a_formation() -> None:
    (m,) = extract_text("Рядовой Адам Бисултанов погиб. Он служил в «Ахмате».", "ru",
                        "2024-06-01")
    assert m["channel"] == "volunteer_formation"


# --- a town where someone served places no village of the text ---------------------------

def test_service_town_does_not_place_the_village() -> None:
    (m,) = extract_text(
        "В феврале погиб наш Олег Тимонин. Он много лет работал в депо в Канаше, а жил в "
        "Янгличах. В 2005–2007 годах служил срочную в Чите.", "ru", "2023-04-02")
    assert m["settlement"] == "Янгличи"
    assert m["region"] == "RU-CU"


def test_service_town_alone_places_nothing() -> None:
    (m,) = extract_text("Рядовой Олег Тимонин жил в деревне Малые Янгличи. Служил под Читой. "
                        "Погиб в феврале.", "ru", "2023-04-02")
    assert m["region"] is None


# --- "пришла повестка": the call-up date ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Рядовой Евгений Лаптев погиб в феврале. Осенью 2022 года ему пришла повестка.",
         "2022"),
        ("Ефрейтор Илья Сучков погиб 3 мая. Повестку он получил 28 сентября 2022 года.",
         "2022-09-28"),
    ],
)
def test_summons_dates_the_mobilisation(text: str, day: str) -> None:
    (m,) = extract_text(text, "ru", "2023-06-01")
    assert m["channel"] == "mobilised"
    assert m["other_dates"]["mobilised"] == day
