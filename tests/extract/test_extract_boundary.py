"""Span repair restricted to where it helps: Arabic and nobiliary particles inside a name, no
namesake joined after "имени", a surname after a preposition kept, the Latin spelling in
brackets joined or apart by the corpus convention."""

from __future__ import annotations

import pytest

from headcount.extract.boundary import person_spans


def _repaired(text: str, names: list[str], **kw: bool) -> list[str]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [text[s:e] for s, e in person_spans(text, spans, **kw)]


@pytest.mark.parametrize(
    "name",
    ["Хамад бен Джасем Аль Тани", "Мозы бинт Нассер", "Андерс фог Расмуссен",
     "Салах бен Ганим аль-Али", "Абу Бакр аль-Багдади"],
)
def test_a_particle_does_not_cut_a_name(name: str) -> None:
    text = f"Вчера шейх {name} встретился с послом."
    assert _repaired(text, [name]) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [("ректор университета имени Сеченова Борис Изотов заявил", "Борис Изотов"),
     ("директор центра им. Блохина Михаил Давыдов назначен", "Михаил Давыдов"),
     ("директор музея имени Пушкина Ирина Антонова сказала", "Ирина Антонова")],
)
def test_a_namesake_after_imeni_is_not_joined(text: str, name: str) -> None:
    assert _repaired(text, [name]) == [name]


def test_a_second_surname_next_to_a_full_name_is_not_joined() -> None:
    text = "приказом министра Владимира Мединского Антонова назначена директором"
    assert _repaired(text, ["Владимира Мединского"]) == ["Владимира Мединского"]


def test_a_lone_given_name_still_takes_the_surname_natasha_left_out() -> None:
    text = "В списке погибших Морозова Елена, медсестра."
    assert _repaired(text, ["Елена"]) == ["Морозова Елена"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("никаких консультаций с Доренко не было", "Доренко"),
     ("неправильно делать из Сноудена героя", "Сноудена"),
     ("переговоры с Керри продолжались", "Керри")],
)
def test_a_surname_after_a_preposition_stays_a_name(text: str, name: str) -> None:
    assert _repaired(text, [name]) == [name]


@pytest.mark.parametrize("text", ["Уроженец Ишима погиб.", "Парень из Энгельса погиб."])
def test_a_town_after_a_preposition_is_no_name(text: str) -> None:
    town = "Ишима" if "Ишима" in text else "Энгельса"
    assert _repaired(text, [town]) == []


@pytest.mark.parametrize("latin", ["(David Ebersman)", "(John R. Bass)", "(John Huntsman Jr.)"])
def test_the_latin_spelling_in_brackets_by_convention(latin: str) -> None:
    text = f"Финансовым директором назначен Дэвид Эберсман {latin}, сообщает газета."
    whole = f"Дэвид Эберсман {latin}"
    spans = [(text.index(whole), text.index(whole) + len(whole))]
    together = [text[s:e] for s, e in person_spans(text, spans, latin_joined=True)]
    apart = [text[s:e] for s, e in person_spans(text, spans)]
    dropped = [text[s:e] for s, e in person_spans(text, spans, alternates=False)]
    assert together == [whole]
    assert apart == ["Дэвид Эберсман", latin.strip("()").rstrip(".")]
    assert dropped == ["Дэвид Эберсман"]
