"""Homes: a region written after the home town, districts named after villages, list entries
with "м." and a sentence after the town, and relatives' homes that are not the soldier's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.districts import town_of_district


def _one(text: str, lang: str = "ru") -> dict[str, object]:
    [m] = extract_text(text, lang, "2024-06-01")
    return m


def _all(text: str, lang: str = "ru") -> list[dict[str, object]]:
    return extract_text(text, lang, "2024-06-01")


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("В зоне СВО погиб Андрей Петров из Кулунды Новосибирской области.", "Кулунда", "RU-NVS"),
    ("Погиб Андрей Петров, житель деревни Малые Кочки Ивановской области.", "Малые Кочки",
     "RU-IVA"),
    ("Погиб житель с. Нылга Увинского района Удмуртии Сергей Иванов.", "Нылга", "RU-UD"),
    ("Мобилизованный Олег Сафронов, уроженец посёлка Теплая Гора, Пермского края, погиб под "
     "Бахмутом.", "Теплая Гора", "RU-PER"),
    ("Простились с Денисом Ворониным, жителем посёлка Мишкино Курганской области.",
     "Мишкино", "RU-KGN"),
])
def test_a_region_after_the_home_town_is_stated(text: str, settlement: str, region: str) -> None:
    m = _one(text)
    assert m["settlement"] == settlement
    assert m["region"] == region
    assert m["region_inferred"] is False


@pytest.mark.parametrize(("text", "region"), [
    ("Погиб уроженец Увинского района Сергей Кузнецов.", "RU-UD"),
    ("Иван Сидоров, житель Кочёвского района, погиб на СВО.", "RU-PER"),
    ("Участник СВО из Кулундинского района Алексей Мохов погиб в бою.", "RU-ALT"),
    ("Загинув Іван Сидоров, уродженець Кулундинського району.", "RU-ALT"),
    ("Ліквідовано окупанта Петра Ложкіна, мешканця Кочівського району.", None),
    ("Сергей Лавров, житель Топчихинского района, погиб в ходе СВО.", "RU-ALT"),
])
def test_a_district_named_after_a_village_gives_its_region(text: str,
                                                           region: str | None) -> None:
    lang = "uk" if any(c in text for c in "іїєІ") else "ru"
    m = _one(text, lang)
    assert m["settlement"] is None
    if region is not None:
        assert m["region"] == region
        assert m["region_inferred"] is True


@pytest.mark.parametrize("adjective", ["Ленинского", "Красногвардейского", "Советского",
                                       "Октябрьского"])
def test_districts_of_many_regions_name_none(adjective: str) -> None:
    assert town_of_district(adjective) is None


def test_district_adjectives_by_their_villages() -> None:
    for word, code in (("Кочёвского", "RU-PER"), ("Увинского", "RU-UD"),
                       ("Кулундинського", "RU-ALT"), ("Топчихинский", "RU-ALT")):
        town = town_of_district(word)
        assert town is not None and town.region_code == code


def test_a_ukrainian_list_entry_with_m_and_a_sentence_after() -> None:
    text = ("Курганська область: втрати.\n"
            "▪️ Бородін Василь Семенович, 45 років, м. Курган. Мобілізований. Загинув під "
            "Бахмутом.\n"
            "▪️ Лапін Євген (1995–2023), м. Шадринськ. Контрактник.\n")
    got = {str(m["name"]): m["settlement"] for m in _all(text, "uk")}
    assert got == {"Бородін Василь Семенович": "Курган", "Лапін Євген": "Шадринськ"}


def test_a_ukrainian_list_entry_with_a_village_and_a_sentence_after() -> None:
    text = ("Втрати окупантів:\n"
            "— Сидоренко Петро, 1988 р.н., м. Міас. Загинув у березні.\n"
            "— Коваль Ігор, 1979 р.н., м. Шадринськ. Мобілізований.\n")
    got = {str(m["name"]): (m["settlement"], m["region"]) for m in _all(text, "uk")}
    assert got["Сидоренко Петро"] == ("Міас", "RU-CHE")
    assert got["Коваль Ігор"] == ("Шадринськ", "RU-KGN")


@pytest.mark.parametrize("text", [
    "Погиб Андрей Петров. Мать погибшего живёт в Кулунде.",
    "Погиб Андрей Петров. Вдова бойца живёт в Кулунде с двумя детьми.",
    "Погиб Андрей Петров. Родители солдата живут в Шихазанах.",
    "Погиб рядовой Андрей Петров; а сестра его живёт в Кочёво.",
])
def test_a_relatives_home_is_not_his(text: str) -> None:
    assert _one(text)["settlement"] is None


@pytest.mark.parametrize(("text", "settlement"), [
    ("Погиб Андрей Петров. Он жил в Кулунде.", "Кулунда"),
    ("Рядовой Андрей Петров вырос в Шихазанах и погиб под Авдеевкой.", "Шихазаны"),
])
def test_his_own_home_after_a_living_verb_stays(text: str, settlement: str) -> None:
    assert _one(text)["settlement"] == settlement


@pytest.mark.parametrize("text", [
    "Погиб Андрей Петров из Кулунды. Похоронен в Новосибирской области.",
    "Андрей Петров из Кулунды погиб в Белгородской области.",
])
def test_a_region_far_from_the_town_is_no_stated_home(text: str) -> None:
    m = _one(text)
    assert (m["region"] != "RU-NVS" and m["region"] != "RU-BEL") or m["region_inferred"]


@pytest.mark.parametrize(("text", "settlement"), [
    ("Братья выросли в Кулунде. Андрей и Сергей Петровы погибли в зоне СВО.", "Кулунда"),
    ("Оба брата жили в Шихазанах. Иван и Олег Сидоровы погибли под Бахмутом.", "Шихазаны"),
    ("Сестры выросли в Кулунде. Анна и Мария Козловы погибли при обстреле.", "Кулунда"),
])
def test_kin_words_as_the_persons_themselves_keep_their_home(text: str,
                                                             settlement: str) -> None:
    assert {m["settlement"] for m in _all(text)} == {settlement}


@pytest.mark.parametrize("text", [
    "Погиб Андрей Петров. Сестра погибшего живёт в Кулунде.",
    "Погиб Олег Сидоров. Отец бойца живёт в Шихазанах.",
    "Погиб Иван Козлов. Сын его живёт в Кулунде.",
])
def test_a_relative_of_the_soldier_by_his_genitive_is_not_his_home(text: str) -> None:
    assert _one(text)["settlement"] is None


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("Мать мобилизованного жителя Оренбурга Дмитрия Сорокина обратилась в суд.", "Оренбург",
     "RU-ORE"),
    ("Поступило заявление матери мобилизованного жителя Оренбурга Д.А. Сорокина, который "
     "погиб.", "Оренбург", "RU-ORE"),
    ("Вдова уроженца Белгорода Ивана Кравцова, погибшего под Бахмутом, получила его "
     "награду.", "Белгород", "RU-BEL"),
])
def test_a_home_noun_of_the_soldier_after_a_kin_word_is_his(text: str, settlement: str,
                                                            region: str) -> None:
    m = [p for p in _all(text) if p["settlement"] is not None]
    assert [(p["settlement"], p["region"]) for p in m] == [(settlement, region)]


@pytest.mark.parametrize(("text", "settlement"), [
    ("Сестра милосердия из Белгорода Маргарита Лебедева погибла под обстрелом.", "Белгород"),
    ("Медсестра из Курска Анна Козлова погибла при обстреле госпиталя.", "Курск"),
    ("Брат милосердия из Оренбурга Павел Гусев погиб в зоне СВО.", "Оренбург"),
])
def test_a_nurse_is_no_kin(text: str, settlement: str) -> None:
    assert _one(text)["settlement"] == settlement


@pytest.mark.parametrize(("text", "settlement", "region"), [
    ("1. Гурулёв Павел Викторович, 12.08.1979 г.р., с. Батама, рядовой, мобилизован "
     "24.09.2022, погиб 03.03.2024 в Запорожской области.", "Батама", None),
    ("2. Петров Иван Сергеевич, 1985 г.р., г. Зима, рядовой, погиб 03.03.2024 в Херсонской "
     "области.", "Зима", "RU-IRK"),
    ("Андрей Петров из Кулунды, доброволец, погиб под Донецком, Донецкая Народная Республика.",
     "Кулунда", "RU-ALT"),
])
def test_a_region_of_death_later_in_the_entry_is_not_his(text: str, settlement: str,
                                                          region: str | None) -> None:
    m = _one(text)
    assert m["settlement"] == settlement
    assert m["region"] == region


def test_a_district_named_after_a_short_town() -> None:
    assert town_of_district("Зиминского").name == "Зима"  # type: ignore[union-attr]
    text = ("Список погибших — уроженцев и жителей Зиминского района\n\n"
            "1. Сидоров Олег Павлович, 1980 г.р., с. Батама, рядовой, погиб 03.03.2024 в "
            "Запорожской области.")
    assert _one(text)["region"] == "RU-IRK"


@pytest.mark.parametrize(("text", "region"), [
    ("Курганська область: нові підтверджені втрати\n▪️ Зотов Павло Андрійович (12.05.1988 – "
     "21.03.2023), с. Кетово. Мобілізований, загинув на Донеччині.", "RU-KGN"),
    ("▪️ Лапін Євген (1995–2023), с. Кетово. Контрактник, помер від ран.", "RU-KGN"),
])
def test_a_ukrainian_list_village_is_no_town_of_like_consonants(text: str, region: str) -> None:
    m = _one(text, "uk")
    assert m["settlement"] == "Кетово"
    assert m["region"] == region
