"""The learned date-role fallback: features, the model's arithmetic, what it may fill, and the
shipped model on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from headcount.extract import date_roles
from headcount.extract.date_roles import Dated, Model, features, fill_dates, found_dates

PUB = date(2024, 3, 14)


def _date_in(text: str, lang: str = "ru", published: date = PUB) -> Dated:
    found = found_dates(text, lang, published)
    assert found, text
    return found[0]


def test_features_read_the_words_on_each_side_as_lemmas() -> None:
    text = "Похороны пройдут 16 марта на городском кладбище."
    d = _date_in(text)
    f = features(text, d, "ru", PUB)
    assert "L:пройти" in f and "L:похороны" in f  # lemmas, left of the date
    assert "R:кладбище" in f and "R0:на" in f
    assert "age:future" in f  # after the day of publication
    assert "prec:day" in f


def test_features_stay_in_the_dates_sentence() -> None:
    text = "Он подписал контракт. Погиб 2 марта."
    d = _date_in(text)
    f = features(text, d, "ru", PUB)
    assert "L:погибнуть" in f or "L:погиб" in f
    assert not any(x.endswith(":контракт") for x in f)


def test_english_words_are_lower_case() -> None:
    text = "He was buried on 17 June next to his father."
    d = _date_in(text, "en", date(2023, 6, 20))
    f = features(text, d, "en", date(2023, 6, 20))
    assert "L:buried" in f and "R:next" in f


def _toy() -> Model:
    return Model(("none", "death", "farewell"), (0.0, -2.0, -2.0),
                 {"L:прощание": {2: 6.0}, "L:погибнуть": {1: 6.0}})


def test_probabilities_sum_to_one_and_round_trip_through_json() -> None:
    m = _toy()
    p = m.proba(["L:прощание", "unknown"])
    assert abs(sum(p) - 1) < 1e-9 and m.role(["L:прощание"])[0] == "farewell"
    assert date_roles.model_from_json(m.as_json()) == m


def _mention(**fields: object) -> dict[str, object]:
    m: dict[str, object] = {"surname": "Иванов", "spans": [[0, 6]], "evidence": {}}
    m.update(fields)
    return m


def test_an_unread_date_fills_an_empty_event_of_the_only_person() -> None:
    text = "Иванов Сергей погиб 2 марта. Прощание 16 марта в Доме культуры."
    m = _mention(death_date="2024-03-02", other_dates=None)
    fill_dates(text, "ru", PUB, [m], _toy(), 0.5)
    assert m["other_dates"] == {"farewell": "2024-03-16"}
    ev = m["evidence"]["other_dates.farewell"]  # type: ignore[index]
    assert text[ev["start"]:ev["end"]] == ev["quote"] and "16 марта" in ev["quote"]


def test_a_date_already_held_or_a_slot_already_filled_is_left_alone() -> None:
    text = "Иванов Сергей погиб 2 марта. Прощание 16 марта в Доме культуры."
    held = _mention(death_date="2024-03-02", other_dates={"funeral": "2024-03-16"})
    fill_dates(text, "ru", PUB, [held], _toy(), 0.5)
    assert held["other_dates"] == {"funeral": "2024-03-16"}
    full = _mention(death_date="2024-03-02", other_dates={"farewell": "2024-03-15"})
    fill_dates(text, "ru", PUB, [full], _toy(), 0.5)
    assert full["other_dates"] == {"farewell": "2024-03-15"}


def test_a_probability_under_the_threshold_fills_nothing() -> None:
    text = "Иванов Сергей погиб 2 марта. Прощание 16 марта в Доме культуры."
    m = _mention(death_date="2024-03-02", other_dates=None)
    fill_dates(text, "ru", PUB, [m], _toy(), 0.999)
    assert m["other_dates"] is None


def test_with_several_people_the_date_goes_to_the_one_named_before_it() -> None:
    text = "Петров Иван погиб под Бахмутом. Иванов Сергей, прощание 16 марта."
    first = {"surname": "Петров", "spans": [[0, 11]], "evidence": {}}
    second = {"surname": "Иванов", "spans": [[32, 45]], "evidence": {}, "death_date": "2024-03-02"}
    assert text[32:45] == "Иванов Сергей"
    fill_dates(text, "ru", PUB, [first, second], _toy(), 0.5)
    assert second.get("other_dates") == {"farewell": "2024-03-16"}
    assert not first.get("other_dates")


def test_a_birth_or_death_the_rules_left_unread_stays_unread() -> None:
    text = "Иванов Сергей погиб 2 марта."  # the toy model reads a death here
    m = _mention()
    fill_dates(text, "ru", PUB, [m], _toy(), 0.5)
    assert not m.get("death_date") and not m.get("other_dates")


def test_events_beyond_the_news_of_a_funeral_are_not_filled() -> None:
    text = "Иванов Сергей служил в отряде. Контракт 5 мая 2023 года."
    toy = Model(("none", "contract"), (0.0, -2.0), {"L:контракт": {1: 8.0}})
    m = _mention()
    fill_dates(text, "ru", PUB, [m], toy, 0.5)
    assert not m.get("other_dates")


def test_one_other_event_is_kept() -> None:
    text = "Иванов Сергей пропал 3 октября. Награждён орденом 5 декабря."
    toy = Model(("none", "other"), (0.0, -2.0), {"L:наградить": {1: 8.0}})
    m = _mention(other_dates={"missing": "2023-10-03"})
    saved = date_roles.FILLS
    date_roles.FILLS = frozenset({"other"})
    try:
        fill_dates(text, "ru", PUB, [m], toy, 0.5)
    finally:
        date_roles.FILLS = saved
    assert m["other_dates"] == {"missing": "2023-10-03"}


def test_no_one_named_in_the_sentence_of_a_text_of_several_gets_nothing() -> None:
    text = "Петров Иван и Иванов Сергей служили вместе. Прощание 16 марта."
    a = {"surname": "Петров", "spans": [[0, 11]], "evidence": {}}
    b = {"surname": "Иванов", "spans": [[14, 27]], "evidence": {}}
    fill_dates(text, "ru", PUB, [a, b], _toy(), 0.5)
    assert not a.get("other_dates") and not b.get("other_dates")


@pytest.mark.parametrize(("text", "lang", "role"), [
    ("Проводить Андрея в последний путь можно будет 18 марта в сельском клубе.", "ru",
     {"farewell", "funeral"}),
    ("5 мая 2023 года Олег заключил контракт с Министерством обороны.", "ru", {"contract"}),
    ("Родился Виктор 3 мая 1990 года в Перми.", "ru", {"birth"}),
    ("Сергей погиб 12 февраля 2024 года под Авдеевкой.", "ru", {"death"}),
    ("Мобилизовали его 29 сентября 2022 года.", "ru", {"mobilised"}),
    ("Поховали Івана 10 березня на міському кладовищі.", "uk", {"funeral", "farewell"}),
    ("He signed a contract with the defence ministry on 5 May 2023.", "en", {"contract"}),
    ("He was killed near Bakhmut on 12 February 2024.", "en", {"death"}),
])
def test_the_shipped_model_reads_common_phrasings(text: str, lang: str, role: set[str]) -> None:
    model = date_roles.shipped_model()
    assert model is not None
    d = _date_in(text, lang)
    assert model.role(features(text, d, lang, PUB))[0] in role
