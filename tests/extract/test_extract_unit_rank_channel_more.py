"""Unit, rank and channel: a formation's genitive complement, a number as written in the
nominative, convicts serving a term, a call-up into the army, Ukrainian military academies,
and the service of a relative or a commander that is not the person's."""

from __future__ import annotations

import pytest

from headcount.extract import extract_text
from headcount.extract.military import find_units


def one(text: str) -> dict[str, object]:
    (m,) = extract_text(text)
    return m


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ефрейтор Антон Губин, 126-я бригада береговой обороны, погиб.",
         "126-я бригада береговой обороны"),
        ("Рядовой Олег Пахтусов служил в 39-м полку связи и погиб под Кременной.",
         "39-й полк связи"),
        ("Сержант Илья Корнев из 15-го батальона радиоэлектронной борьбы погиб 2 мая.",
         "15-й батальон радиоэлектронной борьбы"),
        ("Младший сержант Фёдор Лапин служил в 7-й бригаде материального обеспечения.",
         "7-я бригада материального обеспечения"),
        ("Рядовой Тимур Назмиев из 20-го полка химической защиты погиб.",
         "20-й полк химической защиты"),
    ],
)
def test_a_formations_genitive_complement_is_part_of_its_name(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Рядовой Олег Пахтусов служил в 5-м полку года два, потом погиб.", "5-й полк"),
        ("Сержант Илья Корнев служил в 3-м батальоне 64-й бригады.",
         "3-й батальон 64-й бригады"),
        ("Рядовой Тимур Назмиев из 20-го полка погибшего товарища знал давно.", "20-й полк"),
        ("Рядовой Тимур Назмиев служил в 20-м полку Сергея Ильина.", "20-й полк"),
    ],
)
def test_no_complement_of_time_formation_or_person(text: str, unit: str) -> None:
    assert [f.value for f in find_units(text)][:1] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Рядовой Антон Губин, 150 мотострелковая дивизия, погиб.",
         "150 мотострелковая дивизия"),
        ("Служил по контракту: 42 мотострелковая дивизия. Рядовой Иван Лось погиб.",
         "42 мотострелковая дивизия"),
        ("Ефрейтор Тимур Галимов, 1435 мсп, погиб 27.09.2025.", "1435 мсп"),
        ("Рядовой Павел Мохов (64 омсбр) погиб 3 мая.", "64 омсбр"),
        ("Рядовой Павел Мохов служил в 150-й мотострелковой дивизии.",
         "150-я мотострелковая дивизия"),
        ("Рядовой Павел Мохов, 1435-й мсп, погиб 3 мая.", "1435-й мсп"),
    ],
)
def test_a_number_written_without_an_ending_stays_so(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Старший солдат Тарас Мельник, 72-а окрема механізована бригада, загинув 3 березня.",
         "72-а окрема механізована бригада"),
        ("Солдат Петро Гнатюк, 72 окрема механізована бригада, загинув 3 березня.",
         "72 окрема механізована бригада"),
        ("Старший солдат Тарас Мельник служив у 72-й окремій механізованій бригаді.",
         "72-га окрема механізована бригада"),
        ("Рядовий Степан Волков служив у 39-му полку зв'язку і загинув.", "39-й полк зв'язку"),
    ],
)
def test_ukrainian_units_as_written(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Антон Губин отбывал срок в ИК-6, подписал контракт и погиб в составе ЧВК «Вагнер».",
        "Игорь Мамонтов отбывал свой срок под Рязанью, оттуда ушёл на фронт. Погиб в мае.",
        "Осуждённый Пётр Сизов ушёл на войну из колонии и погиб под Бахмутом.",
        "Степан Волков відбував покарання під Тулою, звідки пішов на війну. Загинув у травні.",
        "Росіянин Олег Пєтухов відбував строк за крадіжку, потім воював і загинув.",
    ],
)
def test_a_convict_serving_a_term_is_a_prisoner(text: str) -> None:
    assert one(text)["channel"] == "prisoner"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Антон Губин был призван в армию осенью 2021 года и погиб весной 2022 года.",
         "conscript"),
        ("Никиту Ершова призвали в ряды армии в мае 2024 года, он погиб в Курской области.",
         "conscript"),
        ("Степана Волкова призвали до армії у травні 2024 року. Він загинув у серпні.",
         "conscript"),
        ("Артём Рыжов был призван в армию, а в январе подписал контракт. Погиб в мае.",
         "contract"),
        ("Олег Сомов был призван в армию по мобилизации в октябре 2022 года и погиб.",
         "mobilised"),
        ("Росіянина Степана Волкова призвали до армії за мобілізацією. Він загинув.",
         "mobilised"),
    ],
)
def test_called_up_into_the_army(text: str, channel: str) -> None:
    assert one(text)["channel"] == channel


@pytest.mark.parametrize(
    "text",
    [
        "Капітан Сергій Лисенко, випускник Одеської військової академії, загинув.",
        "Майор Олег Бойко закінчив Харківське танкове училище і загинув під Бахмутом.",
        "Лейтенант Павло Кир'ян, випускник командного училища, загинув.",
    ],
)
def test_a_ukrainian_military_school_graduate_is_regular(text: str) -> None:
    assert one(text)["channel"] == "regular"


@pytest.mark.parametrize(
    "tail",
    [
        "Отец погибшего, полковник в отставке, служил в 106-й дивизии.",
        "Его отец, полковник запаса, служил в 106-й дивизии.",
        "Его старший брат служит в 106-й дивизии.",
        "Соболезнования семье выразил командир 106-й дивизии.",
        "Его брат тоже был мобилизован и служит в 106-й дивизии.",
    ],
)
def test_a_relatives_or_commanders_service_is_not_the_persons(tail: str) -> None:
    m = one(f"Рядовой Степан Волков погиб 3 мая. {tail}")
    assert (m["unit"], m["rank"], m["channel"]) == (None, "рядовой", None)


@pytest.mark.parametrize(
    ("text", "unit", "rank"),
    [
        ("Private Stepan Volkov was killed on May 3. His father, a retired colonel, served in "
         "the 106th Guards Airborne Division.", None, "private"),
        ("Рядовий Степан Волков загинув 3 травня. Його батько, полковник у запасі, служив у "
         "106-й дивізії.", None, "рядовий"),
        ("Рядовий Степан Волков загинув 3 травня. Співчуття висловив командир 64-ї бригади.",
         None, "рядовий"),
    ],
)
def test_a_relatives_service_in_english_and_ukrainian(text: str, unit: str | None,
                                                      rank: str) -> None:
    m = one(text)
    assert (m["unit"], m["rank"]) == (unit, rank)


@pytest.mark.parametrize(
    ("tail", "unit", "channel"),
    [
        ("Мать рассказала, что сын служил по контракту в 64-й бригаде.", "64-я бригада",
         "contract"),
        ("Он был командиром роты 64-й бригады.", "64-я бригада", None),
        ("Вместе с братом он был мобилизован в 64-ю бригаду.", "64-я бригада", "mobilised"),
        ("Служил в 64-й бригаде, как и его отец.", "64-я бригада", None),
        ("Его жена говорит, он служил в 64-й бригаде.", "64-я бригада", None),
        ("Его мать рассказала о том, как он служил в 64-й бригаде.", "64-я бригада", None),
    ],
)
def test_the_persons_own_service_beside_a_relative_is_kept(tail: str, unit: str,
                                                           channel: str | None) -> None:
    m = one(f"Рядовой Степан Волков погиб 3 мая. {tail}")
    assert (m["unit"], m["channel"]) == (unit, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Мобилизованный рядовой Баир Цыренов, позывной «Барс», погиб под Кременной.",
         "mobilised"),
        ("Сержант Олег Жуков с позывным Барс погиб 3 мая. Он служил по контракту.", "contract"),
        ('Senior Sergeant Bair Dashinimaev, known to his comrades as "Bars", was mobilised in '
         "2022 and killed near Robotyne.", "mobilised"),
        ("Private Oleg Zhukov, call sign Bars, signed a contract in 2023 and was killed.",
         "contract"),
        ("Боец БАРС-21 Олег Жуков погиб под Кременной.", "volunteer_formation"),
        ("Олег Жуков вступил в отряд Барс-21 и погиб под Кременной.", "volunteer_formation"),
        ("Oleg Zhukov joined BARS in April and was killed near Kreminna.",
         "volunteer_formation"),
    ],
)
def test_the_call_sign_bars_is_not_the_bars_reserve(text: str, channel: str) -> None:
    assert one(text)["channel"] == channel


@pytest.mark.parametrize(
    "text",
    [
        "Суд у Сумах засудив полоненого Єгора Дмитрієва до 10 років ув'язнення. Дмитрієв "
        "підписав контракт у липні 2024 року.",
        "Полоненого Івана Сафонова засудили до 12 років позбавлення волі. Сафонов служив за "
        "контрактом.",
        "Суд приговорил пленного Егора Дмитриева к 10 годам лишения свободы. Дмитриев подписал "
        "контракт в июле 2024 года.",
    ],
)
def test_a_prison_term_passed_after_capture_is_no_convicts_channel(text: str) -> None:
    assert one(text)["channel"] == "contract"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Військовослужбовець 47 ОМБр «Маґура» Андрій Коваль загинув.", "47 ОМБр «Маґура»"),
        ("Андрій Коваль, кулеметник 93 ОМБр «Холодний Яр», загинув під Бахмутом.",
         "93 ОМБр «Холодний Яр»"),
        ("Солдат Петро Гнатюк, 24 ОМБр, загинув на Донеччині.", "24 ОМБр"),
        ("Старший солдат Іван Кузь із 3 ОШБр загинув 4 квітня.", "3 ОШБр"),
    ],
)
def test_an_abbreviated_brigade_keeps_its_name_in_quotes(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Олег Сомов, боец ЧВК «Вагнер», был завербован в колонии. Погиб 3 мая.",
        "Пётр Лыков был завербован прямо в исправительной колонии и погиб под Бахмутом.",
        "Илью Дорохова завербовали в ИК-3 под Тулой, в январе он погиб.",
        "Вербовщики набирали в колониях, так Антон Рябых попал на фронт и погиб.",
    ],
)
def test_recruited_in_a_colony_is_a_prisoner(text: str) -> None:
    assert one(text)["channel"] == "prisoner"


@pytest.mark.parametrize(
    "text",
    [
        "Командир 45-й бригады полковник Олег Ильин вручил награду семье рядового Степана "
        "Волкова, который погиб 3 мая.",
        "Начальник штаба 37-го полка майор Олег Ильин рассказал о подвиге рядового Степана "
        "Волкова, погибшего 3 мая.",
        "Командир 3-й роты капитан Олег Ильин передал семье рядового Степана Волкова его "
        "награду. Волков погиб 3 мая.",
    ],
)
def test_a_commanders_formation_in_the_genitive_is_his_alone(text: str) -> None:
    by_name = {m["surname"]: m for m in extract_text(text)}
    assert by_name["Волков"]["unit"] is None
    # the commander acts in the story only: no person, or one with his own unit
    assert "Ильин" not in by_name or by_name["Ильин"]["unit"] is not None
