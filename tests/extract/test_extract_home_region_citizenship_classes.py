"""Home region, settlement and citizenship classes that did not generalise: a home told by
"lives in" or "lived with … in", a list entry's bare town after a birth year or an age, a
region in its possessive before a district ("Buryatia's Tunkinsky district"), "another
Narayanpet man", a Nepali ward after its town, a region where someone trained or was treated
(no home), a federal city where someone lived over the town he came from, a foreign town
after a citizenship, and a civilian killed by a strike (no citizenship implied)."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _people(text: str, lang: str | None = None) -> list[dict[str, Any]]:
    return extract_text(text, lang, "2024-06-01")


def _one(text: str, lang: str | None = None) -> dict[str, Any]:
    ms = _people(text, lang)
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Pavel Sokolov, 33, a welder who lives in Kondopoga, was mobilised on September 23.",
         "Kondopoga"),
        ("Ilya Markov, a driver who lives in neighbouring Segezha, was killed near Bakhmut "
         "on May 2.", "Segezha"),
        ("Sergeant Oleg Titov was killed near Avdiivka. He lived with his wife Irina and their "
         "three sons in Miass.", "Miass"),
        ("Private Denis Orlov was killed on March 3. Orlov lived with Natalia and the children "
         "in Yeysk, his widow said.", "Yeysk"),
        ("Roman Belov, 41, who lives in nearby Kondopoga with his parents, has been missing "
         "since May.", "Kondopoga"),
    ],
)
def test_lives_in_gives_the_home(text: str, town: str) -> None:
    assert _one(text, "en")["settlement"] == town


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Karelia: fighters whose deaths were confirmed\n\n"
         "— GUBIN Roman, b. 1995, Petrozavodsk. Convict, recruited in 2022. Killed near "
         "Bakhmut.\n"
         "— SEMYONOV Vitaly Igorevich, 44, Kondopoga, call sign \"Tikhiy\". Died of wounds on "
         "17 January.\n",
         {"Gubin": ("Petrozavodsk", "RU-KR"), "Semyonov": ("Kondopoga", "RU-KR")}),
        ("Killed in December:\n"
         "– ORLOV Ivan, 1990, Miass. Mobilised. Killed near Kreminna.\n"
         "– PETROV Oleg, 27, Yeysk. Contract soldier. Killed near Robotyne.\n",
         {"Orlov": ("Miass", "RU-CHE"), "Petrov": ("Yeysk", "RU-KDA")}),
    ],
)
def test_a_list_entrys_bare_town_after_a_dash(text: str,
                                              names: dict[str, tuple[str, str]]) -> None:
    got = {m["surname"]: (m["settlement"], m["region"]) for m in _people(text, "en")}
    for surname, want in names.items():
        assert got.get(surname) == want, got


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("In the village of Kyren in Buryatia's Tunkinsky district the summons came at night. "
         "Alexander Dorzhiev, 38, was handed his papers on September 22.", "RU-BU"),
        ("Ivan Markov was born in the village of Kulunda in Altai Krai's Kulundinsky district "
         "and was killed near Kreminna.", "RU-ALT"),
        ("Mobilised driver Oleg Sidorov comes from the village of Kochyovo in Perm Krai's north "
         "and was killed on June 3.", "RU-PER"),
    ],
)
def test_a_region_in_its_possessive_after_a_village(text: str, region: str) -> None:
    assert _one(text, "en")["region"] == region


@pytest.mark.parametrize(
    ("text", "surname", "town"),
    [
        ("Mohammed Uddin, 30, of Narayanpet, was killed on March 6. Uddin and another "
         "Narayanpet man, Syed Ilyas Hussaini, 22, had been promised jobs.", "Hussaini",
         "Narayanpet"),
        ("A Kathmandu man, Ram Bahadur Thapa, 31, was killed near Bakhmut in March.", "Thapa",
         "Kathmandu"),
        ("The family of a Hyderabad youth, Mohammed Asfan, 30, said he was killed on the "
         "front.", "Asfan", "Hyderabad"),
    ],
)
def test_a_towns_man_named_after_him(text: str, surname: str, town: str) -> None:
    got = {m["surname"]: m["settlement"] for m in _people(text, "en")}
    assert got.get(surname) == town, got


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dil Bahadur Gurung, 27, of Putalibazar Municipality-8, was killed near Bakhmut on "
         "February 26.", "Putalibazar"),
        ("Ram Thapa, 25, of Besisahar Municipality 5, Lamjung, was killed in Ukraine in "
         "January.", "Besisahar"),
        ("Bikram Rai, a resident of Dharan Sub-Metropolitan City-10, was killed near Avdiivka "
         "on May 4.", "Dharan"),
    ],
)
def test_a_nepali_ward_after_its_town(text: str, town: str) -> None:
    assert _one(text, "en")["settlement"] == town


@pytest.mark.parametrize(
    "text",
    [
        "Private Yegor Kuzmin, 20, a conscript, was captured near Kharkiv on May 3. \"In "
        "February they told me he was at exercises in Belgorod region,\" his mother said.",
        "Sergeant Ivan Lomov was killed near Kupiansk on May 4. In April he had been treated "
        "in a hospital in Rostov region.",
        "Private Oleg Burov was killed near Vuhledar on March 2. He had been training at a "
        "range in Bryansk region since January.",
    ],
)
def test_no_home_region_where_someone_trained_or_was_treated(text: str) -> None:
    assert _one(text, "en")["region"] is None


@pytest.mark.parametrize(
    ("text", "lang", "town", "region"),
    [
        ("Под Снигирёвкой погиб подполковник Вадим Анатольевич Кириленко. Родом он из "
         "Благовещенска, однако последние годы жил в Севастополе.", "ru", "Севастополь",
         "UA-40"),
        ("Під Снігурівкою загинув підполковник Кириленко Вадим Анатолійович. Родом окупант із "
         "Благовєщенська, проте останні роки жив у Севастополі.", "uk", "Севастополь",
         "UA-40"),
        ("Уроженец Тамбова сержант Олег Петрович Лыков последние десять лет жил в Москве. "
         "Погиб под Бахмутом.", "ru", "Москва", "RU-MOW"),
        ("Житель Санкт-Петербурга рядовой Иван Сергеевич Зуев погиб 3 мая под Кременной.",
         "ru", "Санкт-Петербург", "RU-SPE"),
        ("Родом він зі Ставрополя, але жив у Москві: так розповів про окупанта Ігоря "
         "Петровича Зайцева його знайомий. Зайцев загинув під Бахмутом.", "uk", "Москва",
         "RU-MOW"),
        ("Окупант Ігор Петрович Зайцев з Петербурга загинув під Бахмутом.", "uk",
         "Санкт-Петербург", "RU-SPE"),
    ],
)
def test_a_federal_city_lived_in_over_the_town_of_birth(text: str, lang: str, town: str,
                                                         region: str) -> None:
    m = _one(text, lang)
    assert (m["settlement"], m["region"]) == (town, region)


@pytest.mark.parametrize(
    "text",
    [
        "Окупант Ігор Петрович Зайцев з Московщини загинув під Бахмутом.",
        "Окупант Ігор Петрович Зайцев з Московської області загинув під Бахмутом.",
    ],
)
def test_the_oblast_named_after_a_federal_city_is_no_town(text: str) -> None:
    m = _one(text, "uk")
    assert (m["settlement"], m["region"]) == (None, "RU-MOS")


@pytest.mark.parametrize(
    ("text", "lang", "town", "country"),
    [
        ("Це 34-річний Журабек Тошматов, громадянин Узбекистану із Самарканда. Його взяли в "
         "полон 9 січня.", "uk", "Самарканд", "UZ"),
        ("В плен попал 34-летний Журабек Тошматов, гражданин Узбекистана из Самарканда.",
         "ru", "Самарканд", "UZ"),
        ("Гражданин Таджикистана из Худжанда Рустам Назаров погиб под Бахмутом в мае.", "ru",
         "Худжанд", "TJ"),
        ("Громадянин Таджикистану з Душанбе Фаррух Саїдов потрапив у полон під Вовчанськом.",
         "uk", "Душанбе", "TJ"),
        ("Jasur Tursunov, 28, an Uzbek citizen from Samarkand, was captured near Avdiivka.",
         "en", "Samarkand", "UZ"),
    ],
)
def test_a_town_after_a_citizenship(text: str, lang: str, town: str, country: str) -> None:
    m = _one(text, lang)
    assert (m["settlement"], m["citizenship"]) == (town, country)


def test_a_russian_citizen_from_a_town_keeps_both() -> None:
    m = _one("Гражданин России из Курска сержант Иван Петрович Лосев погиб под Бахмутом.", "ru")
    assert (m["settlement"], m["region"], m["citizenship"]) == ("Курск", "RU-KRS", "RU")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A 67-year-old woman was killed on Tuesday when a Ukrainian drone struck her car on "
         "the outskirts of Shebekino. Neighbours named her as Valentina Ivanovna Gorbunova, a "
         "resident of Shebekino.", "en"),
        ("Жительница Шебекино Валентина Ивановна Горбунова погибла во вторник, когда дрон "
         "атаковал её автомобиль.", "ru"),
        ("В результате обстрела погибла жительница Белгорода 58-летняя Ольга Петровна Сомова.",
         "ru"),
        ("Pensioner Nikolai Petrovich Orlov, 70, of Belgorod, was wounded by shrapnel when a "
         "missile hit his house.", "en"),
        ("Ганна Петрівна Ломова, мешканка Курська, загинула внаслідок удару дрона по її "
         "автомобілю.", "uk"),
    ],
)
def test_a_civilian_struck_at_home_has_no_citizenship_implied(text: str, lang: str) -> None:
    m = _one(text, lang)
    assert m["citizenship"] is None
    assert m["region"] is not None  # the home stays


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a soldier's text: the front, service, a rank
        ("Житель Курска Иван Петрович Лосев погиб 3 мая под Бахмутом от удара дрона.", "ru"),
        ("Житель Белгорода Олег Сергеевич Смирнов, мобилизованный в октябре, погиб при "
         "обстреле позиций.", "ru"),
        ("Pavel Orlov, 41, of Kondopoga, was killed by a drone strike near Bakhmut while "
         "serving with the 200th brigade.", "en"),
        ("Father Andrei Lipatov, who lived in Nerekhta, was killed by a drone near Kreminna "
         "while visiting the front as a chaplain.", "en"),
    ],
)
def test_a_soldier_struck_at_the_front_keeps_his_citizenship(text: str, lang: str) -> None:
    assert _one(text, lang)["citizenship"] == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "Private Ivan Sidorov was killed near Bakhmut on May 3. His mother, who lives in Tver, "
        "learned of his death a week later.",
        "Private Ivan Sidorov was killed near Bakhmut on May 3. His widow lives with their two "
        "sons in Tver.",
        "Sergeant Oleg Titov was killed near Avdiivka. His parents, who still live in Miass, "
        "asked for his body.",
        "Corporal Pavel Lomov died of wounds on June 2. His wife Irina, who lived in Yeysk, "
        "was told by phone.",
    ],
)
def test_where_a_relative_lives_is_no_home(text: str) -> None:
    assert _one(text, "en")["settlement"] is None
