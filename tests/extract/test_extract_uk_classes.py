"""Ukrainian obituaries by class of wording: ages, demonyms, numbered units, "солдат", death
and capture phrasings, relative dates. Sentences written for the classes, in varied order,
case and gender."""

from __future__ import annotations

import warnings

import pytest

from headcount.extract import extract_text
from headcount.extract.morph import language
from headcount.extract.uk_ages import find_ages, value
from headcount.extract.uk_citizens import find_citizenship
from headcount.extract.uk_units import find_soldier_rank, find_units, ordinal


@pytest.mark.parametrize(("text", "age"), [
    ("Йому було 34.", 34),
    ("Йому назавжди 27.", 27),
    ("йому був сорок один рік", 41),
    ("росіянину було сорок два роки", 42),
    ("Хлопцеві було лише 19 років", 19),
    ("загинув у віці тридцяти чотирьох років", 34),
    ("загинула віком 52 роки", 52),
    ("Нурлан Ахметов, тридцяти років, доброволець", 30),
    ("Роман Кучеров, 37 років, із Саратова", 37),
    ("Ахмада Аль-Хасана (30 років) убито", 30),
    ("сорокадворічний Іван", 42),
    ("вісімнадцятирічного Дениса", 18),
    ("двадцятип'ятирічна медсестра", 25),
])
def test_ages(text: str, age: int) -> None:
    assert [f.value for f in find_ages(text)] == [age]


@pytest.mark.parametrize("text", [
    "Йому було 5 травня", "відбув 11 років у колонії", "на 35-му році життя",
    "Йому було два тижні до відпустки",
])
def test_not_ages(text: str) -> None:
    assert find_ages(text) == []


def test_number_words() -> None:
    assert value("тридцяти чотирьох") == 34
    assert value("дев'ятнадцять") == 19
    assert value("сорок") == 40
    assert value("кілька") is None


@pytest.mark.parametrize(("text", "code"), [
    ("Росіянин Павло Коротков", "RU"),
    ("росіянину було 40", "RU"),
    ("Кубинець Хорхе Перес", "CU"),
    ("взяли в полон кубинця", "CU"),
    ("двоє непальців загинули", "NP"),
    ("шрі-ланкійця Ранджіта", "LK"),
    ("єгиптянина Ахмеда", "EG"),
    ("казах Нурлан", "KZ"),
    ("кубинський найманець", "CU"),
    ("індійського громадянина", "IN"),
    ("російський військовий", "RU"),
    ("українець Іван", "UA"),
])
def test_demonyms(text: str, code: str) -> None:
    with language("uk"):
        assert [f.value for f in find_citizenship(text)] == [code]


@pytest.mark.parametrize("text", [
    "російської армії", "станиці Кущевська", "взяли українськими військовими",
    "кубинський ром", "мешканець Житомира", "бійця", "на вулиці",
])
def test_no_demonym(text: str) -> None:
    with language("uk"):
        assert find_citizenship(text) == []


@pytest.mark.parametrize(("text", "unit"), [
    ("Він служив у 155-й окремій бригаді морської піхоти.",
     "155-та окрема бригада морської піхоти"),
    ("взводом 106-ї гвардійської повітряно-десантної дивізії.",
     "106-та гвардійська повітряно-десантна дивізія"),
    ("служили в 58-й загальновійськовій армії з часу", "58-ма загальновійськова армія"),
    ("командир 37-го мотострілецького полку, загинув", "37-й мотострілецький полк"),
    ("контрактник 136-ї мотострілецької бригади", "136-та мотострілецька бригада"),
    ("з 1-ї окремої механізованої бригади", "1-ша окрема механізована бригада"),
    ("92-га окрема механізована бригада", "92-га окрема механізована бригада"),
    ("Солдат в/ч А1234 Микола", "в/ч А1234"),
])
def test_units(text: str, unit: str) -> None:
    with language("uk"):
        assert [f.value for f in find_units(text)] == [unit]


def test_ordinals() -> None:
    assert [ordinal(n, "femn") for n in ("1", "2", "3", "8", "11", "40", "106", "1000")] == [
        "1-ша", "2-га", "3-тя", "8-ма", "11-та", "40-ва", "106-та", "1000-на"]
    assert ordinal("37", "masc") == "37-й"


def test_soldier_rank_only_before_a_name() -> None:
    assert [f.value for f in find_soldier_rank("Загинув солдат Ігор Мельник.")] == ["солдат"]
    assert find_soldier_rank("російський солдат Ігор Мельник") == []
    assert find_soldier_rank("солдат загинув") == []


def _one(text: str, published: str = "2024-06-15") -> dict[str, object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(text, "uk", published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Віддав життя за Батьківщину солдат Ігор Мельник. Йому було 34.",
     {"status": "killed", "age": 34, "rank": "солдат"}),
    ("Обірвалося життя Максима Дорошенка, 1999 р.н. Він загинув 12.03.2024 р.",
     {"status": "killed", "death_date": "2024-03-12", "birth_date": "1999"}),
    ("Вчора на Харківщині загинула росіянка Олена Дьоміна.",
     {"status": "killed", "death_date": "2024-06-14", "citizenship": "RU"}),
    ("Кубинець Хорхе Перес, 35 років, загинув у березні 2024 року.",
     {"citizenship": "CU", "age": 35, "death_date": "2024-03"}),
    ("Російський окупант Дмитро Сидоров загинув 12 квітня. Він служив у 155-й окремій "
     "бригаді морської піхоти.", {"unit": "155-та окрема бригада морської піхоти"}),
    ("Опинився в полоні під Вовчанськом рядовий Павло Зінченко.", {"status": "captured"}),
    ("Зник без вісти торік рядовий Андрій Лук'янов.", {"status": "missing"}),
    ("Суд визнав загиблим рядового Тараса Лисенка.", {"status": "declared_dead"}),
])
def test_whole_texts(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Загинув мешканець Житомира Петренко Іван Олексійович, 1987 року народження.",
     {"settlement": "Житомир"}),
    ("Уродженка Полтави, медик Марія Лисенко загинула 20 травня.", {"settlement": "Полтава"}),
    ("Уродженець Красноярська Андрій Зайцев загинув.",
     {"settlement": "Красноярськ", "region": "RU-KYA"}),
    ("25 грудня загинув мобілізований з Бурятії Баїр Доржиєв.", {"region": "RU-BU"}),
    ("Знищено окупанта Олександра Пахомова з Бєлгородщини.", {"region": "RU-BEL"}),
    ("Загинув Олег Тарасов, уродженець Якутії.", {"region": "RU-SA"}),
    ("Загинув мешканець Кузбасу Ігор Лаптєв.", {"region": "RU-KEM"}),
    ("Полонені:\n1. Бабенков Максим Ігорович, 1996 р.н., Липецька область;",
     {"region": "RU-LIP"}),
    ("Полонені:\n1. Хабібуллін Рафаель Ринатович, 1988 р.н., м. Уфа.",
     {"settlement": "Уфа", "region": "RU-BA"}),
])
def test_homes(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a surname the dictionary reads as another word, after a given name
    ("Стало відомо про загибель уродженця Уфи Рустема Галієва, контрактника.",
     ("Галієв", "Рустем")),
    # a given name the dictionary knows as a common noun, where NER reads a name
    ("Тіло громадянина Непалу Рама Бахадура Таманга повернули на батьківщину.",
     ("Таманг", "Рам Бахадур")),
    # foreign names the dictionary does not know: the last word is the surname
    ("Непалець Суман Гурунг потрапив у полон.", ("Гурунг", "Суман")),
    ("Громадянин Шрі-Ланки Ранджіт Перера, 37 років, загинув.", ("Перера", "Ранджіт")),
])
def test_names(text: str, name: tuple[str, str]) -> None:
    m = _one(text)
    assert (m["surname"], m["given_name"]) == name


@pytest.mark.parametrize(("text", "expected"), [
    ("Громадянин Шрі-Ланки Ранджіт Перера загинув. Його завербували через посередника, "
     "пообіцявши роботу водія.", {"citizenship": "LK", "channel": "foreign_contract"}),
    ("Загинув Олександр Зубков, доброволець російського батальйону «Кубань».",
     {"channel": "volunteer_formation"}),
    ("Загинув Віталій Грошев, який відбував покарання в Ангарську.", {"channel": "prisoner"}),
])
def test_channels(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


@pytest.mark.parametrize(("text", "place"), [
    ("У Курській області біля села Любимівка загинув старший лейтенант Віктор Гаєв.",
     "Любимівка"),
    ("Рядовий Олег Мартинюк загинув 5 березня 2024 року поблизу Кліщіївки.", "Кліщіївка"),
    ("На Покровському напрямку 12 травня загинув рядовий Іван Сорокін.",
     "Покровський напрямок"),
    ("Денис Кравець загинув 10 червня в зоні СВО.", "зона СВО"),
    ("Грошев загинув на Донеччині. За даними журналістів, Грошев загинув під Бахмутом.",
     "Бахмут"),
])
def test_places_of_death(text: str, place: str) -> None:
    assert _one(text)["place_of_death"] == place


def test_a_burial_place_is_no_place_of_death() -> None:
    m = _one("Рядовий Олег Мартинюк загинув 5 березня. Його поховали біля села Оліїв.")
    assert m["place_of_death"] is None


@pytest.mark.parametrize(("text", "expected"), [
    # the death word names the one farewelled: the farewell's day is no death date
    ("Прощання з загиблим Денисом Кравцем відбудеться 20 червня. Денис загинув 10 червня.",
     {"death_date": "2024-06-10", "other_dates": {"farewell": "2024-06-20"}}),
    # learning of a death dates the news
    ("Мати Сергія Лаптєва дізналася про загибель сина лише в листопаді, хоча він загинув ще "
     "у вересні.", {"death_date": "2023-09", "other_dates": {"reported": "2023-11"}}),
    # dying of wounds is a death, its date the death's
    ("Молодший сержант Руслан Ібрагімов помер у госпіталі в Ростові-на-Дону 2 квітня від "
     "отриманих поранень.", {"status": "killed", "death_date": "2024-04-02"}),
])
def test_dates_by_their_event(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


def test_a_plural_home_before_a_list_of_names() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text("Двоє мешканців Курська, Олексій Жуков і Дмитро Бєлов, потрапили в "
                             "полон під Вовчанськом.", "uk", "2024-06-15")
    assert [(m["surname"], m["settlement"]) for m in found] == [("Жуков", "Курськ"),
                                                                ("Бєлов", "Курськ")]


def test_a_one_letter_word_opening_a_sentence_is_no_initial() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text("У Курській області загинув рядовий Іван Сорокін.", "uk",
                             "2024-06-15")
    assert [m["surname"] for m in found] == ["Сорокін"]


@pytest.mark.parametrize(("text", "expected"), [
    # a date's dots end no sentence: the place after it is the death's
    ("Цидендамбаєв Баїр Баторович, 1991 р.н., мобілізований. Загинув 18.01.2023 на Луганщині.",
     {"place_of_death": "Луганщина"}),
    # the governing words before a home: "добровольця з Москви Олександра" is a man
    ("Повідомили про загибель 45-річного добровольця з Москви Олександра Гусєва.",
     {"surname": "Гусєв", "given_name": "Олександр"}),
    # "з Героєм" is "with", no home; "Захищаючи Україну" is Ukraine's soldier
    ("Громада прощається з Героєм! Захищаючи Україну, загинув старший солдат Андрій Петрук.",
     {"region": None, "settlement": None, "citizenship": "UA"}),
    # a capitalised village is no demonym ("Намці" is no German)
    ("Загинув мешканець Якутії рядовий Василь Сиднеєв. Він проживав у селі Намці.",
     {"region": "RU-SA", "settlement": "Намці", "citizenship": "RU"}),
    # "РФ" ends in no initial
    ("Військовослужбовець ЗС РФ Ігор Тарасенко, 32 роки, здався в полон.",
     {"given_name": "Ігор"}),
    ("Олександр Гусєв загинув. Він пішов на війну добровольцем у 2022 році в складі "
     "батальйону «Сокіл».",
     {"channel": "volunteer_formation"}),
])
def test_more_classes(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


def test_a_list_entry_after_a_bracketed_range_and_the_headings_region() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(
            "Список загиблих з Пермського краю:\n"
            "1. Сидоров Андрій Вікторович (12.03.1985 – 20.02.2023), м. Соликамськ;\n"
            "2. Кузнецов Павло Олегович (1979–2023), с. Ильинське;\n"
            "3. Мухін Р. В., 1990 р.н., Березники.", "uk", "2023-05-01")
    assert [(m["settlement"], m["region"]) for m in found] == [
        ("Соликамськ", "RU-PER"), ("Ильинське", "RU-PER"), ("Березники", "RU-PER")]


@pytest.mark.parametrize(("text", "expected"), [
    # "у 2022 році": the Ukrainian locative of a year
    ("Віталій Грошев загинув у травні. Грошева завербували в колонії у 2022 році.",
     {"other_dates": {"contract": "2022"}}),
    ("Сухроб Рахімов, який отримав російське громадянство у 2020 році, загинув 29 січня.",
     {"other_dates": {"citizenship": "2020"}}),
    # the largest town of a name gives its region
    ("Загинув мешканець Кірова рядовий Максим Шишкін.", {"region": "RU-KIR"}),
    # a town's adjective part in the genitive
    ("Загинув капітан Ігор Рудаков, уродженець Каменська-Уральського.",
     {"settlement": "Каменськ-Уральський", "region": "RU-SVE"}),
    # a residence permit is a home
    ("Нурлан Ахметов потрапив у полон. Він має посвідку на проживання у Омську.",
     {"settlement": "Омськ"}),
    # the captors' army is not the captive's
    ("Бійці однієї з бригад ЗСУ взяли в полон громадянина Непалу Бішну Шрестху.",
     {"citizenship": "NP"}),
])
def test_dates_homes_citizens(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


@pytest.mark.parametrize(("text", "name"), [
    # a given name the dictionary knows only as a town
    ("Ти пішов у „Вагнер“. Володимир Тюленєв, чоловік, батько. Тюленєв загинув у травні.",
     ("Тюленєв", "Володимир")),
    ("Загинув Богдан Кравчук, 1990 р.н.", ("Кравчук", "Богдан")),
    # a plural noun for people opening a sentence is no surname
    ("Рідні Максима Андрійовича Лук'яненка повідомили про його загибель 12 грудня 2023 року.",
     ("Лук'яненко", "Максим")),
    # a Spanish double surname written first, quoted as in a record
    ("У протоколі затримання його записано як «Рохас Мартінес Ернесто», 44 роки. Він "
     "потрапив у полон 7 січня.", ("Рохас Мартінес", "Ернесто")),
])
def test_more_names(text: str, name: tuple[str, str]) -> None:
    m = _one(text)
    assert (m["surname"], m["given_name"]) == name


@pytest.mark.parametrize(("text", "expected"), [
    ("ІВАНОВ Сергій Петрович, 1988 р.н., загинув 4 березня 2024 року.",
     {"surname": "Іванов", "given_name": "Сергій", "patronymic": "Петрович"}),
    ("Загинув у 34 роки рядовий Андрій Мухін з Орла.", {"age": 34, "settlement": "Орел"}),
    ("У свої 23 Кирило Бєлов потрапив у полон під Торецьком.", {"age": 23}),
    ("Загинули батько і син з міста Шахти. Віктор Гончаренко загинув у квітні.",
     {"settlement": "Шахти"}),
])
def test_caps_ages_fleeting_vowels(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


def test_abbreviations_in_capitals_are_no_surnames() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text("Військовослужбовець ЗСУ Олег Петров загинув. ПВК Вагнер Сергій "
                             "Іванов загинув.", "uk", "2024-06-15")
    assert all(m["surname"] in ("Петров", "Іванов") for m in found)


def test_a_son_named_by_his_given_name_after_his_father() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(
            "Батько і син Гончаренки з міста Шахти загинули. 52-річний Віктор Гончаренко "
            "загинув у квітні 2023 року, а його 27-річний син Артем, контрактник, загинув "
            "14 травня.", "uk", "2023-06-01")
    assert [(m["given_name"], m["death_date"], m["age"]) for m in found] == [
        ("Віктор", "2023-04", 52), ("Артем", "2023-05-14", 27)]


@pytest.mark.parametrize(("text", "expected"), [
    # free word order of capture
    ("Полонений Артур Гайнуллін був мобілізований 23 вересня 2022 року, у полон потрапив "
     "2 березня 2024 року біля Авдіївки.",
     {"status": "captured", "other_dates": {"mobilised": "2022-09-23",
                                             "captured": "2024-03-02"}}),
    # a soft sign kept after a dental consonant, not after others
    ("Загинув мешканець Казані Артур Гайнуллін.", {"settlement": "Казань"}),
    ("Загинув мешканець Пермі Артур Гайнуллін.", {"settlement": "Перм"}),
])
def test_word_order_and_soft_signs(text: str, expected: dict[str, object]) -> None:
    m = _one(text)
    assert {k: m[k] for k in expected} == expected


def test_a_plural_death_gives_its_place_to_everyone_named() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text("На Покровському напрямку 12 травня загинули рядовий Іван Сорокін "
                             "та єфрейтор Петро Лапін.", "uk", "2024-06-15")
    assert [(m["place_of_death"], m["death_date"]) for m in found] == [
        ("Покровський напрямок", "2024-05-12")] * 2


def test_a_part_of_a_unit_not_named_is_no_unit() -> None:
    with language("uk"):
        assert find_units("командира 1-го батальйону одного з мотострілецьких полків") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Внаслідок обстрілу загинула 67-річна Ганна Петрівна Лисенко.",
     ("Лисенко", "Ганна", "Петрівна")),
    ("Загинула Лисенко Ганна Петрівна, 67 років.", ("Лисенко", "Ганна", "Петрівна")),
    ("Громада попрощалася з Оксаною Іванівною Мельник, яка загинула під час обстрілу.",
     ("Мельник", "Оксана", "Іванівна")),
    ("Під Бахмутом загинула медсестра Коваль Наталія Олексіївна.",
     ("Коваль", "Наталія", "Олексіївна")),
    ("Загинув мешканець Житомира Петренко Іван Олексійович, 1987 року народження.",
     ("Петренко", "Іван", "Олексійович")),
])
def test_a_ukrainian_patronymic_is_the_patronymic(text: str, name: tuple[str, ...]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract_text(text, None, "2024-05-20")
    names = [(p.get("surname"), p.get("given_name"), p.get("patronymic")) for p in found]
    assert name in names, names
