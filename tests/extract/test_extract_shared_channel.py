"""A way into the army told with a plural predicate is everyone's it speaks of ("Супруги …
служили по контракту", "проходивших службу по контракту"); a military school tells a career
officer."""

from __future__ import annotations

from typing import Any

import pytest

from headcount.extract import extract_text


def by_name(text: str) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in extract_text(text, "ru", "2024-06-01")}


@pytest.mark.parametrize(
    ("text", "names", "channel"),
    [
        ("Супруги Михаил и Елена Котовы служили по контракту в одной бригаде. 30 мая Михаил "
         "погиб, а Елена ранена.", ("Котов Михаил", "Котова Елена"), "contract"),
        ("Глава района выразил соболезнования родным и близким Магомедова Ислама Ахмедовича и "
         "Гасанова Руслана Магомедовича, проходивших службу по контракту и погибших 8 марта.",
         ("Магомедов Ислам Ахмедович", "Гасанов Руслан Магомедович"), "contract"),
        ("47-летний Владимир Лунин и его 22-летний сын Станислав Лунин были мобилизованы "
         "вместе. Оба погибли в мае.", ("Лунин Владимир", "Лунин Станислав"), "mobilised"),
        ("Рядовой Антон Сухов и ефрейтор Илья Дронов ушли на фронт по мобилизации и погибли "
         "под Авдеевкой.", ("Сухов Антон", "Дронов Илья"), "mobilised"),
        ("Под Угледаром погибли Пётр Лунин и Фёдор Жуков, подписавшие контракт весной.",
         ("Лунин Пётр", "Жуков Фёдор"), "contract"),
    ],
)
def test_a_plural_channel_is_everyones(text: str, names: tuple[str, ...], channel: str) -> None:
    found = by_name(text)
    for name in names:
        assert found[name]["channel"] == channel, name


def test_a_farewell_verb_shares_no_channel() -> None:
    found = by_name("Простились с рядовым добровольческого батальона «Баир» Баиром Цыбиковым и "
                    "старшим сержантом Аюром Дашиевым. Аюр был мобилизован в сентябре 2022 "
                    "года.")
    assert found["Цыбиков Баир"]["channel"] == "volunteer_formation"
    assert found["Дашиев Аюр"]["channel"] == "mobilised"


@pytest.mark.parametrize(
    "text",
    [
        "Погиб подполковник Вячеслав Лозовой. Он окончил Новосибирское высшее общевойсковое "
        "командное училище.",
        "Капитан Игорь Рудаков, выпускник Рязанского десантного училища, погиб 5 мая.",
        "Майор Олег Сизов окончил военную академию в 2010 году; погиб под Бахмутом.",
        "Лейтенант Денис Ушаков после танкового училища служил в Чебаркуле. Погиб 2 мая.",
        "Погиб полковник Андрей Гуров, выпускник Суворовского училища.",
    ],
)
def test_a_military_school_tells_a_career_officer(text: str) -> None:
    (m,) = extract_text(text, "ru", "2024-06-01")
    assert m["channel"] == "regular"


def test_a_medical_school_is_no_military_career() -> None:
    (m,) = extract_text("Рядовой Олег Сизов окончил медицинское училище; погиб 2 мая.", "ru",
                        "2024-06-01")
    assert m["channel"] is None


@pytest.mark.parametrize(
    "tail",
    ["Все трое были мобилизованы осенью 2022 года.",
     "Все трое подписали контракт весной 2023 года.",
     "Все они были мобилизованы в октябре 2022 года.",
     "Все трое ушли на фронт по мобилизации осенью 2022 года.",
     "Все трое, по словам главы района, были мобилизованы осенью 2022 года."],
)
def test_a_counted_we_after_a_list_dates_everyone_listed(tail: str) -> None:
    text = ("Глава района: погибли трое наших земляков:\n— мл. сержант Брагин Д.С. (с. Нылга);\n"
            "— рядовой Устюжанин А.Н. (п. Ува);\n— ефрейтор Корепанов И.В. (д. Булай).\n" + tail)
    found = extract_text(text, "ru", "2024-09-01")
    assert len(found) == 3
    assert all(m["other_dates"] for m in found)
