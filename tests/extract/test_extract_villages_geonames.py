"""Villages and small towns of the GeoNames village table (``villages.csv``): the region a
home village gives when only one region has it, in Russian, English and Ukrainian texts, and
the names that are common words, that several regions share, or that are no home."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.en_places import find_village_region
from headcount.extract.homes import common_village_name, find_village, village_region
from headcount.reference import villages


def _one(text: str, lang: str = "ru") -> dict[str, object]:
    [m] = extract_text(text, lang, "2024-06-01")
    return m


def test_the_table_is_offline_and_coded_like_the_regions() -> None:
    codes = {v.region_code for v in villages()}
    assert len(villages()) > 7000
    assert {"RU-ALT", "RU-SA", "UA-43", "UA-40", "UA-14", "UA-68", "UA-46"} <= codes
    assert village_region("Кулунда") == "RU-ALT"
    assert village_region("Кочёво") == village_region("Кочево") == "RU-PER"
    assert village_region("Чурапча") == "RU-SA"


@pytest.mark.parametrize("name", ["Октябрьский", "Ильинское", "Тарбагатай", "Агинское"])
def test_a_name_of_several_regions_gives_none(name: str) -> None:
    assert find_village(name)
    assert village_region(name) is None


@pytest.mark.parametrize("name", ["Восход", "Заря", "Дружба", "Октябрьский", "Маркова"])
def test_common_words_are_marked(name: str) -> None:
    assert common_village_name(name)


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Рядовой Олег Сомов погиб 3 мая 2024 года. Он жил в селе Кулунда.", "Кулунда", "RU-ALT"),
    ("Уроженец Кулунды рядовой Олег Сомов погиб 3 мая 2024 года.", "Кулунда", "RU-ALT"),
    ("Житель села Кочёво Пётр Иванов погиб в зоне СВО.", "Кочёво", "RU-PER"),
    ("Житель посёлка Чурапча сержант Иван Саввинов погиб 5 мая 2024 года.", "Чурапча",
     "RU-SA"),
    ("Рядовой Андрей Петров из Шихазан погиб 5 мая 2024 года.", "Шихазаны", "RU-CU"),
    ("Ефрейтор Айдар Галиев, уроженец села Большие Кайбицы, погиб в ходе СВО.",
     "Большие Кайбицы", "RU-TA"),
    ("Сержант Николай Попов проживал в посёлке Бердигестях. Он погиб 2 июня 2024 года.",
     "Бердигестях", "RU-SA"),
    ("Младший сержант Аржаан Монгуш из Чадана погиб 1 апреля 2024 года.", "Чадан", "RU-TY"),
])
def test_a_village_of_one_region_gives_it(text: str, settlement: str, region: str) -> None:
    m = _one(text)
    assert m["settlement"] == settlement
    assert m["region"] == region
    assert m["region_inferred"] is True


def test_the_region_the_text_names_wins_over_the_village_table() -> None:
    m = _one("Рядовой Олег Сомов из Новосибирской области, житель села Кулунда, погиб "
             "3 мая 2024 года.")
    assert m["region"] == "RU-NVS"


@pytest.mark.parametrize("text", [
    "Житель села Восход Иван Кузнецов погиб 5 мая 2024 года.",
    "Иван Кузнецов из посёлка Дружба погиб 5 мая 2024 года.",
    "Уроженец деревни Заря Иван Кузнецов погиб 5 мая 2024 года.",
    # a village named like a town of another region, said as a village
    "Житель посёлка Октябрьский Иван Кузнецов погиб 5 мая 2024 года.",
])
def test_a_village_named_by_a_common_word_of_many_regions_gives_no_region(text: str) -> None:
    m = _one(text)
    assert m["region"] is None


@pytest.mark.parametrize("text", [
    "Победа далась дорогой ценой: рядовой Иван Кузнецов погиб 5 мая 2024 года.",
    "Заря застала колонну в пути. Рядовой Иван Кузнецов погиб 5 мая 2024 года.",
    "Рядовой Иван Кузнецов погиб 5 мая 2024 года. Мир его праху.",
])
def test_a_common_word_is_no_village(text: str) -> None:
    m = _one(text)
    assert m["settlement"] is None
    assert m["region"] is None


@pytest.mark.parametrize("text", [
    # a burial village, a workplace, where the parents live: no home
    "Рядовой Иван Кузнецов погиб 5 мая 2024 года. Похоронят его в селе Кулунда.",
    "Рядовой Иван Кузнецов погиб 5 мая 2024 года. До мобилизации он работал в Кулунде.",
    "Рядовой Иван Кузнецов погиб 5 мая 2024 года. Его родители живут в Чурапче.",
])
def test_a_village_that_is_no_home_gives_no_region(text: str) -> None:
    m = _one(text)
    assert m["region"] is None


def test_where_he_lived_outweighs_the_village_he_was_born_in() -> None:
    m = _one("Рядовой Иван Кузнецов, уроженец села Чурапча, жил в Новосибирске. "
             "Погиб 5 мая 2024 года.")
    assert m["settlement"] == "Новосибирск"
    assert m["region"] == "RU-NVS"


def test_a_longer_name_is_not_its_first_word() -> None:
    m = _one("Рядовой Олег Сомов погиб 3 мая 2024 года. Он жил в селе Верхний Тылгаш.")
    assert m["settlement"] == "Верхний Тылгаш"
    assert m["region"] is None


@pytest.mark.parametrize(("name", "code"), [
    ("Kulunda", "RU-ALT"), ("Kochevo", "RU-PER"), ("Churapcha", "RU-SA"),
    ("Berdigestyakh", "RU-SA"), ("Onguday", "RU-AL"),
])
def test_a_village_written_in_latin(name: str, code: str) -> None:
    assert find_village_region(name) == code


@pytest.mark.parametrize("name", ["Druzhba", "Oktyabrsky", "Ilyinskoye", "kulunda"])
def test_a_latin_name_of_many_regions_or_a_word_gives_none(name: str) -> None:
    assert find_village_region(name) is None


@pytest.mark.parametrize(("text", "region"), [
    ("Ivan Kuznetsov, a resident of the village of Kochevo, was killed in May 2024.",
     "RU-PER"),
    ("Sergeant Nikolai Popov from Churapcha was killed in June 2024.", "RU-SA"),
])
def test_an_english_text_gives_a_villages_region(text: str, region: str) -> None:
    m = _one(text, "en")
    assert m["region"] == region
    assert m["region_inferred"] is True


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Рядовий Іван Кузнєцов із села Кулунда загинув у травні 2024 року.", "Кулунда",
     "RU-ALT"),
    ("Олег Сомов, мешканець села Кочево, загинув у травні 2024 року.", "Кочево", "RU-PER"),
])
def test_a_ukrainian_text_gives_a_villages_region(text: str, settlement: str,
                                                  region: str) -> None:
    m = _one(text, "uk")
    assert m["settlement"] == settlement
    assert m["region"] == region


def test_a_ukrainian_village_named_by_a_word_gives_no_region() -> None:
    m = _one("Мешканець села Перемога Іван Кузнєцов загинув у травні 2024 року.", "uk")
    assert m["region"] is None


@pytest.mark.parametrize(("text", "region"), [
    ("Soldiers from Buryatia killed in Ukraine: Private Ivan Ivanov, 23, and Sergeant "
     "Petr Petrov, 35.", "RU-BU"),
    ("Two soldiers from Buryatia, Private Ivan Ivanov and Sergeant Petr Petrov, were killed "
     "in May 2024.", "RU-BU"),
    ("Servicemen from the Altai region killed in action: Private Ivan Ivanov and Corporal "
     "Petr Petrov.", "RU-ALT"),
    ("Fighters from Yakutia killed in March 2024: Ivan Ivanov, 41, and Petr Petrov, 29.",
     "RU-SA"),
])
def test_an_english_group_home_reaches_everyone(text: str, region: str) -> None:
    ms = extract_text(text, "en", "2024-06-01")
    assert len(ms) == 2
    assert {m["region"] for m in ms} == {region}


def test_an_english_group_home_leaves_a_home_of_ones_own() -> None:
    text = ("Soldiers from Buryatia killed in Ukraine: Private Ivan Ivanov, 23, and Sergeant "
            "Petr Petrov, 35, a resident of Kazan.")
    ms = {m["surname"]: m for m in extract_text(text, "en", "2024-06-01")}
    assert ms["Ivanov"]["region"] == "RU-BU"
    assert ms["Petrov"]["region"] == "RU-TA"


def test_one_mans_home_before_the_names_is_no_group_home() -> None:
    text = ("A native of Buryatia, Private Ivan Ivanov, was killed alongside Sergeant Petr "
            "Petrov in May 2024.")
    ms = {m["surname"]: m for m in extract_text(text, "en", "2024-06-01")}
    assert ms["Ivanov"]["region"] == "RU-BU"
    assert ms["Petrov"]["region"] is None


@pytest.mark.parametrize(("text", "region"), [
    ("Алтайский край:\n— рядовой Иванов Иван Иванович (1990–2024);\n— сержант Петров Пётр "
     "Петрович (1985–2024).", "RU-ALT"),
    ("Погибшие уроженцы Бурятии:\nИванов Иван Иванович, 1990 г.р.\nПетров Пётр Петрович, "
     "1985 г.р.", "RU-BU"),
])
def test_a_russian_list_heading_reaches_everyone(text: str, region: str) -> None:
    ms = extract_text(text, "ru", "2024-06-01")
    assert len(ms) == 2
    assert {m["region"] for m in ms} == {region}


def test_a_ukrainian_group_home_reaches_everyone() -> None:
    text = ("Окупанти з Бурятії: рядовий Іван Іванов та сержант Петро Петров загинули в "
            "травні 2024 року.")
    ms = extract_text(text, "uk", "2024-06-01")
    assert {m["region"] for m in ms} == {"RU-BU"}


@pytest.mark.parametrize("text", [
    "Сержант Олег Ким погиб. Его мать до сих пор живёт в Кулунде.",
    "Рядовой Иван Кузнецов погиб 5 мая 2024 года. Его жена с детьми живёт в Чурапче.",
])
def test_a_relatives_village_is_no_home(text: str) -> None:
    assert _one(text)["region"] is None
