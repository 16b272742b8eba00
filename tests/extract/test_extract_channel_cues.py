"""Channels and units told once for several people, a cue before the name it describes, a
cue denied, and kinds of cue: a summons, conscript service said short, a colony's
abbreviation, a military school, recruitment."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.military import find_channels


def people(text: str, lang: str = "ru") -> dict[str, dict[str, object]]:
    return {str(m["surname"]): m for m in extract_text(text, lang, "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Трое бывших заключённых, завербованных в отряды «Шторм Z», погибли весной. Это "
         "Вадим Лесков (1985 г. р.), Андрей Тишин (1979 г. р.) и Руслан Галиев (1990 г. р.).",
         "ru", "Шторм Z"),
        ("Погибли трое бойцов «Шторм V»: Денис Мальцев, Фарид Ягудин и Олег Песков.", "ru",
         "Шторм V"),
        ("Віталій Дронов і Тимур Гатауллін служили в 6-й армії і загинули 19 грудня під "
         "Куп'янськом.", "uk", "6-та армія"),
        ("Бойцы отряда «БАРС-13» Роман Шевчук и Валерий Ким погибли в сентябре под Торецком.",
         "ru", "БАРС-13"),
        ("Сержант Иван Дронов и рядовой Тимур Гатауллин служили в 6-й армии, оба погибли "
         "19 декабря.", "ru", "6-я армия"),
        ("Ефрейтор Олег Мухин и рядовой Игорь Панов воевали в 155-й бригаде морской пехоты "
         "и погибли в марте.", "ru", "155-я бригада морской пехоты"),
    ],
)
def test_a_unit_told_once_for_several_people(text: str, lang: str, unit: str) -> None:
    found = people(text, lang)
    assert len(found) == (3 if "трое" in text.lower() else 2)
    assert {m["unit"] for m in found.values()} == {unit}


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Это осуждённые Вадим Лесков (1985 г. р.), Андрей Тишин (1979 г. р.) и Руслан Галиев "
         "(1990 г. р.), погибшие под Бахмутом.", "prisoner"),
        ("Мобилизованные Николай Егоров из Намцев и Айаал Саввинов из Чурапчи погибли в "
         "январе под Сватово.", "mobilised"),
        ("Срочники Иван Белов и Пётр Сорокин погибли при обстреле границы в августе.",
         "conscript"),
        ("Контрактники Роман Гусев и Олег Жуков погибли под Авдеевкой в феврале.", "contract"),
        ("Погибли мобилизованные жители Ишима Денис Котов и Павел Лунин.", "mobilised"),
        ("Бойцы отряда «БАРС-13» Роман Шевчук и Валерий Ким погибли в сентябре под Торецком.",
         "volunteer_formation"),
    ],
)
def test_a_plural_cue_is_everyones(text: str, channel: str) -> None:
    found = people(text)
    assert len(found) >= 2
    assert {m["channel"] for m in found.values()} == {channel}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вернулись из плена мобилизованный рядовой Максим Шишкин из Димитровграда, "
         "контрактник ефрейтор Руслан Хабибуллин из Ульяновска.",
         {"Шишкин": "mobilised", "Хабибуллин": "contract"}),
        ("Из плена вернулись мобилизованный рядовой Пётр Багров из Торжка, срочник младший "
         "сержант Денис Кутузов из Твери.", {"Багров": "mobilised", "Кутузов": "conscript"}),
        ("В плен попали срочник рядовой Артём Ляхов из Пскова, контрактник ефрейтор Глеб "
         "Носов из Луги.", {"Ляхов": "conscript", "Носов": "contract"}),
        ("Погибли осуждённый Семён Гаев из Копейска, мобилизованный рядовой Юрий Лобов из "
         "Миасса.", {"Гаев": "prisoner", "Лобов": "mobilised"}),
        ("Похоронены контрактник ефрейтор Игорь Белов из Ельни, срочник рядовой Олег Шилов из "
         "Рославля.", {"Белов": "contract", "Шилов": "conscript"}),
        ("Повідомили про загибель двох мешканців Кірова: кадрового офіцера, старшого "
         "лейтенанта О. С. Литвинова, та рядового М. А. Шишкіна.",
         {"Литвинов": "regular", "Шишкін": None}),
    ],
)
def test_a_cue_before_a_name_describes_it(text: str, expected: dict[str, str | None]) -> None:
    found = people(text, "uk" if "Кірова" in text else "ru")
    for surname, channel in expected.items():
        assert found[surname]["channel"] == channel, surname


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Андрей Чепурной не был заключённым: он служил в ВДВ и погиб под Бахмутом.", "ru"),
        ("Чепурной не був в'язнем, він загинув під Бахмутом.", "uk"),
        ("Ivan Sorokin, who was not a convict, was killed near Bakhmut.", "en"),
        ("Сослуживец Иван Рябов, никогда не являвшийся осуждённым, погиб в мае.", "ru"),
        ("Олег Ткач не был мобилизованным, погиб под Кременной.", "ru"),
    ],
)
def test_a_cue_denied_is_no_channel(text: str, lang: str) -> None:
    (m,) = extract_text(text, lang, "2024-06-01")
    assert m["channel"] not in ("prisoner", "mobilised")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("осенью 22-го пришла повестка, и он не стал прятаться", "mobilised"),
        ("Йому прийшла повістка у березні", "mobilised"),
        ("после срочки остался служить", "conscript"),
        ("служил срочную в Чите", "conscript"),
        ("пришёл из ИК-5 в октябре", "prisoner"),
        ("завербований із колонії до «Шторм Z»", "prisoner"),
        ("Окончил Рязанское училище ВДВ в 2020-м", "regular"),
        ("двое граждан Индии, завербованных для работы помощниками", "contract"),
    ],
)
def test_kinds_of_cue(text: str, channel: str) -> None:
    assert channel in [str(f.value) for f in find_channels(text)]


def test_prisoners_of_war_in_colonies_are_no_convicts() -> None:
    assert "prisoner" not in [str(f.value) for f in find_channels(
        "Понад три роки він провів у російських колоніях для військовополонених.")]


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году Владимир Одинцов воевал в ЧВК «Вагнер», после её расформирования вернулся "
        "домой, а этой весной подписал контракт с Минобороны. Погиб 10 июля.",
        "Бывший боец ЧВК «Вагнер» Олег Лунин весной заключил контракт с министерством обороны "
        "и погиб в августе.",
        "Иван Сомов сначала ушёл в ЧВК, а затем подписал контракт с российской армией; погиб "
        "в мае.",
        "Oleg Lunin fought with Wagner in 2022 and then signed a contract with the Russian army; "
        "he was killed in May.",
        "Пётр Гусев воевал в «Вагнере», потом подписал контракт с Минобороны и погиб под "
        "Авдеевкой.",
    ],
)
def test_a_company_fighter_who_signed_with_the_army_is_under_contract(text: str) -> None:
    (m,) = extract_text(text, "en" if "Oleg" in text else "ru", "2024-07-20")
    assert m["channel"] == "contract"


def test_a_wagner_contract_stays_pmc() -> None:
    (m,) = extract_text("Иван Сомов подписал контракт с ЧВК «Вагнер» и погиб под Бахмутом.",
                        "ru", "2024-06-01")
    assert m["channel"] == "pmc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Простились с рядовым добровольческого батальона «Баир» Баиром Цыбиковым и старшим "
         "сержантом Аюром Дашиевым, погибшими в ноябре.",
         {"Цыбиков": "рядовой", "Дашиев": "старший сержант"}),
        ("Погибли ефрейтор 64-й бригады Олег Зуев и сержант Иван Рыбин.",
         {"Зуев": "ефрейтор", "Рыбин": "сержант"}),
        ("Простились с майором отряда «Ахмат» Русланом Тагировым и рядовым Павлом Лобовым.",
         {"Тагиров": "майор", "Лобов": "рядовой"}),
        ("Погибли сержант добровольческого батальона «Тигр» Аркадий Минин и рядовой Тимур "
         "Гатауллин.", {"Минин": "сержант", "Гатауллин": "рядовой"}),
        ("Вернулись из плена лейтенант 155-й бригады морской пехоты Игорь Белов и рядовой "
         "Олег Шилов.", {"Белов": "лейтенант", "Шилов": "рядовой"}),
        ("Простились с капитаном штурмового батальона Антоном Сизовым и ефрейтором Егором "
         "Орловым.", {"Сизов": "капитан", "Орлов": "ефрейтор"}),
    ],
)
def test_a_rank_before_a_unit_and_a_name_is_that_names(text: str,
                                                        expected: dict[str, str]) -> None:
    found = people(text)
    for surname, rank in expected.items():
        assert found[surname]["rank"] == rank, surname


@pytest.mark.parametrize(
    "text",
    [
        "Маргарита Лебедева, волонтёр добровольческого медицинского отряда, погибла 11 мая.",
        "Погибла Анна Котова из добровольческого санитарного отряда.",
        "Иван Рыбин, боец добровольческого поискового отряда, погиб при обстреле.",
        "Ольга Зуева работала в добровольческом гуманитарном центре и погибла в Шебекино.",
        "Погиб Олег Шилов, координатор добровольческого волонтёрского штаба.",
    ],
)
def test_civilian_volunteers_are_no_volunteer_formation(text: str) -> None:
    assert [f for f in find_channels(text) if f.value == "volunteer_formation"] == []
