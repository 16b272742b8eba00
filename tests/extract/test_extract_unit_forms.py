"""A unit as written, in the nominative: a unit number as the text spells it, the formation
it is part of, its name in quotes or brackets, its complement, "гв." written out, a formation
named by its kind where someone served, and not the other side's formation."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.military import find_units


def units(text: str) -> list[str]:
    return [str(f.value) for f in find_units(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Рядовой Фомичёв не вернулся в войсковую часть 31612 из отпуска.",
         "войсковая часть 31612"),
        ("Сержант Лыков проходил службу в войсковой части 46108.", "войсковая часть 46108"),
        ("Командование войсковой части № 71432 выражает соболезнования.",
         "войсковая часть 71432"),
        ("Ефрейтор служил в воинской части 12345 под Читой.", "воинская часть 12345"),
        ("Рядовой, в/ч 22179. Пропал без вести.", "в/ч 22179"),
    ],
)
def test_a_unit_number_as_written(text: str, unit: str) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("стал санинструктором 1-го мотострелкового батальона 255-го мотострелкового полка.",
         "1-й мотострелковый батальон 255-го мотострелкового полка"),
        ("Он служил во 2-м батальоне 64-й отдельной мотострелковой бригады.",
         "2-й батальон 64-й отдельной мотострелковой бригады"),
        ("рядовой 1-го армейского корпуса Народной милиции ДНР Сергей Бондарь",
         "1-й армейский корпус Народной милиции ДНР"),
        ("служил в 93-й отдельной механизированной бригаде «Холодный Яр».",
         "93-я отдельная механизированная бригада «Холодный Яр»"),
        ("ушёл добровольцем в отряд «Терек» (БАРС-2) вместе с земляками",
         "отряд «Терек» (БАРС-2)"),
        ("боец 7-го штурмового отряда «Шторм V» погиб", "Шторм V"),
        ("Рядовой, в/ч 41659 (1009-й мотострелковый полк). Контракт с 2023 года.",
         "1009-й мотострелковый полк"),
    ],
)
def test_a_formation_with_what_belongs_to_its_name(text: str, unit: str) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("командир отделения 1-й гв. танковой армии", "1-я гвардейская танковая армия"),
        ("в составе 4-й гв. танковой дивизии", "4-я гвардейская танковая дивизия"),
        ("служил в 20-й гв. мотострелковой дивизии", "20-я гвардейская мотострелковая дивизия"),
        ("боец 2-го армейского корпуса", "2-й армейский корпус"),
        ("наводчик 3-й гв. мотострелковой бригады", "3-я гвардейская мотострелковая бригада"),
        ("расчёт 45-го гаубичного артиллерийского дивизиона",
         "45-й гаубичный артиллерийский дивизион"),
    ],
)
def test_guards_abbreviation_and_more_kinds(text: str, unit: str) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Алексей служит в мотострелковом полку командиром отделения.", "мотострелковый полк"),
        ("После срочной службы подписал контракт и служил в морской пехоте.", "морская пехота"),
        ("Он воевал в штурмовом батальоне с весны.", "штурмовой батальон"),
        ("Брат проходил службу в танковой бригаде на Урале.", "танковая бригада"),
        ("Иван служил в ВДВ, потом работал на заводе.", "ВДВ"),
    ],
)
def test_a_formation_named_by_its_kind_where_someone_served(text: str, unit: str) -> None:
    assert units(text) == [unit]


def test_a_formation_by_its_kind_only_when_no_other_is_named() -> None:
    assert units("Он служил в танковом полку, а погиб в составе 6-го танкового полка.") == [
        "6-й танковый полк"]


@pytest.mark.parametrize(
    "text",
    [
        "Его взяли в плен бойцы 47-й бригады ВСУ под Авдеевкой.",
        "По данным украинской 92-й бригады, пленный назвал своё имя.",
        "Военные 3-й штурмовой бригады ВСУ сообщили о пленных.",
        "Дрон 59-й бригады ЗСУ поразил позицию.",
        "Бойцы 110-й бригады Украины показали видео допроса.",
    ],
)
def test_the_other_sides_formation_is_nobodys_unit(text: str) -> None:
    assert units(text) == []


def test_the_unit_reaches_the_mention() -> None:
    (m,) = extract_text("Гв. мл. сержант Кулагин Артём — командир отделения 1-й гв. танковой "
                        "армии. Погиб 19.04.2024 у н.п. Очеретино.", "ru", "2024-04-24")
    assert m["unit"] == "1-я гвардейская танковая армия"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("он служил гранатомётчиком в 92-й отдельной механизированной бригаде ВСУ.",
         "92-я отдельная механизированная бригада"),
        ("Воевал в составе 47-й бригады ВСУ с 2022 года.", "47-я бригада"),
    ],
)
def test_a_formation_someone_served_in_is_his_on_either_side(text: str, unit: str) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Бойцы 47-й бригады взяли в плен троих российских военных под Селидовым.",
        "Оператори дронів 3-ї штурмової бригади знищили розрахунок гаубиці.",
        "Разведчики 92-й бригады уничтожили склад под Бахмутом.",
        "Военные 59-й бригады задержали дезертира.",
        "Бойцы 110-й бригады поразили позицию под Авдеевкой.",
    ],
)
def test_a_formation_that_captured_or_killed_is_the_other_side(text: str) -> None:
    from headcount.extract.morph import language
    from headcount.extract.uk_units import find_units as uk_find_units

    with language("uk" if "дронів" in text else "ru"):
        assert units(text) == [] and uk_find_units(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A former paratrooper who fought with the Wagner Group, Oleg Makhnev, was killed.",
         "Wagner Group"),
        ("Oleg Zubarev, who had joined the Wagner group, was killed near Bakhmut.", "Wagner"),
        ("Igor Pletnev, recruited by the Wagner private military company, was killed.",
         "Wagner"),
        ("Ukraine's 47th Mechanized Brigade says it captured Denis Sokolov, who served in the "
         "30th Motor Rifle Regiment.", "30th Motor Rifle Regiment"),
        ("Ukrainian 92nd Assault Brigade said it captured Pavel Ivanov of the 6th Tank "
         "Regiment.", "6th Tank Regiment"),
    ],
)
def test_english_units_as_named(text: str, unit: str) -> None:
    (m,) = extract_text(text, "en", "2024-06-01")
    assert m["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Олександр Бондаренко служив у 93-й окремій механізованій бригаді «Холодний Яр» і "
         "загинув 3 грудня.", "93-тя окрема механізована бригада «Холодний Яр»"),
        ("Ти пішов у „Вагнер“ ще у 2021-му, а 5 травня Володимир Тюленєв загинув.", "Вагнер"),
        ("Дьомін Ігор Андрійович, 1983 р.н., доброволець батальйону «Кузбас» (БАРС), загинув.",
         "батальйон «Кузбас» (БАРС)"),
        ("Сергій Панов, боєць 24-ї бригади «Король Данило», загинув під Часовим Яром.",
         "24-та бригада «Король Данило»"),
        ("Іван Коваль служив у 72-й бригаді імені Чорних Запорожців і загинув у травні.",
         "72-га бригада імені Чорних Запорожців"),
    ],
)
def test_ukrainian_units_as_named(text: str, unit: str) -> None:
    (m,) = extract_text(text, "uk", "2024-06-01")
    assert m["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Наводчик 64-й омсбр погиб под Купянском.", "64-я омсбр"),
        ("Боец 1-го гв. мсп погиб в марте.", "1-й гв. мсп"),
        ("служил во 2-м мсп с 2022 года", "2-й мсп"),
        ("Десантник 76-й дшд погиб под Херсоном.", "76-я дшд"),
        ("механик 155-й обрмп погиб у Угледара", "155-я обрмп"),
    ],
)
def test_a_formation_by_its_abbreviation(text: str, unit: str) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Срочную Иван Петров служил в 76-й дивизии, а по контракту воевал в 64-й отдельной "
         "мотострелковой бригаде и погиб в мае.", "64-я отдельная мотострелковая бригада"),
        ("Ранее Олег Жуков служил в 31-й бригаде, с 2023 года — в 7-й десантно-штурмовой "
         "дивизии; погиб под Херсоном.", "7-я десантно-штурмовая дивизия"),
        ("В 2001–2010 годах Роман Шубин служил в 31-й бригаде, погиб в составе ЧВК «Вагнер».",
         "ЧВК «Вагнер»"),
        ("На срочной Денис Котов служил в 2-й дивизии, погиб в составе 90-й танковой дивизии.",
         "90-я танковая дивизия"),
        ("В прошлом Павел Орлов служил в 83-й бригаде, погиб в составе отряда «Шторм Z».",
         "Шторм Z"),
    ],
)
def test_a_unit_of_the_past_gives_way_to_the_present_one(text: str, unit: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["unit"] == unit


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Это матрос Алексей Смирнов и старшина 1 статьи Кирилл Дёмин.", "старшина 1 статьи"),
        ("Простились со старшиной 2 статьи Иваном Лукиным.", "старшина 2 статьи"),
        ("Старшина первой статьи Олег Рябов погиб.", "старшина первой статьи"),
        ("погиб старшина второй статьи Денис Ушаков", "старшина второй статьи"),
        ("Старшиной 1 статьи Павлом Орловым гордится весь флот.", "старшина 1 статьи"),
    ],
)
def test_naval_petty_officer_ranks(text: str, rank: str) -> None:
    from headcount.extract.military import find_ranks
    from headcount.extract.text import tokens

    assert rank in [f.value for f in find_ranks(tokens(text), text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He joined PMC Redut in 2023.", "PMC Redut"),
        ("a fighter of the Convoy PMC was killed", "Convoy PMC"),
        ("he served with the \"Redut\" PMC near Kupiansk", "\"Redut\" PMC"),
        ("recruited into PMC Konvoi in Crimea", "PMC Konvoi"),
        ("the Espanola PMC confirmed the death", "Espanola PMC"),
    ],
)
def test_english_private_military_companies_as_written(text: str, unit: str) -> None:
    from headcount.extract.en_military import find_units as en_find_units

    assert [str(f.value) for f in en_find_units(text)] == [unit]


def test_a_capitalised_word_before_pmc_is_no_company() -> None:
    from headcount.extract.en_military import find_units as en_find_units

    assert en_find_units("Yesterday PMC fighters left the town.") == []
