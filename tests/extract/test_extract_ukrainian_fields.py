"""Ukrainian texts of several kinds (news, relatives' posts, POW reports, lists, embassy
statements): names from Ukrainian morphology, foreign names in the nominative, ranks, homes,
citizenship, ages in words, units and channels."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text
from headcount.extract.ukrainian import skeleton


def people(text: str, published: str = "2024-01-01") -> dict[str, dict[str, Any]]:
    return {m["surname"]: m for m in extract_text(text, None, published)}


def one(text: str, published: str = "2024-01-01") -> dict[str, Any]:
    found = extract_text(text, None, published)
    assert len(found) == 1, [m["name"] for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Полонений Савченко Ілля Дмитрович, 2002 р.н., з Воронезької області, здався 9 січня "
         "під Кремінною.", {("Савченко", "Ілля", "Дмитрович")}),
        ("«Мій брат, Сергій Олегович Панкратов, 14.02.1992 р.н., 3 серпня 2023 року героїчно "
         "загинув», — пише сестра окупанта.", {("Панкратов", "Сергій", "Олегович")}),
        ("Мати мобілізованого з Чити Євгена Карпова шукає сина: 23-річний рядовий зник "
         "безвісти під Сватовим.", {("Карпов", "Євген", None)}),
        ("У пабліках повідомили про загибель трьох мешканців Кірова: старшого лейтенанта "
         "О. С. Литвинова та сержанта В. І. Козлова.",
         {("Литвинов", "О.", "С."), ("Козлов", "В.", "І.")}),
        ("Бійці ЗСУ взяли в полон 29-річного громадянина Непалу Бішну Прасада Шрестху.",
         {("Шрестха", "Бішну Прасад", None)}),
        ("Посольство Індії підтвердило загибель 22-річного Прадіпа Кумара Ядава.",
         {("Ядав", "Прадіп Кумар", None)}),
        ("У Бурятії загинули рядовий Баїр Цидендамбаєв (Кяхта) і молодший сержант Солбон "
         "Доржиєв (Улан-Уде).", {("Цидендамбаєв", "Баїр", None), ("Доржиєв", "Солбон", None)}),
        ("Колишній мер Новочеркаська Ігор Станкевич закликав земляків підписувати контракти, "
         "а сам на фронт не їде. Тим часом загинув рядовий Олег Бондар.",
         {("Бондар", "Олег", None)}),
    ],
)
def test_ukrainian_names(text: str, names: set[tuple[str, str, str | None]]) -> None:
    found = extract_text(text, None, "2024-01-15")
    assert {(m["surname"], m["given_name"], m["patronymic"]) for m in found} == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бійці ЗСУ взяли в полон 29-річного громадянина Непалу Бішну Прасада Шрестху. Він "
         "підписав контракт з міноборони РФ.",
         {"citizenship": "NP", "channel": "foreign_contract", "status": "captured", "age": 29}),
        ("Росіяни прощаються з медсестрою Тетяною Кузнєцовою з Бєлгорода, яка служила за "
         "контрактом. 37-річна жінка загинула 22 липня.",
         {"settlement": "Бєлгород", "region": "RU-BEL", "age": 37, "death_date": "2023-07-22"}),
        ("Загинув медбрат Василь Чернов, йому було лише тридцять. Він жив у Пермі, але "
         "працював у лікарні в Єкатеринбурзі. Восени 2022-го його мобілізували, а 9 вересня "
         "2023 року він загинув під Бахмутом.",
         {"age": 30, "settlement": "Перм", "region": "RU-PER", "death_date": "2023-09-09"}),
        ("Засуджений за вбивство мешканець Новосибірська Рябцев Віктор Семенович, 1979 р.н., "
         "потрапив у полон. Його завербували до «Шторм Z» просто в колонії.",
         {"settlement": "Новосибірськ", "region": "RU-NVS", "birth_date": "1979",
          "channel": "prisoner", "unit": "Шторм Z"}),
        ("«Мій брат, Сергій Олегович Панкратов, 14.02.1992 р.н., 3 серпня 2023 року героїчно "
         "загинув», — пише сестра окупанта з Курганської області. Прощання з ним запланували "
         "на 12 серпня.", {"birth_date": "1992-02-14", "death_date": "2023-08-03",
                          "other_dates": {"farewell": "2023-08-12"}}),
        ("Загинув сержант В. І. Козлов, доброволець батальйону «Вятка».",
         {"rank": "сержант", "unit": "батальйон «Вятка»", "channel": "volunteer_formation"}),
        ("Загинув старший лейтенант О. С. Литвинов, кадровий офіцер.",
         {"rank": "старший лейтенант", "channel": "regular"}),
        ("Полонений Савченко Ілля Дмитрович, 2002 р.н., з Воронезької області, здався 9 січня.",
         {"region": "RU-VOR", "status": "captured", "birth_date": "2002"}),
        ("Загинув єфрейтор Олександр Мункуєв з Гусиноозерська, йому був сорок один рік.",
         {"rank": "єфрейтор", "age": 41, "settlement": "Гусиноозерськ", "region": "RU-BU"}),
    ],
)
def test_ukrainian_fields(text: str, expected: dict[str, Any]) -> None:
    m = one(text, "2023-08-10" if "Панкратов" in text else "2023-09-19")
    assert {k: m[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("uk", "ru"),
    [("Воронезька", "Воронежская"), ("Пермі", "Пермь"), ("Бєлгорода", "Белгород"),
     ("Запорізька", "Запорожская"), ("Прокоп'євськ", "Прокопьевск")],
)
def test_ukrainian_and_russian_spellings_meet(uk: str, ru: str) -> None:
    strip = __import__("re").compile(r"(?:ська|ская|зька|жская|і|ь|а)$")
    assert skeleton(strip.sub("", uk)) == skeleton(strip.sub("", ru))


def test_ukrainian_russian_and_latin_spellings_share_a_key() -> None:
    from headcount.names import loose_key

    uk = one("Загинув мешканець Кургана Панкратов Сергій Олегович, 1992 р.н.")
    ru = one("Погиб житель Кургана Панкратов Сергей Олегович, 1992 г.р.")
    assert uk["name_key"].split()[:2] == ru["name_key"].split()[:2]
    assert uk["name_key"].split()[:2] == loose_key("Pankratov Sergei").split()


def test_a_ukrainian_list_shares_what_is_said_of_all() -> None:
    text = ("Бурятія: в мережі з'явилися імена ще трьох ліквідованих окупантів. Це рядовий "
            "Баїр Цидендамбаєв (Кяхта), молодший сержант Солбон Доржиєв (Улан-Уде) і "
            "єфрейтор Олександр Мункуєв (Гусиноозерськ). Усі троє були мобілізовані восени "
            "2022 року.")
    found = people(text, "2023-01-18")
    assert set(found) == {"Цидендамбаєв", "Доржиєв", "Мункуєв"}
    assert {m["status"] for m in found.values()} == {"killed"}
    assert {m["channel"] for m in found.values()} == {"mobilised"}
    assert {m["region"] for m in found.values()} == {"RU-BU"}
    assert found["Доржиєв"]["settlement"] == "Улан-Уде"
    assert found["Цидендамбаєв"]["settlement"] == "Кяхта"
    assert found["Доржиєв"]["rank"] == "молодший сержант"


def test_the_day_someone_went_missing_is_kept() -> None:
    m = one("Мати мобілізованого з Чити Євгена Карпова шукає сина: 23-річний рядовий зник "
            "безвісти під Сватовим 11 листопада 2022 року.", "2023-01-05")
    assert (m["status"], m["other_dates"], m["rank"]) == (
        "missing", {"missing": "2022-11-11"}, "рядовий")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Громадянин Куби Йоель Ернандес Перес, 21 рік, загинув 1 липня під Кремінною.",
         {"surname": "Ернандес Перес", "given_name": "Йоель", "age": 21, "citizenship": "CU",
          "place_of_death": "Кремінна"}),
        ("Сорокарічний контрактник Олег Бабушкін зник безвісти у червні 2023 року під "
         "Кліщіївкою.", {"age": 40, "status": "missing", "place_of_death": None,
                         "other_dates": {"missing": "2023-06"}}),
        ("Окупант Микола Орлов, 1988 року народження, мешканець села Шипуново Алтайського "
         "краю, дезертирував із частини у квітні.",
         {"settlement": "Шипуново", "region": "RU-ALT", "status": "deserted",
          "birth_date": "1988"}),
        ("У Якутську попрощалися з 35-річним мобілізованим Айсеном Петровим, який загинув 20 "
         "листопада на Запорізькому напрямку.",
         {"age": 35, "place_of_death": "Запорізький напрямок", "settlement": None,
          "death_date": "2023-11-20"}),
        ("Старшого лейтенанта Ігоря Волкова, кадрового офіцера з Курська, взяли в полон 3 "
         "лютого біля Авдіївки.", {"surname": "Волков", "rank": "старший лейтенант",
                                    "channel": "regular", "status": "captured",
                                    "settlement": "Курськ", "region": "RU-KRS"}),
    ],
)
def test_ukrainian_reports_of_every_kind(text: str, expected: dict[str, Any]) -> None:
    m = one(text, "2024-05-05" if "Орлов" in text else "2023-12-01" if "Петров" in text
            else "2024-02-10" if "Волков" in text else "2023-09-09")
    assert {k: m[k] for k in expected} == expected


def test_reading_ukrainian_first_does_not_change_how_russian_is_read() -> None:
    from headcount.extract.gazetteer import Gazetteer
    from headcount.extract.morph import language
    from headcount.extract.text import tokens

    text = "Житель Курской области"
    with language("uk"):  # a table first built while a Ukrainian text is read
        table = Gazetteer([("Курская область", "RU-KRS")])
    assert [h.value for h in table.find(tokens(text))] == ["RU-KRS"]
    ukrainian_entries = Gazetteer([("молодший сержант", "x")], lang="uk")
    with language("uk"):
        assert [h.value for h in ukrainian_entries.find(tokens("молодшого сержанта"))] == ["x"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Загинув Ярослав В'ячеславович Кулик, 1990 р.н., мешканець Курська.",
         {("Кулик", "Ярослав", "В'ячеславович")}),
        ("Загинули брати Олег і Денис Морозови з Тули.",
         {("Морозов", "Олег", None), ("Морозов", "Денис", None)}),
        ("Дружина мобілізованого Тимура Ахмєтова Ельвіра повідомила, що він зник безвісти.",
         {("Ахмєтов", "Тимур", None)}),
        ("Окупанта Сергія Івановича Кузьміна, 1985 р.н., ліквідували під Авдіївкою.",
         {("Кузьмін", "Сергій", "Іванович")}),
    ],
)
def test_more_ukrainian_names(text: str, names: set[tuple[str, str, str | None]]) -> None:
    found = extract_text(text, None, "2024-05-01")
    assert {(m["surname"], m["given_name"], m["patronymic"]) for m in found} == names
    assert all(m["status"] for m in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Загинув Ярослав Кулик, 1990 р.н., мешканець Курська.", "uk"),
        ("Погиб Ярослав Кулик, 1990 г.р., житель Курска.", "ru"),
        ("Сергей Иванов погиб под Бахмутом", "ru"),
    ],
)
def test_language_without_a_telling_letter(text: str, lang: str) -> None:
    from headcount.extract.text import detect_language

    assert detect_language(text) == lang
