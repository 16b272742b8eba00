"""Citizenship and status of prisoners and of the men around them.

Ukrainian POW reports: the brigade that took the prisoner is not his army (a Russian
soldier in a Ukrainian text is Russia's citizen), a capture said once for two men named in
the next sentences is each one's, a guards rank belongs to Russia's army. English: a
headline telling fates of two kinds, a plural fate beside a man's own, a group's fate told
before he is named and an unnamed friend's fate are not his; a surrender is a capture."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def people(text: str, lang: str) -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Воїни 24-ї окремої механізованої бригади взяли в полон російського контрактника "
         "Руслана Ахмедова під Часовим Яром.", "Ахмедов"),
        ("Мобілізований із Тюмені Віктор Гладких здався в полон бійцям 3-ї окремої "
         "штурмової бригади. На відео він розповідає, що служив у 15-й мотострілецькій "
         "бригаді РФ.", "Гладких"),
        ("Прикордонники взяли в полон окупанта. Полонений — Ігор Сомов, 1993 р.н., "
         "контрактник 810-ї бригади морської піхоти.", "Сомов"),
        ("Бійці 65-ї окремої механізованої бригади взяли в полон 29-річного Олексія Бурова "
         "з Брянська. Його мобілізували восени 2022-го.", "Буров"),
        ("На Покровському напрямку бійці 47-ї окремої механізованої бригади взяли в полон "
         "Тимура Галієва, колишнього в'язня з «Шторму Z».", "Галієв"),
    ],
)
def test_an_enemy_taken_prisoner_is_russian(text: str, surname: str) -> None:
    m = people(text, "uk")[surname]
    assert m["status"] == "captured"
    assert m["citizenship"] == "RU"


@pytest.mark.parametrize(
    ("text", "surnames"),
    [
        ("Бійці 93-ї окремої механізованої бригади взяли в полон двох військовослужбовців "
         "ЗС РФ. Перший із полонених — 27-річний Андрій Мельников з Пензи. Другий — Сергій "
         "Ракітін, 1988 р.н., з Саратова.", ("Мельников", "Ракітін")),
        ("Бійці 93-ї окремої механізованої бригади взяли в полон двох військовослужбовців "
         "ЗС РФ. Перший — 27-річний Андрій Мельников з Пензи. Другий — Сергій Ракітін з "
         "Саратова, контрактник.", ("Мельников", "Ракітін")),
        ("Десантники 25-ї бригади взяли в полон трьох окупантів. Полонені — Антон Шубін, "
         "Ілля Греков та Роман Завадський, усі з Курської області.",
         ("Шубін", "Греков", "Завадський")),
    ],
)
def test_a_capture_said_once_for_the_men_named_next(text: str,
                                                    surnames: tuple[str, ...]) -> None:
    found = people(text, "uk")
    for surname in surnames:
        assert found[surname]["status"] == "captured"
        assert found[surname]["citizenship"] == "RU"


def test_counted_captives_with_the_captor_named_are_no_capture_of_his() -> None:
    m = people("Капітан ЗСУ Олег Петренко взяв у полон трьох російських десантників під "
               "Кліщіївкою.", "uk").get("Петренко")
    assert m is None or m["status"] != "captured"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Наш земляк, старший солдат Василь Гончар з 72-ї окремої механізованої бригади, "
         "потрапив у полон до окупантів під Вугледаром.", "Гончар"),
        ("Сьогодні громада попрощалася з солдатом Іваном Марчуком, який загинув під "
         "Бахмутом. Вічна пам'ять герою!", "Марчук"),
        ("Захисник Дмитро Лисенко з 128-ї окремої гірсько-штурмової бригади потрапив у "
         "російський полон під Роботиним.", "Лисенко"),
    ],
)
def test_ukraines_own_soldier_stays_ukrainian(text: str, surname: str) -> None:
    assert people(text, "uk")[surname]["citizenship"] == "UA"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Минулої суботи у Курську поховали гвардії рядового Дениса Лаптєва, який загинув "
         "під Вовчанськом. Він служив за контрактом.", "Лаптєв"),
        ("У Воронежі попрощалися з гвардії старшим лейтенантом Павлом Кудріним. Кадровий "
         "офіцер загинув у травні.", "Кудрін"),
        ("Гвардії сержант Артем Соловйов загинув під Гостомелем у березні 2022-го. Його "
         "поховали в Іванові.", "Соловйов"),
    ],
)
def test_a_guards_rank_is_russias_army(text: str, surname: str) -> None:
    m = people(text, "uk")[surname]
    assert m["citizenship"] != "UA"


@pytest.mark.parametrize(
    ("text", "surname", "status"),
    [
        ("Kenyan captured in Ukraine says friend was killed beside him\n\nA Kenyan man "
         "captured by Ukrainian forces near Kupiansk has told relatives that a friend who "
         "travelled with him was killed in the same assault. Peter Mwangi, 27, from Nakuru, "
         "says he signed a contract in Moscow.", "Mwangi", "captured"),
        ("Nepali recruit seen in captivity video; Gorkha man confirmed dead\n\nRam Thapa, 24, "
         "from Gorkha, was captured by Ukrainian troops in March, a video shows.", "Thapa",
         "captured"),
        ("Sri Lankan recruit Chaminda Silva, 35, was taken prisoner near Avdiivka; three of "
         "his unit were killed by artillery, his sister said.", "Silva", "captured"),
        ("At least 40 Ghanaians have been killed fighting for Russia, the report says. Kofi "
         "Boateng, 26, from Accra, was captured in May and is being held in a Ukrainian POW "
         "camp.", "Boateng", "captured"),
        ("Juan Perez Gomez, a Cuban citizen, hid for two days before surrendering to "
         "Ukrainian soldiers near Bakhmut.", "Perez Gomez", "captured"),
        ("Ali Hassan, a Syrian recruit, said his comrade was killed by a drone near Toretsk; "
         "Hassan himself was captured.", "Hassan", "captured"),
    ],
)
def test_english_own_capture_over_others_deaths(text: str, surname: str, status: str) -> None:
    assert people(text, "en")[surname]["status"] == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named friend is a person of his own, with his own fate
        ("Brian Otieno and his friend Dennis Omondi signed contracts in Moscow. Omondi was "
         "killed by a drone in October, and Otieno was captured.",
         {"Omondi": "killed", "Otieno": "captured"}),
        # a group's fate told after the man's own is his too
        ("Ivan Sokolov, 30, from Omsk, was wounded in March. Sokolov and his brother Pavel "
         "were killed in May near Avdiivka.", {"Sokolov": "killed"}),
        # a headline of one fate is his
        ("Kursk soldier killed near Avdiivka\n\nContract soldier Sergei Ivanov, 34, from "
         "Kursk died on March 3, his family said.", {"Ivanov": "killed"}),
    ],
)
def test_english_fates_that_stay(text: str, expected: dict[str, str]) -> None:
    found = people(text, "en")
    for surname, status in expected.items():
        assert found[surname]["status"] == status


@pytest.mark.parametrize(
    ("text", "surname", "status"),
    [
        ("Ленінський районний суд 12 березня оголосив померлим Сидорова Івана Петровича, "
         "1985 р.н., мобілізованого у 2022 році.", "Сидоров", "declared_dead"),
        ("Мешканця Чебоксар Павла Григор'єва суд оголосив загиблим: датою смерті визнано "
         "2 червня 2023 року.", "Григор'єв", "declared_dead"),
        ("Мати просила оголосити сина померлим, але суд визнав Андрія Котова лише безвісно "
         "відсутнім.", "Котов", "missing"),
        ("Рядовий Максим Зуєв востаннє дзвонив 4 квітня з-під Бахмута. Відтоді про нього "
         "нічого не відомо.", "Зуєв", "missing"),
        ("Денис Малахов, 1990 р.н., з Курська, пішов на війну у вересні. З того часу "
         "жодних звісток.", "Малахов", "missing"),
        ("Сержант Олег Трохимов дістав поранення під Авдіївкою і зараз лікується у "
         "госпіталі в Ростові.", "Трохимов", "wounded"),
        ("Його земляк Ігор Шапкін лежить у шпиталі в Сімферополі після обстрілу.",
         "Шапкін", "wounded"),
        ("Старший сержант Роман Ткачов з Ростова досі служить у батальйоні «Дон», куди пішов "
         "добровольцем у 2022 році.", "Ткачов", "serving"),
        ("Мобілізований з Омська Віталій Кротов продовжує служити в 15-й мотострілецькій "
         "бригаді.", "Кротов", "serving"),
    ],
)
def test_ukrainian_statuses_short_of_death(text: str, surname: str, status: str) -> None:
    assert people(text, "uk")[surname]["status"] == status


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Допоможіть знайти брата. Кравець Олег, 1991 р.н., з Луганська, у березні його "
         "забрали в «народну міліцію ЛНР». Востаннє виходив на зв'язок 3 квітня.", "Кравець"),
        ("Мого чоловіка Петра Гнатенка мобілізували в армію ДНР у Макіївці, він зник "
         "безвісти під Мар'їнкою.", "Гнатенко"),
    ],
)
def test_occupied_lands_mobilised_are_not_ukraines_soldiers(text: str, surname: str) -> None:
    m = people(text, "uk")[surname]
    assert m["citizenship"] != "UA"
    assert m["status"] == "missing"


def test_a_request_to_declare_dead_is_no_declaration() -> None:
    m = people("Дружина Сергія Мохова просила суд оголосити його померлим. Мохов зник "
               "безвісти під Кремінною.", "uk")["Мохов"]
    assert m["status"] == "missing"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Today another 95 Ukrainian defenders returned from Russian captivity. Among them:\n\n"
         "— Sailor Petro Moroz, 29, of the 35th Separate Marine Brigade.\n— Junior Sergeant "
         "Vasyl Kuzmenko, 44.", "Moroz"),
        ("Petro Savchuk, a border guard, was freed from Russian captivity in Friday's "
         "exchange, his wife said.", "Savchuk"),
    ],
)
def test_english_return_from_russian_captivity_is_ukraines_soldier(text: str,
                                                                    surname: str) -> None:
    m = people(text, "en")[surname]
    assert m["status"] == "returned"
    assert m["citizenship"] == "UA"


def test_english_russians_back_from_ukrainian_captivity_are_not_ukrainian() -> None:
    m = people("Private Denis Orlov, 22, from Kursk, was among 84 Russian servicemen who "
               "returned from Ukrainian captivity in exchange for 84 Ukrainian POWs.",
               "en")["Orlov"]
    assert m["citizenship"] != "UA"


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        ("Украинские военные взяли в плен гражданина Сирии, воевавшего на стороне России. "
         "На видео 33-летний Мухаммад аль-Хасан из Хомса рассказывает, что работал "
         "охранником.", "Аль-Хасан", "SY"),
        ("Российские военные взяли в плен украинского десантника Олега Петрука под Курском.",
         "Петрук", "UA"),
    ],
)
def test_russian_captors_adjective_is_not_the_captives(text: str, surname: str,
                                                       code: str) -> None:
    assert people(text, "ru")[surname]["citizenship"] == code


def test_russian_plural_adjective_of_the_men_themselves_stays() -> None:
    found = people("Кубинские наемники Хосе Перес и Луис Гомес погибли под Бахмутом.", "ru")
    assert found["Перес"]["citizenship"] == "CU"


@pytest.mark.parametrize(
    ("text", "surname", "status"),
    [
        # a lead paragraph is no headline: its fates of two kinds are one man's story
        ("A court in Ulan-Ude has declared mobilised soldier Bato Dashiev dead at the request "
         "of his mother. He went missing near Kreminna on May 4, 2023.\n\nThe court set the "
         "date of his death as May 4, 2023.", "Dashiev", "declared_dead"),
        ("Private Artem Lobov, from Rylsk, signed a contract while still serving and was "
         "taken prisoner near Sudzha on August 8.\n\nHis mother learned of his capture from "
         "a video.", "Lobov", "captured"),
    ],
)
def test_english_lead_paragraph_is_no_headline(text: str, surname: str, status: str) -> None:
    assert people(text, "en")[surname]["status"] == status


def test_ukrainian_declared_dead_has_no_place_of_death() -> None:
    m = people("Семенов Олег Вікторович, 1981 р.н., мешканець Новочебоксарська. Зник безвісти "
               "14 травня 2023 року поблизу Кліщіївки. Міський суд 29 січня 2025 року "
               "оголосив його померлим.", "uk")["Семенов"]
    assert m["status"] == "declared_dead"
    assert m["place_of_death"] is None


@pytest.mark.parametrize(
    ("text", "surname", "place"),
    [
        # a death told beside the place: the court's declaration keeps it
        ("Суд у Барнаулі оголосив померлим Олексія Петровича Гуляєва, 1979 року народження. За "
         "даними командування, він загинув під Авдіївкою 3 березня 2024 року.", "Гуляєв",
         "Авдіївка"),
        ("Районний суд Уфи визнав померлим мобілізованого Рустама Ільдаровича Хабібуліна: за "
         "словами товаришів, він поліг у бою біля Роботиного.", "Хабібулін", "Роботине"),
        # where he went missing is no place of death
        ("Суд у Кургані оголосив померлим Дениса Андрійовича Котова, 1990 р.н. Він зник безвісти "
         "під Торецьком у серпні 2023 року.", "Котов", None),
        ("Зв'язок із Павлом Ігоровичем Лебедєвим обірвався під Вугледаром. Суд оголосив його "
         "померлим.", "Лебедєв", None),
    ],
)
def test_ukrainian_declared_dead_keeps_a_place_told_with_the_death(
        text: str, surname: str, place: str | None) -> None:
    m = people(text, "uk")[surname]
    assert m["status"] == "declared_dead"
    assert m["place_of_death"] == place
