"""Channel, citizenship and home as a volunteer reads them: sequences, foreigners, workplaces."""

from __future__ import annotations

import itertools

import pytest

from headcount.extract import extract_text

FOREIGNERS = [("Гражданин Непала", "NP"), ("Гражданин Индии", "IN"), ("Гражданка Кубы", "CU"),
              ("Гражданин Таджикистана", "TJ")]
CONTRACTS = ["подписал контракт с Минобороны", "заключил контракт", "служил по контракту"]


@pytest.mark.parametrize(("who", "how"), list(itertools.product(FOREIGNERS, CONTRACTS)))
def test_a_foreigner_under_contract_is_foreign_contract(who: tuple[str, str], how: str) -> None:
    lead, code = who
    (m,) = extract_text(f"{lead} Рам Бахадур Тхапа {how} и погиб под Бахмутом.")
    assert (m["citizenship"], m["channel"]) == (code, "foreign_contract")
    assert m["region"] is None


@pytest.mark.parametrize(
    ("story", "channel"),
    [
        ("был призван на срочную службу, а в августе подписал контракт", "contract"),
        ("проходил срочную службу, после которой остался служить по контракту", "contract"),
        ("служил по контракту, а потом был мобилизован повторно", "mobilised"),
        ("был мобилизован в октябре 2022 года", "mobilised"),
        ("ушёл добровольцем в батальон «Тигр»", "volunteer_formation"),
        ("отбывал наказание в колонии, подписал контракт и ушёл в «Шторм Z»", "prisoner"),
    ],
)
def test_the_later_step_of_a_sequence_wins(story: str, channel: str) -> None:
    (m,) = extract_text(f"Рядовой Андрей Зайцев {story}. Он погиб в 2023 году.")
    assert m["channel"] == channel


def test_going_as_a_volunteer_alone_names_no_formation() -> None:
    (m,) = extract_text("Андрей Зайцев ушёл добровольцем на фронт и погиб в 2023 году.")
    assert m["channel"] != "volunteer_formation"


@pytest.mark.parametrize(
    "text",
    [
        "Уроженец Киргизии Азамат Турдубаев, получивший российское гражданство в марте 2024 "
        "года, погиб.",
        "Азамат Турдубаев погиб. Российское гражданство он получил в 2023 году.",
    ],
)
def test_acquired_citizenship_is_the_one_held(text: str) -> None:
    (m,) = extract_text(text)
    assert m["citizenship"] == "RU"


@pytest.mark.parametrize(
    ("text", "citizenship"),
    [
        ("Мобилизованный Николай Фёдоров из Тулуна погиб.", "RU"),
        ("Житель Кяхты рядовой Иван Петров погиб.", "RU"),
        ("Андрей Зайцев погиб при обстреле.", None),
    ],
)
def test_russian_citizenship_is_implied_for_local_soldiers(text: str,
                                                          citizenship: str | None) -> None:
    (m,) = extract_text(text)
    assert m["citizenship"] == citizenship
    if citizenship:
        assert m["evidence"]["citizenship"]["rule"] == "inferred"


@pytest.mark.parametrize(
    ("work", "home_region"),
    list(itertools.product(
        ["работал в Москве таксистом", "трудился на стройке в Москве",
         "работал вахтой в Ямало-Ненецком автономном округе",
         "служил в Белгородской области", "лечился в госпитале в Ростовской области",
         "его похоронят в Московской области", "его родители живут в Волгограде"],
        ["Житель Кяхты", "Уроженец Тулуна"],
    )),
)
def test_a_workplace_is_not_home(work: str, home_region: str) -> None:
    (m,) = extract_text(f"{home_region} рядовой Иван Петров погиб. Раньше он {work}.")
    assert m["region"] in ("RU-BU", "RU-IRK")


def test_a_foreigner_who_worked_in_moscow_has_no_russian_region() -> None:
    (m,) = extract_text("Житель Ташкента Юлдашев Шерзод погиб. Он работал в Москве таксистом.")
    assert m["region"] is None


@pytest.mark.parametrize(
    "phrase", ["служит в мотострелковом полку", "проходит службу в зоне СВО",
               "находится на передовой"])
def test_serving(phrase: str) -> None:
    (m,) = extract_text(f"Мобилизованный сержант Алексей Фомичёв {phrase}.")
    assert m["status"] == "serving"


@pytest.mark.parametrize(("abbr", "rank"), [("мл. сержант", "младший сержант"),
                                            ("ст. лейтенант", "старший лейтенант"),
                                            ("Гв. мл. сержант", "младший сержант")])
def test_abbreviated_ranks(abbr: str, rank: str) -> None:
    (m,) = extract_text(f"{abbr} Кулагин Артём погиб 19.04.2024.")
    assert m["rank"] == rank


@pytest.mark.parametrize("text", [
    "Баир Цыренов, 1990 г.р., погиб в зоне СВО. Он служил по контракту.",
    "Рядовой Ахмат Дудаев погиб 3 мая 2023 года, он был мобилизован.",
    "Сержант Олег Петров погиб 5 июня 2023 года, находясь в бронеавтомобиле «Тигр».",
    "Рядовой Иван Смирнов, воевавший в Сомали в 1990-е, погиб по контракту в 2023 году.",
])
def test_a_unit_name_that_is_also_a_name_a_vehicle_or_a_country_needs_a_unit_word(
    text: str,
) -> None:
    (m,) = extract_text(text, lang="ru", published="2023-07-01")
    assert m["channel"] != "volunteer_formation"


@pytest.mark.parametrize("text", [
    "Боец батальона «Баир» Цыренов Бато погиб 3 мая 2023 года.",
    "Доброволец отряда «Сомали» Игорь Кравцов погиб 3 мая 2023 года.",
])
def test_a_named_volunteer_unit_after_a_unit_word_is_a_volunteer_formation(text: str) -> None:
    (m,) = extract_text(text, lang="ru", published="2023-07-01")
    assert m["channel"] == "volunteer_formation"
