"""Citizenship a text implies without saying it (Ukraine's soldier in a Ukrainian text with no
word for the enemy, a prisoner of war in a text about Ukraine's own, a Russian text mourning
its "земляки" or speaking of the "СВО"), place adjectives and Ukrainian demonyms as homes."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def _one(text: str, lang: str | None = None) -> dict[str, Any]:
    ms = extract_text(text, lang, "2024-06-01")
    assert len(ms) == 1, ms
    return ms[0]


@pytest.mark.parametrize(
    "text",
    [
        "Тарас Вовк, позивний «Сокіл», 24 роки. Загинув 3 квітня на Куп'янському напрямку. "
        "Служив за контрактом у 92-й бригаді з 2022-го.",
        "Мій брат Андрій Петрович Гнатюк загинув 5 травня під Часовим Яром. Ми жили у "
        "Кременчуці. Він пішов до війська добровольцем у 2022 році.",
        "Сумна звістка: загинув сержант Олег Михайлович Руденко, командир відділення. "
        "Він народився у Полтаві. Поховають його у четвер.",
        "Сьогодні ми поховали Миколу Степановича Ткаченка. Загинув 9 березня під "
        "Покровськом. Служив у 47-й механізованій бригаді.",
    ],
)
def test_a_plain_ukrainian_text_speaks_of_ukraines_soldier(text: str) -> None:
    assert _one(text, "uk")["citizenship"] == "UA"


@pytest.mark.parametrize(
    "text",
    [
        # a civilian killed by shelling: no citizenship
        "Внаслідок обстрілу Нікополя загинула 70-річна Марія Іванівна Бондар. Поховають її "
        "у суботу.",
        # a Russian court, Russian war reporters: Russia's soldier, not Ukraine's
        "Російський суд визнав загиблим рядового Олега Петровича Сидоренка, який служив за "
        "контрактом і зник безвісти під Авдіївкою.",
        "Як повідомляють російські воєнкори, 24 травня загинув капітан Ігор Сергійович "
        "Рудько, кадровий офіцер.",
        # the enemy's soldier: not Ukraine's
        "Окупанта Олексія Петровича Сидорова ліквідовано 5 травня під Кремінною. Він "
        "служив за контрактом.",
    ],
)
def test_no_ukrainian_citizenship_without_a_soldier_of_ours(text: str) -> None:
    assert _one(text, "uk")["citizenship"] != "UA"


def test_a_prisoner_of_war_in_a_text_about_our_own() -> None:
    text = ("Під час обміну додому повернулися наші захисники: солдат Ігор Лук'яненко, "
            "смт Березна. Ще один наш земляк, Павло Остапчук з Ніжина, досі перебуває в "
            "полоні.")
    ms = {m["surname"]: m for m in extract_text(text, "uk", "2024-06-01")}
    assert ms["Остапчук"]["citizenship"] == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Уважаемые жители района! 12 мая пройдёт прощание с нашим земляком Кириллом "
        "Андреевичем Сафоновым (1999–2024), погибшим в зоне СВО.",
        "Администрация сообщает о гибели в ходе специальной военной операции Дениса "
        "Олеговича Гусева (1988 г.р.). Прощание состоится в субботу.",
        "В зоне спецоперации погиб Роман Ильич Титов, 1995 года рождения. Прощание в "
        "пятницу в Доме культуры.",
    ],
)
def test_a_russian_text_mourning_its_own_implies_russian_citizenship(text: str) -> None:
    assert _one(text, "ru")["citizenship"] == "RU"


@pytest.mark.parametrize(
    "text",
    [
        # a foreigner stays a foreigner
        "Гражданин Непала Рам Бахадур Тапа погиб в зоне СВО 3 марта.",
        # a convict without a home: nothing
        "Осуждённый Олег Петрович Сычёв, завербованный в колонии в «Шторм Z», погиб в зоне "
        "СВО.",
    ],
)
def test_no_russian_citizenship_for_a_foreigner_or_a_convict(text: str) -> None:
    assert _one(text, "ru")["citizenship"] != "RU"


@pytest.mark.parametrize(
    ("text", "lang", "town", "region"),
    [
        ("Сегодня 40 дней как нет нашего Рустама Хабибуллина. оба наши, нурлатские, "
         "служили вместе. Рустам погиб под Купянском.", None, "Нурлат", "RU-TA"),
        ("Погиб рядовой Олег Жуков — бугульминские парни его никогда не забудут. Погиб "
         "он в мае.", None, None, None),
        ("Погиб ефрейтор Ильдар Сафин — наши бугульминские ребята, помяните. Погиб в мае.",
         None, "Бугульма", "RU-TA"),
        ("У Коломиї попрощалися з коломиянином Іваном Петровичем Мельником, солдатом 10-ї "
         "бригади. Загинув 27 листопада під Бахмутом.", "uk", "Коломия", "UA-26"),
    ],
)
def test_place_adjectives_and_demonyms_name_the_home(text: str, lang: str | None,
                                                     town: str | None,
                                                     region: str | None) -> None:
    ms = extract_text(text, lang, "2024-06-01")
    m = ms[0]
    assert (m["settlement"], m["region"]) == (town, region)


def test_a_village_pymorphy_knows_lies_in_the_texts_region_for_a_russian() -> None:
    text = ("Уважаемые жители Бурятии! 10 июня пройдёт прощание с нашим земляком, погибшим "
            "в зоне СВО: Кирилл Андреевич Сарычев (2001 – 2024), с. Тарбагатай. Прощание в "
            "Улан-Удэ.")
    m = _one(text, "ru")
    assert (m["settlement"], m["region"], m["citizenship"]) == ("Тарбагатай", "RU-BU", "RU")


@pytest.mark.parametrize(
    "text",
    [
        "Вчера вернулся из плена Дмитрий Олегович Жарков, мой сын. Он попал в плен в "
        "марте под Работино, потом мы увидели его в списках у украинцев.",
        "Рядовой Павел Игоревич Сомов полгода провёл в плену у украинцев и вернулся домой "
        "по обмену 5 мая.",
        "Мобилизованный Артём Ильич Кочетов, по словам сослуживцев, сдался к украинцам 3 "
        "марта под Кременной.",
    ],
)
def test_the_other_sides_people_give_no_citizenship(text: str) -> None:
    assert _one(text, "ru")["citizenship"] != "UA"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Двое кубинцев, Хорхе Луис Перес и Дайрон Гомес, погибли под Бахмутом в мае.", "CU"),
        ("Непалец Рам Бахадур Тапа погиб 3 марта под Авдеевкой.", "NP"),
    ],
)
def test_a_countrys_people_still_give_it(text: str, code: str) -> None:
    ms = extract_text(text, "ru", "2024-06-01")
    assert ms and all(m["citizenship"] == code for m in ms)


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Айдар Ринатович Сафин родился 5 января 1990 года в селе Кушнаренково. Погиб 9 "
         "декабря в районе Марьинки.", "ru", "Кушнаренково"),
        ("Василий Петрович Егоров родился 12.03.1985 в деревне Малые Кайбицы. Погиб 3 мая "
         "под Бахмутом.", "ru", "Малые Кайбицы"),
        ("Роман Іванович Гуцул народився 1 травня 1975 року в селі Середкевичі. Загинув 31 "
         "січня під Бахмутом.", "uk", "Середкевичі"),
        ("Богдан Олегович Мельник народився 2001 року в селищі Стара Синява. Загинув 20 "
         "березня під Роботиним.", "uk", "Стара Синява"),
        # where he lived wins over where he was born
        ("Олег Петрович Гнатюк народився 3 березня 1980 року в селі Пилипи, а жив у "
         "Житомирі. Загинув 31 січня під Бахмутом.", "uk", "Житомир"),
    ],
)
def test_born_on_a_date_in_a_village(text: str, lang: str, town: str) -> None:
    assert _one(text, lang)["settlement"] == town
