"""Which of several homes is the person's: where he lived over where he was born or grew up;
a resident noun of the other sex is someone else's home; a farewell in a town at the start
of a text (not a burial); a region named by a word only it uses; the region a death took
place in is no home; an international brigade is a unit."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.districts import find_regional_units
from headcount.extract.places import document_regions
from headcount.extract.text import tokens


def _one(text: str, published: str | None = "2024-03-14") -> dict:
    ms = extract_text(text, "ru", published)
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize(
    ("text", "settlement", "region"),
    [
        # born or grew up in one place, lived in another: the place he lived
        ("Рядовой Олег Гусев был уроженцем Салавата, но последние годы жил в Уфе. "
         "Погиб 3 мая под Авдеевкой.", "Уфа", "RU-BA"),
        ("Сержант Кирилл Зуев родился и вырос в Шадринске, а потом жил в Кургане. "
         "Он погиб в январе.", "Курган", "RU-KGN"),
        ("Уроженец Анжеро-Судженска Павел Дроздов погиб 9 июня под Бахмутом. "
         "Последние десять лет он проживал в Новосибирске.", "Новосибирск", "RU-NVS"),
        ("Ефрейтор Ринат Хабибуллин, родом из Бугульмы, жил в Альметьевске, "
         "где работал водителем. Погиб в марте.", "Альметьевск", "RU-TA"),
        ("Погиб младший сержант Андрей Лосев. Андрей вырос в Кинешме, в последние годы "
         "проживал в Костроме.", "Кострома", "RU-KOS"),
        # guard: a birthplace alone is still the home
        ("Погиб рядовой Семён Ильин, уроженец Бийска, 1995 г.р.", "Бийск", "RU-ALT"),
        ("Старший лейтенант Никита Орлов родился в Сызрани. Он погиб 2 февраля.",
         "Сызрань", "RU-SAM"),
    ],
)
def test_lived_outweighs_born(text: str, settlement: str, region: str) -> None:
    m = _one(text)
    assert (m["settlement"], m["region"]) == (settlement, region)


@pytest.mark.parametrize(
    "text",
    [
        "Жительница Новокузнецка уже полгода ищет сына. Осуждённый Юрий Пастухов пропал "
        "без вести под Бахмутом.",
        "Уроженка Тамбова Ольга Мельникова рассказала, что её муж Сергей Мельников погиб "
        "в июле под Кременной.",
        "Жительница Бердска обратилась к губернатору: её сын рядовой Иван Козырев "
        "пропал без вести в марте.",
        "Жительнице Челябинска пришло извещение: её брат Артём Лукин погиб 4 апреля.",
        "Как рассказала жительница Сыктывкара, её внук ефрейтор Данил Пахомов попал в плен.",
    ],
)
def test_a_womans_home_is_not_a_mans(text: str) -> None:
    men = [m for m in extract_text(text, "ru", "2024-03-14") if m["sex"] == "M"]
    assert men, text
    assert all(m["settlement"] is None for m in men), men


def test_a_woman_keeps_her_own_home() -> None:
    m = _one("Жительница Ейска медсестра Анна Ковалёва погибла при обстреле 5 мая.")
    assert (m["settlement"], m["region"]) == ("Ейск", "RU-KDA")


@pytest.mark.parametrize(
    ("text", "settlement"),
    [
        ("В Великом Устюге прошло прощание с младшим сержантом Даниилом Порошиным, погибшим "
         "под Торецком.", "Великий Устюг"),
        ("В Белебее простились с рядовым Азатом Галиным. Он погиб 2 марта.", "Белебей"),
        ("В Рубцовске сегодня простились с ефрейтором Максимом Зыковым, погибшим в зоне СВО.",
         "Рубцовск"),
        ("В Котласе состоялась траурная церемония прощания со старшим сержантом Ильёй "
         "Мезенцевым, погибшим под Купянском.", "Котлас"),
    ],
)
def test_farewell_in_a_town_at_the_start(text: str, settlement: str) -> None:
    assert _one(text)["settlement"] == settlement


@pytest.mark.parametrize(
    "text",
    [
        # a burial is where the grave is, not a home
        "В Чебоксарах похоронили 19-летнего рядового Артёма Васильева, погибшего 6 апреля.",
        "В Ангарске похоронили бывшего осуждённого Вячеслава Кочеткова, погибшего в 2024 году.",
        "В Котласе прошли похороны старшего сержанта Ильи Мезенцева, погибшего под Купянском.",
        "В Екатеринбурге похоронили гражданина Киргизии Эрлана Мамытбек уулу, погибшего "
        "под Авдеевкой.",
    ],
)
def test_a_burial_town_is_no_home(text: str) -> None:
    assert _one(text)["settlement"] is None


def test_farewell_town_yields_to_a_stated_home() -> None:
    m = _one("В Котласе простились с рядовым Ильёй Мезенцевым, жителем Коряжмы, "
             "погибшим под Купянском.")
    assert m["settlement"] == "Коряжма"


def test_a_capitalised_common_word_opening_a_sentence_is_no_town() -> None:
    text = ("Рядовой Баир Цыбиков, житель Кяхты, погиб 9 ноября. Светлая память герою. "
            "Мирная жизнь ему только снилась.")
    toks = tokens(text)
    assert document_regions(toks, text) == frozenset({"RU-BU"})


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Администрация МО «Бетюнский наслег» сообщает о гибели земляка.", ["RU-SA"]),
        ("Глава Барун-Хемчикского кожууна выразил соболезнования.", ["RU-TY"]),
        ("В сумоне Тээли простились с бойцом.", ["RU-TY"]),
        ("Жители Хатылинского наслега и Чаа-Хольского кожууна собрали помощь.",
         ["RU-SA", "RU-TY"]),
        # guard: the words as parts of other words, or a district of any region
        ("Глава Кигинского района выразил соболезнования.", []),
        ("Наследники получили письмо.", []),
    ],
)
def test_words_only_one_region_uses(text: str, codes: list[str]) -> None:
    assert [c for _, _, c in find_regional_units(text)] == codes


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Администрация МО «Хатылинский наслег» с прискорбием сообщает, что погиб наш "
         "земляк рядовой Айсен Петров.", "RU-SA"),
        ("Администрация Чаа-Хольского кожууна сообщает: погиб наш земляк, мобилизованный "
         "Ооржак Айдын Сергеевич.", "RU-TY"),
    ],
)
def test_region_from_a_word_only_it_uses(text: str, region: str) -> None:
    m = _one(text)
    assert (m["region"], m["region_inferred"]) == (region, True)


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня Кяхта проводила в последний путь рядового Баира Цыбикова. Баир жил в "
        "селе Усть-Кяхта. Погиб 9 ноября в Курской области.",
        "Рядовой Олег Дугаров жил в селе Хоринское. Он погиб 3 мая в Белгородской области.",
        "Мобилизованный Аркадий Ким из посёлка Восточный погиб в Запорожской области. "
        "Прощание прошло в Находке.",
    ],
)
def test_the_region_of_a_death_is_no_home(text: str) -> None:
    m = _one(text)
    assert m["region"] not in ("RU-KRS", "RU-BEL", "UA-23"), m


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Серб Ненад Стоянович, воевавший в интербригаде «Пятнашка», погиб 3 января.",
         "интербригада «Пятнашка»"),
        ("В интербригаде «Пятнашка» простились с бразильцем Родриго Перейрой, погибшим "
         "в Марьинке.", "интербригада «Пятнашка»"),
        ("Доброволец интербригады «Пятнашка» Жорж Дюваль погиб под Авдеевкой.",
         "интербригада «Пятнашка»"),
    ],
)
def test_international_brigade(text: str, unit: str) -> None:
    assert _one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "names", "settlement"),
    [
        ("Вчера в Ржеве простились с тремя земляками — капитаном Лебедевым Андреем "
         "Николаевичем, рядовым Козловым Ильёй Сергеевичем и ефрейтором Смирновой Татьяной "
         "Олеговной. Андрею Николаевичу было 36 лет, Илье — 24 года, Татьяне — 29. Татьяна "
         "служила медсестрой в медицинском батальоне. Все трое жили в Ржеве.", 3, "Ржев"),
        ("Под Купянском погибли рядовой Иван Сомов и ефрейтор Павел Лыков. Иван погиб "
         "3 мая, Павел — 5 мая. Павел был мобилизован. Оба жили в Шадринске.", 2, "Шадринск"),
        ("Погибли сержант Олег Носов, рядовой Игорь Белов и рядовой Артём Чистяков. "
         "Олегу было 30 лет. Игорь служил водителем. Артём был снайпером. "
         "Все трое жили в Бийске.", 3, "Бийск"),
    ],
)
def test_a_counted_collective_reaches_back(text: str, names: int, settlement: str) -> None:
    ms = extract_text(text, "ru", "2024-03-14")
    assert len(ms) == names
    assert [m["settlement"] for m in ms] == [settlement] * names


def test_a_collective_takes_no_more_than_it_counts() -> None:
    # "оба" cannot be the three named before the one of the last sentence
    text = ("Погибли сержант Олег Носов, рядовой Игорь Белов и рядовой Артём Чистяков. "
            "Ефрейтор Денис Гуров служил водителем. Оба жили в Бийске.")
    ms = {m["given_name"]: m["settlement"] for m in extract_text(text, "ru", "2024-03-14")}
    assert ms["Олег"] is None and ms["Игорь"] is None


@pytest.mark.parametrize(
    "text",
    [
        "В Салавате простились с рядовым Иваном Сомовым и ефрейтором Павлом Лыковым, "
        "погибшими под Бахмутом.",
        "В Ишимбае простились с рядовым Андреем Юсуповым и сержантом Олегом Хасановым, "
        "погибшими в зоне СВО.",
        "В селе Кулунда простились с отцом и сыном Пушкарёвыми. Владимир Пушкарёв и его "
        "сын Станислав погибли под Работино.",
    ],
)
def test_a_farewell_town_is_everyone_it_names(text: str) -> None:
    ms = extract_text(text, "ru", "2024-03-14")
    assert len(ms) == 2
    assert ms[0]["settlement"] and ms[0]["settlement"] == ms[1]["settlement"]
