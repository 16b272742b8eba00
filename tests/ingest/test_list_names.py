"""Names as published lists write them: call signs apart, order told, compounds whole."""

from __future__ import annotations

import pytest

from headcount.ingest.list_names import order_names, read_name
from headcount.ingest.records import MentionRecord


@pytest.mark.parametrize(
    ("cell", "name", "callsign"),
    [
        ('Андрес Фелипе Асеведо Араке "Logan"', "Андрес Фелипе Асеведо Араке", "Logan"),
        ('Джексон Аурелио Лоуренсу ду Росарио "Pantaneiro",', "Джексон Аурелио Лоуренсу ду Росарио",
         "Pantaneiro"),
        ('Виктор Лопес Осорио "\u00a0Odin"', "Виктор Лопес Осорио", "Odin"),
        ('Бадри "Джаба" Кварацхелиа', "Бадри Кварацхелиа", "Джаба"),
        ("Иванов Иван (позывной «Гром»)", "Иванов Иван", "Гром"),
        ("Иванов Иван Петрович [Тайфун]", "Иванов Иван Петрович", "Тайфун"),
        ("Петров Олег, позывной «Север»", "Петров Олег", "Север"),
        ('"Самурай"', None, "Самурай"),
        ("Петров Иван (1990)", "Петров Иван (1990)", None),
    ],
)  # fmt: skip
def test_call_signs_go_to_their_own_field(cell: str, name: str | None, callsign: str) -> None:
    r = read_name(cell)
    assert (r.name, r.callsign) == (name, callsign)


def test_a_placeholder_is_no_name_and_gives_a_reason() -> None:
    r = read_name("Неопознанный")
    assert r.name is None and r.reason and "not a name" in r.reason


def _rows(*names: str) -> list[MentionRecord]:
    return [MentionRecord(locator="", fields={"name": n}, evidence={}) for n in names]


def _parts(m: MentionRecord) -> tuple[str | None, str | None, str | None]:
    return m.fields.get("surname"), m.fields.get("given_name"), m.fields.get("patronymic")


def test_given_name_first_lists_keep_double_surnames_and_particles_whole() -> None:
    rows = _rows(
        "Андрес Фелипе Асеведо Араке",
        "Франк Пинедо дель Кампо",
        "Льюис Энрике де лос Рейес Альманса",
        "Джонатан Эндрю Пебли",
        "Кевин Дэвид Мора Местра",
        "Хаир Аячи Санчес",  # no evidence of its own: the list's order
    )
    assert order_names(rows) == "given_first"
    assert [_parts(m)[:2] for m in rows] == [
        ("Асеведо Араке", "Андрес Фелипе"),
        ("Пинедо дель Кампо", "Франк"),
        ("де лос Рейес Альманса", "Льюис Энрике"),
        ("Пебли", "Джонатан Эндрю"),
        ("Мора Местра", "Кевин Дэвид"),
        ("Аячи Санчес", "Хаир"),
    ]


def test_surname_first_lists_and_central_asian_patronymics() -> None:
    rows = _rows(
        "Петров Иван Сергеевич",
        "Ёрбеков Одилджон Абиджанович",
        "Мамедов Фуад Фархад оглы",
        "Тхапа Рам Бахадур",  # no evidence of its own: the list's order
        "Иван Сергеевич Петров",  # this row's own order wins
    )
    assert order_names(rows) == "surname_first"
    assert [_parts(m) for m in rows] == [
        ("Петров", "Иван", "Сергеевич"),
        ("Ёрбеков", "Одилджон", "Абиджанович"),
        ("Мамедов", "Фуад", "Фархад оглы"),
        ("Тхапа", "Рам Бахадур", None),
        ("Петров", "Иван", "Сергеевич"),
    ]


def test_a_list_that_does_not_tell_leaves_the_parts_empty() -> None:
    rows = _rows("Кота Оно", "Жан-Франсуа Ратель")
    assert order_names(rows) is None
    assert all(_parts(m) == (None, None, None) for m in rows)
